/**
 * A URL from the API, usable as a link only when it is absolute http(s). Anything else (`javascript:`, `data:`,
 * relative paths, garbage) gives `null`, so the caller renders text instead of a link.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
