import type { FlowLogin } from '../../api/types.js';
import { now as clockNow } from '../../api/clock.js';

/** What a flow provider returns: the `flow-login` response, or the part of it the element uses. */
export type FlowLink = Pick<FlowLogin, 'login_link'> & Partial<Pick<FlowLogin, 'expires_at'>>;

/** The message a prebuilt flow posts to its host page when it is done. */
export const FLOW_CLOSE_MESSAGE = 'light-flow-close';

/**
 * How long before `expires_at` a link already counts as expired: the frame must load, and the flow sign in,
 * before the link runs out.
 */
export const EXPIRY_MARGIN_MS = 10_000;

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A login link the element may load, as a URL, or `null` when it must be refused. Only `https:` is accepted, and
 * `http:` on the local machine (the sandbox and development servers); `javascript:`, `data:`, `blob:`, `file:`
 * and anything unparsable are refused. A relative link resolves against `base` (the document's).
 */
export function flowUrl(value: string | null | undefined, base: string = document.baseURI): URL | null {
  if (!value?.trim()) return null;
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return url;
  return null;
}

/**
 * Whether a link with this `expires_at` is past its use (or will be within `EXPIRY_MARGIN_MS`).
 * No expiry, or one that cannot be read, counts as not expired: the flow itself will say so if it is.
 */
export function isExpired(expiresAt: string | null | undefined, now: number = clockNow()): boolean {
  if (!expiresAt) return false;
  const time = Date.parse(expiresAt);
  return Number.isFinite(time) && time - EXPIRY_MARGIN_MS <= now;
}

/** A provider's answer checked for shape; throws a `TypeError` (naming no value) when it is not a flow link. */
export function toFlowLink(value: unknown): FlowLink {
  const record = value as Partial<Record<keyof FlowLink, unknown>> | null;
  if (!record || typeof record !== 'object' || typeof record.login_link !== 'string') {
    throw new TypeError('The flow provider did not return { login_link, expires_at }.');
  }
  const expiresAt = record.expires_at;
  return {
    login_link: record.login_link,
    expires_at: typeof expiresAt === 'string' ? expiresAt : null,
  };
}

/**
 * The origins whose messages the element trusts: the loaded link's own, plus those listed in `allowed-origins`
 * (space-separated). Entries that are not http(s) origins are dropped, and so is the opaque origin `"null"`,
 * which any sandboxed document or `data:` page can claim.
 */
export function trustedOrigins(link: URL, allowedOrigins: string | null | undefined): ReadonlySet<string> {
  const origins = new Set([link.origin]);
  for (const entry of (allowedOrigins ?? '').split(/\s+/)) {
    if (!entry) continue;
    try {
      const url = new URL(entry);
      if (url.protocol === 'https:' || url.protocol === 'http:') origins.add(url.origin);
    } catch {
      // Not a URL: ignored, as an unknown origin would be.
    }
  }
  origins.delete('null');
  return origins;
}

/**
 * Whether a `message` event is the flow asking to close: it must come from the frame's own window, from a trusted
 * origin, and carry an object whose `type` is `light-flow-close`. Everything else is ignored.
 */
export function isFlowCloseMessage(
  event: Pick<MessageEvent, 'source' | 'origin' | 'data'>,
  frameWindow: Window | null | undefined,
  origins: ReadonlySet<string>,
): boolean {
  if (!frameWindow || event.source !== frameWindow) return false;
  if (event.origin === 'null' || !origins.has(event.origin)) return false;
  const data: unknown = event.data;
  return (
    typeof data === 'object' && data !== null && !Array.isArray(data) && (data as { type?: unknown }).type === FLOW_CLOSE_MESSAGE
  );
}
