/// <reference types="node" />
/**
 * The sandbox over HTTP (Node only): one `createSandbox()` serving the app-token (`/v1/app/...`) and
 * account-token (`/v1/account...`) API to any client, with CORS, sandbox-only controls under `/__sandbox/`
 * (scenarios, faults, the request log, webhooks; `GET /__sandbox` describes them) and signed webhook delivery.
 * Not part of the browser entry: `index.ts` never imports it.
 *
 * ```js
 * const server = await startSandboxServer({ port: 0 });
 * await fetch(`${server.url}/v1/app/accounts`, { headers: { Authorization: `Bearer ${server.appToken}` } });
 * await server.close();
 * ```
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { AccountStatus, AccountStatusReason } from '../api/types.js';
import { createSandbox, type Sandbox } from './core.js';
import type { FaultKind, FaultSpec } from './faults.js';
import { SandboxError } from './responses.js';
import { ROUTE_TABLE, type RouteName } from './routes.js';
import { SCENARIOS, type ScenarioName } from './scenarios.js';
import { signWebhook, type WebhookEvent } from './webhooks.js';

export interface SandboxServerOptions {
  /** Default `PORT` from the environment, else 4010; 0 picks a free port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Seeds every generated id (default 1). */
  seed?: number;
  /** The scenario `POST /__sandbox/sessions` uses when given none. */
  scenario?: ScenarioName;
  /** Where to POST webhook events from the start (also settable with `POST /__sandbox/webhooks`). */
  webhookUrl?: string;
  /** The secret that signs them. Default {@link DEFAULT_WEBHOOK_SECRET}. */
  webhookSecret?: string;
  /** Where the start-up lines go. Default `console.log`; pass `() => {}` for none. */
  log?: (line: string) => void;
}

/** One webhook event's delivery to the registered URL. */
export interface WebhookDelivery {
  event: string;
  event_uuid: string;
  url: string;
  attempts: number;
  /** Status of the last attempt; `null` until one answered. */
  status: number | null;
  error: string | null;
  delivered: boolean;
}

export interface SandboxServer {
  /** `http://host:port`, without a trailing slash. */
  readonly url: string;
  /** The app token `/v1/app/*` accepts. */
  readonly appToken: string;
  /** The sandbox behind it, for Node tests that want to reach it directly. */
  readonly sandbox: Sandbox;
  /** Webhook deliveries so far, oldest first. */
  readonly deliveries: readonly WebhookDelivery[];
  /** Stops listening, drops open connections and pending webhook retries. */
  close(): Promise<void>;
}

export const DEFAULT_WEBHOOK_SECRET = 'sandbox_webhook_secret';
/** Selects the account a `/__sandbox/faults` or `/__sandbox/requests` call is about. */
export const ACCOUNT_HEADER = 'X-Light-Sandbox-Account';

/** Delivery as the docs describe it: up to 3 attempts, each timing out after 10 seconds (backoff shortened). */
const WEBHOOK_ATTEMPTS = 3;
const WEBHOOK_TIMEOUT_MS = 10_000;
const WEBHOOK_BACKOFF_MS = [1000, 5000];

const FAULT_KINDS: readonly FaultKind[] = ['latency', 'status', 'network', 'malformed', 'slow'];
const ROUTE_NAMES = new Set<string>(ROUTE_TABLE.map((r) => r.route));

class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function corsHeaders(req: IncomingMessage): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': req.headers.origin ?? '*',
    'Access-Control-Expose-Headers': 'Retry-After, Allow',
    Vary: 'Origin',
  };
}

function preflight(req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(204, {
    ...corsHeaders(req),
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': `Authorization, Content-Type, ${ACCOUNT_HEADER}`,
    'Access-Control-Max-Age': '600',
  });
  res.end();
}

function sendJson(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...corsHeaders(req), 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** The Node request as a Fetch `Request`, its body streamed, aborted when the client goes away. */
function toRequest(req: IncomingMessage, base: string, signal: AbortSignal): Request {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal };
  if (hasBody) {
    init.body = Readable.toWeb(req) as unknown as ReadableStream<Uint8Array>;
    init.duplex = 'half';
  }
  return new Request(new URL(req.url ?? '/', base), init);
}

/** Writes a Fetch `Response` to Node, streaming its body (slow-body faults arrive in two parts). */
async function sendResponse(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  res.writeHead(response.status, { ...headers, ...corsHeaders(req) });
  if (!response.body || req.method === 'HEAD') {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    res.write(value);
  }
  res.end();
}

async function readJson(req: IncomingMessage): Promise<JsonObject> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (!text) return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ControlError(400, 'The body must be JSON.');
  }
  if (!isObject(body)) throw new ControlError(400, 'The body must be a JSON object.');
  return body;
}

function optionalNumber(body: JsonObject, key: string): number | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ControlError(400, `${key} must be a number.`);
  return value;
}

function optionalString(body: JsonObject, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ControlError(400, `${key} must be a string.`);
  return value;
}

function readScenario(value: unknown): ScenarioName {
  const found = SCENARIOS.find((s) => s.name === value);
  if (!found) throw new ControlError(400, `scenario must be one of: ${SCENARIOS.map((s) => s.name).join(', ')}.`);
  return found.name;
}

function readFault(body: JsonObject, account: string | undefined): FaultSpec {
  const route = body.route ?? '*';
  if (typeof route !== 'string' || (route !== '*' && !ROUTE_NAMES.has(route))) {
    throw new ControlError(400, `route must be "*" or a route name: ${[...ROUTE_NAMES].join(', ')}.`);
  }
  const kind = body.kind;
  if (!FAULT_KINDS.includes(kind as FaultKind)) {
    throw new ControlError(400, `kind must be one of: ${FAULT_KINDS.join(', ')}.`);
  }
  const spec: FaultSpec = { route: route as RouteName | '*', kind: kind as FaultKind };
  const method = optionalString(body, 'method');
  const message = optionalString(body, 'message');
  if (method) spec.method = method;
  if (message) spec.message = message;
  for (const key of ['times', 'after', 'status', 'retryAfter', 'delayMs'] as const) {
    const value = optionalNumber(body, key);
    if (value !== undefined) spec[key] = value;
  }
  if ((spec.times ?? 0) < 0 || (spec.after ?? 0) < 0) throw new ControlError(400, 'times and after must be >= 0.');
  if (account) spec.account = account;
  return spec;
}

function readWebhookUrl(value: unknown): string {
  if (typeof value !== 'string' || !/^https?:\/\//.test(value)) {
    throw new ControlError(400, 'url must be an http(s) URL.');
  }
  try {
    return new URL(value).href;
  } catch {
    throw new ControlError(400, 'url must be an http(s) URL.');
  }
}

/** What `GET /__sandbox` answers: every control, for a person with curl. */
function describe(url: string, appToken: string) {
  return {
    name: 'Light API sandbox',
    api: `${url}/v1`,
    app_token: appToken,
    account_header: ACCOUNT_HEADER,
    controls: {
      'GET /__sandbox': 'This description.',
      'GET /__sandbox/scenarios': 'Every scenario, with the status pair it sets up.',
      'POST /__sandbox/sessions':
        '{ scenario?, email? }: creates an account set up as the scenario and mints its account token.',
      'POST /__sandbox/accounts/{uuid}/scenario': '{ scenario, invoices? }: sets a fresh account up as a scenario.',
      'POST /__sandbox/accounts/{uuid}/status': '{ status, status_reason }: puts an account in a documented status.',
      'POST /__sandbox/faults':
        '{ route, kind, status?, times?, after?, method?, delayMs?, retryAfter?, message?, account? }: adds a fault. ' +
        `Scoped to one account by the ${ACCOUNT_HEADER} header or the account field; every account otherwise.`,
      'GET /__sandbox/faults': 'The faults, with how many requests each has seen and changed.',
      'DELETE /__sandbox/faults': `Removes every fault, or only one account's with the ${ACCOUNT_HEADER} header.`,
      'DELETE /__sandbox/faults/{id}': 'Removes one fault.',
      'GET /__sandbox/requests': `The request log, oldest first; one account's with ?account= or ${ACCOUNT_HEADER}.`,
      'DELETE /__sandbox/requests': 'Clears the request log.',
      'POST /__sandbox/webhooks': '{ url, secret? }: POSTs signed webhook events (Light-Signature-v1) to url.',
      'GET /__sandbox/webhooks': 'The registered URL and every delivery so far.',
      'DELETE /__sandbox/webhooks': 'Stops webhook delivery.',
      'POST /__sandbox/expire-tokens': 'Expires every account token minted so far.',
    },
    fault_kinds: FAULT_KINDS,
    routes: ROUTE_TABLE.map(({ route, method, path }) => ({ route, method, path })),
    scenarios: SCENARIOS.map((s) => s.name),
  };
}

/** Starts the sandbox on `host:port` and resolves once it listens. */
export async function startSandboxServer({
  port = Number(process.env.PORT) || 4010,
  host = '127.0.0.1',
  seed,
  scenario,
  webhookUrl,
  webhookSecret,
  log = (line: string) => console.log(line),
}: SandboxServerOptions = {}): Promise<SandboxServer> {
  const sandbox = createSandbox({ seed, scenario: scenario === undefined ? undefined : readScenario(scenario) });
  const deliveries: WebhookDelivery[] = [];
  const retries = new Set<ReturnType<typeof setTimeout>>();
  const inFlight = new Set<AbortController>();
  let webhook = webhookUrl
    ? { url: readWebhookUrl(webhookUrl), secret: webhookSecret ?? DEFAULT_WEBHOOK_SECRET }
    : null;
  let closed = false;
  let url = '';

  async function attempt(event: WebhookEvent, target: { url: string; secret: string }, delivery: WebhookDelivery) {
    delivery.attempts++;
    const controller = new AbortController();
    inFlight.add(controller);
    const timeout = setTimeout(() => controller.abort(new Error('timed out after 10 seconds')), WEBHOOK_TIMEOUT_MS);
    try {
      const signed = await signWebhook(event, target.secret, Math.round(sandbox.now().getTime() / 1000));
      const response = await fetch(target.url, {
        method: 'POST',
        body: signed.body,
        headers: signed.headers,
        signal: controller.signal,
      });
      await response.arrayBuffer().catch(() => undefined);
      delivery.status = response.status;
      delivery.delivered = response.ok;
      delivery.error = response.ok ? null : `HTTP ${response.status}`;
    } catch (error) {
      delivery.error = error instanceof Error ? error.message : String(error);
    } finally {
      clearTimeout(timeout);
      inFlight.delete(controller);
    }
    if (!delivery.delivered && !closed && delivery.attempts < WEBHOOK_ATTEMPTS) {
      const timer = setTimeout(
        () => {
          retries.delete(timer);
          void attempt(event, target, delivery);
        },
        WEBHOOK_BACKOFF_MS[delivery.attempts - 1],
      );
      retries.add(timer);
    }
  }

  sandbox.onWebhook((event) => {
    if (!webhook || closed) return;
    const delivery: WebhookDelivery = {
      event: event.event,
      event_uuid: event.uuid,
      url: webhook.url,
      attempts: 0,
      status: null,
      error: null,
      delivered: false,
    };
    deliveries.push(delivery);
    void attempt(event, { ...webhook }, delivery);
  });

  const accountOf = (req: IncomingMessage, body: JsonObject = {}): string | undefined => {
    const header = req.headers[ACCOUNT_HEADER.toLowerCase()];
    const fromHeader = Array.isArray(header) ? header[0] : header;
    const fromBody = optionalString(body, 'account');
    const fromQuery = new URL(req.url ?? '/', 'http://sandbox').searchParams.get('account') ?? undefined;
    const account = fromHeader || fromBody || fromQuery;
    if (account) sandbox.inspect(account); // unknown accounts fail here, with the sandbox's 404
    return account;
  };

  async function control(req: IncomingMessage, path: string): Promise<[number, unknown]> {
    const method = req.method ?? 'GET';
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    const [resource, id, action] = parts;
    const at = `${method} /__sandbox${resource ? `/${resource}` : ''}${id ? '/{id}' : ''}${action ? `/${action}` : ''}`;
    switch (at) {
      case 'GET /__sandbox':
        return [200, describe(url, sandbox.appToken)];
      case 'GET /__sandbox/scenarios':
        return [200, { scenarios: SCENARIOS }];
      case 'POST /__sandbox/sessions': {
        const body = await readJson(req);
        const chosen = body.scenario === undefined ? undefined : readScenario(body.scenario);
        const session = sandbox.session(chosen, { email: optionalString(body, 'email') });
        const token = sandbox.mintToken(session.accountUuid);
        return [
          201,
          {
            account_uuid: session.accountUuid,
            location_uuid: session.locationUuid,
            scenario: session.scenario,
            ...token,
          },
        ];
      }
      case 'POST /__sandbox/accounts/{id}/scenario': {
        const body = await readJson(req);
        sandbox.applyScenario(id, readScenario(body.scenario), { invoices: optionalNumber(body, 'invoices') });
        return [200, sandbox.getAccount(id)];
      }
      case 'POST /__sandbox/accounts/{id}/status': {
        const body = await readJson(req);
        try {
          sandbox.setStatus(id, body.status as AccountStatus, body.status_reason as AccountStatusReason);
        } catch (error) {
          if (error instanceof RangeError) throw new ControlError(400, error.message);
          throw error;
        }
        return [200, sandbox.getAccount(id)];
      }
      case 'POST /__sandbox/faults': {
        const body = await readJson(req);
        const fault = sandbox.faults.add(readFault(body, accountOf(req, body)));
        return [201, fault];
      }
      case 'GET /__sandbox/faults':
        return [200, { faults: sandbox.faults.list() }];
      case 'DELETE /__sandbox/faults': {
        const account = accountOf(req);
        const removed = sandbox.faults.list().filter((f) => !account || f.account === account);
        for (const fault of removed) fault.remove();
        return [200, { removed: removed.length }];
      }
      case 'DELETE /__sandbox/faults/{id}': {
        const fault = sandbox.faults.list().find((f) => f.id === Number(id));
        if (!fault) throw new ControlError(404, `No fault ${id}.`);
        fault.remove();
        return [200, { removed: 1 }];
      }
      case 'GET /__sandbox/requests': {
        const account = accountOf(req);
        return [200, { requests: sandbox.requests.filter((r) => !account || r.account === account) }];
      }
      case 'DELETE /__sandbox/requests':
        sandbox.clearRequests();
        return [200, {}];
      case 'POST /__sandbox/webhooks': {
        const body = await readJson(req);
        webhook = {
          url: readWebhookUrl(body.url),
          secret: optionalString(body, 'secret') || DEFAULT_WEBHOOK_SECRET,
        };
        return [200, { url: webhook.url, secret: webhook.secret }];
      }
      case 'GET /__sandbox/webhooks':
        return [200, { url: webhook?.url ?? null, deliveries }];
      case 'DELETE /__sandbox/webhooks':
        webhook = null;
        return [200, {}];
      case 'POST /__sandbox/expire-tokens':
        sandbox.expireTokens();
        return [200, {}];
    }
    throw new ControlError(404, `No sandbox control at ${method} ${req.url}; GET /__sandbox lists them.`);
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === 'OPTIONS') return preflight(req, res);
    const path = new URL(req.url ?? '/', 'http://sandbox').pathname;
    if (path === '/__sandbox' || path.startsWith('/__sandbox/')) {
      try {
        const [status, body] = await control(req, path.slice('/__sandbox'.length));
        sendJson(req, res, status, body);
      } catch (error) {
        const status =
          error instanceof ControlError || error instanceof SandboxError
            ? error.status
            : error instanceof RangeError
              ? 400
              : 500;
        const message = error instanceof Error ? error.message : String(error);
        sendJson(req, res, status, { error: message });
      }
      return;
    }
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort(new DOMException('The client went away.', 'AbortError'));
    });
    let response: Response;
    try {
      response = await sandbox.handle(toRequest(req, url, controller.signal));
    } catch (error) {
      // A network fault (or the client gone): drop the connection without an answer, like a failed fetch.
      if (!(error instanceof TypeError) && !controller.signal.aborted) console.error(error);
      req.socket.destroy();
      return;
    }
    try {
      await sendResponse(req, res, response);
    } catch {
      res.destroy();
    }
  }

  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) sendJson(req, res, 500, { error: 'The sandbox server failed.' });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  url = `http://${shownHost}:${address.port}`;

  log(`Light sandbox listening on ${url}`);
  log(`App token: ${sandbox.appToken}`);
  log(
    `Try: curl -s -X POST ${url}/v1/app/accounts -H 'Authorization: Bearer ${sandbox.appToken}' ` +
      `-H 'Content-Type: application/json' -d '{"email":"a@b.c"}'`,
  );
  log(`Controls (scenarios, faults, request log, webhooks): ${url}/__sandbox`);
  if (webhook) log(`Webhooks: POSTed to ${webhook.url}, signed with secret ${webhook.secret}`);

  return {
    url,
    appToken: sandbox.appToken,
    sandbox,
    deliveries,
    close: () =>
      new Promise<void>((resolve, reject) => {
        closed = true;
        for (const timer of retries) clearTimeout(timer);
        retries.clear();
        for (const controller of inFlight) controller.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
