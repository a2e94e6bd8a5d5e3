/**
 * The Light API's paths, and what every call module shares: filling path parameters safely, and the error of an
 * inferred call. Paths are templates (`:name` segments) relative to `/v1`.
 */
import { LightApiError } from './errors.js';
import type { RequestOptions } from './http.js';

/** Account-token paths. `source` notes in api-shapes terms: documented, example app, or inferred. */
export const PATHS = {
  /** documented */
  account: '/account',
  /** documented path family; method, body and response inferred */
  addressSearch: '/account/enroll/address-search',
  /** documented path; response inferred */
  esiIdSearch: '/account/enroll/esi-id-search',
  /** inferred account-token twin of the documented app-token path */
  plansRequest: '/account/enroll/plans/request',
  /** documented */
  plansAccept: '/account/enroll/plans/accept',
  /** documented path; field names inferred */
  identity: '/account/enroll/identity',
  /** documented path; field names inferred */
  creditCheck: '/account/enroll/credit-check',
  /** documented */
  finalize: '/account/enroll/finalize',
  /** documented; response field inferred */
  paymentSession: '/account/billing/payment-session',
  /** documented */
  ensurePaymentMethod: '/account/billing/ensure-payment-method-added',
  /** documented + example app */
  paymentMethod: '/account/billing/payment-method',
  /** documented + example app */
  invoices: '/account/billing/invoices',
  /** documented; inner shape inferred */
  invoice: '/account/billing/invoices/:invoice_number',
  /** documented; names inferred */
  billingAddress: '/account/billing/address',
  /** example app */
  locationPlan: '/account/locations/:location_uuid/plan',
  /** documented + example app */
  documents: '/account/locations/:location_uuid/documents',
  /** documented; shape inferred */
  allDocuments: '/account/locations/:location_uuid/all-documents',
  /** documented; shape inferred */
  supportInfo: '/account/locations/:location_uuid/support-info',
  /** documented + example app */
  usageMonthly: '/account/locations/:location_uuid/usage/monthly',
  /** documented + example app */
  usageDaily: '/account/locations/:location_uuid/usage/daily',
  /** documented; shape inferred */
  usageIntervals: '/account/locations/:location_uuid/usage/intervals',
  /** documented */
  renewalRequest: '/account/locations/:location_uuid/renewal-plans/request',
  /** documented */
  renewalAccept: '/account/locations/:location_uuid/renewal-plans/accept',
  /** documented */
  comparisonInvoice: '/account/comparison-invoice',
  /** documented */
  simpleCompare: '/account/comparison-invoice/simple-compare',
  /** documented */
  annualCompare: '/account/comparison-invoice/annual-compare',
  /** example app (sandbox apps only) */
  sandboxSeed: '/account/sandbox/seed-demo-data',
  /** example app (sandbox apps only) */
  sandboxDeleteEnrollment: '/account/sandbox/delete-enrollment',
} as const;

/** App-token paths: for a partner's backend (and the sandbox's app side), never for a browser. */
export const APP_PATHS = {
  accounts: '/app/accounts',
  account: '/app/accounts/:account_uuid',
  token: '/app/accounts/:account_uuid/token',
  flowLogin: '/app/accounts/:account_uuid/flow-login',
  recordClientAgent: '/app/accounts/:account_uuid/record-client-agent',
  /** docs: plans with the partner's custom rates (also how a custom renewal gets its plans). */
  plansRequest: '/app/accounts/:account_uuid/enroll/plans/request',
  eligibility: '/app/accounts/enroll/eligibility',
  fullAddressSearch: '/app/accounts/enroll/full-address-search',
  usageProfilesFetch: '/app/usage-profiles/fetch',
  usageProfile: '/app/usage-profiles/:usage_profile_uuid',
} as const;

/**
 * The account-token calls the elements make whose path, method, body or answer is inferred from the docs and
 * Light's example app rather than documented, by stable name (the `PATHS` key of the path each uses), with the
 * method each is sent with; what is inferred is noted on each. (Read by tests and by people: at run time the
 * error needs only the name and the path.)
 *
 * Each is made through `inferred()`: when the API answers 404 or 405, as it would for a call that does not exist
 * for account tokens or for that method, the error is a `not_found` one (not retryable) whose `call` is the name
 * here and whose `message` says, for the partner's developer, which call failed and how to route it through their
 * backend (`./inferred-routes.ts`, loaded only then). Customers see the friendly sentence for `not_found`, never
 * that message.
 */
export const INFERRED_CALLS = {
  /** Method, body (`{ query }`) and answer inferred; the docs name the path family only. */
  addressSearch: 'POST',
  /** The account-token path, inferred from the documented app-token `/app/accounts/{uuid}/enroll/plans/request`. */
  plansRequest: 'POST',
  /** Field names inferred from the account's. */
  identity: 'PATCH',
  /** Field names (`ssn`, `consent`) inferred. */
  creditCheck: 'POST',
  /** The name of the client secret in the answer (`client_secret`) inferred. */
  paymentSession: 'POST',
} as const satisfies Partial<Record<keyof typeof PATHS, 'POST' | 'PATCH'>>;

/** The stable name of an inferred call (see `INFERRED_CALLS`). */
export type InferredCall = keyof typeof INFERRED_CALLS;

/**
 * The answer of an inferred call. A failure goes through `directed()` (see `./inferred-routes.ts`, loaded only
 * then), which turns a 404 or 405 into an error naming the call and how to route it through the partner's backend,
 * and passes anything else through (as it does when the module cannot load).
 */
export function inferred<T>(call: InferredCall, answer: Promise<T>): Promise<T> {
  return answer.catch((error: unknown) =>
    import('./inferred-routes.js').then(
      (routes) => {
        throw routes.directed(LightApiError, error, call, PATHS[call]);
      },
      () => {
        throw error;
      },
    ),
  );
}

/**
 * Fills `:name` segments, URL-encoding each value. The one place path parameters are checked: a value must be a
 * single path segment that means only itself, so a location UUID or an invoice number (from an attribute, the
 * API, or a partner's code) can never reach another path on the API host with the account token. Refused: an
 * empty value, `.`/`..` (any run of dots alone), `/` and `\`, `%` (so no encoded `%2e%2e` or `%2f` either),
 * `?` and `#`, whitespace and control characters, and anything outside printable ASCII (look-alike dots and
 * slashes that a server might normalise). What is left (letters, digits and ASCII punctuation such as `-._~:@+`)
 * is percent-encoded.
 *
 * @throws LightApiError `validation` (not retryable), before any request is made.
 */
export function fillPath(template: string, params: Record<string, string | number>): string {
  return template.replace(/:([a-z_]+)/g, (_, name: string) => {
    const value = params[name];
    const text = value === undefined || value === null ? '' : String(value);
    if (!text) throw pathError(`The ${name} is missing.`);
    if (!SEGMENT.test(text) || /^\.+$/.test(text)) throw pathError(`The ${name} is not a valid identifier.`);
    return encodeURIComponent(text);
  });
}

/** Printable ASCII without space, `/`, `\`, `%`, `?` and `#`. */
const SEGMENT = /^[!"$&'()*+,\-.0-9:;<=>@A-Z[\]^_`a-z{|}~]+$/;

function pathError(message: string): LightApiError {
  return new LightApiError('validation', message, { retryable: false });
}

export type Opts = Pick<RequestOptions, 'signal'>;

/** For the calls that read nothing from their answer: any 2xx is success, an empty body included. */
export const NO_BODY = { expectBody: false } as const;

/** A location path filled with its UUID. */
export const atLocation = (template: string, locationUuid: string) =>
  fillPath(template, { location_uuid: locationUuid });
