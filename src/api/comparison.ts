/**
 * Plan comparison from an uploaded bill: the comparison-invoice endpoints and their normalizers. A module of its
 * own so that only the element that compares bills loads them (the script-tag build shares `endpoints.ts`
 * between every element).
 *
 * @module
 */
import type { LightClient } from './http.js';
import { PATHS, type Opts } from './endpoints.js';
import { list, num, record, text, textOr } from './parse.js';
import type { AnnualCompare, CompareQuery, ComparisonInvoice, SimpleCompare } from './types.js';

// Normalizers ------------------------------------------------------------------------------------------------

export function toComparisonInvoice(raw: unknown): ComparisonInvoice {
  const json = record(raw);
  return {
    uuid: textOr(json.uuid),
    status: textOr(json.status, 'pending'),
    utility_account_number: text(json.utility_account_number),
    processed_at: text(json.processed_at),
    processing_error: text(json.processing_error),
  };
}

export function toSimpleCompare(raw: unknown): SimpleCompare {
  const json = record(raw);
  const parsed = json.parsed_invoice_data ? record(json.parsed_invoice_data) : null;
  const plan = json.plan_comparison ? record(json.plan_comparison) : null;
  return {
    processing_error: text(json.processing_error),
    parsed_invoice_data: parsed && {
      contract_end_date: text(parsed.contract_end_date),
      invoice_date: text(parsed.invoice_date),
      provider_display_name: text(parsed.provider_display_name),
      total_dollars: num(parsed.total_dollars),
      total_kwh: num(parsed.total_kwh),
    },
    plan_comparison: plan && {
      group_uuid: textOr(plan.group_uuid),
      name: textOr(plan.name),
      total_dollars: num(plan.total_dollars),
      usage_profile_uuid: text(plan.usage_profile_uuid),
    },
  };
}

/** A month number 1-12 (from a number or a numeric string), else `null`. */
function calendarMonth(value: unknown): number | null {
  const n = num(value);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 12 ? n : null;
}

export function toAnnualCompare(raw: unknown): AnnualCompare {
  const json = record(raw);
  const totals = json.annual_totals ? record(json.annual_totals) : null;
  return {
    ...toSimpleCompare(json),
    months: list(json.months).map((m) => {
      const month = record(m);
      return {
        month: calendarMonth(month.month),
        import_kwh: num(month.import_kwh),
        current_plan_dollars: num(month.current_plan_dollars),
        offered_plan_dollars: num(month.offered_plan_dollars),
      };
    }),
    annual_totals: totals && {
      annual_import_kwh: num(totals.annual_import_kwh),
      annual_current_plan_dollars: num(totals.annual_current_plan_dollars),
      annual_offered_plan_dollars: num(totals.annual_offered_plan_dollars),
    },
  };
}

// Endpoints --------------------------------------------------------------------------------------------

export async function uploadComparisonInvoice(
  client: LightClient,
  file: Blob,
  opts: Opts = {},
): Promise<ComparisonInvoice> {
  const body = new FormData();
  body.set('file', file);
  return toComparisonInvoice(await client.request('POST', PATHS.comparisonInvoice, { ...opts, body }));
}

export async function getComparisonInvoice(client: LightClient, opts: Opts = {}): Promise<ComparisonInvoice> {
  return toComparisonInvoice(await client.request('GET', PATHS.comparisonInvoice, opts));
}

export async function getSimpleCompare(
  client: LightClient,
  query: CompareQuery,
  opts: Opts = {},
): Promise<SimpleCompare> {
  return toSimpleCompare(await client.request('GET', PATHS.simpleCompare, { ...opts, query: { ...query } }));
}

export async function getAnnualCompare(
  client: LightClient,
  query: CompareQuery,
  opts: Opts = {},
): Promise<AnnualCompare> {
  return toAnnualCompare(await client.request('GET', PATHS.annualCompare, { ...opts, query: { ...query } }));
}
