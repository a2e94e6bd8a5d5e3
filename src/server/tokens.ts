/**
 * Account tokens minted with the app token, cached per account until 10 minutes before they expire, with one
 * mint in flight per account; and the app's Stripe publishable key, read once from the app-token account payload.
 */
import type { Upstream } from './upstream.js';

/** Light's answer to `POST /v1/app/accounts/{uuid}/token`. */
export interface AccountToken {
  token: string;
  expires_at: string;
}

/** The token cache. */
export interface AccountTokens {
  /** A token valid for at least 10 more minutes (cached, or minted once for all concurrent callers). */
  token(accountUuid: string): Promise<AccountToken>;
  /** `app.stripe_public_key` from `GET /v1/app/accounts/{uuid}` (one per app, so cached once); `null` if absent. */
  stripeKey(accountUuid: string): Promise<string | null>;
}

/** How long before expiry a cached token is replaced, ms. */
export const REFRESH_MARGIN_MS = 10 * 60 * 1000;

/**
 * @param upstream the Light caller
 * @param now the clock, ms
 * @returns the cache
 */
export function createAccountTokens(upstream: Upstream, now: () => number): AccountTokens {
  const cached = new Map<string, { value: AccountToken; expiresAt: number }>();
  const inFlight = new Map<string, Promise<AccountToken>>();
  let stripeKey: string | null = null;
  let stripeKeyInFlight: Promise<string | null> | null = null;

  async function mint(accountUuid: string): Promise<AccountToken> {
    const answer = await upstream.call<Partial<AccountToken>>({
      method: 'POST',
      path: `/v1/app/accounts/${encodeURIComponent(accountUuid)}/token`,
    });
    const expiresAt = Date.parse(String(answer.expires_at));
    if (typeof answer.token !== 'string' || Number.isNaN(expiresAt)) {
      throw new Error('Light answered the token request without { token, expires_at }');
    }
    const value = { token: answer.token, expires_at: String(answer.expires_at) };
    cached.set(accountUuid, { value, expiresAt });
    return value;
  }

  return {
    token(accountUuid) {
      const hit = cached.get(accountUuid);
      if (hit && hit.expiresAt - REFRESH_MARGIN_MS > now()) return Promise.resolve(hit.value);
      let pending = inFlight.get(accountUuid);
      if (!pending) {
        pending = mint(accountUuid).finally(() => inFlight.delete(accountUuid));
        inFlight.set(accountUuid, pending);
      }
      return pending;
    },
    stripeKey(accountUuid) {
      if (stripeKey !== null) return Promise.resolve(stripeKey);
      stripeKeyInFlight ??= upstream
        .call<{ app?: { stripe_public_key?: unknown } }>({
          method: 'GET',
          path: `/v1/app/accounts/${encodeURIComponent(accountUuid)}`,
        })
        .then((account) => {
          const key = account.app?.stripe_public_key;
          stripeKey = typeof key === 'string' && key !== '' ? key : null;
          return stripeKey;
        })
        .finally(() => {
          stripeKeyInFlight = null;
        });
      return stripeKeyInFlight;
    },
  };
}
