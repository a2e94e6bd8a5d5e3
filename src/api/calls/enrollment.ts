/**
 * Enrollment: the address and ESI ID searches, plans, the plan, identity and credit steps, and finalizing.
 */
import type { LightClient } from '../http.js';
import { inferred, NO_BODY, PATHS, type Opts } from '../paths.js';
import { list, pick, record, text, textOr } from '../parse.js';
import type {
  AcceptPlanRequest,
  CreditCheckRequest,
  FinalizeRequest,
  IdentityRequest,
  Plan,
  ServiceAddress,
} from '../types.js';
import { toPlans } from './plans.js';
export function toServiceAddress(raw: unknown): ServiceAddress {
  const json = record(raw);
  return {
    address_1: textOr(pick(json, ['address_1', 'address', 'street'], text)),
    address_2: text(json.address_2) || null,
    city: textOr(json.city),
    state: textOr(json.state, 'TX'),
    postal_code: textOr(pick(json, ['postal_code', 'zip', 'zip_code'], text)),
    esi_id: textOr(pick(json, ['esi_id', 'esiid', 'utility_number'], text)),
    utility: pick(json, ['utility', 'utility_name', 'tdu', 'tdsp'], (v) => text(v) ?? text(record(v).display_name)),
  };
}

/** Address-search and esi-id-search answers: a bare list, or a list under a common key. */
export function toServiceAddresses(raw: unknown): ServiceAddress[] {
  const json = record(raw);
  const items = Array.isArray(raw) ? raw : list(json.results ?? json.addresses ?? json.data ?? json.locations);
  return items.map(toServiceAddress).filter((a) => a.esi_id && a.address_1);
}

/** Inferred (`INFERRED_CALLS.addressSearch`). */
export async function searchAddresses(client: LightClient, query: string, opts: Opts = {}): Promise<ServiceAddress[]> {
  const raw = await inferred(
    'addressSearch',
    client.request('POST', PATHS.addressSearch, { ...opts, body: { query } }),
  );
  return toServiceAddresses(raw);
}

export async function searchEsiId(client: LightClient, esiId: string, opts: Opts = {}): Promise<ServiceAddress[]> {
  return toServiceAddresses(await client.request('POST', PATHS.esiIdSearch, { ...opts, body: { esi_id: esiId } }));
}

/** Inferred (`INFERRED_CALLS.plansRequest`): `<light-enrollment>`'s `plansProvider` replaces it. */
export async function requestPlans(client: LightClient, esiId: string, opts: Opts = {}): Promise<Plan[]> {
  const raw = await inferred(
    'plansRequest',
    client.request('POST', PATHS.plansRequest, { ...opts, body: { esi_id: esiId } }),
  );
  return toPlans(raw);
}

export async function acceptPlan(client: LightClient, body: AcceptPlanRequest, opts: Opts = {}): Promise<void> {
  await client.request('POST', PATHS.plansAccept, { ...opts, body, ...NO_BODY });
}

/** Inferred field names (`INFERRED_CALLS.identity`). */
export async function submitIdentity(client: LightClient, body: IdentityRequest, opts: Opts = {}): Promise<void> {
  await inferred('identity', client.request('PATCH', PATHS.identity, { ...opts, body, ...NO_BODY }));
}

/** Sends the SSN once; the caller must drop its copy afterwards. Field names inferred (`INFERRED_CALLS`). */
export async function submitCreditCheck(client: LightClient, body: CreditCheckRequest, opts: Opts = {}): Promise<void> {
  await inferred('creditCheck', client.request('POST', PATHS.creditCheck, { ...opts, body, ...NO_BODY }));
}

export async function finalizeEnrollment(client: LightClient, body: FinalizeRequest = {}, opts: Opts = {}) {
  await client.request('POST', PATHS.finalize, { ...opts, body, ...NO_BODY });
}
