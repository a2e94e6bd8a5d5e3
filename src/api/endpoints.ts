/**
 * Every Light API path, and one typed function per account-token endpoint.
 *
 * Paths are templates (`:name` segments) relative to `/v1`; the sandbox routes on the same templates.
 * Functions are standalone (not client methods) so an element bundles only the endpoints it calls. In the script-tag
 * bundle this module is one chunk that every data element loads, so a call only one element makes can live in its own
 * module beside it (`support-info.ts`).
 */
import { LightApiError } from './errors.js';
import type { LightClient, RequestOptions } from './http.js';
import {
  toAccount,
  toBillingAddress,
  toDailyUsage,
  toIntervalUsage,
  toInvoice,
  toInvoiceDetail,
  toLocationDocumentList,
  toLocationDocuments,
  toLocationPlan,
  toMonthlyUsage,
  toPage,
  toPaymentMethod,
  toPlans,
  toServiceAddresses,
} from './normalize.js';
import { record, textOr } from './parse.js';
import type {
  Account,
  AcceptPlanRequest,
  AcceptRenewalRequest,
  BillingAddress,
  CreditCheckRequest,
  DailyUsage,
  FinalizeRequest,
  IdentityRequest,
  IntervalUsage,
  Invoice,
  InvoiceDetail,
  LocationDocument,
  LocationDocuments,
  LocationPlan,
  MonthlyUsage,
  Page,
  PageQuery,
  PaymentMethod,
  PaymentSession,
  Plan,
  ServiceAddress,
} from './types.js';

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
function inferred<T>(call: InferredCall, answer: Promise<T>): Promise<T> {
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
const NO_BODY = { expectBody: false } as const;

// Account ----------------------------------------------------------------------------------------------------

export async function getAccount(client: LightClient, opts: Opts = {}): Promise<Account> {
  return toAccount(await client.request('GET', PATHS.account, opts));
}

// Enrollment -------------------------------------------------------------------------------------------------

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

// Billing ----------------------------------------------------------------------------------------------------

/**
 * Inferred secret name (`INFERRED_CALLS.paymentSession`): `client_secret`, else `setup_intent_client_secret` or
 * `secret`. An answer with none of them gives an empty `client_secret` (see `missingClientSecret` in
 * `core/stripe-key.ts`).
 */
export async function createPaymentSession(client: LightClient, opts: Opts = {}): Promise<PaymentSession> {
  const json = record(await inferred('paymentSession', client.request('POST', PATHS.paymentSession, opts)));
  return { client_secret: textOr(json.client_secret ?? json.setup_intent_client_secret ?? json.secret) };
}

export async function ensurePaymentMethodAdded(client: LightClient, paymentMethodId: string, opts: Opts = {}) {
  await client.request('POST', PATHS.ensurePaymentMethod, {
    ...opts,
    body: { payment_method_id: paymentMethodId },
    ...NO_BODY,
  });
}

/** The card on file, or `null` when there is none (a 404 counts as none). */
export async function getPaymentMethod(client: LightClient, opts: Opts = {}): Promise<PaymentMethod | null> {
  try {
    return toPaymentMethod(await client.request('GET', PATHS.paymentMethod, opts));
  } catch (error) {
    if ((error as { code?: string }).code === 'not_found') return null;
    throw error;
  }
}

export async function listInvoices(
  client: LightClient,
  query: PageQuery = {},
  opts: Opts = {},
): Promise<Page<Invoice>> {
  const raw = await client.request('GET', PATHS.invoices, { ...opts, query: { ...query } });
  return toPage(raw, toInvoice);
}

export async function getInvoice(client: LightClient, invoiceNumber: string, opts: Opts = {}): Promise<InvoiceDetail> {
  const path = fillPath(PATHS.invoice, { invoice_number: invoiceNumber });
  return toInvoiceDetail(await client.request('GET', path, opts));
}

export async function getBillingAddress(client: LightClient, opts: Opts = {}): Promise<BillingAddress> {
  return toBillingAddress(await client.request('GET', PATHS.billingAddress, opts));
}

export async function updateBillingAddress(client: LightClient, body: BillingAddress, opts: Opts = {}): Promise<void> {
  await client.request('PUT', PATHS.billingAddress, { ...opts, body, ...NO_BODY });
}

// Locations --------------------------------------------------------------------------------------------------

const at = (template: string, locationUuid: string) => fillPath(template, { location_uuid: locationUuid });

export async function getLocationPlan(
  client: LightClient,
  locationUuid: string,
  opts: Opts = {},
): Promise<LocationPlan> {
  return toLocationPlan(await client.request('GET', at(PATHS.locationPlan, locationUuid), opts));
}

export async function getDocuments(
  client: LightClient,
  locationUuid: string,
  opts: Opts = {},
): Promise<LocationDocuments> {
  return toLocationDocuments(await client.request('GET', at(PATHS.documents, locationUuid), opts));
}

export async function getAllDocuments(
  client: LightClient,
  locationUuid: string,
  opts: Opts = {},
): Promise<LocationDocument[]> {
  return toLocationDocumentList(await client.request('GET', at(PATHS.allDocuments, locationUuid), opts));
}

export async function getMonthlyUsage(
  client: LightClient,
  locationUuid: string,
  query: { year?: number } = {},
  opts: Opts = {},
): Promise<MonthlyUsage> {
  return toMonthlyUsage(await client.request('GET', at(PATHS.usageMonthly, locationUuid), { ...opts, query }));
}

export async function getDailyUsage(
  client: LightClient,
  locationUuid: string,
  query: { year: number; month: number },
  opts: Opts = {},
): Promise<DailyUsage> {
  return toDailyUsage(await client.request('GET', at(PATHS.usageDaily, locationUuid), { ...opts, query }));
}

export async function getIntervalUsage(
  client: LightClient,
  locationUuid: string,
  query: { year: number; month: number },
  opts: Opts = {},
): Promise<IntervalUsage> {
  return toIntervalUsage(await client.request('GET', at(PATHS.usageIntervals, locationUuid), { ...opts, query }));
}

export async function requestRenewalPlans(client: LightClient, locationUuid: string, opts: Opts = {}): Promise<Plan[]> {
  return toPlans(await client.request('POST', at(PATHS.renewalRequest, locationUuid), opts));
}

export async function acceptRenewal(
  client: LightClient,
  locationUuid: string,
  body: AcceptRenewalRequest,
  opts: Opts = {},
): Promise<void> {
  await client.request('POST', at(PATHS.renewalAccept, locationUuid), { ...opts, body, ...NO_BODY });
}
