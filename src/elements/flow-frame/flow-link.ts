import type { FlowLogin } from '../../api/types.js';
import { now as clockNow } from '../../api/clock.js';

/**
 * What a flow provider returns: the `flow-login` response, or the part of it the element uses, and optionally the
 * server's time when the link was made (`server_time`: ISO 8601, or an HTTP date such as the `Date` header of the
 * `flow-login` response), so that the link's lifetime does not depend on the customer's clock.
 */
export type FlowLink = Pick<FlowLogin, 'login_link'> &
  Partial<Pick<FlowLogin, 'expires_at'>> & {
    server_time?: string | null;
  };

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
 * How long a flow login link lives, when nothing better says so. Light's docs give no lifetime for `flow-login`
 * links (only that one works until its `expires_at`), so this is the sandbox's (`FLOW_LINK_MINUTES` in
 * src/sandbox/app.ts): 60 minutes.
 */
export const FLOW_LINK_LIFETIME_MS = 60 * 60_000;

/**
 * Whether the instant `expiresAt` is past (or will be within `EXPIRY_MARGIN_MS`) at `now`, both read on the same
 * clock. No expiry, or one that cannot be read, counts as not expired: the flow itself will say so if it is.
 * The element does not compare a link's `expires_at` with this device's clock this way: see `linkDeadline`.
 */
export function isExpired(expiresAt: string | null | undefined, now: number = clockNow()): boolean {
  if (!expiresAt) return false;
  const time = Date.parse(expiresAt);
  return Number.isFinite(time) && !isUsableUntil(time, now);
}

/** How a link reached the element, to judge its lifetime by. */
export interface LinkReceipt {
  /** When the element got the link, on this device's clock (`now()`). */
  receivedAt: number;
  /**
   * Whether the link was just made for this request (a provider's answer), rather than one the page had from
   * earlier (`src`).
   */
  fresh: boolean;
  /** The server's time when it made the link, if the answer carried it (ISO 8601 or an HTTP date). */
  serverTime?: string | null;
}

/**
 * Until when a link may be loaded, on this device's clock: `receivedAt` plus the link's lifetime. The lifetime is
 * measured without trusting this device's clock against the server's (a customer's clock may run hours off):
 *
 * - with the server's time: `expires_at` minus it;
 * - else `expires_at` minus `receivedAt` when that is positive and shorter than `FLOW_LINK_LIFETIME_MS` (a clock
 *   that is right, or slow: the link expires sooner than a whole lifetime);
 * - else, when `expires_at` is already past by this clock on receipt, the clock is taken to be running fast and the
 *   link to have `FLOW_LINK_LIFETIME_MS` left: always for a fresh link (a provider made it just now), and for a
 *   `src` only while it is past by less than one lifetime. A `src` past by more is stale: its own `expires_at`.
 *
 * `Infinity` when there is no expiry, or one that cannot be read (the flow itself will say so if it has expired).
 */
export function linkDeadline(expiresAt: string | null | undefined, receipt: LinkReceipt): number {
  const expires = expiresAt ? Date.parse(expiresAt) : NaN;
  if (!Number.isFinite(expires)) return Infinity;
  const { receivedAt } = receipt;
  const serverTime = receipt.serverTime ? Date.parse(receipt.serverTime) : NaN;
  if (Number.isFinite(serverTime)) return receivedAt + (expires - serverTime);
  const left = expires - receivedAt;
  if (left > 0) return receivedAt + Math.min(left, FLOW_LINK_LIFETIME_MS);
  if (receipt.fresh || -left < FLOW_LINK_LIFETIME_MS) return receivedAt + FLOW_LINK_LIFETIME_MS;
  return expires;
}

/**
 * Whether a link with this deadline (read on the same clock as `now`) may still be loaded: it has more than
 * `EXPIRY_MARGIN_MS` left.
 */
export function isUsableUntil(deadline: number, now: number = clockNow()): boolean {
  return deadline - EXPIRY_MARGIN_MS > now;
}

/** A provider's answer checked for shape; throws a `TypeError` (naming no value) when it is not a flow link. */
export function toFlowLink(value: unknown): FlowLink {
  const record = value as Partial<Record<keyof FlowLink, unknown>> | null;
  if (!record || typeof record !== 'object' || typeof record.login_link !== 'string') {
    throw new TypeError('The flow provider did not return { login_link, expires_at }.');
  }
  const expiresAt = record.expires_at;
  const link: FlowLink = {
    login_link: record.login_link,
    expires_at: typeof expiresAt === 'string' ? expiresAt : null,
  };
  if (typeof record.server_time === 'string') link.server_time = record.server_time;
  return link;
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
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    (data as { type?: unknown }).type === FLOW_CLOSE_MESSAGE
  );
}
