import { LightApiError } from './errors.js';
import { now as clockNow } from './clock.js';
import { deadline, sleep, untilAborted, type Sleep } from './timing.js';

/**
 * What a partner's token provider may return: the token alone, or the token with its expiry, and optionally the
 * `Date` of the answer that carried it (the built-in token-endpoint provider fills it in), so the expiry is judged
 * by the server's clock rather than by the customer's, which may be off by hours.
 *
 * `stripe_public_key` is the Stripe publishable key (`pk_…`) of the partner's Light app, for the payment forms. Light
 * documents it on the app-token account payload (`GET /v1/app/accounts/{uuid}`, `app.stripe_public_key`), which
 * only the partner's backend can read, so a token endpoint may pass it on beside the token. It is kept in memory
 * with the token, never stored; see `TokenManager.stripePublishableKey()`.
 */
export type TokenResult =
  | string
  | {
      token: string;
      expires_at?: string | null;
      date?: string | number | null;
      stripe_public_key?: string | null;
    };

/** What a token provider is handed: `signal` aborts when the library stops waiting (its timeout ran out). */
export interface TokenProviderContext {
  signal: AbortSignal;
}

/**
 * A partner-supplied function that returns a Light account token for the signed-in customer,
 * typically by calling the partner's own backend (which holds the app token). Pass `context.signal` on to that
 * call (`fetch(url, { signal })`) so that it stops when the library gives up on it.
 */
export type TokenProvider = (context?: TokenProviderContext) => TokenResult | Promise<TokenResult>;

/** Refresh this long before `expires_at`. */
export const REFRESH_AHEAD_MS = 5 * 60 * 1000;

/** How long a token provider may take by default. */
export const TOKEN_TIMEOUT_MS = 20_000;

export interface TokenManagerOptions {
  /** How long one provider call may take before it fails with `timeout`. Default 20 s. */
  timeoutMs?: number;
  /** Seam for tests: runs out the timeout; rejects once its signal aborts. Default: a real timer. */
  timer?: Sleep;
}

interface CachedToken {
  value: string;
  /** `expires_at` as the issuer wrote it, epoch ms; `null` when it gave none. */
  expiresAt: number | null;
  /** The local time the token arrived at. */
  receivedAt: number;
}

/**
 * Holds one account token in memory. Concurrent callers share one provider call; the token is refreshed
 * five minutes before it expires (or halfway through its life, for short-lived tokens), and dropped on a 401.
 *
 * Expiry is judged by the server's clock where one is known: the `Date` of the token's own answer (see
 * `TokenResult`) or of the API's answers (`observeServerTime`; a cross-origin API base must list `Date` in
 * `Access-Control-Expose-Headers` for the browser to show it). The customer's clock may be hours off, and a
 * token must not look expired (and be asked for again on every call) because of it. A clock, the server's or
 * the local one, under which a token that has just arrived had already expired is wrong about that token and is
 * not used to judge it; of the others, the one that gives the token less time left is. A token that every known
 * clock says arrived expired is used until a 401.
 *
 * Every provider call is bounded: it fails with `timeout` when the provider does not answer in time, and each
 * caller's own `AbortSignal` ends its wait.
 */
export class TokenManager {
  #provider: TokenProvider;
  #now: () => number;
  #timeoutMs: number;
  #timer: Sleep;
  #cached: CachedToken | null = null;
  /** The `stripe_public_key` of the latest provider answer, `null` when it carried none. Memory only. */
  #publishableKey: string | null = null;
  #pending: Promise<string> | null = null;
  /** Server time minus local time, ms, from the latest server answer; `null` until there is one. */
  #offset: number | null = null;

  constructor(provider: TokenProvider, now: () => number = clockNow, options: TokenManagerOptions = {}) {
    this.#provider = provider;
    this.#now = now;
    this.#timeoutMs = options.timeoutMs ?? TOKEN_TIMEOUT_MS;
    this.#timer = options.timer ?? sleep;
  }

  /**
   * A valid token, from memory when possible. Rejects with `signal`'s reason as soon as it aborts (the shared
   * provider call goes on for the other callers), and with a `timeout` error when the provider does not answer.
   */
  getToken(signal?: AbortSignal): Promise<string> {
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    const cached = this.#cached;
    if (cached && this.#fresh(cached)) return Promise.resolve(cached.value);
    this.#pending ??= this.#fetch().finally(() => {
      this.#pending = null;
    });
    return untilAborted(this.#pending, signal);
  }

  /**
   * The Stripe publishable key that came with the token (a token endpoint's `stripe_public_key`), or `null` when
   * the provider's latest answer carried none. Gets a token first when none is held yet, so the key is the one
   * given beside the token in use; rejects as `getToken()` does. Each provider answer replaces it (an answer
   * without one clears it); forgetting a token after a 401 does not, as the key is not a credential.
   */
  async stripePublishableKey(signal?: AbortSignal): Promise<string | null> {
    await this.getToken(signal);
    return this.#publishableKey;
  }

  /** Forget `token` (after a 401) so the next `getToken()` asks the provider again. */
  invalidate(token: string): void {
    if (this.#cached?.value === token) this.#cached = null;
  }

  /**
   * Learns the server's clock from an answer: `serverTime` (its `Date` header, epoch ms) was the server's time at
   * local time `localTime`. The latest answer wins.
   */
  observeServerTime(serverTime: number, localTime: number = this.#now()): void {
    if (Number.isFinite(serverTime) && Number.isFinite(localTime)) this.#offset = serverTime - localTime;
  }

  /** Whether `cached` is still to be used: before its refresh time, by the clock that judges it. */
  #fresh(cached: CachedToken): boolean {
    const { expiresAt, receivedAt } = cached;
    if (expiresAt === null) return true;
    // When each clock says the token expires, in local time; a clock that says it arrived expired is out.
    const deadlines = [expiresAt];
    if (this.#offset !== null) deadlines.push(expiresAt - this.#offset);
    const plausible = deadlines.filter((at) => at > receivedAt);
    if (!plausible.length) return true;
    const expires = Math.min(...plausible);
    const lifetime = expires - receivedAt;
    return this.#now() < expires - Math.min(REFRESH_AHEAD_MS, lifetime / 2);
  }

  async #fetch(): Promise<string> {
    const bound = deadline(this.#timeoutMs, this.#timer);
    let result: unknown;
    try {
      result = await untilAborted(callProvider(this.#provider, bound.signal), bound.signal);
    } catch (cause) {
      if (bound.expired) {
        throw new LightApiError('timeout', "Could not sign in: the partner's token provider did not answer in time.", {
          cause,
        });
      }
      // The library's own errors (the built-in token-endpoint provider's) already say what went wrong, safely.
      if (cause instanceof LightApiError) throw cause;
      throw new LightApiError('auth', "Could not sign in: the partner's token provider failed.", { cause });
    } finally {
      bound.done();
    }
    const parsed = parseTokenResult(result);
    if (!parsed) {
      throw new LightApiError('auth', "Could not sign in: the partner's token provider returned no token.");
    }
    const receivedAt = this.#now();
    if (parsed.date !== null) this.observeServerTime(parsed.date, receivedAt);
    this.#cached = { value: parsed.token, expiresAt: parsed.expiresAt, receivedAt };
    this.#publishableKey = parsed.publishableKey;
    return parsed.token;
  }
}

/** Calls the provider now (so concurrent callers see one call at once), a throw becoming a rejection. */
function callProvider(provider: TokenProvider, signal: AbortSignal): Promise<unknown> {
  try {
    return Promise.resolve(provider({ signal }));
  } catch (error) {
    return Promise.reject(error as Error);
  }
}

interface ParsedToken {
  token: string;
  expiresAt: number | null;
  date: number | null;
  /** `stripe_public_key`, trimmed; `null` when absent, blank or not a string. */
  publishableKey: string | null;
}

function parseTokenResult(result: unknown): ParsedToken | null {
  if (typeof result === 'string') {
    return result.trim() ? { token: result.trim(), expiresAt: null, date: null, publishableKey: null } : null;
  }
  if (!result || typeof result !== 'object') return null;
  const {
    token,
    expires_at: expires,
    date,
    stripe_public_key: key,
  } = result as { token?: unknown; expires_at?: unknown; date?: unknown; stripe_public_key?: unknown };
  if (typeof token !== 'string' || !token.trim()) return null;
  const expiresAt = typeof expires === 'string' ? Date.parse(expires) : NaN;
  const served = typeof date === 'number' ? date : typeof date === 'string' ? Date.parse(date) : NaN;
  return {
    token: token.trim(),
    expiresAt: Number.isFinite(expiresAt) ? expiresAt : null,
    date: Number.isFinite(served) ? served : null,
    publishableKey: typeof key === 'string' && key.trim() ? key.trim() : null,
  };
}
