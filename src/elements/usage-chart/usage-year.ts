/**
 * The `year-intervals` view: a calendar year of 15-minute data (35,040 intervals), for comparing seasons. The API
 * serves intervals one month per request, so a year is up to twelve of them, made at once (the client paces them
 * under the API's rate limit) and each cached like any month's. Months that fail are named on the chart and
 * retried on their own; the others stay drawn. Drawn with min/max decimation, one column per device pixel, so every
 * peak survives at no more than two points per column. Loaded with the view, never before.
 */
import { isAbortError } from '../../api/errors.js';
import type { IntervalUsage } from '../../api/types.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { dateTimeFormat } from '../../core/chart/chart-frame.js';
import { linearScale } from '../../core/chart/chart-scale.js';
import { columnPaths } from './decimate.js';
import { valueFrame, type Geometry } from './usage-geometry.js';
import type { Anchor, ChartData, DrawOptions, UsageRequest, UsageSource } from './usage-period.js';
import { intervalSetOf } from './usage-intervals.js';
import { monthKey, parseNavQuery, presentSeries, type UsagePoint, type UsageSet } from './usage-series.js';

/** The months of `year` worth asking for: begun by `today`, and not wholly before service started. */
export function yearMonthsToLoad(year: number, today: string, serviceStart?: string | null): number[] {
  const months: number[] = [];
  for (let month = 1; month <= 12; month++) {
    const key = monthKey(year, month);
    if (key > today.slice(0, 7)) break;
    if (serviceStart && key < serviceStart.slice(0, 7)) continue;
    months.push(month);
  }
  return months;
}

const merged = new WeakMap<IntervalUsage, { responses: readonly IntervalUsage[]; set: UsageSet }>();

/**
 * The months of a year's responses as one set, in time order. The same responses (cached ones, when the customer
 * comes back to the year) give the same set, so nothing is parsed or drawn again.
 */
export function mergeMonths(responses: readonly IntervalUsage[]): UsageSet {
  const last = responses.length ? merged.get(responses[0]) : undefined;
  if (last && last.responses.length === responses.length && last.responses.every((r, i) => r === responses[i])) {
    return last.set;
  }
  const sets = responses.map(intervalSetOf);
  const points: UsagePoint[] = [];
  for (const set of sets) for (const p of set.points) points.push(p);
  if (points.some((p, i) => i > 0 && p.start < points[i - 1].start)) points.sort((a, b) => a.start - b.start);
  const set: UsageSet = {
    granularity: 'interval',
    units: sets[0]?.units || 'kWh',
    points,
    series: presentSeries(points),
  };
  if (responses.length) merged.set(responses[0], { responses, set });
  return set;
}

/** Loads a year of intervals: every month at once; the ones that fail are listed in `failed`. */
export async function loadYearIntervals(source: UsageSource, request: UsageRequest): Promise<ChartData> {
  const year = request.year ?? Number(request.today.slice(0, 4));
  const months = yearMonthsToLoad(year, request.today, request.coverage.serviceStart);
  let arrived = 0;
  // One month is one request: nothing to count.
  const progress = () => months.length > 1 && request.onProgress?.(arrived, months.length);
  progress();
  const settled = await Promise.allSettled(
    months.map((month) =>
      source.intervals(year, month).finally(() => {
        arrived++;
        progress();
      }),
    ),
  );
  const loaded: IntervalUsage[] = [];
  const failed: Anchor[] = [];
  let firstError: unknown;
  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') loaded.push(result.value);
    else {
      failed.push({ year, month: months[i] });
      firstError ??= result.reason;
      if (isAbortError(result.reason)) throw result.reason;
    }
  });
  // Nothing arrived: the error itself, with its retry, rather than an empty year.
  if (months.length && !loaded.length) throw firstError;
  const set = mergeMonths(loaded);
  const january = loaded.find((r) => r.month === 1);
  const last = loaded.find((r) => r.month === months[months.length - 1]);
  // January's own link says whether the year before has data; without it, the location's start does.
  const started = request.coverage.serviceStart;
  const before = !started || started < `${year}-01-01` ? { year: year - 1 } : null;
  const previous = january ? parseNavQuery(january.previous) : before;
  const next = last ? parseNavQuery(last.next) : null;
  return {
    view: 'year-intervals',
    set,
    anchor: { year },
    previous: previous && previous.year < year ? { year: previous.year } : null,
    next: next && next.year > year ? { year: next.year } : null,
    domain: yearDomain(set, year),
    failed,
    draw: yearGeometry,
  };
}

/** The x axis of a year: from its first local midnight to the next year's, at the data's own offsets. */
export function yearDomain(set: UsageSet, year: number): [number, number] {
  const first = set.points[0]?.offsetMinutes ?? 0;
  const last = set.points[set.points.length - 1]?.offsetMinutes ?? first;
  return [Date.UTC(year, 0, 1) - first * 60_000, Date.UTC(year + 1, 0, 1) - last * 60_000];
}

/**
 * The drawing of a year of intervals `width` pixels wide: each series decimated to its min and max per device
 * pixel column (consumption as a filled area, export as a line), month labels under the plot.
 */
export function yearGeometry(
  set: UsageSet,
  width: number,
  locale: SupportedLocale,
  options: Pick<DrawOptions, 'domain' | 'pixelRatio'>,
): Geometry {
  const points = set.points;
  const frame = valueFrame(set, width, locale);
  const { left, right, y, y0 } = frame;
  const [start, end] = options.domain ?? [points[0]?.start ?? 0, points[points.length - 1]?.end ?? 1];
  const x = linearScale([start, end], [left, right]);
  const centers = new Float64Array(points.length);
  const columns = Math.ceil((right - left) * (options.pixelRatio ?? 1));
  const drawing = { points, keys: set.series, x, y, baseline: y0, centers };
  const series = columnPaths(drawing, [left, right], columns);
  const format = dateTimeFormat(locale, { month: 'short' });
  const year = new Date(start + 43_200_000).getUTCFullYear();
  const every = right - left < 360 ? 3 : right - left < 600 ? 2 : 1;
  const xLabels: Geometry['xLabels'] = [];
  for (let month = 0; month < 12; month += every) {
    const at = Date.UTC(year, month, 1);
    xLabels.push({ x: x(at), text: format.format(at), muted: false });
  }
  return { ...frame, kind: 'time', band: null, centers, series, partial: '', missing: '', xLabels };
}
