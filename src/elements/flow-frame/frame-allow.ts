/**
 * The permissions policy of the flow's frame (its `allow` attribute): which browser features Light's flow may ask
 * the customer for.
 */

/**
 * What the frame allows by default, the same as Light's own example app grants its prebuilt flows: `camera` and
 * `microphone`, because the identity check in Light's flows may capture the customer's ID or face; `payment`, for
 * the Payment Request API (wallets) in the payment step; `encrypted-media`, as Light's example app grants it too.
 * Each still needs the customer's consent where the browser asks for it; allowing a feature here only lets the
 * flow ask.
 */
export const DEFAULT_FRAME_ALLOW = 'camera; microphone; payment; encrypted-media';

/** A feature name (`camera`, `clipboard-write`, `publickey-credentials-get`). */
const FEATURE = /^[a-z][a-z0-9-]*$/;

/** An allowlist entry: `*`, `'self'`, `'src'`, `'none'`, or an `http(s)` origin (`*.` subdomain wildcard allowed). */
const ALLOWLIST_ENTRY = /^(?:\*|'self'|'src'|'none'|https?:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?)$/i;

/**
 * `value` as a permissions policy for the frame's `allow` attribute, normalised (`camera; payment 'self'`), or
 * `null` when it is not a plain one: directives separated by `;`, each a feature name optionally followed by
 * allowlist entries (see `ALLOWLIST_ENTRY`), nothing else. An empty value (or only `;`) is a valid policy that
 * allows nothing.
 */
export function parseFrameAllow(value: string): string | null {
  const directives: string[] = [];
  for (const part of value.split(';')) {
    const [feature, ...allowlist] = part.trim().split(/\s+/).filter(Boolean);
    if (!feature) continue;
    if (!FEATURE.test(feature) || !allowlist.every((entry) => ALLOWLIST_ENTRY.test(entry))) return null;
    directives.push([feature, ...allowlist].join(' '));
  }
  return directives.join('; ');
}

/**
 * The frame's `allow` for the element's `allow` attribute or property: the default when it is unset, the
 * normalised value when it is a plain permissions policy, and the default with `invalid` set otherwise (the
 * element reports that as a `config` error).
 */
export function frameAllow(value: string | null | undefined): { allow: string; invalid: boolean } {
  if (value === undefined || value === null) return { allow: DEFAULT_FRAME_ALLOW, invalid: false };
  const parsed = parseFrameAllow(value);
  return parsed === null ? { allow: DEFAULT_FRAME_ALLOW, invalid: true } : { allow: parsed, invalid: false };
}
