/**
 * Intl formatters for money, energy and dates in the customer's locale. Formatters are cached per locale.
 * Dates given as `YYYY-MM-DD` are calendar days: they are formatted in UTC so no time zone shifts them.
 * A formatted value never wraps inside itself: its spaces are no-break spaces (`Dec 8, 2026`, `1,000 kWh`), so
 * running text breaks between values, not inside one. Screen readers read a no-break space as a space.
 */
import { parseIsoDate } from './dates.js';
import { intlLocale, type SupportedLocale } from './i18n.js';

/** `text` with no-break spaces (U+00A0) for its spaces; the narrow ones Intl already puts in (U+202F) stay. */
export function unbroken(text: string): string {
  return text.replace(/ /g, '\u00a0');
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

function money(locale: SupportedLocale) {
  return cached(
    `money ${locale}`,
    () => new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'USD' }),
  );
}

/** Up to `digits` decimals, at least `min`. */
function decimal(locale: SupportedLocale, digits: number, min = 0) {
  return cached(
    `decimal ${locale} ${digits} ${min}`,
    () => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits, minimumFractionDigits: min }),
  );
}

/*
 * One rule per unit, wherever a value of that unit is shown:
 * - money: to the cent (`$185.02`, `$0.50`);
 * - ¢/kWh: one decimal, always (`16.0¢/kWh` beside `16.2¢/kWh`, never `16¢`);
 * - kWh: whole numbers from 100 (`1,083 kWh`), one decimal from 1 (`12.3 kWh`), two below 1 (a 15-minute
 *   reading: `0.24 kWh`), and `0` for none.
 */

/** `12345` → `$123.45`. */
export function formatCents(cents: number, locale: SupportedLocale = 'en'): string {
  return money(locale).format(cents / 100);
}

/** Dollars per unit with up to five decimals (`$0.0982`), or a percentage with up to three (`1.997%`). */
export function formatRate(value: number, locale: SupportedLocale, style: 'currency' | 'percent'): string {
  return cached(
    `rate ${locale} ${style}`,
    () =>
      new Intl.NumberFormat(
        intlLocale(locale),
        style === 'currency'
          ? { style, currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 5 }
          : { style, maximumFractionDigits: 3 },
      ),
  ).format(value);
}

/** `"123.4"` or `123.4` → `$123.40`; `''` for a value that is not a number. */
export function formatDollars(dollars: number | string | null | undefined, locale: SupportedLocale = 'en'): string {
  const value = typeof dollars === 'string' ? Number(dollars) : dollars;
  return typeof value === 'number' && Number.isFinite(value) ? money(locale).format(value) : '';
}

/** Dollars without the sign (for a table whose heading names the currency): `12.5` → `12.50`. */
export function formatDollarsValue(dollars: number, locale: SupportedLocale = 'en'): string {
  return decimal(locale, 2, 2).format(dollars);
}

/** A kWh value without its unit (for a table whose heading names it): `1,082.699` → `1,083`, `12.34` → `12.3`. */
export function formatKwhValue(kwh: number, locale: SupportedLocale = 'en'): string {
  const size = Math.abs(kwh);
  const digits = !size || size >= 99.95 ? 0 : size >= 0.995 ? 1 : 2;
  return decimal(locale, digits, digits).format(kwh);
}

/** `1082.699` → `1,083 kWh`, `12.34` → `12.3 kWh`, `0.237` → `0.24 kWh`; `units` replaces `kWh`. One line. */
export function formatKwh(kwh: number, locale: SupportedLocale = 'en', units = 'kWh'): string {
  return unbroken(`${formatKwhValue(kwh, locale)} ${units}`);
}

/** `12.345` → `12.3¢/kWh`, `16` → `16.0¢/kWh`. */
export function formatCentsPerKwh(cents: number, locale: SupportedLocale = 'en'): string {
  return `${decimal(locale, 1, 1).format(cents)}¢/kWh`;
}

/** A count or a measure with no unit rule of its own, with up to `digits` decimals. */
export function formatNumber(value: number, locale: SupportedLocale = 'en', digits = 0): string {
  return decimal(locale, digits).format(value);
}

export type DateStyle = 'short' | 'medium' | 'long';

/** The medium-style calendar-day formatter for a locale (UTC, so no time zone shifts a day). */
export function dateFormatter(locale: SupportedLocale, style: DateStyle = 'medium'): Intl.DateTimeFormat {
  return cached(
    `date ${locale} ${style}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: style, timeZone: 'UTC' }),
  );
}

/** A `YYYY-MM-DD` date for people, on one line: `Mar 5, 2026`. `''` when the value is not a date. */
export function formatDate(
  date: string | null | undefined,
  locale: SupportedLocale = 'en',
  style: DateStyle = 'medium',
): string {
  const time = parseIsoDate(date);
  if (time === null) return '';
  return unbroken(dateFormatter(locale, style).format(time));
}

/** A `YYYY-MM-DD` date without its year, on one line: `Mar 5`, where the year is plain from around it. */
export function formatMonthDay(date: string | null | undefined, locale: SupportedLocale = 'en'): string {
  const time = parseIsoDate(date);
  if (time === null) return '';
  const formatter = cached(
    `month-day ${locale}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { month: 'short', day: 'numeric', timeZone: 'UTC' }),
  );
  return unbroken(formatter.format(time));
}

/** A `YYYY-MM` month, on one line: `March 2026`. */
export function formatMonth(
  month: string | null | undefined,
  locale: SupportedLocale = 'en',
  style: 'long' | 'short' = 'long',
): string {
  const time = parseIsoDate(`${month ?? ''}-01`);
  if (time === null) return '';
  const formatter = cached(
    `month ${locale} ${style}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { month: style, year: 'numeric', timeZone: 'UTC' }),
  );
  return unbroken(formatter.format(time));
}

/** The day of an ISO date-time, in the customer's own time zone, on one line: `Dec 8, 2026` (a deadline reads as a day). */
export function formatInstantDate(value: string | null | undefined, locale: SupportedLocale = 'en'): string {
  const time = Date.parse(value ?? '');
  if (!Number.isFinite(time)) return '';
  const formatter = cached(
    `instant ${locale}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium' }),
  );
  return unbroken(formatter.format(time));
}
