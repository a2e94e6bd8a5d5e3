/**
 * Intl formatters for money, energy and dates in the customer's locale. Formatters are cached per locale.
 * Dates given as `YYYY-MM-DD` are calendar days: they are formatted in UTC so no time zone shifts them.
 */
import { parseIsoDate } from './dates.js';
import { intlLocale, type SupportedLocale } from './i18n.js';

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

function decimal(locale: SupportedLocale, digits: number) {
  return cached(
    `decimal ${locale} ${digits}`,
    () => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits, minimumFractionDigits: 0 }),
  );
}

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

/** `1234.5` → `1,234.5 kWh` (one decimal at most). */
export function formatKwh(kwh: number, locale: SupportedLocale = 'en', digits = 1): string {
  return `${decimal(locale, digits).format(kwh)} kWh`;
}

/** `12.345` → `12.3¢/kWh`. */
export function formatCentsPerKwh(cents: number, locale: SupportedLocale = 'en'): string {
  return `${decimal(locale, 1).format(cents)}¢/kWh`;
}

export function formatNumber(value: number, locale: SupportedLocale = 'en', digits = 0): string {
  return decimal(locale, digits).format(value);
}

export type DateStyle = 'short' | 'medium' | 'long';

/** A `YYYY-MM-DD` date for people: `Mar 5, 2026`. `''` when the value is not a date. */
/** The medium-style calendar-day formatter for a locale (UTC, so no time zone shifts a day). */
export function dateFormatter(locale: SupportedLocale, style: DateStyle = 'medium'): Intl.DateTimeFormat {
  return cached(
    `date ${locale} ${style}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: style, timeZone: 'UTC' }),
  );
}

export function formatDate(
  date: string | null | undefined,
  locale: SupportedLocale = 'en',
  style: DateStyle = 'medium',
): string {
  const time = parseIsoDate(date);
  if (time === null) return '';
  return dateFormatter(locale, style).format(time);
}

/** A `YYYY-MM` month: `March 2026`. */
export function formatMonth(
  month: string | null | undefined,
  locale: SupportedLocale = 'en',
  style: 'long' | 'short' = 'long',
): string {
  const time = parseIsoDate(`${month ?? ''}-01`);
  if (time === null) return '';
  return cached(
    `month ${locale} ${style}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { month: style, year: 'numeric', timeZone: 'UTC' }),
  ).format(time);
}

/** An ISO date-time in the customer's own time zone: `Mar 5, 2026, 3:30 PM`. */
export function formatDateTime(value: string | null | undefined, locale: SupportedLocale = 'en'): string {
  const time = Date.parse(value ?? '');
  if (!Number.isFinite(time)) return '';
  return cached(
    `datetime ${locale}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(time);
}
