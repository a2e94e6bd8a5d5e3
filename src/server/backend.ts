/**
 * `createLightBackend`: one Fetch API handler for the routes the elements call on the partner's backend
 * (`POST {basePath}/token`, `/flow-login`, `/plans`, `/eligibility`, `/full-address-search`, `/client-agent`,
 * `/usage-profiles`).
 */
import { clientOver, type LightClient } from './client-agent.js';
import { createAccountTokens, type AccountTokens } from './tokens.js';
import { createUpstream, LightUpstreamError, type Upstream, type UpstreamOptions } from './upstream.js';
import {
  checkConsent,
  checkEsiId,
  checkFullAddress,
  checkPostalCode,
  checkScope,
  checkUsageFetch,
} from './validate.js';
import type { ClientAgentConsentBody } from './validate.js';

/** What the plans route adds to Light's plans request for one account. */
export interface PlansContext {
  /** The signed-in customer's Light account. */
  accountUuid: string;
  /** The ESI ID the element asked plans for. */
  esiId: string;
  /** The element's request (headers, cookies). */
  request: Request;
}

/** The partner's custom rates for the app-token plans request. */
export interface PlansOptions {
  /**
   * Fields merged into the body of `POST /v1/app/accounts/{uuid}/enroll/plans/request` beside `esi_id` (which always
   * wins): the per-account rate customisation the docs mention ("customizing the rates per-account"). The docs copy
   * names no fields; take them from Light's API reference. An object, or a function of the account and ESI ID
   * (may be async; `null` adds nothing).
   */
  customRates?:
    | Record<string, unknown>
    | ((context: PlansContext) => Record<string, unknown> | null | Promise<Record<string, unknown> | null>);
}

/** A client-agent consent given in `<light-enrollment client-agent>`, as the route received it. */
export interface ClientAgentConsentContext extends ClientAgentConsentBody {
  accountUuid: string;
  request: Request;
}

/** The client-agent route: off unless the partner enrolls customers under power of attorney. */
export interface ClientAgentRouteOptions {
  /**
   * Keeps the consent (the partner's record of the authorization) before it is recorded with Light; throwing
   * stops the recording and answers 500 (and reaches `onError`). Required: the docs make the partner responsible for
   * holding it.
   */
  onConsent: (consent: ClientAgentConsentContext) => void | Promise<void>;
}

/** Options for {@link createLightBackend}. */
export interface LightBackendOptions extends UpstreamOptions {
  /**
   * Maps the partner's own session to the customer's Light account uuid (may be async). `null` answers 401: every
   * route needs a signed-in customer, so the backend is never an open proxy for the app token.
   */
  getAccountUuid: (request: Request) => string | null | undefined | Promise<string | null | undefined>;
  /** Where the routes are mounted. Default `/energy`. */
  basePath?: string;
  /** Custom rates for the plans request. */
  plans?: PlansOptions;
  /**
   * `public: true` lets `POST {basePath}/eligibility` answer visitors no one is signed in as (a marketing page
   * before any account exists): it uses only the app token and reads no account. Default: signed-in only.
   */
  eligibility?: { public?: boolean };
  /** Turns on `POST {basePath}/client-agent` (power-of-attorney enrollment). Without it, that route answers 404. */
  clientAgent?: ClientAgentRouteOptions;
  /**
   * Called with each failure answered 5xx: Light unreachable or failing, the app token refused, a throw in
   * `getAccountUuid` or `customRates`. Its message never holds the app token. Default: nothing.
   */
  onError?: (error: Error) => void;
}

/**
 * The handler `createLightBackend` returns, with `client`: the app-side client (`recordClientAgent`,
 * `requestPlans`, `acceptOnBehalf`) sharing the handler's pacing and token cache.
 */
export type LightBackendHandler = ((request: Request) => Promise<Response>) & { readonly client: LightClient };

/** The routes, by their last path segment. */
export const BACKEND_ROUTES = [
  'token',
  'flow-login',
  'plans',
  'eligibility',
  'full-address-search',
  'client-agent',
  'usage-profiles',
] as const;

type RouteName = (typeof BACKEND_ROUTES)[number];

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A JSON response that no cache keeps (every answer is per customer).
 * @param status the HTTP status
 * @param body the JSON body
 * @param headers more headers
 * @returns the response
 */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

async function readBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body must be JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'The request body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

function must<T>(checked: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!checked.ok) throw new HttpError(400, checked.error);
  return checked.value;
}

/** A Light error status the browser may see as is; anything else becomes 502. */
function passStatus(status: number): number {
  return [400, 404, 409, 422, 429].includes(status) ? status : 502;
}

/**
 * Creates the partner's backend for the elements: a `(request: Request) => Promise<Response>` for Node (through
 * `toNodeHandler`), Express, Next.js route handlers, Hono, Workers and Deno.
 *
 * - `POST /energy/token` → `{ token, expires_at, stripe_public_key }`, `Cache-Control: no-store`; the account token
 *   is cached per account until 10 minutes before it expires, and concurrent calls share one mint.
 * - `POST /energy/flow-login` `{ scope }` → Light's `{ login_link, scope, expires_at }`.
 * - `POST /energy/plans` `{ esi_id }` → the app-token plans request, with `plans.customRates`.
 * - `POST /energy/eligibility` `{ postal_code }` → `{ eligibility_likelihood, utilities }`.
 * - `POST /energy/full-address-search` `{ address_1, address_2?, city?, state?, postal_code }` → Light's matches.
 * - `POST /energy/client-agent` `{ client_agent_accepted_at, consent, locale?, esi_id? }` → `{}`, with
 *   `clientAgent.onConsent` given: keeps the consent through it, then calls `record-client-agent`.
 * - `POST /energy/usage-profiles` `{ comparison_invoice_uuid, user_authorizes_usage_fetch: true }` → Light's usage
 *   profile (`POST /v1/app/usage-profiles/fetch`, Smart Meter Texas history), only for the signed-in customer's
 *   own comparison invoice (checked with their account token) and only with their consent.
 *
 * Other paths answer 404, other methods 405; errors are `{ "error": "<message>" }` and never hold the app token.
 * `handler.client` is the client-agent client (see `createLightClient`) on the same pacing and token cache.
 * @param options the app token, the session lookup and the route options
 * @returns the request handler
 */
export function createLightBackend(options: LightBackendOptions): LightBackendHandler {
  if (typeof options.getAccountUuid !== 'function') {
    throw new TypeError('light-elements/server: getAccountUuid(request) is required');
  }
  const upstream: Upstream = createUpstream(options);
  const tokens: AccountTokens = createAccountTokens(upstream, options.now ?? Date.now);
  const basePath = `/${(options.basePath ?? '/energy').replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');

  const routes: Record<RouteName, (accountUuid: string, request: Request) => Promise<Response>> = {
    async token(accountUuid) {
      // The key only spares the payment step its configuration: a failure to read it never fails the token.
      const [token, stripePublicKey] = await Promise.all([
        tokens.token(accountUuid),
        tokens.stripeKey(accountUuid).catch(() => null),
      ]);
      return json(200, { token: token.token, expires_at: token.expires_at, stripe_public_key: stripePublicKey });
    },
    async 'flow-login'(accountUuid, request) {
      const scope = must(checkScope(await readBody(request)));
      const link = await upstream.call<unknown>({
        method: 'POST',
        path: `/v1/app/accounts/${encodeURIComponent(accountUuid)}/flow-login`,
        body: { scope },
      });
      return json(200, link);
    },
    async plans(accountUuid, request) {
      const esiId = must(checkEsiId(await readBody(request)));
      const custom = options.plans?.customRates;
      const extra = typeof custom === 'function' ? await custom({ accountUuid, esiId, request }) : custom;
      const plans = await upstream.call<unknown>({
        method: 'POST',
        path: `/v1/app/accounts/${encodeURIComponent(accountUuid)}/enroll/plans/request`,
        body: { ...(extra ?? {}), esi_id: esiId },
      });
      return json(200, plans);
    },
    async eligibility(_accountUuid, request) {
      const postalCode = must(checkPostalCode(await readBody(request)));
      const result = await upstream.call<unknown>({
        method: 'POST',
        path: '/v1/app/accounts/enroll/eligibility',
        body: { postal_code: postalCode },
      });
      return json(200, result);
    },
    async 'client-agent'(accountUuid, request) {
      const onConsent = options.clientAgent?.onConsent;
      if (!onConsent) throw new HttpError(404, 'Not found');
      const consent = must(checkConsent(await readBody(request), (options.now ?? Date.now)()));
      await onConsent({ ...consent, accountUuid, request });
      await upstream.call({
        method: 'POST',
        path: `/v1/app/accounts/${encodeURIComponent(accountUuid)}/record-client-agent`,
        body: { client_agent_accepted_at: consent.client_agent_accepted_at },
      });
      return json(200, {});
    },
    async 'full-address-search'(_accountUuid, request) {
      const address = must(checkFullAddress(await readBody(request)));
      const result = await upstream.call<unknown>({
        method: 'POST',
        path: '/v1/app/accounts/enroll/full-address-search',
        body: address,
      });
      return json(200, result);
    },
    async 'usage-profiles'(accountUuid, request) {
      const invoiceUuid = must(checkUsageFetch(await readBody(request)));
      // The app token could fetch any customer's meter data: only the signed-in customer's own bill is allowed.
      const { token } = await tokens.token(accountUuid);
      const own = await upstream.call<{ uuid?: unknown }>({
        method: 'GET',
        path: '/v1/account/comparison-invoice',
        accountToken: token,
      });
      if (own?.uuid !== invoiceUuid) throw new HttpError(404, 'No such comparison invoice for this customer');
      const profile = await upstream.call<unknown>({
        method: 'POST',
        path: '/v1/app/usage-profiles/fetch',
        body: { comparison_invoice_uuid: invoiceUuid, user_authorizes_usage_fetch: true },
      });
      return json(202, profile);
    },
  };

  const handler = async (request: Request): Promise<Response> => {
    const pathname = new URL(request.url).pathname.replace(/\/+$/, '');
    const name = pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length + 1) : null;
    if (name === null || !(BACKEND_ROUTES as readonly string[]).includes(name)) {
      return json(404, { error: 'Not found' });
    }
    if (request.method.toUpperCase() !== 'POST') {
      return json(405, { error: 'Use POST' }, { Allow: 'POST' });
    }
    try {
      const open = name === 'eligibility' && options.eligibility?.public === true;
      const accountUuid = open ? '' : await options.getAccountUuid(request);
      if (!accountUuid && !open) return json(401, { error: 'Not signed in' });
      return await routes[name as RouteName](accountUuid ?? '', request);
    } catch (error) {
      if (error instanceof HttpError) return json(error.status, { error: error.message });
      if (error instanceof LightUpstreamError) {
        // What the browser sees as 502 (Light unreachable, failing, or refusing the app token) is the partner's to know.
        if (passStatus(error.status) === 502) options.onError?.(error);
        const retry: Record<string, string> =
          error.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(error.retryAfterSeconds) };
        return json(passStatus(error.status), { error: error.message }, retry);
      }
      const safe = new Error(upstream.redact(error instanceof Error ? error.message : String(error)));
      options.onError?.(safe);
      return json(500, { error: 'Internal error' });
    }
  };
  return Object.assign(handler, { client: clientOver(upstream, tokens, options.now ?? Date.now) });
}
