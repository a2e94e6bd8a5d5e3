/**
 * Which period a view shows and where prev/next lead, as functions over plain data: the requests to make for a
 * view and anchor, the fall back to the previous month early in a month, the nearest day with data.
 */
import type { DailyUsage, IntervalUsage, IsoDate, MonthlyUsage } from '../../api/types.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { firstRequests, type UsageView } from './usage-first.js';
import type { Geometry } from './usage-geometry.js';

import {
  dailySet,
  hasAnyData,
  monthlySet,
  parseNavQuery,
  shiftMonth,
  splitMonth,
  trailingMonths,
  USAGE_LAG_DAYS,
  yearMonths,
  type Coverage,
  type UsageSet,
} from './usage-series.js';

export { chartedLocation, firstRequests, notStarted, resolveView, VIEWS } from './usage-first.js';
export type { UsageCall, UsageView } from './usage-first.js';

/** The views that show a whole year (prev/next step by year; a point opens its month or day). */
export const isYearView = (view: UsageView) => view === 'trailing' || view === 'year' || view === 'year-intervals';

/** A period: a year, a month of it, a day of that. */
export interface Anchor {
  year: number;
  month?: number;
  day?: number;
}

/** What one load produced: the points to draw and where prev/next lead. */
export interface ChartData {
  view: UsageView;
  set: UsageSet;
  anchor: Anchor;
  previous: Anchor | null;
  next: Anchor | null;
  /** Time views: the span of the x axis, epoch ms. */
  domain: [number, number] | null;
  /** Months that could not be loaded (a view made of several month requests shows the rest). */
  failed?: Anchor[];
  /** The view's own drawing, loaded with its code; the shared one (`computeGeometry`) when absent. */
  draw?: (set: UsageSet, width: number, locale: SupportedLocale, options: DrawOptions) => Geometry;
}

/** What a view's drawing depends on besides its set, width and locale. */
export interface DrawOptions {
  dayView: boolean;
  /** The span of the x axis, epoch ms. */
  domain: [number, number] | null;
  /** Device pixels per CSS pixel: thousands of points are thinned to one column per device pixel. */
  pixelRatio?: number;
}

/** Whether a point has arrived (in full or so far). */
const hasData = (point: { status: string } | undefined) => point?.status === 'complete' || point?.status === 'partial';

/** Where the usage comes from: one request per period. */
export interface UsageSource {
  monthly(year: number): Promise<MonthlyUsage>;
  daily(year: number, month: number): Promise<DailyUsage>;
  intervals(year: number, month: number): Promise<IntervalUsage>;
}

/** What to load: a view and the period asked for (unset parts default to today's). */
export interface UsageRequest {
  view: UsageView;
  year?: number;
  month?: number;
  day?: number;
  today: IsoDate;
  coverage: Coverage;
  /**
   * For a view loaded in several requests (a year of intervals, twelve months): told how many have settled of how
   * many, at the start and as each one arrives or fails.
   */
  onProgress?: (settled: number, total: number) => void;
}

type Month = { year: number; month: number };

/** The month of a nav link's anchor; `null` for a year link or none. */
export function monthOf(anchor: { year: number; month?: number } | null): Month | null {
  return anchor?.month ? { year: anchor.year, month: anchor.month } : null;
}

/**
 * The month to show instead when none was asked for and this one has nothing yet (early in a month the latest
 * days are in the month before): the response's previous link; `null` to keep this one.
 */
export function fallbackMonth(
  set: UsageSet,
  previousLink: string | null | undefined,
  yearAsked: boolean,
): Month | null {
  if (yearAsked || hasAnyData(set)) return null;
  return monthOf(parseNavQuery(previousLink));
}

/** Loads what `request` shows from `source`, following the fall back and the API's prev/next links. */
export async function loadUsage(source: UsageSource, request: UsageRequest): Promise<ChartData> {
  const { view, year, month, today, coverage } = request;
  const thisYear = Number(today.slice(0, 4));
  const thisMonth = Number(today.slice(5, 7));

  if (view === 'trailing') {
    // Every year the view may need, asked for at once (`firstRequests`: early in December that includes the year
    // before, for the fall back below), so falling back costs no second round trip. One that is not used is let go.
    const asked = new Map<number, Promise<MonthlyUsage>>();
    for (const { year: y } of firstRequests(request)) {
      const response = source.monthly(y);
      response.catch(() => {});
      asked.set(y, response);
    }
    const trailing = async (end: IsoDate) => {
      const { months, years } = trailingMonths(end);
      const responses = await Promise.all(years.map((y) => asked.get(y) ?? source.monthly(y)));
      return monthlySet(responses, months, today, coverage);
    };
    let set = await trailing(today);
    let anchor: Anchor = { year: thisYear, month: thisMonth };
    // Early in a month (usage lags a day or two) none of it has arrived yet: the twelve months end with the
    // month just ended, rather than with an empty bar in place of the oldest month.
    const early = Number(today.slice(8, 10)) <= USAGE_LAG_DAYS;
    if (early && hasAnyData(set) && !hasData(set.points[set.points.length - 1])) {
      const before = shiftMonth(today.slice(0, 7), -1);
      set = await trailing(`${before}-01`);
      anchor = splitMonth(before);
    }
    return { view, set, anchor, previous: null, next: null, domain: null };
  }

  if (view === 'year') {
    const y = year ?? thisYear;
    const response = await source.monthly(y);
    const set = monthlySet([response], yearMonths(y), today, coverage);
    const previous = parseNavQuery(response.previous);
    const next = parseNavQuery(response.next);
    return {
      view,
      set,
      anchor: { year: y },
      previous: previous && { year: previous.year },
      next: next && { year: next.year },
      domain: null,
    };
  }

  if (view === 'year-intervals') return (await import('./usage-year.js')).loadYearIntervals(source, request);

  let shown: Month = { year: year ?? thisYear, month: month ?? thisMonth };

  if (view === 'month') {
    let response = await source.daily(shown.year, shown.month);
    let set = dailySet(response, today);
    const fallback = fallbackMonth(set, response.previous, year !== undefined);
    if (fallback) {
      shown = fallback;
      response = await source.daily(shown.year, shown.month);
      set = dailySet(response, today);
    }
    return {
      view,
      set,
      anchor: shown,
      previous: monthOf(parseNavQuery(response.previous)),
      next: monthOf(parseNavQuery(response.next)),
      domain: null,
    };
  }

  // The interval views' code comes with their data, in parallel: no round trip of its own.
  const [intervals, response] = await Promise.all([
    import('./usage-intervals.js'),
    source.intervals(shown.year, shown.month),
  ]);
  return intervals.loadIntervals(source, request, shown, response);
}

/** Detail of `light-usage-view-change`: the period the customer moved to. */
export interface UsageViewChangeDetail {
  view: UsageView;
  year: number;
  /** 1–12; absent for the year views. */
  month?: number;
  /** Day of the month, in the day view. */
  day?: number;
}

/** The period a move to `view` at `anchor` lands on (the year defaults to this one). */
export function viewChange(view: UsageView, anchor: Partial<Anchor>, today: IsoDate): UsageViewChangeDetail {
  const detail: UsageViewChangeDetail = { view, year: anchor.year ?? Number(today.slice(0, 4)) };
  if (!isYearView(view) && anchor.month) detail.month = anchor.month;
  if (view === 'day' && anchor.day) detail.day = anchor.day;
  return detail;
}

/** The month to open from a year-long view: the one at `active`, else the latest with data. */
export function focusMonth(data: ChartData, active: number | null, today: IsoDate): Month {
  const points = data.set.points;
  const withData = points.filter((p) => p.status === 'complete' || p.status === 'partial');
  const point = (active !== null ? points[active] : undefined) ?? withData[withData.length - 1];
  if (point) return { year: Number(point.date.slice(0, 4)), month: Number(point.date.slice(5, 7)) };
  return { year: data.anchor.year, month: data.anchor.month ?? Number(today.slice(5, 7)) };
}

/**
 * Where choosing `view` from what is shown leads: the focused (or latest) month of a year-long view, the
 * focused day of a month; `null` when it is the view already shown.
 */
export function viewSelectTarget(
  data: ChartData,
  view: UsageView,
  active: number | null,
  today: IsoDate,
): { view: UsageView; anchor: Partial<Anchor> } | null {
  if (view === data.view) return null;
  const wide = isYearView(data.view);
  const month = wide ? focusMonth(data, active, today) : { year: data.anchor.year, month: data.anchor.month };
  if (view === 'trailing') return { view, anchor: {} };
  if (view === 'year' || view === 'year-intervals')
    return { view, anchor: { year: data.view === 'trailing' ? month.year : data.anchor.year } };
  if (view === 'day') {
    const point = data.view === 'month' && active !== null ? data.set.points[active] : undefined;
    return { view, anchor: { ...month, day: point ? Number(point.date.slice(8, 10)) : data.anchor.day } };
  }
  return { view, anchor: month };
}

/** Whether the point at `index` opens a closer view (a month's days, a day's intervals). */
export function canDrill(data: ChartData, index: number): boolean {
  const point = data.set.points[index];
  return data.view !== 'day' && !!point && (point.status === 'complete' || point.status === 'partial');
}

/** The closer view the point at `index` opens, or `null` when it opens none. */
export function drillTarget(data: ChartData, index: number): { view: UsageView; anchor: Anchor } | null {
  if (!canDrill(data, index)) return null;
  const point = data.set.points[index];
  const year = Number(point.date.slice(0, 4));
  const month = Number(point.date.slice(5, 7));
  if (data.view === 'trailing' || data.view === 'year') return { view: 'month', anchor: { year, month } };
  return { view: 'day', anchor: { year, month, day: Number(point.date.slice(8, 10)) } };
}
