import { DEFAULT_API_BASE, LightClient } from '../api/http.js';
import type { TokenProvider } from '../api/token-manager.js';
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
 * cookie) and reads `{ token, expires_at }`. One provider per URL, so every element using the URL shares a token.
 */
export function endpointTokenProvider(url: string): TokenProvider {
  let provider = registry.endpointProviders.get(url);
  if (!provider) {
    provider = async () => {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'include',
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`The token endpoint answered HTTP ${response.status}.`);
      return (await response.json()) as { token: string; expires_at?: string };
    };
    registry.endpointProviders.set(url, provider);
  }
  return provider;
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
