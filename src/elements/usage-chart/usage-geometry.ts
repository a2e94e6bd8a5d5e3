/**
 * The chart's drawing as numbers and SVG path data: scales, bars or steps, axis labels and each point's middle.
 * No DOM: the element measures its width and renders what this returns.
 */
import { formatNumber } from '../../core/format.js';
import { intlLocale, type SupportedLocale } from '../../core/i18n.js';
import {
  bandScale,
  linearScale,
  nearestIndex,
  niceTicks,
  rectsPath,
  stepAreaPath,
  stepLinePath,
  thinLabels,
  type Band,
  type LinearScale,
  type Rect,
  type Step,
  type Ticks,
} from './chart-scale.js';
import { PLOT_HEIGHT } from './light-usage-chart.styles.js';
import { dayTicks, hourTicks, type SeriesKey, type UsageSet } from './usage-series.js';

export interface Geometry {
  kind: 'bars' | 'time';
  width: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  y: LinearScale;
  ticks: Ticks;
  band: Band | null;
  /** x of each point's middle, for hover and the cursor. */
  centers: Float64Array;
  series: Array<{ key: SeriesKey; d: string; count: number }>;
  partial: string;
  missing: string;
  xLabels: Array<{ x: number; text: string; muted: boolean }>;
}

export const MARGIN = { top: 22, right: 12, bottom: 28 };

// `core/format.ts` has no formatter for a bare month name, day number or hour, so these few are cached here.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A UTC date-time formatter for `locale`, one per set of options. */
export function dateTimeFormat(locale: SupportedLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** A wall-clock time as the meter reported it (never shifted into the viewer's time zone). */
export function wallTime(time: string, locale: SupportedLocale, withMinutes = true): string {
  const instant = Date.UTC(2000, 0, 1, Number(time.slice(0, 2)), Number(time.slice(3, 5)));
  return dateTimeFormat(locale, withMinutes ? { hour: 'numeric', minute: '2-digit' } : { hour: 'numeric' }).format(
    instant,
  );
}

/** Decimals the y axis labels need for a tick step. */
export function tickDecimals(ticks: Ticks): number {
  return Math.max(0, -Math.floor(Math.log10(ticks.step)));
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
  const ticks = niceTicks(lo, hi, width < 400 ? 4 : 5);
  const decimals = tickDecimals(ticks);
  const longest = Math.max(set.units.length, ...ticks.values.map((t) => formatNumber(t, locale, decimals).length));
  const left = Math.min(72, 12 + longest * 7.5);
  const right = width - MARGIN.right;
  const top = MARGIN.top;
  const bottom = PLOT_HEIGHT - MARGIN.bottom;
  const y = linearScale([ticks.min, ticks.max], [bottom, top]);
  const y0 = y(Math.max(ticks.min, Math.min(ticks.max, 0)));
  const centers = new Float64Array(points.length);
  const xLabels: Geometry['xLabels'] = [];
  const series: Geometry['series'] = [];

  if (set.granularity !== 'interval') {
    const band = bandScale(points.length, left, right, 0.25);
    const sub = band.width / set.series.length;
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
        // Zero use is still a value: a thin stub on the baseline, where a missing day has a dashed box.
        const h = Math.max(2, Math.abs(y0 - y(v)));
        const rect = {
          x: band.start(i) + j * sub,
          y: v >= 0 ? y0 - h : y0,
          width: Math.max(1, sub - (set.series.length > 1 ? 1 : 0)),
          height: h,
        };
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
      kind: 'bars',
      width,
      left,
      right,
      top,
      bottom,
      y,
      ticks,
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
  const steps = new Map<SeriesKey, Step[]>(set.series.map((key) => [key, []]));
  points.forEach((p, i) => {
    const x0 = x(p.start);
    const x1 = x(p.end);
    centers[i] = (x0 + x1) / 2;
    for (const key of set.series) steps.get(key)!.push({ x0, x1, value: p[key] });
  });
  for (const key of set.series) {
    const list = steps.get(key)!;
    const d = key === 'consumption' ? stepAreaPath(list, y, y0) : stepLinePath(list, y);
    series.push({ key, d, count: list.filter((s) => s.value !== null).length });
  }
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
    const days = new Set(points.map((p) => p.date)).size || 1;
    const every = Math.max(1, Math.ceil((days * 26) / plotWidth));
    for (const tick of dayTicks(points, every)) {
      xLabels.push({ x: x(tick.at), text: String(Number(tick.date.slice(8, 10))), muted: false });
    }
  }
  return {
    kind: 'time',
    width,
    left,
    right,
    top,
    bottom,
    y,
    ticks,
    band: null,
    centers,
    series,
    partial: '',
    missing: '',
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
