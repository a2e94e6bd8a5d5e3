/**
 * Renewal: a location's renewal plans, and accepting one.
 */
import type { LightClient } from '../http.js';
import { atLocation, NO_BODY, PATHS, type Opts } from '../paths.js';
import type { AcceptRenewalRequest, Plan } from '../types.js';
import { toPlans } from './plans.js';
export async function requestRenewalPlans(client: LightClient, locationUuid: string, opts: Opts = {}): Promise<Plan[]> {
  return toPlans(await client.request('POST', atLocation(PATHS.renewalRequest, locationUuid), opts));
}

export async function acceptRenewal(
  client: LightClient,
  locationUuid: string,
  body: AcceptRenewalRequest,
  opts: Opts = {},
): Promise<void> {
  await client.request('POST', atLocation(PATHS.renewalAccept, locationUuid), { ...opts, body, ...NO_BODY });
}
