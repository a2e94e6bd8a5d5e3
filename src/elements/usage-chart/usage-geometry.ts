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
import { nearestIndex, rectsPath, thinLabels, type Band, type Rect } from '../../core/chart/chart-scale.js';
import { PLOT_HEIGHT } from './light-usage-chart.styles.js';
import { oncePer, type SeriesKey, type UsagePoint, type UsageSet } from './usage-series.js';

export { dateTimeFormat, MARGIN, tickDecimals } from '../../core/chart/chart-frame.js';

export interface Geometry extends ChartFrame {
  kind: 'bars' | 'time';
  band: Band | null;
  /** x of each point's middle, for hover and the cursor. */
  centers: Float64Array;
  /**
   * Each series as path data, and how many points it holds; `decimated` when drawn as each pixel column's lowest
   * and highest value (several points a column), which is drawn with cheaper joins.
   */
  series: Array<{ key: SeriesKey; d: string; count: number; decimated?: boolean }>;
  partial: string;
  missing: string;
  xLabels: AxisLabel[];
}

/** What a time view's series are drawn from: its points and series, the scales, and the area's baseline. */
export interface SeriesDrawing {
  points: readonly UsagePoint[];
  keys: readonly SeriesKey[];
  x: (value: number) => number;
  y: (value: number) => number;
  baseline: number;
  /** Filled with each point's middle, for the pointer and the keyboard. */
  centers: Float64Array;
}

/** A wall-clock time as the meter reported it (never shifted into the viewer's time zone). */
export function wallTime(time: string, locale: SupportedLocale, withMinutes = true): string {
  const instant = Date.UTC(2000, 0, 1, Number(time.slice(0, 2)), Number(time.slice(3, 5)));
  return dateTimeFormat(locale, withMinutes ? { hour: 'numeric', minute: '2-digit' } : { hour: 'numeric' }).format(
    instant,
  );
}

/** The value frame of `set` (the series shown) `width` pixels wide: its axis covers every value, and zero. */
export function valueFrame(set: UsageSet, width: number, locale: SupportedLocale): ChartFrame {
  const [lo, hi] = valueRange(set);
  return chartFrame(lo, hi, width, PLOT_HEIGHT, set.units, locale);
}

/** The lowest and highest value of the series shown, and zero; read once per set (it is drawn at every width). */
const valueRange = oncePer((set: UsageSet): readonly [number, number] => {
  let lo = 0;
  let hi = 0;
  for (const p of set.points) {
    for (const key of set.series) {
      const v = p[key];
      if (v === null || !Number.isFinite(v)) continue;
      if (v > hi) hi = v;
      if (v < lo) lo = v;
    }
  }
  return [lo, hi];
});

/**
 * The drawing of `set` (months or days, the series shown) as bars, `width` pixels wide. Time views (intervals)
 * are drawn by `usage-intervals.ts` and `usage-year.ts`, loaded with those views.
 */
export function computeGeometry(set: UsageSet, width: number, locale: SupportedLocale): Geometry {
  const points = set.points;
  const frame = valueFrame(set, width, locale);
  const { right, left, y0 } = frame;
  const centers = new Float64Array(points.length);
  const xLabels: Geometry['xLabels'] = [];
  const series: Geometry['series'] = [];
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
