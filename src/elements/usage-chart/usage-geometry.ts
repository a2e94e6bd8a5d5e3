/**
 * The chart's drawing as numbers and SVG path data: scales, bars or steps, axis labels and each point's middle.
 * No DOM: the element measures its width and renders what this returns.
 */
import type { SupportedLocale } from '../../core/i18n.js';
import {
  chartFrame,
  dateTimeFormat,
  frameBands,
  groupedBar,
  type AxisLabel,
  type ChartFrame,
} from '../../core/chart/chart-frame.js';
import {
  linearScale,
  nearestIndex,
  rectsPath,
  round,
  thinLabels,
  type Band,
  type Rect,
} from '../../core/chart/chart-scale.js';
import { PLOT_HEIGHT } from './light-usage-chart.styles.js';
import { dayTicks, hourTicks, type SeriesKey, type UsagePoint, type UsageSet } from './usage-series.js';

export { dateTimeFormat, MARGIN, tickDecimals } from '../../core/chart/chart-frame.js';

export interface Geometry extends ChartFrame {
  kind: 'bars' | 'time';
  band: Band | null;
  /** x of each point's middle, for hover and the cursor. */
  centers: Float64Array;
  series: Array<{ key: SeriesKey; d: string; count: number }>;
  partial: string;
  missing: string;
  xLabels: AxisLabel[];
}

/** A wall-clock time as the meter reported it (never shifted into the viewer's time zone). */
export function wallTime(time: string, locale: SupportedLocale, withMinutes = true): string {
  const instant = Date.UTC(2000, 0, 1, Number(time.slice(0, 2)), Number(time.slice(3, 5)));
  return dateTimeFormat(locale, withMinutes ? { hour: 'numeric', minute: '2-digit' } : { hour: 'numeric' }).format(
    instant,
  );
}

/**
 * The drawing of `set` (the series shown) `width` pixels wide. `dayView` picks hour labels over day labels on a
 * time axis; `domain` is that axis's span, epoch ms.
 */
export function computeGeometry(
  set: UsageSet,
  width: number,
  locale: SupportedLocale,
  options: { dayView: boolean; domain: [number, number] | null },
): Geometry {
  const points = set.points;
  let lo = 0;
  let hi = 0;
  for (const p of points) {
    for (const key of set.series) {
      const v = p[key];
      if (v === null) continue;
      if (v > hi) hi = v;
      if (v < lo) lo = v;
    }
  }
  const frame = chartFrame(lo, hi, width, PLOT_HEIGHT, set.units, locale);
  const { left, right, y, y0 } = frame;
  const centers = new Float64Array(points.length);
  const xLabels: Geometry['xLabels'] = [];
  const series: Geometry['series'] = [];

  if (set.granularity !== 'interval') {
    const band = frameBands(frame, points.length);
    const partial: Rect[] = [];
    const missing: Rect[] = [];
    const rects = new Map<SeriesKey, Rect[]>(set.series.map((key) => [key, []]));
    points.forEach((p, i) => {
      centers[i] = band.center(i);
      if (p.status === 'missing') {
        missing.push({ x: band.start(i), y: y0 - 10, width: band.width, height: 10 });
        return;
      }
      set.series.forEach((key, j) => {
        const v = p[key];
        if (v === null) return;
        const rect = groupedBar(frame, band, i, j, set.series.length, v);
        rects.get(key)!.push(rect);
        if (p.status === 'partial') partial.push(rect);
      });
    });
    for (const key of set.series) series.push({ key, d: rectsPath(rects.get(key)!), count: rects.get(key)!.length });
    const labelFormat =
      set.granularity === 'month'
        ? dateTimeFormat(locale, { month: 'short' })
        : dateTimeFormat(locale, { day: 'numeric' });
    for (const i of thinLabels(points.length, right - left, set.granularity === 'month' ? 36 : 26)) {
      xLabels.push({
        x: band.center(i),
        text: labelFormat.format(points[i].start),
        muted: points[i].status === 'future',
      });
    }
    return {
      ...frame,
      kind: 'bars',
      band,
      centers,
      series,
      partial: rectsPath(partial),
      missing: rectsPath(missing),
      xLabels,
    };
  }

  const [start, end] = options.domain ?? [0, 1];
  const x = linearScale([start, end], [left, right]);
  series.push(...stepPaths(points, set.series, x, y, y0, centers));
  const plotWidth = right - left;
  if (options.dayView) {
    const every = plotWidth < 300 ? 6 : plotWidth < 560 ? 3 : 2;
    for (const tick of hourTicks(points, every)) {
      xLabels.push({
        x: x(tick.at),
        text: wallTime(`${String(tick.hour).padStart(2, '0')}:00`, locale, false),
        muted: false,
      });
    }
  } else {
    let days = 0;
    for (let i = 0; i < points.length; i++) if (i === 0 || points[i].date !== points[i - 1].date) days++;
    days ||= 1;
    const every = Math.max(1, Math.ceil((days * 26) / plotWidth));
    for (const tick of dayTicks(points, every)) {
      xLabels.push({ x: x(tick.at), text: String(Number(tick.date.slice(8, 10))), muted: false });
    }
  }
  return {
    ...frame,
    kind: 'time',
    band: null,
    centers,
    series,
    partial: '',
    missing: '',
    xLabels,
  };
}

/**
 * Every series of a time view as one path each, built in one pass over the points with no object per point:
 * consumption as a filled step area (closed down to `baseline`), the others as step lines. A `null` value breaks
 * the path, so a gap shows as a gap. Writes each point's middle into `centers`. The same drawing as
 * `stepAreaPath` / `stepLinePath` of `core/chart/chart-scale.ts`, without their list of steps.
 */
export function stepPaths(
  points: readonly UsagePoint[],
  keys: readonly SeriesKey[],
  x: (value: number) => number,
  y: (value: number) => number,
  baseline: number,
  centers: Float64Array,
): Geometry['series'] {
  const base = round(baseline);
  const paths = keys.map((key) => ({ key, area: key === 'consumption', d: '', count: 0, runStart: NaN, lastX: NaN }));
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    const x0 = x(p.start);
    const x1 = x(p.end);
    centers[i] = (x0 + x1) / 2;
    const r0 = round(x0);
    const r1 = round(x1);
    for (const path of paths) {
      const value = p[path.key];
      if (value === null) {
        if (path.area && path.runStart === path.runStart) path.d += `V${base}H${path.runStart}Z`;
        path.runStart = NaN;
        continue;
      }
      const py = round(y(value));
      if (path.runStart !== path.runStart || r0 !== path.lastX) {
        if (path.area && path.runStart === path.runStart) path.d += `V${base}H${path.runStart}Z`;
        path.runStart = r0;
        path.d += path.area ? `M${r0} ${base}V${py}` : `M${r0} ${py}`;
      } else path.d += `V${py}`;
      path.lastX = r1;
      path.d += `H${r1}`;
      path.count++;
    }
  }
  return paths.map((path) => ({
    key: path.key,
    d: path.area && path.runStart === path.runStart ? `${path.d}V${base}H${path.runStart}Z` : path.d,
    count: path.count,
  }));
}

/**
 * The point under `x` (pixels from the drawing's left edge), or `null` off the plot or on a future point.
 */
export function indexAtX(geometry: Geometry, set: UsageSet, x: number): number | null {
  if (x < geometry.left - 4 || x > geometry.right + 4) return null;
  let index: number;
  if (geometry.band) index = Math.floor((x - geometry.left) / geometry.band.step);
  else index = nearestIndex(geometry.centers, x);
  index = Math.max(0, Math.min(set.points.length - 1, index));
  return set.points[index]?.status === 'future' ? null : index;
}
