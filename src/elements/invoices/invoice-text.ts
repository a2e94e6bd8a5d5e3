/**
 * The sentences and labels of the invoice list and detail, as pure functions of the invoice, the card on file,
 * today's date and the locale.
 */
import type { Invoice, InvoiceCharge, InvoiceDetail, IsoDate, PaymentMethod } from '../../api/types.js';
import { brandName } from '../../core/cards.js';
import { parseIsoDate } from '../../core/dates.js';
import {
  dateFormatter,
  formatCents,
  formatDate,
  formatDollars,
  formatKwhValue,
  formatNumber,
  formatRate,
  unbroken,
} from '../../core/format.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { chargeBasis, paymentNote, type InvoiceStatus, type PaymentNote } from './invoice-status.js';
import { invoicesMsg as msg } from './light-invoices.messages.js';

/** The mark beside each status badge's label, so the status never rests on color alone. */
export const STATUS_MARK: Record<InvoiceStatus, string> = { paid: '✓', due: '•', 'past-due': '!', voided: '⊘' };

/**
 * The card on file as the auto-pay note names it: `undefined` while it is loading, `null` when there is none.
 */
export type CardOnFile = PaymentMethod | null | undefined;

/**
 * Between a period's ends: the dash stays with the first end and a line may break only after it. The formatter's
 * thin spaces would let a line break before the dash too, and one that breaks after it would begin with a thin
 * space, which does not collapse as a plain space does: the second end looked indented.
 */
export const PERIOD_DASH = '\u00a0– ';

/** `Jan 27 – Feb 26, 2026`: a range keeps the period short enough for a table cell. */
export function periodText(invoice: Invoice, locale: SupportedLocale): string {
  const from = parseIsoDate(invoice.billing_period_start);
  const to = parseIsoDate(invoice.billing_period_end);
  if (from === null || to === null) {
    return formatDate(invoice.billing_period_start, locale) || formatDate(invoice.billing_period_end, locale);
  }
  const format = dateFormatter(locale);
  // The range may wrap after its dash, never inside a date.
  const range =
    from <= to
      ? unbroken(format.formatRange(from, to))
      : msg(locale, 'period', { from: unbroken(format.format(from)), to: unbroken(format.format(to)) });
  return range.replace(/\s*–\s*/, PERIOD_DASH);
}

/** A status badge's words: `Paid`, `Voided`, `Past due`, `Due Mar 18, 2026` (or `Due` with no due date). */
export function statusLabel(invoice: Invoice, status: InvoiceStatus, locale: SupportedLocale): string {
  if (status === 'paid') return msg(locale, 'statusPaid');
  if (status === 'voided') return msg(locale, 'statusVoided');
  if (status === 'past-due') return msg(locale, 'statusPastDue');
  const due = formatDate(invoice.payment_due_date, locale);
  return due ? msg(locale, 'statusDueOn', { date: due }) : msg(locale, 'statusDue');
}

/** The card auto-pay will charge, as a customer reads it: `Visa ending in 4242`, or a generic phrase. */
export function cardName(card: CardOnFile, locale: SupportedLocale): string {
  if (!card?.card_last4) return msg(locale, 'cardGeneric');
  const brand = brandName(card.card_brand) ?? msg(locale, 'methodCard');
  return msg(locale, 'cardEnding', { brand, last4: card.card_last4 });
}

/** An unpaid invoice's note: when auto-pay will charge it, that no card is on file, or that it is past due. */
export interface InvoiceNote {
  kind: PaymentNote['kind'];
  text: string;
}

/** The note on paying an invoice, or `null` when there is nothing to say yet (see `paymentNote`). */
export function invoiceNote(
  invoice: Invoice,
  today: IsoDate,
  card: CardOnFile,
  locale: SupportedLocale,
  payable = false,
): InvoiceNote | null {
  const note = paymentNote(invoice, today, card === undefined ? undefined : card !== null);
  if (!note) return null;
  const params = {
    amount: formatCents(invoice.total_cents, locale),
    date: formatDate(note.date, locale),
    number: invoice.number,
  };
  switch (note.kind) {
    case 'autopay':
      return { kind: note.kind, text: msg(locale, 'autopayNote', { ...params, card: cardName(card, locale) }) };
    case 'no-method':
      return { kind: note.kind, text: msg(locale, 'noMethodNote', params) };
    case 'past-due': {
      // With no way to pay here, what the customer can do (the docs promise no automatic retry to point to).
      const text = msg(locale, 'pastDueNote', params);
      return { kind: note.kind, text: payable ? text : `${text} ${msg(locale, 'pastDueHelp')}` };
    }
  }
}

/**
 * The detail's payment sentence: when the invoice was voided, how and when it was paid, or, unpaid, its note.
 * `null` when there is nothing to say.
 */
export function paymentText(
  invoice: InvoiceDetail,
  status: InvoiceStatus,
  today: IsoDate,
  card: CardOnFile,
  locale: SupportedLocale,
): string | null {
  if (status === 'voided') return msg(locale, 'voidedNote', { date: formatDate(invoice.voided_at, locale) });
  if (status !== 'paid') return invoiceNote(invoice, today, card, locale)?.text ?? null;
  const date = formatDate(invoice.payment?.paid_at ?? invoice.paid_at, locale);
  if (!date) return msg(locale, 'paid');
  const amount = formatCents(invoice.payment?.amount_cents ?? invoice.total_cents, locale);
  const method = invoice.payment?.method?.trim().toLowerCase();
  const methodText =
    method === 'card'
      ? msg(locale, 'methodCard')
      : method === 'bank' || method === 'ach'
        ? msg(locale, 'methodBank')
        : method;
  return methodText
    ? msg(locale, 'paidOnWith', { amount, date, method: methodText })
    : msg(locale, 'paidOn', { amount, date });
}

/** How a charge was computed, in words (`900 kWh × $0.098`, `2% of $120.00`); `''` when the API does not say. */
export function chargeBasisText(charge: InvoiceCharge, locale: SupportedLocale): string {
  const basis = chargeBasis(charge);
  if (!basis) return '';
  if (basis.kind === 'percent') {
    return msg(locale, 'percentOf', {
      rate: formatRate(basis.rate, locale, 'percent'),
      base: formatDollars(basis.base, locale),
    });
  }
  const unit = /^months?$/i.test(basis.unit)
    ? msg(locale, basis.quantity === 1 ? 'unitMonth' : 'unitMonths')
    : /^days?$/i.test(basis.unit)
      ? msg(locale, basis.quantity === 1 ? 'unitDay' : 'unitDays')
      : basis.unit;
  return msg(locale, 'unitTimesRate', {
    quantity: /^kwh$/i.test(unit) ? formatKwhValue(basis.quantity, locale) : formatNumber(basis.quantity, locale, 3),
    unit,
    rate: formatRate(basis.rate, locale, 'currency'),
  });
}
