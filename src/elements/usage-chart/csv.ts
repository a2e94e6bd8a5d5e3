/**
 * CSV of the usage on screen (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma,
 * quote or line break, quotes doubled). Text fields that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
 * tab, carriage return first) get a leading apostrophe, so API strings cannot smuggle a formula into Excel.
 */
import type { SeriesKey, UsagePoint, UsageSet } from './usage-series.js';

export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, escaped. Numbers are written plainly; `null`/`undefined` as an empty field. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, CRLF after every row. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** A kWh value without float noise (0.30000000000000004 → 0.3), keeping the API's own precision. */
export function csvNumber(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : Number(value.toFixed(6));
}

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
