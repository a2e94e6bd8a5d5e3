/**
 * What a usage chart asks for first, from what it has before any answer: its view, the period it opens at, and the
 * location it charts. Shared by the chart and the script tag's early start (which sends those requests while the
 * chart's code loads), so this file imports no code, only types: it must be here before anything else of the
 * chart.
 */
import type { IsoDate, Location } from '../../api/types.js';

/**
 * How many days usage may lag behind: meter data "often lags by a day or two", so on the first days of a month the
 * month before may not be complete yet.
 */
export const USAGE_LAG_DAYS = 2;

/**
 * - `trailing`: the last 12 months, by month (two calendar years stitched together); the default;
 * - `year`: a calendar year, by month;
 * - `month`: a month, by day;
 * - `intervals`: a month, every 15 minutes;
 * - `day`: a day, every 15 minutes;
 * - `year-intervals`: a calendar year, every 15 minutes (twelve month requests; drawn decimated).
 */
export type UsageView = 'trailing' | 'year' | 'month' | 'intervals' | 'day' | 'year-intervals';

export const VIEWS: readonly UsageView[] = ['trailing', 'year', 'month', 'intervals', 'day', 'year-intervals'];

/** The view asked for, or `trailing` for anything else. */
export function resolveView(view: string | undefined): UsageView {
  return VIEWS.includes(view as UsageView) ? (view as UsageView) : 'trailing';
}

/**
 * The chart's parts loaded on first use that its first drawing may need, each the module `usage-chart/<name>.ts`:
 * the script-tag build lists their files, and the early start asks for those of the view the chart opens at.
 */
export const VIEW_CODE = ['usage-intervals', 'usage-year', 'usage-inspect', 'usage-table'] as const;

export type ViewCode = (typeof VIEW_CODE)[number];

/** One usage request: a calendar year by month (`monthly`), or a month by day or by 15-minute interval. */
export interface UsageCall {
  series: 'monthly' | 'daily' | 'intervals';
  year: number;
  month?: number;
}

/**
 * The requests `loadUsage` (`usage-period.ts`) starts with for a view and period, before any answer is in (an
 * answer may lead to another: the month before, early in a month). None for the year of 15-minute data, whose
 * months depend on when service began. Unset parts of the period are today's.
 */
export function firstRequests({ view, year, month, today }: FirstPeriod): UsageCall[] {
  const thisYear = Number(today.slice(0, 4));
  const thisMonth = Number(today.slice(5, 7));
  const shown = { year: year ?? thisYear, month: month ?? thisMonth };
  switch (view) {
    case 'trailing': {
      // The twelve months ending with this one: last year's too, except in December. Early in December, also the
      // year before, for the twelve months ending with November (the fall back while usage lags).
      const years = thisMonth === 12 ? [thisYear] : [thisYear - 1, thisYear];
      if (thisMonth === 12 && Number(today.slice(8, 10)) <= USAGE_LAG_DAYS) years.push(thisYear - 1);
      return years.map((y) => ({ series: 'monthly', year: y }));
    }
    case 'year':
      return [{ series: 'monthly', year: shown.year }];
    case 'year-intervals':
      return [];
    case 'month':
      return [{ series: 'daily', ...shown }];
    default:
      return [{ series: 'intervals', ...shown }];
  }
}

/** The view and the period a chart opens at (unset parts are today's). */
export interface FirstPeriod {
  view: UsageView;
  year?: number;
  month?: number;
  today: IsoDate;
}

/** Whether a location has not begun service: no usage to show yet. */
export function notStarted(location: Location): boolean {
  return !location.is_service_active && !location.final_service_date && !location.has_usage_history;
}

/** The location a chart shows: the one it was given, else the account's first, once that one has begun service. */
export function chartedLocation(
  given: string | undefined,
  locations: readonly Location[] | undefined,
): string | undefined {
  if (given) return given;
  const first = locations?.[0];
  return first && !notStarted(first) ? first.uuid : undefined;
}
