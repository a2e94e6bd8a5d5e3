/**
 * The test server's partner side, for the partner-page tests (`test/partner/`): what a partner's site serves
 * beside Light Elements, with nothing of the test runner's in between.
 *
 * - `/dist/bundle/**` and `/test/partner/pages/**` are sent as they are on disk: no bare-import rewriting, no
 *   import map, no transform, as a CDN and a partner's web server would send them.
 * - `/energy/token`: the partner backend's token endpoint. It mints an account token in the sandbox for the
 *   customer the `light_sandbox_account` cookie names (the partner's session cookie, in real life);
 *   `/energy/flow-login` likewise mints an embedded-flow login link for `{ scope }`; `/energy/plans` is the built
 *   `light-elements/server` (`dist/server.js`) answering with the sandbox's app-token plans request;
 *   `/energy/eligibility` makes the app-token eligibility call for `{ postal_code }`, with no customer signed in
 *   (a marketing page).
 * - `/light-api/**`: the Light API, answered by the sandbox (the built `dist/sandbox.js`, run in Node), as a
 *   same-origin proxy would.
 * - `/__sandbox/*`: test controls: start a customer session in a scenario (optionally with a
 *   `preliminary_address`), inject faults, read the request log and the client-agent consents the backend kept,
 *   confirm a card for the stand-in Stripe.js, serve the stand-in flow page, and measure what a page downloaded.
 *
 * Pages under `pages/` may hold `{{flow:<scope>}}`, which becomes the `src` and `expires-at` of a fresh embedded-flow
 * login link for the session's customer, as a partner's server would render them into the page.
 */
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ACCOUNT_COOKIE = 'light_sandbox_account';
const API_PREFIX = '/light-api';
const RAW_PREFIXES = ['/dist/bundle/', '/test/partner/pages/'];
const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
};

/** One sandbox for the whole run (each test starts its own customer in it), made on the first request. */
let sandboxPromise = null;
/** What each partner page downloaded (gzip bytes of its scripts), kept in dist/ for the size report. */
const REPORT = join(root, 'dist', 'partner-pages.json');
const report = {};
/** Token endpoint calls per account, for the one-token-per-page assertions. */
const tokenCalls = new Map();

function sandboxFor(origin) {
  sandboxPromise ??= import(new URL('../../dist/sandbox.js', import.meta.url).href).then(({ createSandbox }) =>
    createSandbox({ seed: 11, flowBase: `${origin}/__sandbox/flow` }),
  );
  return sandboxPromise;
}

/** Koa middleware; placed before the runner's own so that nothing rewrites what it serves. */
export function partnerPageMiddleware() {
  return async (ctx, next) => {
    const path = ctx.path;
    if (path === '/energy/token') return tokenEndpoint(ctx);
    if (path === '/energy/flow-login') return flowLoginEndpoint(ctx);
    if (['/energy/plans', '/energy/full-address-search', '/energy/client-agent'].includes(path)) {
      return backendEndpoint(ctx);
    }
    if (path === '/energy/eligibility') return eligibilityEndpoint(ctx);
    if (path.startsWith(`${API_PREFIX}/`)) return lightApi(ctx);
    if (path.startsWith('/__sandbox/')) return controls(ctx);
    if (RAW_PREFIXES.some((prefix) => path.startsWith(prefix))) return serveRaw(ctx, path);
    // A second copy of the bundle at another URL: a separate module graph, as a second CDN copy would be.
    const copy = /^\/__copy\/[a-z0-9-]+(\/dist\/bundle\/.*)$/.exec(path);
    if (copy) return serveRaw(ctx, copy[1]);
    return next();
  };
}

// The partner's backend -----------------------------------------------------------------------------------------

async function tokenEndpoint(ctx) {
  ctx.set('Cache-Control', 'no-store');
  if (ctx.method !== 'POST') return json(ctx, 405, { error: 'POST only' });
  const accountUuid = ctx.cookies.get(ACCOUNT_COOKIE);
  if (!accountUuid) return json(ctx, 401, { error: 'Not signed in' });
  const sandbox = await sandboxFor(ctx.origin);
  tokenCalls.set(accountUuid, (tokenCalls.get(accountUuid) ?? 0) + 1);
  try {
    const { token, expires_at } = sandbox.mintToken(accountUuid);
    // The key the backend reads where the docs put it (the app-token account payload's `app.stripe_public_key`),
    // passed on beside the token for the payment forms.
    const stripe_public_key = sandbox.getAppAccount(accountUuid).app.stripe_public_key;
    return json(ctx, 200, { token, expires_at, stripe_public_key });
  } catch {
    return json(ctx, 401, { error: 'Unknown customer' });
  }
}

/** The partner backend's flow-login route: a login link for the signed-in customer and the scope asked for. */
async function flowLoginEndpoint(ctx) {
  ctx.set('Cache-Control', 'no-store');
  const accountUuid = ctx.cookies.get(ACCOUNT_COOKIE);
  if (ctx.method !== 'POST' || !accountUuid) return json(ctx, ctx.method !== 'POST' ? 405 : 401, { error: 'No' });
  const { scope } = JSON.parse((await rawBody(ctx.req)).toString() || '{}');
  const sandbox = await sandboxFor(ctx.origin);
  try {
    return json(ctx, 200, sandbox.flowLogin(accountUuid, scope));
  } catch (error) {
    return json(ctx, 422, { error: String(error?.message ?? error) });
  }
}

/** The built `light-elements/server`, calling the sandbox with its app token, for the signed-in customer. */
let backendPromise = null;
/** The client-agent consents the backend kept (the partner's record), oldest first. */
const consents = [];

function backendFor(origin) {
  backendPromise ??= Promise.all([
    sandboxFor(origin),
    import(new URL('../../dist/server.js', import.meta.url).href),
  ]).then(([sandbox, { createLightBackend }]) =>
    createLightBackend({
      appToken: sandbox.appToken,
      apiBase: sandbox.apiBase,
      fetch: (input, init) => sandbox.fetch(input, init),
      basePath: '/energy',
      clientAgent: {
        onConsent: ({ accountUuid, consent, client_agent_accepted_at, esi_id }) =>
          void consents.push({ accountUuid, consent, client_agent_accepted_at, esi_id }),
      },
      // The test run's pinned clock (the same hook the pages and the sandbox read).
      now: () => globalThis[Symbol.for('light-elements.clock')]?.() ?? Date.now(),
      getAccountUuid: (request) =>
        /(?:^|;\s*)light_sandbox_account=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? null,
    }),
  );
  return backendPromise;
}

/**
 * The partner backend's routes served by the built `light-elements/server` for the signed-in customer: plans (the
 * app-token plans request, custom rates), the full-address search, and client-agent consents (kept in `consents`).
 */
async function backendEndpoint(ctx) {
  const backend = await backendFor(ctx.origin);
  const body = ctx.method === 'GET' || ctx.method === 'HEAD' ? undefined : await rawBody(ctx.req);
  const headers = { cookie: ctx.get('cookie'), 'content-type': ctx.get('content-type') || 'application/json' };
  const response = await backend(new Request(`${ctx.origin}${ctx.path}`, { method: ctx.method, headers, body }));
  ctx.status = response.status;
  response.headers.forEach((value, name) => ctx.set(name, value));
  ctx.body = Buffer.from(await response.arrayBuffer());
}

/** The partner backend's eligibility route: Light's app-token eligibility answer for `{ postal_code }`. */
async function eligibilityEndpoint(ctx) {
  ctx.set('Cache-Control', 'no-store');
  if (ctx.method !== 'POST') return json(ctx, 405, { error: 'POST only' });
  const sandbox = await sandboxFor(ctx.origin);
  const response = await sandbox.handle(
    new Request(`${sandbox.apiBase}/v1/app/accounts/enroll/eligibility`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${sandbox.appToken}`, 'Content-Type': 'application/json' },
      body: await rawBody(ctx.req),
    }),
  );
  // Light failing behind the backend is the backend's 502, as light-elements/server answers it.
  return json(ctx, response.status >= 500 ? 502 : response.status, await response.json());
}

async function lightApi(ctx) {
  const sandbox = await sandboxFor(ctx.origin);
  const url = `${sandbox.apiBase}${ctx.originalUrl.slice(API_PREFIX.length)}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(ctx.headers)) {
    if (typeof value === 'string' && name !== 'host' && name !== 'cookie') headers.set(name, value);
  }
  const body = ctx.method === 'GET' || ctx.method === 'HEAD' ? undefined : await rawBody(ctx.req);
  let response;
  try {
    response = await sandbox.handle(new Request(url, { method: ctx.method, headers, body }));
  } catch {
    // A network fault injected in the sandbox: drop the connection, as a dead network would.
    ctx.req.socket.destroy();
    return;
  }
  ctx.status = response.status;
  response.headers.forEach((value, name) => ctx.set(name, value));
  ctx.body = Buffer.from(await response.arrayBuffer());
}

// Test controls -------------------------------------------------------------------------------------------------

async function controls(ctx) {
  const sandbox = await sandboxFor(ctx.origin);
  const route = ctx.path.slice('/__sandbox/'.length);
  const input = ctx.method === 'POST' ? JSON.parse((await rawBody(ctx.req)).toString() || '{}') : {};

  if (route === 'session') {
    // Signs the browser in as a new customer in a scenario, as the partner's login would.
    const preliminary = ctx.query.preliminary_address;
    const session = sandbox.session(ctx.query.scenario || 'new-customer', {
      preliminary_address: typeof preliminary === 'string' ? preliminary : undefined,
    });
    sandbox.faults.clear();
    ctx.cookies.set(ACCOUNT_COOKIE, session.accountUuid, { httpOnly: true, sameSite: 'lax' });
    return json(ctx, 200, { accountUuid: session.accountUuid, locationUuid: session.locationUuid });
  }
  if (route === 'faults') {
    for (const fault of input.faults ?? []) sandbox.faults.add(fault);
    return json(ctx, 200, { ok: true });
  }
  if (route === 'requests') {
    const account = ctx.cookies.get(ACCOUNT_COOKIE);
    return json(ctx, 200, {
      tokenRequests: tokenCalls.get(account) ?? 0,
      requests: sandbox.requests.filter((r) => r.account === account),
    });
  }
  if (route === 'consents') {
    const account = ctx.cookies.get(ACCOUNT_COOKIE);
    return json(
      ctx,
      200,
      consents.filter((c) => c.accountUuid === account),
    );
  }
  if (route === 'account') {
    return json(ctx, 200, sandbox.inspect(ctx.cookies.get(ACCOUNT_COOKIE)));
  }
  if (route === 'stripe/confirm-setup') {
    return json(ctx, 200, sandbox.confirmSetupIntent(input.clientSecret, input.card));
  }
  if (route === 'downloads') {
    const measured = downloads(input.urls ?? []);
    report[input.label ?? 'page'] = { requests: measured.files.length, gzip: measured.gzip, files: measured.files };
    writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);
    return json(ctx, 200, measured);
  }
  if (route.startsWith('flow/')) {
    const file = route === 'flow/login' ? 'sandbox-flow.html' : route.slice('flow/'.length);
    return serveFile(ctx, join(root, 'public', normalize(file).replace(/^(\.\.[/\\])+/, '')));
  }
  return json(ctx, 404, { error: `No sandbox control ${route}` });
}

/** Bytes of the given same-origin files: as sent and as gzip would send them. */
function downloads(urls) {
  const files = [];
  for (const url of urls) {
    const path = new URL(url).pathname.replace(/^\/__copy\/[a-z0-9-]+/, '');
    const file = safePath(path);
    if (!file) continue;
    const bytes = readFileSync(file);
    files.push({ path, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

// Files ---------------------------------------------------------------------------------------------------------

function safePath(urlPath) {
  const file = normalize(join(root, decodeURIComponent(urlPath)));
  if (!file.startsWith(root) || file.includes(`${sep}..${sep}`)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

async function serveRaw(ctx, path) {
  const file = safePath(path);
  if (!file) return json(ctx, 404, { error: `Not found: ${path}` });
  if (path.startsWith('/test/partner/pages/') && file.endsWith('.html')) {
    ctx.type = TYPES['.html'];
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await renderPage(ctx, await readFile(file, 'utf8'));
    return;
  }
  return serveFile(ctx, file);
}

function serveFile(ctx, file) {
  if (!existsSync(file)) return json(ctx, 404, { error: 'Not found' });
  ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = createReadStream(file);
}

/**
 * Fills `{{flow:<scope>}}` with the `src` and `expires-at` attributes of a fresh login link for the signed-in
 * customer, as the partner's server would render them.
 */
async function renderPage(ctx, html) {
  const account = ctx.cookies.get(ACCOUNT_COOKIE);
  if (!html.includes('{{flow:')) return html;
  const sandbox = await sandboxFor(ctx.origin);
  return html.replace(/\{\{flow:([a-z-]+)\}\}/g, (_, scope) => {
    if (!account) return '';
    const link = sandbox.flowLogin(account, scope);
    return `src="${link.login_link}" expires-at="${link.expires_at}"`;
  });
}

function json(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

function rawBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
