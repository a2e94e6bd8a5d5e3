/**
 * Renewing with the partner's own plans instead of the location's renewal offers (the renewal guide's
 * "Customizing renewal rates"): plans from the app-token plans request, which only the partner's backend can make,
 * each accepted through the renewal accept with `service_start_date` the day after the current contract ends.
 * No DOM; the one request is the partner's provider, or its backend's `/plans` route.
 */
import { LightApiError } from '../../api/errors.js';
import { toPlans } from '../../api/normalize.js';
import type { IsoDate, Location, Plan } from '../../api/types.js';
import { postToBackend } from '../../core/clients.js';
import type { Refusal } from '../../core/origins.js';
import { fallbackStart } from './renewal-accept.js';
import { matchPlan } from './renewal-eligibility.js';

/** What a renewal plans provider is told beside the location's ESI ID. */
export interface RenewalPlansContext {
  /** The service location being renewed. */
  locationUuid: string;
  /** The day the current contract ends, `YYYY-MM-DD`, when known. */
  contractEnd: IsoDate | null;
  /** Aborted when the plans are no longer wanted. */
  signal: AbortSignal;
}

/**
 * Plans for a renewal from the partner's backend (custom rates through the app-token plans request):
 * `(esiId, { locationUuid, contractEnd, signal }) => Promise<{ plans } | Plan[]>`.
 */
export type RenewalPlansProvider = (esiId: string, context: RenewalPlansContext) => Promise<unknown>;

/** Where custom plans come from: the partner's provider, or the URL of its backend (whose `/plans` is asked). */
export type CustomPlansSource = RenewalPlansProvider | string;

/**
 * The custom plans source in force: the provider when set; else, when custom plans were asked for, the backend;
 * `null` when they were asked for with no backend to ask; `undefined` for the location's renewal offers.
 */
export function customPlansSource(input: {
  provider: RenewalPlansProvider | undefined;
  customPlans: boolean;
  backend: string | Refusal | undefined;
}): CustomPlansSource | null | undefined {
  if (input.provider) return input.provider;
  if (!input.customPlans) return undefined;
  return typeof input.backend === 'string' ? input.backend : null;
}

/** The error for custom plans asked for with neither a backend nor a provider. */
export function missingPlansSource(): LightApiError {
  return new LightApiError(
    'config',
    'custom-plans needs a backend (light-elements/server, for its /plans route) or a plansProvider.',
    { retryable: false },
  );
}

/**
 * The plans as renewal offers: each starts on the day after the contract ends (tomorrow, once it has ended),
 * whatever start window it was priced with, so accepting it sends that date.
 */
export function asRenewalPlans(plans: readonly Plan[], contractEnd: IsoDate | null, today: IsoDate): Plan[] {
  const start = fallbackStart(contractEnd, today);
  return plans.map((plan) => ({ ...plan, earliest_start_date: start, latest_start_date: start }));
}

/** Requests the custom plans for `location`, as renewal offers. */
export async function requestCustomPlans(
  source: CustomPlansSource,
  input: { location: Location; contractEnd: IsoDate | null; today: IsoDate; signal: AbortSignal },
): Promise<Plan[]> {
  const { location, contractEnd, signal } = input;
  const esiId = location.utility_number;
  const raw =
    typeof source === 'function'
      ? await source(esiId, { locationUuid: location.uuid, contractEnd, signal })
      : await postToBackend(`${source}/plans`, { esi_id: esiId }, signal);
  return asRenewalPlans(toPlans(raw), contractEnd, input.today);
}

/**
 * After an accept was refused as gone and the plans were requested again: what became of the chosen plan, and its
 * offer in the new list (`match`, which stays selected only when `expired`). The same offer again means the server
 * does not take that plan at all (`refused`, as for a plan it never offered); another with the same name is its
 * current price (`expired`); none, it is no longer offered (`gone`).
 */
export function afterRefusal(
  plans: readonly Plan[],
  previous: { uuid: string; name: string },
): { kind: 'refused' | 'expired' | 'gone'; match: Plan | null } {
  const match = matchPlan(plans, previous);
  if (!match) return { kind: 'gone', match };
  return { kind: match.uuid === previous.uuid ? 'refused' : 'expired', match };
}
