/**
 * `GET /account/locations/{location_uuid}/support-info` and its normalizer. Apart from `endpoints.ts` so that, in the
 * script-tag bundle, only the pages that show support contacts load this code (every data element shares the
 * endpoints module's chunk).
 */
import { fillPath, PATHS } from './endpoints.js';
import type { LightClient, RequestOptions } from './http.js';
import { pick, record, text, textOr } from './parse.js';
import type { SupportContact, SupportInfo } from './types.js';

function toContact(raw: unknown): SupportContact | null {
  if (!raw || typeof raw !== 'object') return null;
  const json = record(raw);
  return {
    name: textOr(pick(json, ['name', 'display_name'], text)),
    phone: pick(json, ['phone', 'phone_number'], text),
    email: text(json.email),
    url: pick(json, ['url', 'website'], text),
  };
}

export function toSupportInfo(raw: unknown): SupportInfo {
  const json = record(raw);
  return {
    support: toContact(json.support ?? json.partner ?? json.customer_support),
    tdu: toContact(json.tdu ?? json.utility),
  };
}

export async function getSupportInfo(
  client: LightClient,
  locationUuid: string,
  opts: Pick<RequestOptions, 'signal'> = {},
): Promise<SupportInfo> {
  const path = fillPath(PATHS.supportInfo, { location_uuid: locationUuid });
  return toSupportInfo(await client.request('GET', path, opts));
}
