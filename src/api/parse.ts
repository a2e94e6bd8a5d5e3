/**
 * Tolerant readers for API JSON. The docs ask integrators to ignore unknown keys; fields may be missing or
 * `null`, and numbers may arrive as decimal strings ("12.5"). Each reader returns a typed value or a fallback,
 * never throws on a wrong type, so one odd field cannot break a whole screen.
 */
export type Json = Record<string, unknown>;

export function record(value: unknown): Json {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A string, or `null` for anything that is not a non-empty string (numbers are stringified). */
export function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A string, or `''`. */
export function textOr(value: unknown, fallback = ''): string {
  return text(value) ?? fallback;
}

/** A finite number from a number or a decimal string, else `null`. */
export function num(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.replace(/[$,\s]/g, ''));
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

/** A boolean; `"true"` / `"false"` strings are accepted. */
export function bool(value: unknown, fallback = false): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return fallback;
}

/** The first key of `keys` that holds a usable value, read with `reader`. */
export function pick<T>(json: Json, keys: readonly string[], reader: (value: unknown) => T | null): T | null {
  for (const key of keys) {
    const value = reader(json[key]);
    if (value !== null) return value;
  }
  return null;
}
