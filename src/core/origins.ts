/**
 * Where the account token may go. Markup alone (an attribute in the page's HTML, which an injected snippet can
 * also write) must never be able to send the token, or a customer's SSN, to another host, nor sign the customer
 * in through another site's token endpoint.
 *
 * The rule: requests carrying the token go only to an allowed API origin, which is Light's, the page's own (a
 * same-origin proxy), or one the partner allowed from script (`configure({ apiOrigins })`, the provider's
 * `apiOrigins` property, or the origin of `configure({ apiBase })`); and only over `https:` (plain `http:` on
 * loopback only). A token endpoint set by markup must be on the page's own origin, or on an allowed origin.
 */
import { DEFAULT_API_BASE } from '../api/defaults.js';

export interface SignInCheck {
  /** The API base in force, absolute. */
  apiBase: string;
  /** The token endpoint in force, absolute, when it came from markup (an attribute). */
  markupTokenEndpoint?: string;
  /** The page's own origin. */
  pageOrigin: string;
  /** Origins allowed from script, beyond Light's and the page's. */
  allowed: readonly string[];
}

export interface Refusal {
  /** What was refused. */
  what: 'api-base' | 'token-endpoint' | 'backend';
  /** The origin refused (or the value, when it is not a URL). */
  origin: string;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/** `https:`, or `http:` on loopback (a developer's own machine). */
export function isSecureOrigin(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));
}

/** The origin of a URL, or `null` when it is not one. */
export function originOf(value: string | undefined, base?: string): string | null {
  if (!value) return null;
  try {
    return new URL(value, base).origin;
  } catch {
    return null;
  }
}

/** Whether this sign-in may be used; `null` when it may, else what was refused. */
export function checkSignIn({ apiBase, markupTokenEndpoint, pageOrigin, allowed }: SignInCheck): Refusal | null {
  const trusted = trustedOrigins(pageOrigin, allowed);
  let api: URL;
  try {
    api = new URL(apiBase);
  } catch {
    return { what: 'api-base', origin: apiBase };
  }
  if (!isSecureOrigin(api) || !trusted.has(api.origin)) return { what: 'api-base', origin: api.origin };
  return markupTokenEndpoint ? checkMarkupUrl(markupTokenEndpoint, 'token-endpoint', pageOrigin, allowed) : null;
}

function trustedOrigins(pageOrigin: string, allowed: readonly string[]): Set<string | null> {
  return new Set([new URL(DEFAULT_API_BASE).origin, pageOrigin, ...allowed.map((o) => originOf(o))]);
}

/**
 * Whether an absolute URL named by markup (a token endpoint, or the partner's backend) may be used: on the page's
 * own origin, or on an allowed one over `https:`. `null` when it may, else the refusal.
 */
export function checkMarkupUrl(
  url: string,
  what: Refusal['what'],
  pageOrigin: string,
  allowed: readonly string[],
): Refusal | null {
  const { origin } = new URL(url);
  const ok = origin === pageOrigin || (isSecureOrigin(new URL(url)) && trustedOrigins(pageOrigin, allowed).has(origin));
  return ok ? null : { what, origin };
}
