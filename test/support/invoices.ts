import type { Invoice } from '../../src/api/types.js';

/** An unpaid invoice in our domain shape (issued Mar 2, due Mar 18, 2026), with `over` applied. */
export const anInvoice = (over: Partial<Invoice> = {}): Invoice => ({
  number: 'INV-1',
  invoice_date: '2026-03-02',
  payment_due_date: '2026-03-18',
  billing_period_start: '2026-01-30',
  billing_period_end: '2026-02-28',
  total_cents: 12345,
  total_kwh: 900,
  avg_cents_per_kwh: 13.72,
  pdf: 'https://example.com/inv.pdf',
  paid_at: null,
  voided_at: null,
  ...over,
});
