/**
 * Every route the sandbox serves, declared here from the Light docs and Light's example app, never from the
 * client's own path table: the sandbox is evidence of the API, so a wrong guess in the client must not pass by
 * construction. Each route names where it comes from: a heading of the docs (`light-api-docs.md`), a file of the
 * example app, or `inferred` with the reason. `test/sandbox/route-table.test.ts` holds the client to this table.
 *
 * Paths are written as the docs write them (`/v1/...`, `{name}` segments). A route under `/v1/app/` takes the app
 * token, any other the account token (the docs' "API structure"). The route name is what faults
 * (`sandbox.faults.add({ route })`) and the request log use; one name covers every method of one path.
 */

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Where a route's method and path come from. */
export type RouteSource =
  { source: 'docs'; section: string } | { source: 'example app'; file: string } | { source: 'inferred'; why: string };

/** One method of one path. */
export interface RouteDeclaration {
  route: string;
  method: Method;
  path: string;
  source: RouteSource;
}

const docs = (section: string) => ({ source: 'docs', section }) as const;
const exampleApp = (file: string) => ({ source: 'example app', file }) as const;
const inferred = (why: string) => ({ source: 'inferred', why }) as const;

/** Every route the sandbox serves. */
export const ROUTE_TABLE = [
  // Account token: account and enrollment ----------------------------------------------------------------------
  { route: 'account', method: 'GET', path: '/v1/account', source: docs('When to call it') },
  {
    route: 'addressSearch',
    method: 'POST',
    path: '/v1/account/enroll/address-search',
    source: inferred(
      'The docs show the type-ahead search only as /v1/app/accounts/enroll/address-search ("Type-ahead search by ' +
        'address") and say /account/enroll endpoints include address search ("API structure"); the account-token ' +
        'path, POST and the { query } body are guesses.',
    ),
  },
  {
    route: 'esiIdSearch',
    method: 'POST',
    path: '/v1/account/enroll/esi-id-search',
    source: inferred(
      'The docs name the path ("Search by Electric Service Identifier ID (ESI ID)") but not its method; POST and ' +
        'the { esi_id } body are guesses.',
    ),
  },
  {
    route: 'plansRequest',
    method: 'POST',
    path: '/v1/account/enroll/plans/request',
    source: inferred(
      'The docs show plans/request only with the app token (/v1/app/accounts/enroll/plans/request and ' +
        '/v1/app/accounts/{account_uuid}/enroll/plans/request, "Timing"); the account-token twin is a guess.',
    ),
  },
  { route: 'plansAccept', method: 'POST', path: '/v1/account/enroll/plans/accept', source: docs('Timing') },
  { route: 'identity', method: 'PATCH', path: '/v1/account/enroll/identity', source: docs('7. Verify identity') },
  { route: 'creditCheck', method: 'POST', path: '/v1/account/enroll/credit-check', source: docs('8. Check credit') },
  { route: 'finalize', method: 'POST', path: '/v1/account/enroll/finalize', source: docs('10. Finalize enrollment') },

  // Account token: billing ---------------------------------------------------------------------------------------
  {
    route: 'paymentSession',
    method: 'POST',
    path: '/v1/account/billing/payment-session',
    source: docs('9. Add a payment method'),
  },
  {
    route: 'ensurePaymentMethod',
    method: 'POST',
    path: '/v1/account/billing/ensure-payment-method-added',
    source: docs('9. Add a payment method'),
  },
  {
    route: 'paymentMethod',
    method: 'GET',
    path: '/v1/account/billing/payment-method',
    source: docs('View payment method'),
  },
  { route: 'invoices', method: 'GET', path: '/v1/account/billing/invoices', source: docs('View invoices') },
  {
    route: 'invoice',
    method: 'GET',
    path: '/v1/account/billing/invoices/{invoice_number}',
    source: docs('View invoice details'),
  },
  { route: 'billingAddress', method: 'GET', path: '/v1/account/billing/address', source: docs('View billing address') },
  {
    route: 'billingAddress',
    method: 'PUT',
    path: '/v1/account/billing/address',
    source: docs('Update billing address'),
  },

  // Account token: locations -------------------------------------------------------------------------------------
  {
    route: 'locationPlan',
    method: 'GET',
    path: '/v1/account/locations/{location_uuid}/plan',
    source: exampleApp('app/services/api.ts'),
  },
  {
    route: 'documents',
    method: 'GET',
    path: '/v1/account/locations/{location_uuid}/documents',
    source: docs('Get active documents for a location'),
  },
  {
    route: 'allDocuments',
    method: 'GET',
    path: '/v1/account/locations/{location_uuid}/all-documents',
    source: docs('Get all documents for a location'),
  },
  {
    route: 'supportInfo',
    method: 'GET',
    path: '/v1/account/locations/{location_uuid}/support-info',
    source: docs('Get support info'),
  },
  {
    route: 'usageMonthly',
    method: 'GET',
    path: '/v1/account/locations/{location_uuid}/usage/monthly',
    source: docs('Get monthly usage'),
  },
  {
    route: 'usageDaily',
    method: 'GET',
    path: '/v1/account/locations/{location_uuid}/usage/daily',
    source: docs('Get daily usage'),
  },
  {
    route: 'usageIntervals',
    method: 'GET',
    path: '/v1/account/locations/{location_uuid}/usage/intervals',
    source: docs('Get 15-minute interval usage'),
  },
  {
    route: 'renewalRequest',
    method: 'POST',
    path: '/v1/account/locations/{location_uuid}/renewal-plans/request',
    source: docs('Request renewal plans'),
  },
  {
    route: 'renewalAccept',
    method: 'POST',
    path: '/v1/account/locations/{location_uuid}/renewal-plans/accept',
    source: docs('Accept renewal plan'),
  },

  // Account token: plan comparison -------------------------------------------------------------------------------
  {
    route: 'comparisonInvoice',
    method: 'POST',
    path: '/v1/account/comparison-invoice',
    source: docs('1. Upload a comparison invoice'),
  },
  {
    route: 'comparisonInvoice',
    method: 'GET',
    path: '/v1/account/comparison-invoice',
    source: docs('2. Wait for invoice processing'),
  },
  {
    route: 'simpleCompare',
    method: 'GET',
    path: '/v1/account/comparison-invoice/simple-compare',
    source: docs('3. Run a simple comparison'),
  },
  {
    route: 'annualCompare',
    method: 'GET',
    path: '/v1/account/comparison-invoice/annual-compare',
    source: docs('4. Run an annual comparison'),
  },

  // Account token: sandbox apps only -----------------------------------------------------------------------------
  {
    route: 'sandboxSeed',
    method: 'POST',
    path: '/v1/account/sandbox/seed-demo-data',
    source: exampleApp('app/services/api.ts'),
  },
  {
    route: 'sandboxDeleteEnrollment',
    method: 'POST',
    path: '/v1/account/sandbox/delete-enrollment',
    source: exampleApp('app/services/api.ts'),
  },

  // App token (a partner's backend) ------------------------------------------------------------------------------
  { route: 'app.accounts', method: 'GET', path: '/v1/app/accounts', source: docs('Authentication') },
  {
    route: 'app.accounts',
    method: 'POST',
    path: '/v1/app/accounts',
    source: docs("2. Create user's Light Account"),
  },
  {
    route: 'app.account',
    method: 'GET',
    path: '/v1/app/accounts/{account_uuid}',
    source: docs('3. Complete prerequisites'),
  },
  {
    route: 'app.account',
    method: 'PATCH',
    path: '/v1/app/accounts/{account_uuid}',
    source: docs('7. Verify identity'),
  },
  {
    route: 'app.token',
    method: 'POST',
    path: '/v1/app/accounts/{account_uuid}/token',
    source: docs('1. Backend API to generate Account Tokens'),
  },
  {
    route: 'app.flowLogin',
    method: 'POST',
    path: '/v1/app/accounts/{account_uuid}/flow-login',
    source: docs('3. Launch embedded flow'),
  },
  {
    route: 'app.recordClientAgent',
    method: 'POST',
    path: '/v1/app/accounts/{account_uuid}/record-client-agent',
    source: docs('2. Record power of attorney'),
  },
  {
    route: 'app.plansRequest',
    method: 'POST',
    path: '/v1/app/accounts/{account_uuid}/enroll/plans/request',
    source: docs("4. Request plans and accept on the customer's behalf"),
  },
  {
    route: 'app.eligibility',
    method: 'POST',
    path: '/v1/app/accounts/enroll/eligibility',
    source: docs('(optional) Check location eligibility first'),
  },
  {
    route: 'app.fullAddressSearch',
    method: 'POST',
    path: '/v1/app/accounts/enroll/full-address-search',
    source: docs('Full address search'),
  },
  {
    route: 'app.usageProfilesFetch',
    method: 'POST',
    path: '/v1/app/usage-profiles/fetch',
    source: docs('Fetch a usage profile'),
  },
  {
    route: 'app.usageProfile',
    method: 'GET',
    path: '/v1/app/usage-profiles/{usage_profile_uuid}',
    source: docs('Check usage profile status'),
  },
] as const satisfies readonly RouteDeclaration[];

/** A route's name, as faults and the request log use it. */
export type RouteName = (typeof ROUTE_TABLE)[number]['route'];
/** Routes that take the app token: their names start with `app.`. */
export type AppRouteName = Extract<RouteName, `app.${string}`>;
export type AccountRouteName = Exclude<RouteName, AppRouteName>;
/** An app route's name without its `app.` prefix, as `app.ts` keys its handlers. */
export type AppRouteKey = AppRouteName extends `app.${infer Key}` ? Key : never;

/** Whether a path takes the app token (`/v1/app/...`) rather than an account token. */
export function isAppPath(path: string): boolean {
  return path === '/v1/app' || path.startsWith('/v1/app/');
}
