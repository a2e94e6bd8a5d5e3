/**
 * What a partner's backend does, as a Vite dev-server plugin, for the demo in live mode.
 *
 * With `LIGHT_APP_TOKEN` set, the demo stops using the in-browser sandbox and this plugin exposes the two
 * endpoints a partner backend owns: `POST /energy/token` (mints a Light account token) and
 * `POST /energy/flow-login` (a prebuilt-flow login link). The app token stays in this process; the browser only
 * ever receives account tokens and login links.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

const API = (process.env.LIGHT_API_BASE ?? 'https://api.light.dev').replace(/\/+$/, '');

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let body = '';
  for await (const chunk of req) body += chunk;
  try {
    return body ? (JSON.parse(body) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

export function partnerBackend(): Plugin {
  const appToken = process.env.LIGHT_APP_TOKEN;
  let accountUuid = process.env.LIGHT_ACCOUNT_UUID;

  let stripeKey: string | undefined;

  async function light(path: string, body: unknown = {}, method = 'POST') {
    const response = await fetch(`${API}/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${appToken}`, 'Content-Type': 'application/json' },
      body: method === 'GET' ? undefined : JSON.stringify(body),
    });
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) throw Object.assign(new Error(`Light answered ${response.status}`), { status: response.status });
    return json;
  }

  async function account(): Promise<string> {
    if (!accountUuid) {
      const email = process.env.LIGHT_DEMO_EMAIL ?? `demo+${Date.now()}@example.com`;
      const created = await light('/app/accounts', { email, first_name: 'Demo', last_name: 'Customer' });
      accountUuid = String(created.uuid);
      console.log(`[demo] created Light account ${accountUuid} (set LIGHT_ACCOUNT_UUID to reuse it)`);
    }
    return accountUuid;
  }

  /** The app's Stripe publishable key: on the app-token account payload (docs), not on the browser's account. */
  async function stripePublicKey(uuid: string): Promise<string | undefined> {
    if (stripeKey === undefined) {
      const payload = await light(`/app/accounts/${uuid}`, undefined, 'GET');
      const app = payload.app as { stripe_public_key?: unknown } | undefined;
      stripeKey = typeof app?.stripe_public_key === 'string' ? app.stripe_public_key : '';
    }
    return stripeKey || undefined;
  }

  return {
    name: 'light-partner-backend',
    config() {
      return { define: { 'import.meta.env.VITE_LIGHT_MODE': JSON.stringify(appToken ? 'live' : 'sandbox') } };
    },
    configureServer(server) {
      if (!appToken) return;
      server.middlewares.use(async (req, res, next) => {
        if (req.method !== 'POST' || !req.url?.startsWith('/energy/')) return next();
        try {
          const uuid = await account();
          if (req.url === '/energy/token') {
            const { token, expires_at } = await light(`/app/accounts/${uuid}/token`);
            return send(res, 200, { token, expires_at, stripe_public_key: await stripePublicKey(uuid) });
          }
          if (req.url === '/energy/flow-login') {
            const { scope } = await readJson(req);
            return send(res, 200, await light(`/app/accounts/${uuid}/flow-login`, { scope }));
          }
          next();
        } catch (error) {
          // Never echo the app token or Light's raw answer to the browser.
          send(res, 502, { error: 'The partner backend could not reach Light.' });
          console.error('[demo]', (error as Error).message);
        }
      });
    },
  };
}
