/**
 * A location's plan and documents.
 */
import type { LightClient } from '../http.js';
import { atLocation, PATHS, type Opts } from '../paths.js';
import { list, pick, record, text, textOr } from '../parse.js';
import type { LocationDocument, LocationDocuments, LocationPlan } from '../types.js';
export function toLocationPlan(raw: unknown): LocationPlan {
  const json = record(raw);
  return {
    name: textOr(json.name),
    uuid: textOr(json.uuid),
    plan_type: text(json.plan_type),
    rate_structure: text(json.rate_structure),
  };
}

export function toLocationDocuments(raw: unknown): LocationDocuments {
  const json = record(raw);
  return {
    efl: text(json.efl),
    tos: text(json.tos),
    yrac: text(json.yrac),
    contract_start: text(json.contract_start),
    contract_end: text(json.contract_end),
  };
}

export function toLocationDocumentList(raw: unknown): LocationDocument[] {
  const items = Array.isArray(raw) ? raw : list(record(raw).documents ?? record(raw).data);
  return items.map((item) => {
    const json = record(item);
    return {
      kind: textOr(pick(json, ['kind', 'type', 'document_type'], text), 'document'),
      name: text(json.name),
      url: pick(json, ['url', 'link', 'href'], text),
      state: textOr(pick(json, ['state', 'status'], text), 'active'),
      start_date: text(json.start_date),
      end_date: text(json.end_date),
      plan_name: text(json.plan_name),
    };
  });
}

export async function getLocationPlan(
  client: LightClient,
  locationUuid: string,
  opts: Opts = {},
): Promise<LocationPlan> {
  return toLocationPlan(await client.request('GET', atLocation(PATHS.locationPlan, locationUuid), opts));
}

export async function getDocuments(
  client: LightClient,
  locationUuid: string,
  opts: Opts = {},
): Promise<LocationDocuments> {
  return toLocationDocuments(await client.request('GET', atLocation(PATHS.documents, locationUuid), opts));
}

export async function getAllDocuments(
  client: LightClient,
  locationUuid: string,
  opts: Opts = {},
): Promise<LocationDocument[]> {
  return toLocationDocumentList(await client.request('GET', atLocation(PATHS.allDocuments, locationUuid), opts));
}
