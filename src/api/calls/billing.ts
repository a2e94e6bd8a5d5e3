/**
 * Billing: the card on file and the payment session that adds one, invoices, the billing address.
 */
import type { LightClient } from '../http.js';
import { fillPath, inferred, NO_BODY, PATHS, type Opts } from '../paths.js';
import { bool, list, num, pick, record, text, textOr, type Json } from '../parse.js';
import type {
  BillingAddress,
  Invoice,
  InvoiceDetail,
  Page,
  PageQuery,
  PaymentMethod,
  PaymentSession,
} from '../types.js';
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

/**
 * Inferred secret name (`INFERRED_CALLS.paymentSession`): `client_secret`, else `setup_intent_client_secret` or
 * `secret`. An answer with none of them gives an empty `client_secret` (see `missingClientSecret` in
 * `core/stripe-key.ts`).
 */
export async function createPaymentSession(client: LightClient, opts: Opts = {}): Promise<PaymentSession> {
  const json = record(await inferred('paymentSession', client.request('POST', PATHS.paymentSession, opts)));
  return { client_secret: textOr(json.client_secret ?? json.setup_intent_client_secret ?? json.secret) };
}

export async function ensurePaymentMethodAdded(client: LightClient, paymentMethodId: string, opts: Opts = {}) {
  await client.request('POST', PATHS.ensurePaymentMethod, {
    ...opts,
    body: { payment_method_id: paymentMethodId },
    ...NO_BODY,
  });
}

/** The card on file, or `null` when there is none (a 404 counts as none). */
export async function getPaymentMethod(client: LightClient, opts: Opts = {}): Promise<PaymentMethod | null> {
  try {
    return toPaymentMethod(await client.request('GET', PATHS.paymentMethod, opts));
  } catch (error) {
    if ((error as { code?: string }).code === 'not_found') return null;
    throw error;
  }
}

export async function listInvoices(
  client: LightClient,
  query: PageQuery = {},
  opts: Opts = {},
): Promise<Page<Invoice>> {
  const raw = await client.request('GET', PATHS.invoices, { ...opts, query: { ...query } });
  return toPage(raw, toInvoice);
}

export async function getInvoice(client: LightClient, invoiceNumber: string, opts: Opts = {}): Promise<InvoiceDetail> {
  const path = fillPath(PATHS.invoice, { invoice_number: invoiceNumber });
  return toInvoiceDetail(await client.request('GET', path, opts));
}

export async function getBillingAddress(client: LightClient, opts: Opts = {}): Promise<BillingAddress> {
  return toBillingAddress(await client.request('GET', PATHS.billingAddress, opts));
}

export async function updateBillingAddress(client: LightClient, body: BillingAddress, opts: Opts = {}): Promise<void> {
  await client.request('PUT', PATHS.billingAddress, { ...opts, body, ...NO_BODY });
}
