/**
 * What a partner's backend does, as a Vite dev-server plugin, for the demo in live mode: `light-elements/server`
 * mounted at `/energy`, exactly as a partner would mount it in Express.
 *
 * With `LIGHT_APP_TOKEN` set, the demo stops using the in-browser sandbox and this plugin answers the partner
 * endpoints the elements call (`POST /energy/token`, `/energy/flow-login`, `/energy/plans`, …). The app token stays
 * in this process; the browser only ever receives account tokens and login links. `LIGHT_API_BASE` points both the
 * backend and the page at another Light, such as the sandbox over HTTP (`npm run sandbox`).
 */
import type { Plugin } from 'vite';
import { createLightBackend, toNodeHandler } from '../src/server/index.js';

const API = (process.env.LIGHT_API_BASE ?? 'https://api.light.dev').replace(/\/+$/, '');

export function partnerBackend(): Plugin {
  const appToken = process.env.LIGHT_APP_TOKEN;
  let accountUuid = process.env.LIGHT_ACCOUNT_UUID;

  /** The demo's one customer: `LIGHT_ACCOUNT_UUID`, or an account created on first use (a partner's sign-up). */
  async function account(): Promise<string> {
    if (!accountUuid) {
      const email = process.env.LIGHT_DEMO_EMAIL ?? `demo+${Date.now()}@example.com`;
      const response = await fetch(`${API}/v1/app/accounts`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${appToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, first_name: 'Demo', last_name: 'Customer' }),
      });
      if (!response.ok) throw new Error(`Light answered ${response.status} creating the demo account`);
      accountUuid = String(((await response.json()) as { uuid: unknown }).uuid);
      console.log(`[demo] created Light account ${accountUuid} (set LIGHT_ACCOUNT_UUID to reuse it)`);
    }
    return accountUuid;
  }

  return {
    name: 'light-partner-backend',
    config() {
      const define: Record<string, string> = {
        'import.meta.env.VITE_LIGHT_MODE': JSON.stringify(appToken ? 'live' : 'sandbox'),
        'import.meta.env.VITE_LIGHT_API_BASE': JSON.stringify(appToken && process.env.LIGHT_API_BASE ? API : ''),
      };
      return { define };
    },
    configureServer(server) {
      if (!appToken) return;
      // The demo has one signed-in customer; a partner maps its own session to the customer's Light account.
      const energy = createLightBackend({
        appToken,
        apiBase: API,
        getAccountUuid: () => account(),
        onError: (error) => console.error('[demo]', error.message),
      });
      server.middlewares.use('/energy', toNodeHandler(energy));
    },
  };
}
