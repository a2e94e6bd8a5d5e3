/**
 * The sandbox core: one function from `Request` to `Response` that serves every route of the sandbox's own route
 * table (`routes.ts`) from in-memory state, plus the `fetch` adapter, the app-side functions, scenarios, fault
 * injection and a request log. MSW handlers live in `msw.ts` so this module does not pull MSW in.
 */
import { isAbortError } from '../api/errors.js';
import { DEFAULT_API_BASE, sleep } from '../api/http.js';
import type { AccountStatus, AccountStatusReason, FlowLogin, FlowScope, TokenResponse } from '../api/types.js';
import { accountJson, appAccountJson } from './account-json.js';
import { appRoutes, createAccount, flowLogin, mintToken, type CreateAccountInput } from './app.js';
import { billingRoutes, confirmSetupIntent, type ConfirmSetupResult } from './billing.js';
import { comparisonRoutes } from './comparison.js';
import type { AccountContext, AppContext, MethodHandlers } from './context.js';
import { enrollmentRoutes } from './enrollment.js';
import { FaultRegistry, type Fault } from './faults.js';
import { locationRoutes } from './locations.js';
import { errorResponse, jsonResponse, SandboxError, unauthorized } from './responses.js';
import { applyScenario, sandboxRoutes, type ScenarioName, type ScenarioOptions } from './scenarios.js';
import { applyStatus, isDocumentedStatus, SandboxState, type AccountRecord, type CardOnFile } from './state.js';
import { isAppPath, ROUTE_TABLE, type AccountRouteName, type Method, type RouteName } from './routes.js';
import { usageRoutes } from './usage.js';
import { createRng, hashSeed, randomUuid, type Rng } from './random.js';
import {
  ROUTE_EVENTS,
  serviceEvents,
  serviceSnapshot,
  type WebhookEvent,
  type WebhookEventName,
  type WebhookListener,
  type WebhookLocation,
} from './webhooks.js';
import { now as clockNow } from '../api/clock.js';

/** The app token the sandbox accepts on `/app/*` routes (a partner backend's secret, in a real app). */
export const SANDBOX_APP_TOKEN = 'sandbox_app_token';

export interface SandboxOptions {
  /** Seeds every generated id and number: the same seed gives the same sandbox. Default 1. */
  seed?: number;
  /** The sandbox clock (token and plan expiry, "today", usage lag). Default: the library's clock (`setClock`). */
  now?: () => Date;
  /** The scenario `session()` uses when given none. Default `new-customer`. */
  scenario?: ScenarioName;
  /** Account token lifetime in seconds. Default 3600, as the API's. */
  tokenTtlSeconds?: number;
  /** How long priced plans stay valid, ms (0 makes them born expired). Default: 5 business days. */
  planLifetimeMs?: number;
  /** The base URL elements and MSW handlers use. Default `https://api.light.dev`; `handle` accepts any origin. */
  apiBase?: string;
  /** The app token `/app/*` routes accept. Default {@link SANDBOX_APP_TOKEN}. */
  appToken?: string;
  /** Origin of embedded-flow login links. Default `https://flow.light.dev`. */
  flowBase?: string;
  /** Answer 429 over the documented limits (10/s per account, 30/s per app). Default false. */
  enforceRateLimits?: boolean;
  /**
   * Also put `app.stripe_public_key` on the account-token `GET /v1/account`. Default false: the docs show the key on
   * the app-token account payload (`GET /v1/app/accounts/{uuid}`) only, and the example app types the account-token
   * `app` as `{ uuid, name }`. Turn it on to try a client against an API that does echo it.
   */
  echoStripeKeyOnAccount?: boolean;
  /** Called with every webhook event the sandbox's state changes fire (see {@link Sandbox.onWebhook}). */
  onWebhook?: WebhookListener;
}

/** One request the sandbox received. Bodies are never recorded. */
export interface RequestLogEntry {
  readonly method: string;
  /** The path after `/v1` (e.g. `/account/billing/invoices`), without the query. */
  readonly path: string;
  /** The query string, with its `?`, or `''`. */
  readonly query: string;
  /** The route name in the sandbox's route table (`routes.ts`), `null` when nothing matched. */
  readonly route: RouteName | null;
  /** Account the token belonged to, once authenticated. */
  readonly account: string | null;
  /** HTTP status; `null` while in flight, 0 when it failed without a response (network fault, abort). */
  readonly status: number | null;
  /** Sandbox-clock time it arrived, ISO 8601. */
  readonly time: string;
}

export interface SessionOptions extends ScenarioOptions {
  email?: string;
  first_name?: string;
  last_name?: string;
  /** The address the partner gave at account creation (the docs' `preliminary_address`). */
  preliminary_address?: string;
}

/**
 * What a partner's token endpoint answers: Light's `{ token, expires_at }` and, passed on beside it, the
 * `stripe_public_key` its backend read from the app-token account payload (`app.stripe_public_key`).
 */
export interface PartnerTokenResponse extends TokenResponse {
  stripe_public_key: string;
}

/** What a test or story needs to talk to one sandbox account. */
export interface SandboxSession {
  accountUuid: string;
  /** The account's first location, when the scenario has one. */
  locationUuid: string | null;
  scenario: ScenarioName;
  /** Mints a fresh account token through the app side, like a partner's token endpoint (its key beside it). */
  tokenProvider: () => Promise<PartnerTokenResponse>;
}

export interface Sandbox {
  readonly apiBase: string;
  readonly appToken: string;
  readonly seed: number;
  readonly faults: FaultRegistry;
  /** Every request so far, oldest first. */
  readonly requests: readonly RequestLogEntry[];
  /** The sandbox clock. */
  now(): Date;
  /** Serves one API request. Rejects with `TypeError` for a network fault and with the abort reason when aborted. */
  handle(request: Request): Promise<Response>;
  /** A `fetch` that answers from the sandbox: `new LightClient({ fetch: sandbox.fetch, ... })`. */
  readonly fetch: typeof fetch;
  /** Creates an account set up as `scenario` and returns how to reach it. */
  session(scenario?: ScenarioName, options?: SessionOptions): SandboxSession;
  /** App side: POST /app/accounts. Returns the account JSON (with `uuid`). */
  createAccount(input: CreateAccountInput): ReturnType<typeof appAccountJson>;
  /** App side: GET /app/accounts/{uuid}, with `app.stripe_public_key` (not recorded in the request log). */
  getAppAccount(accountUuid: string): ReturnType<typeof appAccountJson>;
  /** App side: POST /app/accounts/{uuid}/token. */
  mintToken(accountUuid: string, options?: { ttlSeconds?: number }): TokenResponse;
  /** App side: POST /app/accounts/{uuid}/flow-login. */
  flowLogin(accountUuid: string, scope: FlowScope): FlowLogin;
  /** Sets an existing (fresh) account up as a scenario. */
  applyScenario(accountUuid: string, scenario: ScenarioName, options?: ScenarioOptions): void;
  /** Puts an account in any documented status pair (a RangeError for undocumented ones). */
  setStatus(accountUuid: string, status: AccountStatus, reason: AccountStatusReason): void;
  /** What GET /account returns for this account now. */
  getAccount(accountUuid: string): ReturnType<typeof accountJson>;
  /** A copy of the sandbox's record of an account, for assertions (e.g. that no SSN is kept). */
  inspect(accountUuid: string): AccountRecord;
  /** Expires every account token minted so far. */
  expireTokens(): void;
  /** Expires every plan offered so far (to one account, or to all). */
  expirePlans(accountUuid?: string): void;
  clearRequests(): void;
  /** What Stripe does when a card is confirmed against a SetupIntent: used by the fake Stripe. */
  confirmSetupIntent(clientSecret: string, card: Omit<CardOnFile, 'id'>): ConfirmSetupResult;
  /**
   * Calls `listener` with each webhook event, as Light would POST it, when a request or a status change fires one
   * (`enrollment.plan_accepted`, `enrollment.finalized`, `location.service_active`, …). Returns the unsubscribe.
   * Sign and deliver one with `signWebhook` (`webhooks.ts`).
   */
  onWebhook(listener: WebhookListener): () => void;
}

// Routing ------------------------------------------------------------------------------------------------------

const ACCOUNT_ROUTES: Record<AccountRouteName, MethodHandlers<AccountContext>> = {
  account: { GET: ({ state, account }) => accountJson(state, account) },
  ...enrollmentRoutes,
  ...billingRoutes,
  ...locationRoutes,
  ...usageRoutes,
  ...comparisonRoutes,
  ...sandboxRoutes,
};

interface CompiledRoute {
  name: RouteName;
  side: 'account' | 'app';
  pattern: RegExp;
  keys: string[];
  /** Only the methods the route table declares for this path. */
  methods: MethodHandlers<AccountContext> | MethodHandlers<AppContext>;
}

function handlersFor(name: RouteName): MethodHandlers<AccountContext> | MethodHandlers<AppContext> | undefined {
  return name.startsWith('app.')
    ? appRoutes[name.slice(4) as keyof typeof appRoutes]
    : ACCOUNT_ROUTES[name as AccountRouteName];
}

/** `/v1/account/locations/{location_uuid}/plan` → a pattern for the path after `/v1`, and its segment names. */
function compilePath(path: string): { pattern: RegExp; keys: string[] } {
  const keys: string[] = [];
  const source = path
    .replace(/^\/v1(?=\/)/, '')
    .split('/')
    .map((segment) => {
      const param = /^\{([a-z_]+)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      keys.push(param[1]);
      return '([^/]+)';
    })
    .join('/');
  return { pattern: new RegExp(`^${source}/?$`), keys };
}

/**
 * The route table compiled, one entry per path with the handlers of its declared methods; literal paths before
 * parameterized ones. A declared method without a handler is a bug in the sandbox, reported at load.
 */
function compileRoutes(): CompiledRoute[] {
  const byPath = new Map<string, CompiledRoute>();
  for (const { route, method, path } of ROUTE_TABLE) {
    const handler = handlersFor(route)?.[method];
    if (!handler) throw new Error(`The sandbox declares ${method} ${path} (${route}) but has no handler for it.`);
    let compiled = byPath.get(path);
    if (!compiled) {
      compiled = { name: route, side: isAppPath(path) ? 'app' : 'account', ...compilePath(path), methods: {} };
      byPath.set(path, compiled);
    } else if (compiled.name !== route) {
      throw new Error(`The sandbox names ${path} both ${compiled.name} and ${route}.`);
    }
    (compiled.methods as Record<string, unknown>)[method] = handler;
  }
  return [...byPath.values()].sort((a, b) => a.keys.length - b.keys.length);
}

const ROUTES = compileRoutes();

function matchRoute(path: string): { route: CompiledRoute; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    const found = route.pattern.exec(path);
    if (!found) continue;
    try {
      const params = Object.fromEntries(route.keys.map((key, i) => [key, decodeURIComponent(found[i + 1])]));
      return { route, params };
    } catch {
      return null; // a malformed %-escape names nothing
    }
  }
  return null;
}

/** The path after `/v1`, whatever the origin or prefix (`https://api.light.dev/v1/account` → `/account`). */
function apiPath(pathname: string): string | null {
  const at = pathname.indexOf('/v1/');
  return at === -1 ? null : pathname.slice(at + 3);
}

function bearer(request: Request): string | null {
  const match = /^Bearer\s+(.+)$/i.exec(request.headers.get('Authorization') ?? '');
  return match ? match[1].trim() : null;
}

// Faults -------------------------------------------------------------------------------------------------------

const FAULT_MESSAGES: Record<number, string> = {
  401: 'The account token is not valid or has expired.',
  429: 'Too many requests. Wait for the Retry-After delay, then try again.',
  500: 'The Light API had an internal error.',
  502: 'The Light API could not be reached through its gateway.',
  503: 'The Light API is temporarily unavailable.',
};

function faultResponse(fault: Fault): Response {
  const status = fault.status ?? 500;
  const retryAfter = fault.retryAfter ?? (status === 429 ? 1 : undefined);
  const headers: Record<string, string> = retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) };
  return errorResponse(status, fault.message ?? FAULT_MESSAGES[status] ?? 'The request failed.', headers);
}

/** The same response, with its body arriving `delayMs` after its headers (and failing if `signal` aborts). */
function slowBody(response: Response, delayMs: number, signal: AbortSignal): Response {
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        const bytes = new Uint8Array(await response.arrayBuffer());
        const half = Math.floor(bytes.length / 2);
        controller.enqueue(bytes.slice(0, half));
        await sleep(delayMs, signal);
        controller.enqueue(bytes.slice(half));
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
  return new Response(body, { status: response.status, headers: response.headers });
}

/** Settles like `promise`, or rejects with the abort reason as soon as `signal` aborts. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Makes reading the body reject with the abort reason once `signal` aborts, as a real fetch's body does
 * (a constructed Response would report a generic TypeError instead).
 */
function abortableBody(response: Response, signal: AbortSignal): Response {
  for (const method of ['text', 'json', 'arrayBuffer', 'blob', 'formData'] as const) {
    const read = response[method].bind(response) as () => Promise<unknown>;
    Object.defineProperty(response, method, { value: () => abortable(read(), signal) });
  }
  return response;
}

// The sandbox --------------------------------------------------------------------------------------------------

const RATE_LIMITS = { account: 10, app: 30 };

class LightSandbox implements Sandbox {
  readonly apiBase: string;
  readonly appToken: string;
  readonly seed: number;
  readonly faults = new FaultRegistry();
  readonly #state: SandboxState;
  readonly #defaultScenario: ScenarioName;
  readonly #enforceRateLimits: boolean;
  readonly #recent = new Map<string, number[]>();
  #log: RequestLogEntry[] = [];
  #sessions = 0;
  readonly #webhookListeners = new Set<WebhookListener>();
  readonly #webhookRng: Rng;

  constructor(options: SandboxOptions) {
    this.seed = options.seed ?? 1;
    this.apiBase = (options.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, '');
    this.appToken = options.appToken ?? SANDBOX_APP_TOKEN;
    this.#defaultScenario = options.scenario ?? 'new-customer';
    this.#enforceRateLimits = options.enforceRateLimits ?? false;
    this.#webhookRng = createRng(hashSeed(this.seed, 'webhooks'));
    if (options.onWebhook) this.#webhookListeners.add(options.onWebhook);
    this.#state = new SandboxState({
      seed: this.seed,
      now: options.now ?? (() => new Date(clockNow())),
      tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
      planLifetimeMs: options.planLifetimeMs ?? null,
      flowBase: (options.flowBase ?? 'https://flow.light.dev').replace(/\/+$/, ''),
      echoStripeKey: options.echoStripeKeyOnAccount ?? false,
    });
  }

  get requests(): readonly RequestLogEntry[] {
    return this.#log;
  }

  now(): Date {
    return this.#state.now();
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    request.signal.throwIfAborted();
    return abortableBody(await abortable(this.handle(request), request.signal), request.signal);
  };

  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = apiPath(url.pathname);
    const match = path === null ? null : matchRoute(path);
    const entry = {
      method: request.method,
      path: path ?? url.pathname,
      query: url.search,
      route: match?.route.name ?? null,
      account: null as string | null,
      status: null as number | null,
      time: this.now().toISOString(),
    };
    this.#log.push(entry);
    try {
      request.signal.throwIfAborted();
      const response = await this.#respond(request, url, match, entry);
      entry.status = response.status;
      return response;
    } catch (error) {
      entry.status = 0;
      throw error;
    }
  }

  async #respond(
    request: Request,
    url: URL,
    match: ReturnType<typeof matchRoute>,
    entry: { account: string | null },
  ): Promise<Response> {
    if (!match) return errorResponse(404, `There is no Light API endpoint at ${url.pathname}.`);
    const named = this.#accountNamed(request, match);
    // A token that belongs to an account names it in the log even when a fault answers before authentication.
    if (match.route.side === 'account') entry.account = named;
    const fault = this.faults.take(match.route.name, request.method, named);
    switch (fault?.kind) {
      case 'network':
        throw new TypeError('Failed to fetch');
      case 'status':
        return faultResponse(fault);
      case 'malformed':
        return new Response('{"data": [{"number": ', { status: 200, headers: { 'Content-Type': 'application/json' } });
      case 'latency':
        await sleep(fault.delayMs ?? 300, request.signal);
        break;
    }
    const response = await this.#dispatch(request, url, match, entry);
    return fault?.kind === 'slow' ? slowBody(response, fault.delayMs ?? 1500, request.signal) : response;
  }

  async #dispatch(
    request: Request,
    url: URL,
    { route, params }: NonNullable<ReturnType<typeof matchRoute>>,
    entry: { account: string | null },
  ): Promise<Response> {
    const method = request.method.toUpperCase() as Method;
    const handler = route.methods[method];
    if (!handler) {
      const allow = Object.keys(route.methods).join(', ');
      return errorResponse(405, `${method} is not supported here; use ${allow}.`, { Allow: allow });
    }
    const base: AppContext = { state: this.#state, request, url, params, query: url.searchParams };
    try {
      let result: unknown;
      if (route.side === 'app') {
        this.#checkAppToken(bearer(request));
        this.#rateLimit('app', RATE_LIMITS.app);
        result = await (handler as (ctx: AppContext) => unknown)(base);
      } else {
        const account = this.#accountFor(bearer(request));
        entry.account = account.uuid;
        this.#rateLimit(account.uuid, RATE_LIMITS.account);
        const before = this.#webhookListeners.size ? serviceSnapshot(accountJson(this.#state, account)) : null;
        const billBeingRead = account.comparison?.status === 'pending' ? account.comparison : null;
        result = await (handler as (ctx: AccountContext) => unknown)({ ...base, account });
        if (before) this.#routeEvents(account, `${method} ${route.name}`, params, before);
        // Done being read, successfully or not (the docs: check the invoice's status to tell which).
        if (before && billBeingRead?.status === 'processed') {
          this.#emit('comparison_invoice.processed', accountJson(this.#state, account));
        }
      }
      return result instanceof Response ? result : jsonResponse(result ?? {});
    } catch (error) {
      if (error instanceof SandboxError) return errorResponse(error.status, error.message, error.headers);
      if (isAbortError(error)) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      return errorResponse(500, `The sandbox failed to handle this request: ${detail}`);
    }
  }

  /** The account a request is for, for per-account faults: its token's, or the one its app path names. */
  #accountNamed(request: Request, { route, params }: NonNullable<ReturnType<typeof matchRoute>>): string | null {
    if (route.side === 'app') return params.account_uuid ?? null;
    const token = bearer(request);
    return (token && this.#state.tokens.get(token)?.accountUuid) || null;
  }

  /** The events a successful account request fires, and the service changes it made. */
  #routeEvents(
    account: AccountRecord,
    key: keyof typeof ROUTE_EVENTS,
    params: Record<string, string>,
    before: ReturnType<typeof serviceSnapshot>,
  ): void {
    const json = accountJson(this.#state, account);
    const fired = ROUTE_EVENTS[key];
    if (fired) {
      const location =
        fired.location === 'none'
          ? undefined
          : fired.location === 'param'
            ? json.locations.find((l) => l.uuid === params.location_uuid)
            : json.locations.at(-1);
      this.#emit(fired.event, json, location);
    }
    for (const { event, location } of serviceEvents(before, json)) this.#emit(event, json, location);
  }

  /** Runs `change` on an account and fires the service events it caused. */
  #withServiceEvents(accountUuid: string, change: () => void): void {
    const account = this.#state.account(accountUuid);
    const before = serviceSnapshot(accountJson(this.#state, account));
    change();
    if (!this.#webhookListeners.size) return;
    const json = accountJson(this.#state, account);
    for (const { event, location } of serviceEvents(before, json)) this.#emit(event, json, location);
  }

  #emit(name: WebhookEventName, account: WebhookEvent['data']['account'], location?: WebhookLocation): void {
    const event: WebhookEvent = {
      uuid: randomUuid(this.#webhookRng),
      created_at: this.#state.now().toISOString(),
      api_version: 'v1',
      event: name,
      data: location ? { account, location } : { account },
    };
    for (const listener of this.#webhookListeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('A sandbox webhook listener failed:', error);
      }
    }
  }

  onWebhook(listener: WebhookListener): () => void {
    this.#webhookListeners.add(listener);
    return () => this.#webhookListeners.delete(listener);
  }

  #checkAppToken(token: string | null): void {
    if (token !== this.appToken) throw unauthorized('This endpoint needs the app token (partner backend only).');
  }

  #accountFor(token: string | null): AccountRecord {
    if (!token) throw unauthorized('Missing bearer token: send Authorization: Bearer <account token>.');
    if (token === this.appToken) throw unauthorized('This endpoint takes an account token, not the app token.');
    const record = this.#state.tokens.get(token);
    if (!record) throw unauthorized('The account token is not valid.');
    if (this.#state.now().getTime() >= record.expiresAt) throw unauthorized('The account token has expired.');
    return this.#state.account(record.accountUuid);
  }

  /** A per-second sliding window, as the docs describe, when `enforceRateLimits` is on. */
  #rateLimit(key: string, limit: number): void {
    if (!this.#enforceRateLimits) return;
    const now = this.#state.now().getTime();
    const recent = (this.#recent.get(key) ?? []).filter((t) => now - t < 1000);
    if (recent.length >= limit) {
      const message = `Too many requests: the limit is ${limit} per second.`;
      throw new SandboxError(429, 'rate_limited', message, { 'Retry-After': '1' });
    }
    recent.push(now);
    this.#recent.set(key, recent);
  }

  session(scenario: ScenarioName = this.#defaultScenario, options: SessionOptions = {}): SandboxSession {
    const n = ++this.#sessions;
    const account = createAccount(this.#state, {
      email: options.email ?? `jordan.rivera+${n}@example.com`,
      first_name: options.first_name ?? 'Jordan',
      last_name: options.last_name ?? 'Rivera',
      preliminary_address: options.preliminary_address,
    });
    applyScenario(this.#state, account, scenario, options);
    return {
      accountUuid: account.uuid,
      locationUuid: account.locations[0]?.uuid ?? null,
      scenario,
      tokenProvider: async () => ({
        ...this.mintToken(account.uuid),
        stripe_public_key: this.getAppAccount(account.uuid).app.stripe_public_key,
      }),
    };
  }

  createAccount(input: CreateAccountInput) {
    return appAccountJson(this.#state, createAccount(this.#state, input));
  }

  getAppAccount(accountUuid: string) {
    return appAccountJson(this.#state, this.#state.account(accountUuid));
  }

  mintToken(accountUuid: string, options: { ttlSeconds?: number } = {}): TokenResponse {
    return mintToken(this.#state, accountUuid, options.ttlSeconds);
  }

  flowLogin(accountUuid: string, scope: FlowScope): FlowLogin {
    return flowLogin(this.#state, accountUuid, scope);
  }

  applyScenario(accountUuid: string, scenario: ScenarioName, options?: ScenarioOptions): void {
    this.#withServiceEvents(accountUuid, () =>
      applyScenario(this.#state, this.#state.account(accountUuid), scenario, options),
    );
  }

  setStatus(accountUuid: string, status: AccountStatus, reason: AccountStatusReason): void {
    if (!isDocumentedStatus(status, reason)) {
      throw new RangeError(`"${status}" / "${reason}" is not a status pair in the docs' table.`);
    }
    this.#withServiceEvents(accountUuid, () =>
      applyStatus(this.#state.account(accountUuid), status, reason, this.#state.today()),
    );
  }

  getAccount(accountUuid: string) {
    return accountJson(this.#state, this.#state.account(accountUuid));
  }

  inspect(accountUuid: string): AccountRecord {
    return structuredClone(this.#state.account(accountUuid));
  }

  expireTokens(): void {
    const now = this.#state.now().getTime();
    for (const token of this.#state.tokens.values()) token.expiresAt = Math.min(token.expiresAt, now);
  }

  expirePlans(accountUuid?: string): void {
    const now = this.#state.now().toISOString();
    const accounts = accountUuid ? [this.#state.account(accountUuid)] : [...this.#state.accounts.values()];
    for (const account of accounts) for (const offer of account.offers.values()) offer.json.expires_at = now;
  }

  clearRequests(): void {
    this.#log = [];
  }

  confirmSetupIntent(clientSecret: string, card: Omit<CardOnFile, 'id'>): ConfirmSetupResult {
    return confirmSetupIntent(this.#state, clientSecret, card);
  }
}

/**
 * A stateful, in-browser fake of the Light API that follows the documented rules.
 *
 * ```ts
 * const sandbox = createSandbox({ seed: 7 });
 * const { tokenProvider } = sandbox.session('active');
 * const client = new LightClient({ tokenProvider, fetch: sandbox.fetch });
 * ```
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  return new LightSandbox(options);
}
