import { DEFAULT_API_BASE } from '../api/defaults.js';
import { LightApiError } from '../api/errors.js';
import { LightClient, refusalError } from '../api/http.js';
import type { TokenProvider, TokenResult } from '../api/token-manager.js';
import { pageState } from './page-state.js';

/** Shared by every copy of the library on the page, so two copies sign in once and share one client. */
const registry = pageState('clients', () => ({
  endpointProviders: new Map<string, TokenProvider>(),
  clients: new WeakMap<TokenProvider, Map<string, LightClient>>(),
  fetchIds: new WeakMap<typeof fetch, number>(),
  nextFetchId: 0,
}));

/**
 * The built-in provider for a partner token endpoint: POSTs with the page's credentials (the partner's session
 * cookie) and reads `{ token, expires_at, stripe_public_key? }`, adding the answer's `Date` (so the token's expiry
 * is judged by the server's clock, not the customer's). One provider per URL, so every element using the URL shares
 * a token. A `stripe_public_key` in the answer is the payment forms' Stripe key when none is configured (see
 * `core/stripe-key.ts`); the token manager keeps it in memory beside the token.
 *
 * The request stops when the token manager gives up on it (its signal), and never follows a redirect: one is a
 * `config` error, as it would otherwise take the partner's cookie-authenticated request somewhere else.
 */
export function endpointTokenProvider(url: string): TokenProvider {
  let provider = registry.endpointProviders.get(url);
  if (!provider) {
    provider = async (context) => {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'include',
        headers: { Accept: 'application/json' },
        redirect: 'manual',
        signal: context?.signal,
      });
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
        response.body?.cancel().catch(() => undefined);
        throw new LightApiError(
          'config',
          'Could not sign in: the token endpoint answered with a redirect, which Light Elements never follow. ' +
            'Set token-endpoint to the address that answers.',
          { status: response.status, retryable: false },
        );
      }
      if (!response.ok) throw new Error(`The token endpoint answered HTTP ${response.status}.`);
      const body = (await response.json()) as unknown;
      const date = response.headers.get('Date');
      return body && typeof body === 'object' ? ({ ...body, date } as TokenResult) : (body as TokenResult);
    };
    registry.endpointProviders.set(url, provider);
  }
  return provider;
}

/**
 * POSTs JSON to a route of the partner's `light-elements/server` with the page's cookie (same origin only) and
 * never the account token, and reads its JSON answer. A redirect is an error, as for the token endpoint.
 *
 * A refusal is a `LightApiError` with its status and the code for it, as the Light API's are: a 401 is `auth`
 * (the customer's session with the partner has ended, which no retry renews, so it is not `retryable`), a 400 is
 * `validation` with the backend's own sentence, a 5xx is `server`. No answer rejects as `fetch` does.
 */
export async function postToBackend(url: string, body: object, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    redirect: 'error',
    signal,
  });
  const { status } = response;
  if (!response.ok) {
    const text = await response.text().catch(() => null);
    throw refusalError(status, text, body, true, [], status === 401 ? false : undefined);
  }
  return response.json();
}

/** Stable ids for fetch implementations (WeakMap has no size). */
function idFor(fetchImpl: typeof fetch): number {
  const known = registry.fetchIds.get(fetchImpl);
  if (known !== undefined) return known;
  registry.fetchIds.set(fetchImpl, ++registry.nextFetchId);
  return registry.nextFetchId;
}

/**
 * The shared client for a provider, base URL and fetch: the same inputs always give the same client, so every
 * element on a page that signs in the same way shares one token cache, one pace and one account store.
 */
export function sharedClient(
  provider: TokenProvider,
  apiBase = DEFAULT_API_BASE,
  fetchImpl?: typeof fetch,
): LightClient {
  let byKey = registry.clients.get(provider);
  if (!byKey) {
    byKey = new Map();
    registry.clients.set(provider, byKey);
  }
  const key = `${apiBase.replace(/\/+$/, '')} ${fetchImpl ? idFor(fetchImpl) : 'global'}`;
  let client = byKey.get(key);
  if (!client) {
    client = new LightClient({ tokenProvider: provider, apiBase, fetch: fetchImpl });
    byKey.set(key, client);
  }
  return client;
}
