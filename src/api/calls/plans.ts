/**
 * Plans as offered (enrollment and renewal): the answer read into `Plan`, field names read in their likely
 * alternatives where inferred.
 */
import { list, num, pick, record, text, textOr } from '../parse.js';
import type { Plan, PlanCharge } from '../types.js';
function toPlanCharge(raw: unknown): PlanCharge {
  const json = record(raw);
  return {
    name: textOr(pick(json, ['name', 'description', 'label'], text)),
    cents_per_kwh: pick(json, ['cents_per_kwh', 'rate_cents_per_kwh'], num),
    dollars_per_month: pick(json, ['dollars_per_month', 'monthly_dollars'], num),
  };
}

export function toPlan(raw: unknown): Plan {
  const json = record(raw);
  const docs = record(json.documents);
  const avg = record(json.average_prices ?? json.average_price);
  return {
    uuid: textOr(pick(json, ['uuid', 'plan_uuid', 'id'], text)),
    name: textOr(pick(json, ['name', 'display_name', 'plan_name'], text)),
    description: text(json.description),
    term_months: pick(json, ['term_months', 'term_length', 'term'], num),
    energy_rate_cents_per_kwh: pick(json, ['energy_rate_cents_per_kwh', 'energy_rate', 'energy_charge'], num),
    tdu_charges: list(json.tdu_charges ?? json.delivery_charges).map(toPlanCharge),
    base_charge_dollars: pick(json, ['base_charge_dollars', 'base_charge', 'monthly_charge'], num),
    average_price_500_cents: pick(json, ['average_price_500_cents', 'avg_price_500'], num) ?? num(avg['500']),
    average_price_1000_cents: pick(json, ['average_price_1000_cents', 'avg_price_1000'], num) ?? num(avg['1000']),
    average_price_2000_cents: pick(json, ['average_price_2000_cents', 'avg_price_2000'], num) ?? num(avg['2000']),
    renewable_percent: pick(json, ['renewable_percent', 'renewable_content'], num),
    efl_url: pick(json, ['efl_url', 'efl'], text) ?? text(docs.efl),
    tos_url: pick(json, ['tos_url', 'tos'], text) ?? text(docs.tos),
    yrac_url: pick(json, ['yrac_url', 'yrac'], text) ?? text(docs.yrac),
    earliest_start_date: text(json.earliest_start_date),
    latest_start_date: text(json.latest_start_date),
    expires_at: text(json.expires_at),
  };
}

export function toPlans(raw: unknown): Plan[] {
  const items = Array.isArray(raw) ? raw : list(record(raw).plans);
  return items.map(toPlan).filter((p) => p.uuid);
}
