/**
 * The frame every bar chart draws in: a value axis with "nice" ticks, margins sized to its labels, and bars
 * grouped side by side in bands. Pure numbers, no DOM: the usage chart and the plan comparison chart measure
 * their width and render what this returns.
 */
import { formatNumber } from '../format.js';
import { intlLocale, type SupportedLocale } from '../i18n.js';
import {
  bandScale,
  linearScale,
  niceTicks,
  type Band,
  type LinearScale,
  type Rect,
  type Ticks,
} from './chart-scale.js';

export const MARGIN = { top: 22, right: 12, bottom: 28 };

/** A value axis and the plot box it frames. */
export interface ChartFrame {
  width: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  y: LinearScale;
  ticks: Ticks;
  /** y of the zero line (or the nearest edge when zero is off the axis). */
  y0: number;
}

/** A label under the plot. */
export interface AxisLabel {
  x: number;
  text: string;
  muted: boolean;
}

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

/** Decimals the y axis labels need for a tick step. */
export function tickDecimals(ticks: Ticks): number {
  return Math.max(0, -Math.floor(Math.log10(ticks.step)));
}

/**
 * The frame for values from `lo` to `hi`, `width` × `height` pixels: ticks (fewer when narrow), a left margin
 * wide enough for the longest tick label or the `units` label.
 */
export function chartFrame(
  lo: number,
  hi: number,
  width: number,
  height: number,
  units: string,
  locale: SupportedLocale,
): ChartFrame {
  const ticks = niceTicks(Math.min(lo, 0), Math.max(hi, 0), width < 400 ? 4 : 5);
  const decimals = tickDecimals(ticks);
  const longest = Math.max(units.length, ...ticks.values.map((t) => formatNumber(t, locale, decimals).length));
  const left = Math.min(72, 12 + longest * 7.5);
  const right = width - MARGIN.right;
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom;
  const y = linearScale([ticks.min, ticks.max], [bottom, top]);
  const y0 = y(Math.max(ticks.min, Math.min(ticks.max, 0)));
  return { width, left, right, top, bottom, y, ticks, y0 };
}

/** The bands of `count` points across the frame's plot. */
export function frameBands(frame: ChartFrame, count: number): Band {
  return bandScale(count, frame.left, frame.right, 0.25);
}

/**
 * Bar `series` of `seriesCount` in band `index`: the series sit side by side, 1 px apart when there are several.
 * Zero is still a value: a 2 px stub on the baseline.
 */
export function groupedBar(
  frame: ChartFrame,
  band: Band,
  index: number,
  series: number,
  seriesCount: number,
  value: number,
): Rect {
  const sub = band.width / seriesCount;
  const h = Math.max(2, Math.abs(frame.y0 - frame.y(value)));
  return {
    x: band.start(index) + series * sub,
    y: value >= 0 ? frame.y0 - h : frame.y0,
    width: Math.max(1, sub - (seriesCount > 1 ? 1 : 0)),
    height: h,
  };
}
