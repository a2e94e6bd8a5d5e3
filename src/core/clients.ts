import { DEFAULT_API_BASE, LightClient } from '../api/http.js';
import type { TokenProvider } from '../api/token-manager.js';

const endpointProviders = new Map<string, TokenProvider>();
const clients = new WeakMap<TokenProvider, Map<string, LightClient>>();
const fetchIds = new WeakMap<typeof fetch, number>();

/**
 * The built-in provider for a partner token endpoint: POSTs with the page's credentials (the partner's session
 * cookie) and reads `{ token, expires_at }`. One provider per URL, so every element using the URL shares a token.
 */
export function endpointTokenProvider(url: string): TokenProvider {
  let provider = endpointProviders.get(url);
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
    endpointProviders.set(url, provider);
  }
  return provider;
}

let nextFetchId = 0;
/** Stable ids for fetch implementations (WeakMap has no size). */
function idFor(fetchImpl: typeof fetch): number {
  const known = fetchIds.get(fetchImpl);
  if (known !== undefined) return known;
  fetchIds.set(fetchImpl, ++nextFetchId);
  return nextFetchId;
}

/**
 * The shared client for a provider, base URL and fetch: the same inputs always give the same client, so every
 * element on a page that signs in the same way shares one token cache, one pace and one account store.
 */
export function sharedClient(provider: TokenProvider, apiBase = DEFAULT_API_BASE, fetchImpl?: typeof fetch): LightClient {
  let byKey = clients.get(provider);
  if (!byKey) {
    byKey = new Map();
    clients.set(provider, byKey);
  }
  const key = `${apiBase.replace(/\/+$/, '')} ${fetchImpl ? idFor(fetchImpl) : 'global'}`;
  let client = byKey.get(key);
  if (!client) {
    client = new LightClient({ tokenProvider: provider, apiBase, fetch: fetchImpl });
    byKey.set(key, client);
  }
  return client;
}
