/**
 * What an invoice means to the customer, as pure functions of the invoice and today's date: its status, when
 * auto-pay will charge it, how loaded pages combine, and a breakdown of its charges that always adds up.
 */
import type { Invoice, InvoiceChargesGroup, InvoiceDetail, IsoDate } from '../../api/types.js';
import { addDays, parseIsoDate } from '../../core/dates.js';

export type InvoiceStatus = 'paid' | 'due' | 'past-due' | 'voided';

/** The docs' default: auto-pay charges the saved payment method this many days after the invoice date. */
export const AUTOPAY_DAYS = 16;

type StatusFields = Pick<Invoice, 'paid_at' | 'voided_at' | 'payment_due_date'>;

/**
 * A voided invoice is voided whatever else it says; a paid one is paid; an unpaid one whose due date is before
 * `today` is past due; anything else (including an unpaid invoice with no due date) is due.
 */
export function invoiceStatus(invoice: StatusFields, today: IsoDate): InvoiceStatus {
  if (invoice.voided_at) return 'voided';
  if (invoice.paid_at) return 'paid';
  const due = invoice.payment_due_date;
  if (due && parseIsoDate(due) !== null && due.slice(0, 10) < today) return 'past-due';
  return 'due';
}

/**
 * The day auto-pay will try to charge an invoice: its `payment_due_date` when it has one (Light sets it to the
 * auto-pay day), else 16 days after its invoice date, else `null`.
 */
export function autopayDate(invoice: Pick<Invoice, 'payment_due_date' | 'invoice_date'>): IsoDate | null {
  if (parseIsoDate(invoice.payment_due_date) !== null) return invoice.payment_due_date!.slice(0, 10);
  if (parseIsoDate(invoice.invoice_date) !== null) return addDays(invoice.invoice_date!.slice(0, 10), AUTOPAY_DAYS);
  return null;
}

export type PaymentNote =
  | { kind: 'autopay'; date: IsoDate }
  | { kind: 'no-method'; date: IsoDate | null }
  | { kind: 'past-due'; date: IsoDate | null };

/**
 * What to tell the customer about paying an invoice, or `null` when there is nothing to say (paid, voided, or
 * the card on file is still unknown). `hasMethod` is `undefined` while the payment method has not loaded.
 */
export function paymentNote(invoice: Invoice, today: IsoDate, hasMethod: boolean | undefined): PaymentNote | null {
  const status = invoiceStatus(invoice, today);
  if (status === 'paid' || status === 'voided') return null;
  const date = autopayDate(invoice);
  if (status === 'past-due') return { kind: 'past-due', date: invoice.payment_due_date?.slice(0, 10) ?? date };
  if (hasMethod === undefined) return null;
  if (!hasMethod) return { kind: 'no-method', date };
  // A charge day already behind us with the invoice still unpaid: say nothing rather than guess.
  return date && date >= today ? { kind: 'autopay', date } : null;
}

/**
 * The loaded invoices plus a new page, in order, skipping any invoice already shown (a new invoice issued
 * between two page loads shifts the offsets by one; the customer must not see a row twice).
 */
export function appendPage(loaded: readonly Invoice[], page: readonly Invoice[]): Invoice[] {
  const seen = new Set(loaded.map((i) => i.number));
  const out = [...loaded];
  for (const invoice of page) {
    if (seen.has(invoice.number)) continue;
    seen.add(invoice.number);
    out.push(invoice);
  }
  return out;
}

export interface Breakdown {
  groups: InvoiceChargesGroup[];
  /** Sum of the group totals. */
  subtotalCents: number;
  /**
   * The difference between the invoice total and its groups (rounding, or a charge the API did not itemise),
   * shown as its own line so the breakdown always adds up to the total. `0` when the groups add up.
   */
  adjustmentCents: number;
  totalCents: number;
}

/** The charges of an invoice grouped as the API gives them, with any unexplained difference made visible. */
export function chargesBreakdown(detail: Pick<InvoiceDetail, 'charges_groups' | 'total_cents'>): Breakdown {
  const groups = detail.charges_groups;
  const subtotalCents = groups.reduce((sum, g) => sum + g.total_cents, 0);
  return {
    groups,
    subtotalCents,
    adjustmentCents: groups.length ? detail.total_cents - subtotalCents : 0,
    totalCents: detail.total_cents,
  };
}

export type ChargeBasis =
  { kind: 'percent'; base: number; rate: number } | { kind: 'unit'; quantity: number; unit: string; rate: number };

/**
 * How a charge was computed, when the API says: a rate per unit (`1,234 kWh × $0.098`), or a percentage of an
 * amount for taxes and fees (`unit` `USD`: `2% of $120.00`). `null` when quantity, unit or rate is missing.
 */
export function chargeBasis(charge: {
  quantity: number | null;
  unit: string | null;
  rate: number | null;
}): ChargeBasis | null {
  const { quantity, unit, rate } = charge;
  if (quantity === null || rate === null || !unit) return null;
  if (/^(usd|\$|dollars?)$/i.test(unit.trim())) return { kind: 'percent', base: quantity, rate };
  return { kind: 'unit', quantity, unit: unit.trim(), rate };
}
