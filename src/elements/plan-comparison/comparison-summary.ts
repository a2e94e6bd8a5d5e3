/**
 * The numbers the customer reads: what the bill cost against the partner's plan at the same kWh, and the year's
 * totals and savings. `null` wherever the API left a number out, so nothing is shown as a made-up zero.
 */
import type { AnnualCompare, SimpleCompare } from '../../api/types.js';
import { toCsv, csvNumber, type CsvValue } from '../../core/chart/csv.js';

export interface Difference {
  /** `save` when the plan costs less, `more` when it costs more, `same` within a cent. */
  kind: 'save' | 'more' | 'same';
  /** The absolute difference in dollars. */
  dollars: number;
}

/** How `offered` compares with `current`; `null` when either is unknown. */
export function difference(current: number | null | undefined, offered: number | null | undefined): Difference | null {
  if (typeof current !== 'number' || typeof offered !== 'number') return null;
  const delta = Math.round((current - offered) * 100) / 100;
  if (Math.abs(delta) < 0.01) return { kind: 'same', dollars: 0 };
  return { kind: delta > 0 ? 'save' : 'more', dollars: Math.abs(delta) };
}

/** The bill against the plan, from a simple compare. */
export function billDifference(simple: SimpleCompare): Difference | null {
  return difference(simple.parsed_invoice_data?.total_dollars, simple.plan_comparison?.total_dollars);
}

/** The year's totals against each other, from an annual compare. */
export function annualDifference(annual: AnnualCompare): Difference | null {
  const totals = annual.annual_totals;
  return difference(totals?.annual_current_plan_dollars, totals?.annual_offered_plan_dollars);
}

/** The month (1-12) of the bill's date, the month the two comparisons price differently. */
export function billMonth(simple: SimpleCompare): number | null {
  const month = Number(simple.parsed_invoice_data?.invoice_date?.slice(5, 7));
  return Number.isInteger(month) && month >= 1 && month <= 12 ? month : null;
}

export interface AnnualCsvLabels {
  month: string;
  kwh: string;
  current: string;
  offered: string;
  total: string;
  monthName: (month: number) => string;
}

/** The annual comparison as CSV: a header, the twelve months, then the year's totals. */
export function annualCsv(annual: AnnualCompare, months: AnnualCompare['months'], labels: AnnualCsvLabels): string {
  const rows: CsvValue[][] = [[labels.month, labels.kwh, labels.current, labels.offered]];
  for (const m of months) {
    rows.push([
      m.month === null ? '' : labels.monthName(m.month),
      csvNumber(m.import_kwh),
      csvNumber(m.current_plan_dollars),
      csvNumber(m.offered_plan_dollars),
    ]);
  }
  const totals = annual.annual_totals;
  rows.push([
    labels.total,
    csvNumber(totals?.annual_import_kwh ?? null),
    csvNumber(totals?.annual_current_plan_dollars ?? null),
    csvNumber(totals?.annual_offered_plan_dollars ?? null),
  ]);
  return toCsv(rows);
}
