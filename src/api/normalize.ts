/**
 * Raw JSON → the normalized shapes of `types.ts`. Each function accepts anything and returns a well-formed
 * value: unknown keys are dropped, missing optional fields become `null`, decimal strings become numbers.
 * Where a field name is inferred, the likely alternatives are read too (see `pick`).
 */
import { bool, list, monthKeyOf, num, pick, record, text, textOr, type Json } from './parse.js';
import type {
  Account,
  BillingAddress,
  DailyUsage,
  EnrollmentFlags,
  IntervalUsage,
  Invoice,
  InvoiceDetail,
  Location,
  LocationDocument,
  LocationDocuments,
  LocationPlan,
  MonthlyUsage,
  Page,
  PaymentMethod,
  Plan,
  PlanCharge,
  ServiceAddress,
  UsageAmounts,
} from './types.js';

export function toEnrollment(raw: unknown): EnrollmentFlags {
  const json = record(raw);
  return {
    has_accepted_plan: bool(json.has_accepted_plan),
    has_payment_method: bool(json.has_payment_method),
    is_billing_address_confirmed: bool(json.is_billing_address_confirmed),
    is_identity_verified: bool(json.is_identity_verified),
    is_enrollment_finalized: bool(json.is_enrollment_finalized),
    is_service_active: bool(json.is_service_active),
    can_finalize_enrollment: bool(json.can_finalize_enrollment),
    finalized_at: text(json.finalized_at),
  };
}

export function toLocation(raw: unknown): Location {
  const json = record(raw);
  return {
    uuid: textOr(json.uuid),
    address_1: textOr(json.address_1),
    address_2: text(json.address_2) || null,
    city: textOr(json.city),
    state: textOr(json.state),
    postal_code: textOr(json.postal_code),
    utility_number: textOr(pick(json, ['utility_number', 'esi_id'], text)),
    service_start_date: text(json.service_start_date),
    final_service_date: text(json.final_service_date),
    is_service_active: bool(json.is_service_active),
    has_usage_history: bool(json.has_usage_history),
    estimated_next_reading_date: text(json.estimated_next_reading_date),
    plan_name: text(json.plan_name),
    plan_uuid: text(json.plan_uuid),
  };
}

export function toAccount(raw: unknown): Account {
  const json = record(raw);
  const app = json.app ? record(json.app) : null;
  return {
    uuid: textOr(json.uuid),
    account_number: text(json.account_number),
    created_at: text(json.created_at),
    first_name: text(json.first_name),
    last_name: text(json.last_name),
    email: text(json.email),
    phone_number: text(json.phone_number),
    date_of_birth: text(json.date_of_birth),
    preliminary_address: text(json.preliminary_address),
    status: textOr(json.status, 'created'),
    status_reason: textOr(json.status_reason, 'unresolved'),
    app: app && {
      uuid: textOr(app.uuid),
      name: textOr(app.name),
      stripe_public_key: text(app.stripe_public_key),
    },
    enrollment: toEnrollment(json.enrollment),
    locations: list(json.locations).map(toLocation),
  };
}

export function toServiceAddress(raw: unknown): ServiceAddress {
  const json = record(raw);
  return {
    address_1: textOr(pick(json, ['address_1', 'address', 'street'], text)),
    address_2: text(json.address_2) || null,
    city: textOr(json.city),
    state: textOr(json.state, 'TX'),
    postal_code: textOr(pick(json, ['postal_code', 'zip', 'zip_code'], text)),
    esi_id: textOr(pick(json, ['esi_id', 'esiid', 'utility_number'], text)),
    utility: pick(json, ['utility', 'utility_name', 'tdu', 'tdsp'], (v) => text(v) ?? text(record(v).display_name)),
  };
}

/** Address-search and esi-id-search answers: a bare list, or a list under a common key. */
export function toServiceAddresses(raw: unknown): ServiceAddress[] {
  const json = record(raw);
  const items = Array.isArray(raw) ? raw : list(json.results ?? json.addresses ?? json.data ?? json.locations);
  return items.map(toServiceAddress).filter((a) => a.esi_id && a.address_1);
}

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

export function toPaymentMethod(raw: unknown): PaymentMethod | null {
  const json = record(raw);
  if (!text(json.type) && !text(json.card_last4)) return null;
  return {
    type: textOr(json.type, 'card'),
    card_brand: text(json.card_brand),
    card_last4: text(json.card_last4),
    card_exp_month: num(json.card_exp_month),
    card_exp_year: num(json.card_exp_year),
    card_postal_code: text(json.card_postal_code),
  };
}

export function toInvoice(raw: unknown): Invoice {
  const json = record(raw);
  const cents = num(json.total_cents);
  const dollars = num(json.total);
  return {
    number: textOr(json.number),
    invoice_date: text(json.invoice_date),
    payment_due_date: text(json.payment_due_date),
    billing_period_start: text(json.billing_period_start),
    billing_period_end: text(json.billing_period_end),
    total_cents: cents ?? (dollars === null ? 0 : Math.round(dollars * 100)),
    total_kwh: num(json.total_kwh),
    avg_cents_per_kwh: num(json.avg_cents_per_kwh),
    pdf: text(json.pdf),
    paid_at: text(json.paid_at),
    voided_at: text(json.voided_at),
  };
}

function cents(json: Json, centsKeys: string[], dollarKeys: string[]): number | null {
  const c = pick(json, centsKeys, num);
  if (c !== null) return c;
  const d = pick(json, dollarKeys, num);
  return d === null ? null : Math.round(d * 100);
}

export function toInvoiceDetail(raw: unknown): InvoiceDetail {
  const json = record(raw);
  const payment = json.payment ? record(json.payment) : null;
  return {
    ...toInvoice(json),
    charges_groups: list(json.charges_groups).map((g) => {
      const group = record(g);
      const charges = list(group.charges).map((c) => {
        const charge = record(c);
        return {
          name: textOr(pick(charge, ['name', 'description', 'label'], text)),
          amount_cents: cents(charge, ['amount_cents', 'total_cents'], ['amount', 'total']) ?? 0,
          quantity: num(charge.quantity),
          unit: text(charge.unit),
          rate: num(charge.rate),
        };
      });
      return {
        name: textOr(pick(group, ['name', 'description', 'label'], text)),
        total_cents:
          cents(group, ['total_cents', 'amount_cents'], ['total', 'amount']) ??
          charges.reduce((sum, c) => sum + c.amount_cents, 0),
        charges,
      };
    }),
    payment: payment && {
      method: text(payment.method),
      paid_at: text(payment.paid_at),
      amount_cents: cents(payment, ['amount_cents'], ['amount']),
    },
  };
}

export function toPage<T>(raw: unknown, item: (raw: unknown) => T): Page<T> {
  const json = record(raw);
  const data = list(json.data).map(item);
  return {
    data,
    has_more: bool(json.has_more),
    limit: num(json.limit) ?? data.length,
    offset: num(json.offset) ?? 0,
    next_page_url: text(json.next_page_url),
  };
}

export function toBillingAddress(raw: unknown): BillingAddress {
  const json = record(raw);
  return {
    address_1: textOr(json.address_1),
    address_2: text(json.address_2) || null,
    city: textOr(json.city),
    state: textOr(json.state),
    postal_code: textOr(json.postal_code),
    same_as_service_address: bool(json.same_as_service_address),
  };
}

export function toLocationPlan(raw: unknown): LocationPlan {
  const json = record(raw);
  return {
    name: textOr(json.name),
    uuid: textOr(json.uuid),
    plan_type: text(json.plan_type),
    rate_structure: text(json.rate_structure),
  };
}

export function toLocationDocuments(raw: unknown): LocationDocuments {
  const json = record(raw);
  return {
    efl: text(json.efl),
    tos: text(json.tos),
    yrac: text(json.yrac),
    contract_start: text(json.contract_start),
    contract_end: text(json.contract_end),
  };
}

export function toLocationDocumentList(raw: unknown): LocationDocument[] {
  const items = Array.isArray(raw) ? raw : list(record(raw).documents ?? record(raw).data);
  return items.map((item) => {
    const json = record(item);
    return {
      kind: textOr(pick(json, ['kind', 'type', 'document_type'], text), 'document'),
      name: text(json.name),
      url: pick(json, ['url', 'link', 'href'], text),
      state: textOr(pick(json, ['state', 'status'], text), 'active'),
      start_date: text(json.start_date),
      end_date: text(json.end_date),
      plan_name: text(json.plan_name),
    };
  });
}

function toAmounts(json: Json): UsageAmounts {
  return {
    consumption: num(json.consumption),
    generation: num(json.generation),
    vehicle_charging: num(json.vehicle_charging),
    eligible_vehicle_charging: num(json.eligible_vehicle_charging),
  };
}

/** `next`/`previous` may be a URL, a query object or null; kept as a query string or null. */
function toLink(value: unknown): string | null {
  if (typeof value === 'string') return value || null;
  if (value && typeof value === 'object') {
    const params = new URLSearchParams();
    for (const [key, v] of Object.entries(value)) if (v !== null && v !== undefined) params.set(key, String(v));
    return params.toString() || null;
  }
  return null;
}

/**
 * A year of usage by month. Each row's `month` becomes `YYYY-MM`, whichever way it came (`"2025-01"`,
 * `"2025-01-01"`, `"January"`, `"jan"`, `1`, `"01"`), names and numbers taking the response's `year`; a month
 * that cannot be read is kept as given (it matches no calendar month, so it is never drawn in the wrong place).
 */
export function toMonthlyUsage(raw: unknown): MonthlyUsage {
  const json = record(raw);
  const year = num(json.year);
  return {
    year: year ?? 0,
    units: textOr(json.units, 'kWh'),
    months: list(json.months).map((m) => {
      const row = record(m);
      return { month: monthKeyOf(row.month, year) ?? textOr(row.month), ...toAmounts(row) };
    }),
    next: toLink(json.next),
    previous: toLink(json.previous),
  };
}

export function toDailyUsage(raw: unknown): DailyUsage {
  const json = record(raw);
  return {
    month: num(json.month) ?? 0,
    year: num(json.year) ?? 0,
    units: textOr(json.units, 'kWh'),
    days: list(json.days).map((d) => ({ date: textOr(record(d).date), ...toAmounts(record(d)) })),
    next: toLink(json.next),
    previous: toLink(json.previous),
  };
}

export function toIntervalUsage(raw: unknown): IntervalUsage {
  const json = record(raw);
  return {
    month: num(json.month) ?? 0,
    year: num(json.year) ?? 0,
    units: textOr(json.units, 'kWh'),
    intervals: list(json.intervals).map((i) => {
      const item = record(i);
      return {
        start: textOr(pick(item, ['start', 'start_time', 'timestamp'], text)),
        consumption: num(item.consumption),
        generation: num(item.generation),
      };
    }),
    next: toLink(json.next),
    previous: toLink(json.previous),
  };
}
