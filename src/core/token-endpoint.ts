import { LightApiError } from '../api/errors.js';
import type { TokenProvider, TokenResult } from '../api/token-manager.js';
import { pageState } from './page-state.js';

/** Shared by every copy of the library on the page, so two copies sign in once. */
const registry = pageState('token-endpoints', () => ({
  providers: new Map<string, TokenProvider>(),
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
  let provider = registry.providers.get(url);
  if (!provider) {
    provider = (context) => requestToken(url, context?.signal);
    registry.providers.set(url, provider);
  }
  return provider;
}

async function requestToken(url: string, signal?: AbortSignal): Promise<TokenResult> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { Accept: 'application/json' },
    redirect: 'manual',
    signal,
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
}
