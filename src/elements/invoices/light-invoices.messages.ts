import { defineMessages } from '../../core/i18n.js';

const en = {
  heading: 'Invoices',
  tableCaption: 'Your invoices, newest first',
  colInvoice: 'Invoice',
  issued: (p: { date: string }) => `Issued ${p.date}`,
  colPeriod: 'Billing period',
  colAmount: 'Amount',
  colUsage: 'Usage',
  average: (p: { price: string }) => `${p.price} average`,
  colStatus: 'Status',
  colPdf: 'PDF',
  viewInvoice: (p: { number: string }) => `View details of invoice ${p.number}`,
  period: (p: { from: string; to: string }) => `${p.from} – ${p.to}`,
  statusPaid: 'Paid',
  statusDue: 'Due',
  statusDueOn: (p: { date: string }) => `Due ${p.date}`,
  statusPastDue: 'Past due',
  statusVoided: 'Voided',
  pdf: 'PDF',
  pdfLabel: (p: { number: string }) => `PDF of invoice ${p.number} (opens in a new tab)`,
  pdfUnavailable: 'Not available',
  downloadPdf: 'Download the PDF',
  showing: (p: { count: number }) => (p.count === 1 ? 'Showing 1 invoice' : `Showing ${p.count} invoices`),
  showingAll: (p: { count: number }) =>
    p.count === 1 ? 'Showing your only invoice' : `Showing all ${p.count} invoices`,
  loadMore: 'Load more invoices',
  loadingMore: 'Loading more invoices…',
  loadedMore: (p: { added: number; count: number }) =>
    `Loaded ${p.added} more ${p.added === 1 ? 'invoice' : 'invoices'}. Showing ${p.count} invoices.`,
  loadMoreFailed: 'More invoices could not be loaded.',
  emptyTitle: 'No invoices yet',
  emptyBody: 'Your first bill will appear after your first full billing period. We will email you when it is ready.',
  noticesLabel: 'Payments',
  autopayNote: (p: { amount: string; card: string; date: string; number: string }) =>
    `Auto-pay will charge ${p.amount} to your ${p.card} on ${p.date} for invoice ${p.number}.`,
  noMethodNote: (p: { amount: string; date: string; number: string }) =>
    p.date
      ? `No payment method is on file, so invoice ${p.number} (${p.amount}) will not be paid automatically. It is due ${p.date}.`
      : `No payment method is on file, so invoice ${p.number} (${p.amount}) will not be paid automatically.`,
  pastDueNote: (p: { amount: string; date: string; number: string }) =>
    p.date
      ? `Invoice ${p.number} (${p.amount}) was due ${p.date} and has not been paid.`
      : `Invoice ${p.number} (${p.amount}) is past due and has not been paid.`,
  pastDueHelp: 'Check that your payment method is up to date, or contact support to pay it.',
  payNow: 'Pay now',
  cardEnding: (p: { brand: string; last4: string }) => `${p.brand} ending in ${p.last4}`,
  cardGeneric: 'payment method on file',
  back: 'Back to invoices',
  detailHeading: (p: { number: string }) => `Invoice ${p.number}`,
  facts: 'Invoice summary',
  invoiceDate: 'Invoice date',
  billingPeriod: 'Billing period',
  dueDate: 'Due date',
  usage: 'Usage for the period',
  averagePrice: 'Average price',
  total: 'Total',
  charges: 'Charges',
  charge: 'Charge',
  amount: 'Amount',
  subtotal: (p: { group: string }) => `Subtotal, ${p.group}`,
  adjustment: 'Other adjustments',
  noCharges: 'This invoice has no itemized charges. The PDF has the full statement.',
  unitTimesRate: (p: { quantity: string; unit: string; rate: string }) => `${p.quantity} ${p.unit} × ${p.rate}`,
  percentOf: (p: { rate: string; base: string }) => `${p.rate} of ${p.base}`,
  unitMonth: 'month',
  unitMonths: 'months',
  unitDay: 'day',
  unitDays: 'days',
  payment: 'Payment',
  paidOn: (p: { amount: string; date: string }) => `Paid ${p.amount} on ${p.date}.`,
  paidOnWith: (p: { amount: string; date: string; method: string }) => `Paid ${p.amount} on ${p.date} by ${p.method}.`,
  paid: 'Paid.',
  methodCard: 'card',
  methodBank: 'bank account',
  voidedNote: (p: { date: string }) =>
    p.date
      ? `This invoice was voided on ${p.date}. Nothing is owed on it.`
      : 'This invoice was voided. Nothing is owed on it.',
  unnamedCharge: 'Charge',
  unnamedGroup: 'Charges',
};

/** The English catalog: its keys and parameters, which translations follow. */
export type InvoicesMessages = typeof en;

export const invoicesMsg = defineMessages(en, { es: () => import('./light-invoices.messages.es.js') });
