/**
 * Calendar days and US Central time, computed by hand (no Intl time-zone data needed), so the rules are visible
 * and testable: Texas meters report in America/Chicago, whose daylight-saving days have 23 or 25 hours.
 *
 * Days are ISO strings `YYYY-MM-DD`; instants are epoch milliseconds.
 */

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
export const INTERVAL_MS = 15 * 60_000;

/** Offsets of America/Chicago in minutes: CDT and CST. */
const CDT = -300;
const CST = -360;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const { year, month, day } = splitDay(value);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function splitDay(iso: string): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** Days since 1970-01-01. */
export function dayNumber(iso: string): number {
  const { year, month, day } = splitDay(iso);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Adds calendar months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(iso: string, months: number): string {
  const { year, month, day } = splitDay(iso);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return isoDay(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(dayNumber(iso) * DAY_MS).getUTCDay();
}

/** 1 on January 1st. */
export function dayOfYear(iso: string): number {
  const { year } = splitDay(iso);
  return dayNumber(iso) - dayNumber(isoDay(year, 1, 1)) + 1;
}

export function minDay(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDay(a: string, b: string): string {
  return a > b ? a : b;
}

// Daylight saving time ----------------------------------------------------------------------------------------

/** Day of month of the `n`-th Sunday (1-based) of a month. */
function nthSunday(year: number, month: number, n: number): number {
  const first = weekday(isoDay(year, month, 1));
  return 1 + ((7 - first) % 7) + (n - 1) * 7;
}

function lastSunday(year: number, month: number): number {
  const last = daysInMonth(year, month);
  return last - weekday(isoDay(year, month, last));
}

/**
 * The instants daylight saving time starts and ends in US Central time for `year`, or `null` for years without it.
 * Since 2007: second Sunday of March to first Sunday of November; 1987–2006: first Sunday of April to last
 * Sunday of October; 1967–1986: last Sunday of April to last Sunday of October. Clocks change at 02:00 local.
 */
export function centralDstBounds(year: number): { start: number; end: number } | null {
  let bounds = dstCache.get(year);
  if (bounds === undefined) dstCache.set(year, (bounds = computeDstBounds(year)));
  return bounds;
}

const dstCache = new Map<number, { start: number; end: number } | null>();

function computeDstBounds(year: number): { start: number; end: number } | null {
  let start: [number, number];
  let end: [number, number];
  if (year >= 2007) {
    start = [3, nthSunday(year, 3, 2)];
    end = [11, nthSunday(year, 11, 1)];
  } else if (year >= 1987) {
    start = [4, nthSunday(year, 4, 1)];
    end = [10, lastSunday(year, 10)];
  } else if (year >= 1967) {
    start = [4, lastSunday(year, 4)];
    end = [10, lastSunday(year, 10)];
  } else {
    return null;
  }
  // 02:00 CST is 08:00 UTC; 02:00 CDT is 07:00 UTC.
  return {
    start: Date.UTC(year, start[0] - 1, start[1], 8),
    end: Date.UTC(year, end[0] - 1, end[1], 7),
  };
}

/** UTC offset of America/Chicago at an instant, in minutes (-300 in summer, -360 in winter). */
export function centralOffsetMinutes(instant: number): number {
  const bounds = centralDstBounds(new Date(instant).getUTCFullYear());
  return bounds && instant >= bounds.start && instant < bounds.end ? CDT : CST;
}

/** The Central-time calendar day of an instant. */
export function centralDay(instant: number): string {
  return new Date(instant + centralOffsetMinutes(instant) * 60_000).toISOString().slice(0, 10);
}

/** Hours since local midnight on the wall clock (0–24), for shaping a day's curve. */
export function centralHour(instant: number): number {
  const local = instant + centralOffsetMinutes(instant) * 60_000;
  return (((local % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS;
}

/** The instant of local midnight that starts `iso` in Central time (midnight is never skipped or repeated). */
export function centralMidnight(iso: string): number {
  const utcMidnight = dayNumber(iso) * DAY_MS;
  const ifDaylight = utcMidnight + 5 * HOUR_MS;
  return centralOffsetMinutes(ifDaylight) === CDT ? ifDaylight : utcMidnight + 6 * HOUR_MS;
}

/** How many 15-minute intervals a Central-time day has: 96, or 92 / 100 on the days clocks change. */
export function intervalsInCentralDay(iso: string): number {
  return (centralMidnight(addDays(iso, 1)) - centralMidnight(iso)) / INTERVAL_MS;
}

/** ISO 8601 with the Central offset, e.g. `2026-03-08T01:45:00-06:00`. */
export function formatCentral(instant: number): string {
  const offset = centralOffsetMinutes(instant);
  const wall = new Date(instant + offset * 60_000).toISOString().slice(0, 19);
  return `${wall}${offset === CDT ? '-05:00' : '-06:00'}`;
}

/** `n` business days (Monday–Friday) after `instant`, at the same time of day. */
export function addBusinessDays(instant: number, n: number): number {
  let day = centralDay(instant);
  let added = 0;
  let calendarDays = 0;
  while (added < n) {
    day = addDays(day, 1);
    calendarDays++;
    const wd = weekday(day);
    if (wd !== 0 && wd !== 6) added++;
  }
  return instant + calendarDays * DAY_MS;
}
