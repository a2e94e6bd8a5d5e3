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

/** A plain decimal: optional sign, digits with an optional fraction (or a bare fraction), optional exponent. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * A finite number from a number or a decimal string (`"12.5"`, `"-0.75"`, `"1,234.00"`, `"$118.42"`), else
 * `null`: garbage (`"abc"`, `""`, `"12abc"`, `"0x10"`, `"Infinity"`) is a missing value, never `NaN`, so an
 * amount read through here can only be added as a number.
 */
export function num(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const plain = value.replace(/[$,\s]/g, '');
  if (!DECIMAL.test(plain)) return null;
  const parsed = Number(plain);
  return Number.isFinite(parsed) ? parsed : null;
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

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** `January`…`December` and `Jan`…`Dec` (and `Sept`), any case, with or without a trailing period. */
function monthFromName(value: string): number | null {
  const name = value.toLowerCase().replace(/\.$/, '');
  if (name.length < 3) return null;
  const index = MONTH_NAMES.findIndex(
    (full) => full === name || full.slice(0, 3) === name || (name === 'sept' && full === 'september'),
  );
  return index === -1 ? null : index + 1;
}

/**
 * The calendar month a usage row names, as `YYYY-MM`, or `null` when it cannot be read. Accepts `"2025-01"`,
 * `"2025-01-31"` (a date or date-time in the month), an English month name in any case, full or 3-letter
 * (`"January"`, `"jan"`), and a month number (`1`, `"1"`, `"01"`). A name or a number takes its year from `year`
 * (the response's), and is `null` without one; a `YYYY-MM` value carries its own year.
 */
export function monthKeyOf(value: unknown, year: unknown = null): string | null {
  let month: number | null = null;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    const dated = /^(\d{4})-(\d{2})(?:-\d{2}(?:[T ].*)?)?$/.exec(trimmed);
    if (dated) {
      const m = Number(dated[2]);
      return m >= 1 && m <= 12 ? `${dated[1]}-${dated[2]}` : null;
    }
    month = /^\d{1,2}$/.test(trimmed) ? Number(trimmed) : monthFromName(trimmed);
  } else if (typeof value === 'number' && Number.isInteger(value)) month = value;
  if (month === null || month < 1 || month > 12) return null;
  const y = num(year);
  if (y === null || !Number.isInteger(y) || y < 1 || y > 9999) return null;
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
