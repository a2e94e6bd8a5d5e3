import { LightApiError } from './errors.js';
import { now as clockNow } from './clock.js';

/** What a partner's token provider may return: the token alone, or the token with its expiry. */
export type TokenResult = string | { token: string; expires_at?: string | null };

/**
 * A partner-supplied function that returns a Light account token for the signed-in customer,
 * typically by calling the partner's own backend (which holds the app token).
 */
export type TokenProvider = () => TokenResult | Promise<TokenResult>;

/** Refresh this long before `expires_at`. */
export const REFRESH_AHEAD_MS = 5 * 60 * 1000;

interface CachedToken {
  value: string;
  /** Epoch ms after which the token is refreshed; `Infinity` when the expiry is unknown. */
  refreshAt: number;
}

/**
 * Holds one account token in memory. Concurrent callers share one provider call; the token is refreshed
 * five minutes before it expires (or halfway through its life, for short-lived tokens), and dropped on a 401.
 */
export class TokenManager {
  #provider: TokenProvider;
  #now: () => number;
  #cached: CachedToken | null = null;
  #pending: Promise<string> | null = null;

  constructor(provider: TokenProvider, now: () => number = clockNow) {
    this.#provider = provider;
    this.#now = now;
  }

  /** A valid token, from memory when possible. */
  getToken(): Promise<string> {
    const cached = this.#cached;
    if (cached && this.#now() < cached.refreshAt) return Promise.resolve(cached.value);
    this.#pending ??= this.#fetch().finally(() => {
      this.#pending = null;
    });
    return this.#pending;
  }

  /** Forget `token` (after a 401) so the next `getToken()` asks the provider again. */
  invalidate(token: string): void {
    if (this.#cached?.value === token) this.#cached = null;
  }

  async #fetch(): Promise<string> {
    let result: unknown;
    try {
      result = await this.#provider();
    } catch (cause) {
      throw new LightApiError('auth', "Could not sign in: the partner's token provider failed.", { cause });
    }
    const parsed = parseTokenResult(result);
    if (!parsed) {
      throw new LightApiError('auth', "Could not sign in: the partner's token provider returned no token.");
    }
    const now = this.#now();
    const expiresAt = parsed.expiresAt;
    let refreshAt = Infinity;
    if (expiresAt !== null) {
      const lifetime = expiresAt - now;
      refreshAt = expiresAt - Math.min(REFRESH_AHEAD_MS, Math.max(0, lifetime) / 2);
    }
    this.#cached = { value: parsed.token, refreshAt };
    return parsed.token;
  }
}

function parseTokenResult(result: unknown): { token: string; expiresAt: number | null } | null {
  if (typeof result === 'string') return result.trim() ? { token: result.trim(), expiresAt: null } : null;
  if (!result || typeof result !== 'object') return null;
  const { token, expires_at: expires } = result as { token?: unknown; expires_at?: unknown };
  if (typeof token !== 'string' || !token.trim()) return null;
  const expiresAt = typeof expires === 'string' ? Date.parse(expires) : NaN;
  return { token: token.trim(), expiresAt: Number.isFinite(expiresAt) ? expiresAt : null };
}
