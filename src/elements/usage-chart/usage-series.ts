/**
 * Turns Light usage responses into what the chart draws: one point per month, day or 15-minute interval, each
 * with its status (complete, partial, missing, future) and its values per series. Pure: no DOM, no fetching.
 *
 * - Months and days are calendar keys (`YYYY-MM`, `YYYY-MM-DD`); a month or day with no data is `missing` when
 *   it has passed and `future` when it has not, so neither is ever drawn as a zero.
 * - The trailing 12 months straddle two calendar years: two monthly responses are stitched by month key.
 * - Intervals are read in `usage-intervals.ts`, loaded with the 15-minute views.
 */
import { monthKeyOf } from '../../api/parse.js';
import type { DailyUsage, IsoDate, MonthlyUsage, UsageAmounts } from '../../api/types.js';
import { addDays, parseIsoDate } from '../../core/dates.js';
import { USAGE_LAG_DAYS } from './usage-first.js';

export { USAGE_LAG_DAYS };

/**
 * `compute`, run once per key object and remembered while the key lives: a response, set or list of points is
 * never changed once made, and what is read from it is asked for again at every drawing and every return to it.
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const found = new WeakMap<K, V>();
  return (key) => {
    if (found.has(key)) return found.get(key)!;
    const value = compute(key);
    found.set(key, value);
    return value;
  };
}

export const SERIES_KEYS = ['consumption', 'generation', 'vehicle_charging'] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];

export type Granularity = 'month' | 'day' | 'interval';

/**
 * - `complete`: a whole period with data;
 * - `partial`: data for part of the period so far (the current month, the first month of service);
 * - `missing`: the period has begun but there is no data for it (not yet reported, or before service);
 * - `future`: the period has not begun.
 */
export type PointStatus = 'complete' | 'partial' | 'missing' | 'future';

export interface UsagePoint {
  /** `YYYY-MM`, `YYYY-MM-DD`, or the interval's start exactly as the API gave it. */
  key: string;
  /** The calendar day the point starts on (`YYYY-MM-01` for a month). */
  date: IsoDate;
  /** Epoch ms of the start and end. Calendar periods use UTC midnights; intervals their real instants. */
  start: number;
  end: number;
  /** Intervals only: the wall-clock time the meter reported, `HH:MM`. */
  time?: string;
  /** Intervals only: the UTC offset in minutes the meter reported (e.g. -300 for CDT), `null` when absent. */
  offsetMinutes?: number | null;
  status: PointStatus;
  /** A partial month that is partial for good: service started (`start`) or ended (`end`) part-way through it. */
  edge?: 'start' | 'end';
  consumption: number | null;
  generation: number | null;
  vehicle_charging: number | null;
}

export interface UsageSet {
  granularity: Granularity;
  /** As the API gave it (`kWh`); rendered as text only. */
  units: string;
  points: UsagePoint[];
  /** Series to show: consumption always; export and vehicle charging when any point has a non-zero value. */
  series: SeriesKey[];
}

/** What a period around the data covers, from the location (both optional). */
export interface Coverage {
  /** First day of service; the month (or day) it falls in mid-way is partial. */
  serviceStart?: IsoDate | null;
  /** Last day of service. */
  serviceEnd?: IsoDate | null;
}

export const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026`, `3` → `2026-03`. */
export function monthKey(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}`;
}

export function splitMonth(key: string): { year: number; month: number } {
  return { year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)) };
}

/** `2026-01`, -1 → `2025-12`. */
export function shiftMonth(key: string, months: number): string {
  const { year, month } = splitMonth(key);
  const index = year * 12 + month - 1 + months;
  return monthKey(Math.floor(index / 12), (index % 12) + 1);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The 12 month keys of a calendar year. */
export function yearMonths(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => monthKey(year, i + 1));
}

/**
 * The trailing twelve months ending with the month of `today`, and the calendar years to request for them
 * (two, except in December).
 */
export function trailingMonths(today: IsoDate): { months: string[]; years: number[] } {
  const last = today.slice(0, 7);
  const months = Array.from({ length: 12 }, (_, i) => shiftMonth(last, i - 11));
  const years = [...new Set(months.map((m) => splitMonth(m).year))];
  return { months, years };
}

function amounts(source: Partial<UsageAmounts> | undefined): Pick<UsagePoint, SeriesKey> {
  return {
    consumption: source?.consumption ?? null,
    generation: source?.generation ?? null,
    vehicle_charging: source?.vehicle_charging ?? null,
  };
}

const NONE = amounts(undefined);

function hasData(values: Pick<UsagePoint, SeriesKey>): boolean {
  return SERIES_KEYS.some((key) => values[key] !== null);
}

/** The series worth drawing: consumption always, the others when some point has a non-zero value. */
export function presentSeries(points: readonly UsagePoint[]): SeriesKey[] {
  return SERIES_KEYS.filter((key) => key === 'consumption' || points.some((p) => (p[key] ?? 0) !== 0));
}

function utcDay(date: IsoDate): number {
  return parseIsoDate(date) ?? NaN;
}

/**
 * One point per month key in `months`, filled from any number of monthly responses (the trailing view stitches
 * two calendar years). A month in no response is `missing` when it has begun and `future` when it has not.
 *
 * Partial months: the current one; the first or last month of service when service covers only part of it; and,
 * within `USAGE_LAG_DAYS` of a month's end while the new month has no data yet, the month just ended (its last
 * days may still be on their way; data arrives one day at a time, so once the new month has some, it is whole).
 */
export function monthlySet(
  responses: readonly MonthlyUsage[],
  months: readonly string[],
  today: IsoDate,
  coverage: Coverage = {},
): UsageSet {
  const byMonth = new Map<string, UsageAmounts>();
  let units = '';
  for (const response of responses) {
    units ||= response.units;
    for (const row of response.months) {
      // `YYYY-MM` from the normalizer; a month name or number (with the response's year) is read here too.
      const key = monthKeyOf(row.month, response.year);
      if (key) byMonth.set(key, row);
    }
  }
  const current = today.slice(0, 7);
  const currentHasData = byMonth.has(current) && hasData(amounts(byMonth.get(current)));
  const lagging = !currentHasData && Number(today.slice(8, 10)) <= USAGE_LAG_DAYS ? shiftMonth(current, -1) : null;
  const startMonth = coverage.serviceStart?.slice(0, 7);
  const endMonth = coverage.serviceEnd?.slice(0, 7);
  const points = months.map((key): UsagePoint => {
    const { year, month } = splitMonth(key);
    const start = Date.UTC(year, month - 1, 1);
    const end = Date.UTC(year, month, 1);
    const values = byMonth.has(key) ? amounts(byMonth.get(key)) : NONE;
    let status: PointStatus;
    const edge =
      key === endMonth && coverage.serviceEnd! < addDays(`${shiftMonth(key, 1)}-01`, -1)
        ? 'end'
        : key === startMonth && !coverage.serviceStart!.endsWith('-01')
          ? 'start'
          : undefined;
    if (!hasData(values)) status = key > current ? 'future' : 'missing';
    else if (edge) return { key, date: `${key}-01`, start, end, status: 'partial', edge, ...values };
    else if (key === current || key === lagging) status = 'partial';
    else status = 'complete';
    return { key, date: `${key}-01`, start, end, status, ...values };
  });
  return { granularity: 'month', units: units || 'kWh', points, series: presentSeries(points) };
}

/**
 * Every day of the response's month: days with data, then `missing` for days that have begun without data
 * (usage lags a day or two) and `future` for the rest. A day is partial only when it is today.
 */
export function dailySet(response: DailyUsage, today: IsoDate): UsageSet {
  const byDay = new Map(response.days.map((d) => [d.date.slice(0, 10), d]));
  const count = daysInMonth(response.year, response.month);
  const points = Array.from({ length: count }, (_, i): UsagePoint => {
    const date = `${monthKey(response.year, response.month)}-${pad(i + 1)}`;
    const values = amounts(byDay.get(date));
    const status: PointStatus = !hasData(values)
      ? date > today
        ? 'future'
        : 'missing'
      : date === today
        ? 'partial'
        : 'complete';
    const start = utcDay(date);
    return { key: date, date, start, end: start + DAY_MS, status, ...values };
  });
  return { granularity: 'day', units: response.units || 'kWh', points, series: presentSeries(points) };
}

export interface DayGroup {
  date: IsoDate;
  /** Index of the day's first point and one past its last, in the set's points. */
  from: number;
  to: number;
}

/**
 * The days of an interval set, in order, with the range of points each holds (found once per set: every drawing,
 * day view and key press of a month asks again).
 */
export const intervalDays = oncePer((set: UsageSet): readonly DayGroup[] => {
  const days: DayGroup[] = [];
  set.points.forEach((point, i) => {
    const last = days[days.length - 1];
    if (last && last.date === point.date) last.to = i + 1;
    else days.push({ date: point.date, from: i, to: i + 1 });
  });
  return days;
});

export interface Summary {
  /** Sum over points with data. */
  total: number;
  /** Points with data. */
  count: number;
  /** `total / count`, 0 without data. */
  average: number;
  /** The point with the highest value, if any has data. */
  peak: UsagePoint | null;
}

export function summarize(points: readonly UsagePoint[], key: SeriesKey): Summary {
  let total = 0;
  let count = 0;
  let peak: UsagePoint | null = null;
  for (const p of points) {
    const value = p[key];
    if (value === null) continue;
    total += value;
    count++;
    if (!peak || value > (peak[key] ?? -Infinity)) peak = p;
  }
  return { total, count, average: count ? total / count : 0, peak };
}

/** Whether any point holds data. */
export function hasAnyData(set: UsageSet): boolean {
  return set.points.some((p) => p.status === 'complete' || p.status === 'partial');
}

/**
 * A `next` / `previous` link (`year=2025`, `month=3&year=2026`, or a full URL with that query) as numbers;
 * `null` for an absent or unreadable one.
 */
export function parseNavQuery(link: string | null | undefined): { year: number; month?: number } | null {
  if (!link) return null;
  const query = link.includes('?') ? link.slice(link.indexOf('?') + 1) : link;
  const params = new URLSearchParams(query);
  const year = Number(params.get('year'));
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  const monthText = params.get('month');
  if (monthText === null) return { year };
  const month = Number(monthText);
  return Number.isInteger(month) && month >= 1 && month <= 12 ? { year, month } : null;
}
