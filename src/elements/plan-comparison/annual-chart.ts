/**
 * The annual comparison as a drawing: twelve months of current-plan and offered-plan dollars as paired bars,
 * in the same frame, bands and bar shapes as the usage chart (`core/chart`). No DOM.
 */
import type { AnnualCompareMonth } from '../../api/types.js';
import {
  chartFrame,
  dateTimeFormat,
  frameBands,
  groupedBar,
  type AxisLabel,
  type ChartFrame,
} from '../../core/chart/chart-frame.js';
import { rectsPath, thinLabels, type Rect } from '../../core/chart/chart-scale.js';
import type { SupportedLocale } from '../../core/i18n.js';

/** Height of the drawing; the skeleton keeps the same. */
export const ANNUAL_PLOT_HEIGHT = 220;

export interface AnnualGeometry extends ChartFrame {
  /** One SVG path per plan: all of its bars. */
  current: string;
  offered: string;
  labels: AxisLabel[];
}

/** The months in calendar order, one per month number 1-12 (a month the API left out has no values). */
export function calendarMonths(months: readonly AnnualCompareMonth[]): AnnualCompareMonth[] {
  return Array.from(
    { length: 12 },
    (_, i) =>
      months.find((m) => m.month === i + 1) ?? {
        month: i + 1,
        import_kwh: null,
        current_plan_dollars: null,
        offered_plan_dollars: null,
      },
  );
}

/** A month's short name (`Jan`, `ene`). */
export function monthName(month: number, locale: SupportedLocale, style: 'short' | 'long' = 'short'): string {
  return dateTimeFormat(locale, { month: style }).format(Date.UTC(2000, month - 1, 1));
}

/** The drawing of `months` (calendar order) `width` pixels wide. */
export function annualGeometry(
  months: readonly AnnualCompareMonth[],
  width: number,
  locale: SupportedLocale,
): AnnualGeometry {
  let hi = 0;
  let lo = 0;
  for (const m of months) {
    for (const v of [m.current_plan_dollars, m.offered_plan_dollars]) {
      if (v === null) continue;
      hi = Math.max(hi, v);
      lo = Math.min(lo, v);
    }
  }
  const frame = chartFrame(lo, hi, width, ANNUAL_PLOT_HEIGHT, '$', locale);
  const band = frameBands(frame, months.length);
  const current: Rect[] = [];
  const offered: Rect[] = [];
  months.forEach((m, i) => {
    if (m.current_plan_dollars !== null) current.push(groupedBar(frame, band, i, 0, 2, m.current_plan_dollars));
    if (m.offered_plan_dollars !== null) offered.push(groupedBar(frame, band, i, 1, 2, m.offered_plan_dollars));
  });
  const labels = thinLabels(months.length, frame.right - frame.left, 30).map((i) => ({
    x: band.center(i),
    text: monthName(months[i].month ?? i + 1, locale),
    muted: false,
  }));
  return { ...frame, current: rectsPath(current), offered: rectsPath(offered), labels };
}
