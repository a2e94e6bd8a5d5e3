/**
 * `createLightClient`: app-side calls a partner's own jobs make, outside any customer request. Today these are the
 * client-agent (power of attorney) steps of enrollment: record the authorization, request plans, and accept a plan
 * and finalize on the customer's behalf.
 */
import { createAccountTokens, type AccountTokens } from './tokens.js';
import { createUpstream, type Upstream, type UpstreamOptions } from './upstream.js';

/** Options for {@link createLightClient}: the app token and, optionally, base URL, fetch, pacing and clock. */
export type LightClientOptions = UpstreamOptions;

/** What {@link LightClient.acceptOnBehalf} needs. */
export interface AcceptOnBehalfInput {
  accountUuid: string;
  /** A plan from a plans request made 7 to 30 days before the start date. */
  planUuid: string;
  /** The service location's ESI ID (required to create the location). */
  esiId: string;
  /** `YYYY-MM-DD`, 7 to 30 days after today (in `timeZone`). */
  serviceStartDate: string;
  /** "Today" comes from this instant (ms or Date). Default: the client's clock. */
  now?: number | Date;
  /** The zone "today" is taken in. Default `America/Chicago` (Texas, where Light serves). */
  timeZone?: string;
}

/** The app-side client. */
export interface LightClient {
  /**
   * `POST /v1/app/accounts/{uuid}/record-client-agent` (app token): your attestation that you hold a signed limited
   * power of attorney. Must come before {@link LightClient.acceptOnBehalf}.
   * @param accountUuid the customer's account
   * @param acceptedAt when the customer granted it (ISO 8601 or a Date); Light defaults to now
   */
  recordClientAgent(accountUuid: string, acceptedAt?: string | Date): Promise<unknown>;
  /**
   * `POST /v1/app/accounts/{uuid}/enroll/plans/request` (app token) → `{ plans }`. Call it 7 to 30 days before the
   * start date: priced plans expire after 5 business days.
   * @param accountUuid the customer's account
   * @param esiId the service location's ESI ID
   * @param customRates extra body fields (per-account rates)
   */
  requestPlans(accountUuid: string, esiId: string, customRates?: Record<string, unknown>): Promise<unknown>;
  /**
   * Accepts a plan for the customer and finalizes: mints an account token (app token), then with the account token
   * `POST /v1/account/enroll/plans/accept` `{ plan_uuid, esi_id, service_start_date, terms_accepted: true }` and
   * `POST /v1/account/enroll/finalize` `{ is_client_agent_enrollment: true }`.
   * @throws {RangeError} before any call when `serviceStartDate` is not 7 to 30 days after today
   * @throws {LightUpstreamError} when Light refuses a step (e.g. 422 "Cannot finalize enrollment")
   */
  acceptOnBehalf(input: AcceptOnBehalfInput): Promise<{ serviceStartDate: string }>;
}

/** The start window the docs set for a client-agent enrollment, in days after today. */
export const CLIENT_AGENT_START_WINDOW = { minDays: 7, maxDays: 30 } as const;

/**
 * Today's calendar date in a time zone, as days since 1970-01-01.
 * @param instant the moment
 * @param timeZone an IANA zone
 * @returns the day number
 */
function dayNumber(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(instant)
    .reduce<Record<string, number>>((all, part) => ({ ...all, [part.type]: Number(part.value) }), {});
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!) / 86_400_000;
}

/**
 * Days from today (in `timeZone`) to a `YYYY-MM-DD` date, or `null` when it is not a real date.
 * @param date the date
 * @param now the current instant
 * @param timeZone an IANA zone
 * @returns the number of days (negative in the past)
 */
export function daysFromToday(date: string, now: Date, timeZone = 'America/Chicago'): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(utc).toISOString().slice(0, 10) !== date) return null;
  return utc / 86_400_000 - dayNumber(now, timeZone);
}

/**
 * Creates the app-side client (server only: it holds the app token).
 * @param options the app token, base URL, fetch and clock
 * @returns the client
 */
export function createLightClient(options: LightClientOptions): LightClient {
  const upstream = createUpstream(options);
  const clock = options.now ?? Date.now;
  return clientOver(upstream, createAccountTokens(upstream, clock), clock);
}

/**
 * The client over an existing caller and token cache, so a backend and its client share one pace and one cache.
 * @param upstream the Light caller
 * @param tokens the account-token cache
 * @param clock the clock, ms
 * @returns the client
 */
export function clientOver(upstream: Upstream, tokens: AccountTokens, clock: () => number): LightClient {
  const accountPath = (uuid: string) => `/v1/app/accounts/${encodeURIComponent(uuid)}`;

  return {
    recordClientAgent(accountUuid, acceptedAt) {
      const at = acceptedAt instanceof Date ? acceptedAt.toISOString() : acceptedAt;
      return upstream.call({
        method: 'POST',
        path: `${accountPath(accountUuid)}/record-client-agent`,
        body: at === undefined ? {} : { client_agent_accepted_at: at },
      });
    },
    requestPlans(accountUuid, esiId, customRates) {
      return upstream.call({
        method: 'POST',
        path: `${accountPath(accountUuid)}/enroll/plans/request`,
        body: { ...(customRates ?? {}), esi_id: esiId },
      });
    },
    async acceptOnBehalf({ accountUuid, planUuid, esiId, serviceStartDate, now, timeZone }) {
      const instant = now === undefined ? new Date(clock()) : new Date(now);
      const days = daysFromToday(serviceStartDate, instant, timeZone);
      const { minDays, maxDays } = CLIENT_AGENT_START_WINDOW;
      if (days === null) throw new RangeError('serviceStartDate must be a date as YYYY-MM-DD');
      if (days < minDays || days > maxDays) {
        throw new RangeError(
          `serviceStartDate must be ${minDays} to ${maxDays} days from today for a client-agent enrollment; ` +
            `${serviceStartDate} is ${days} days away`,
        );
      }
      const { token } = await tokens.token(accountUuid);
      await upstream.call({
        method: 'POST',
        path: '/v1/account/enroll/plans/accept',
        accountToken: token,
        body: { plan_uuid: planUuid, esi_id: esiId, service_start_date: serviceStartDate, terms_accepted: true },
      });
      await upstream.call({
        method: 'POST',
        path: '/v1/account/enroll/finalize',
        accountToken: token,
        body: { is_client_agent_enrollment: true },
      });
      return { serviceStartDate };
    },
  };
}
