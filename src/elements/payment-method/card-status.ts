/**
 * The card on file, for people: whether it has expired or will soon, and its expiry. Pure functions of the
 * card and today's date (a card works through the last day of its expiry month).
 */
import type { IsoDate } from '../../api/types.js';
import { parseIsoDate } from '../../core/dates.js';

export type CardExpiry = 'valid' | 'expiring' | 'expired' | 'unknown';

/** How far ahead "expiring soon" looks. */
export const EXPIRING_WITHIN_MONTHS = 2;

/** Epoch ms of `months` calendar months after `today` (the day clamped to the month's length: Dec 31 + 2 → Feb 28). */
function addCalendarMonths(today: number, months: number): number {
  const date = new Date(today);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay));
}

/**
 * `expired` once the expiry month is over; `expiring` when the card stops working within `withinMonths` of
 * `today` (a card expiring 04/2026 is expiring from Mar 1, 2026 with the default two months); `valid` otherwise;
 * `unknown` when the month or year is missing or not a month. Two-digit years are read as 20xx.
 */
export function cardExpiry(
  month: number | null | undefined,
  year: number | null | undefined,
  today: IsoDate,
  withinMonths = EXPIRING_WITHIN_MONTHS,
): CardExpiry {
  const now = parseIsoDate(today);
  if (now === null || !month || !year || !Number.isInteger(month) || month < 1 || month > 12) return 'unknown';
  const fullYear = year < 100 ? 2000 + year : year;
  // The first day the card no longer works: the first of the month after its expiry month.
  const stops = Date.UTC(fullYear, month, 1);
  if (now >= stops) return 'expired';
  return stops <= addCalendarMonths(now, withinMonths) ? 'expiring' : 'valid';
}

/** `MM/YYYY`, or `''` when the expiry is unknown. */
export function formatExpiry(month: number | null | undefined, year: number | null | undefined): string {
  if (!month || !year || month < 1 || month > 12) return '';
  return `${String(month).padStart(2, '0')}/${year < 100 ? 2000 + year : year}`;
}
