/**
 * CSV of the usage on screen, written with the charts' shared CSV rules (`core/chart/csv.ts`). Loaded when the
 * customer first downloads, never with the chart.
 */
import { csvNumber, downloadCsv, toCsv, type CsvValue } from '../../core/chart/csv.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { usageChartMsg as msg } from './light-usage-chart.messages.js';
import type { SeriesKey, UsagePoint, UsageSet } from './usage-series.js';
import { seriesName } from './usage-text.js';

export { csvField, csvNumber, toCsv, type CsvValue } from '../../core/chart/csv.js';

export interface UsageCsvLabels {
  /** Heading of the first column: Month, Date or Interval start. */
  period: string;
  /** Heading of each series' column, units included. */
  series: Record<SeriesKey, string>;
  /** Heading of the notes column. */
  note: string;
  /** Notes for partial and missing periods. */
  partial: string;
  missing: string;
}

/**
 * The rows of a usage set: a header, then one row per point that has begun (future periods hold nothing, so
 * they are left out). Interval rows keep the start with its UTC offset, so both 1 a.m. hours of the fall-back
 * day stay distinct. Missing periods have empty values (never zero) and a note.
 */
export function usageCsv(set: UsageSet, labels: UsageCsvLabels): string {
  const header: CsvValue[] = [labels.period, ...set.series.map((key) => labels.series[key]), labels.note];
  const rows: CsvValue[][] = [header];
  for (const point of set.points) {
    if (point.status === 'future') continue;
    rows.push([point.key, ...set.series.map((key) => csvNumber(point[key])), note(point, labels)]);
  }
  return toCsv(rows);
}

function note(point: UsagePoint, labels: UsageCsvLabels): string {
  if (point.status === 'partial') return labels.partial;
  if (point.status === 'missing') return labels.missing;
  return '';
}

/** A file name for the shown data, e.g. `usage-2026-03.csv`, `usage-2025-12_2026-11.csv`. */
export function csvFileName(set: UsageSet): string {
  const shown = set.points.filter((p) => p.status !== 'future');
  if (shown.length === 0) return 'usage.csv';
  const size = set.granularity === 'month' ? 7 : 10;
  const first = shown[0].date.slice(0, size);
  const last = shown[shown.length - 1].date.slice(0, size);
  return first === last ? `usage-${first}.csv` : `usage-${first}_${last}.csv`;
}

/** The column headings of the CSV download. */
export function csvLabels(set: UsageSet, locale: SupportedLocale): UsageCsvLabels {
  const series = (key: SeriesKey) => msg(locale, 'withUnits', { series: seriesName(key, locale), units: set.units });
  return {
    period: msg(
      locale,
      set.granularity === 'month' ? 'colMonth' : set.granularity === 'day' ? 'colDate' : 'colIntervalStart',
    ),
    series: {
      consumption: series('consumption'),
      generation: series('generation'),
      vehicle_charging: series('vehicle_charging'),
    },
    note: msg(locale, 'colNote'),
    partial: msg(locale, 'partialShort'),
    missing: msg(locale, 'noData'),
  };
}

/** Saves the set as shown as a CSV file, through a hidden link in `root`. */
export function downloadUsage(root: Node, set: UsageSet, locale: SupportedLocale): void {
  downloadCsv(root, usageCsv(set, csvLabels(set, locale)), csvFileName(set));
}
