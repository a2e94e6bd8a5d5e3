import { expect } from '@open-wc/testing';
import {
  appendPage,
  autopayDate,
  chargeBasis,
  chargesBreakdown,
  invoiceStatus,
  paymentNote,
} from '../../src/elements/invoices/invoice-status.js';
import { anInvoice } from '../support/invoices.js';

const invoice = anInvoice;

describe('invoiceStatus', () => {
  it('voided wins over everything, then paid', () => {
    expect(
      invoiceStatus(invoice({ voided_at: '2026-03-05T15:00:00Z', paid_at: '2026-03-04T15:00:00Z' }), '2026-04-01'),
    ).to.equal('voided');
    expect(invoiceStatus(invoice({ paid_at: '2026-03-18T15:00:00Z' }), '2026-04-01')).to.equal('paid');
  });

  it('unpaid is past due only once the due date is before today', () => {
    expect(invoiceStatus(invoice(), '2026-03-17')).to.equal('due');
    expect(invoiceStatus(invoice(), '2026-03-18')).to.equal('due');
    expect(invoiceStatus(invoice(), '2026-03-19')).to.equal('past-due');
  });

  it('reads a due date given as a date-time, and treats no or bad due date as due', () => {
    expect(invoiceStatus(invoice({ payment_due_date: '2026-03-18T00:00:00Z' }), '2026-03-19')).to.equal('past-due');
    expect(invoiceStatus(invoice({ payment_due_date: null }), '2030-01-01')).to.equal('due');
    expect(invoiceStatus(invoice({ payment_due_date: 'soon' }), '2030-01-01')).to.equal('due');
  });
});

describe('autopayDate', () => {
  it('is the due date when there is one, else 16 days after the invoice date', () => {
    expect(autopayDate(invoice())).to.equal('2026-03-18');
    expect(autopayDate(invoice({ payment_due_date: null, invoice_date: '2026-02-20' }))).to.equal('2026-03-08');
    expect(autopayDate(invoice({ payment_due_date: null, invoice_date: '2024-02-20' }))).to.equal('2024-03-07');
    expect(autopayDate(invoice({ payment_due_date: null, invoice_date: null }))).to.equal(null);
  });
});

describe('paymentNote', () => {
  it('says when auto-pay charges a due invoice with a card on file', () => {
    expect(paymentNote(invoice(), '2026-03-10', true)).to.deep.equal({ kind: 'autopay', date: '2026-03-18' });
    expect(paymentNote(invoice(), '2026-03-18', true)).to.deep.equal({ kind: 'autopay', date: '2026-03-18' });
  });

  it('warns when no card is on file, says nothing while the card is unknown', () => {
    expect(paymentNote(invoice(), '2026-03-10', false)).to.deep.equal({ kind: 'no-method', date: '2026-03-18' });
    expect(paymentNote(invoice(), '2026-03-10', undefined)).to.equal(null);
  });

  it('marks past-due invoices whatever the card, and nothing for paid or voided ones', () => {
    expect(paymentNote(invoice(), '2026-03-20', true)).to.deep.equal({ kind: 'past-due', date: '2026-03-18' });
    expect(paymentNote(invoice(), '2026-03-20', undefined)).to.deep.equal({ kind: 'past-due', date: '2026-03-18' });
    expect(paymentNote(invoice({ paid_at: '2026-03-18T15:00:00Z' }), '2026-03-10', true)).to.equal(null);
    expect(paymentNote(invoice({ voided_at: '2026-03-05T15:00:00Z' }), '2026-03-10', true)).to.equal(null);
  });

  it('does not promise a charge day already behind us', () => {
    const noDue = invoice({ payment_due_date: null, invoice_date: '2026-01-01' });
    expect(paymentNote(noDue, '2026-03-10', true)).to.equal(null);
  });
});

describe('appendPage', () => {
  it('appends in order and skips invoices already loaded', () => {
    const a = invoice({ number: 'A' });
    const b = invoice({ number: 'B' });
    const c = invoice({ number: 'C' });
    expect(appendPage([a, b], [b, c]).map((i) => i.number)).to.deep.equal(['A', 'B', 'C']);
    expect(appendPage([], [a, a]).map((i) => i.number)).to.deep.equal(['A']);
  });
});

describe('chargesBreakdown', () => {
  const group = (name: string, amounts: number[]) => ({
    name,
    total_cents: amounts.reduce((s, n) => s + n, 0),
    charges: amounts.map((amount_cents, i) => ({
      name: `${name} ${i}`,
      amount_cents,
      quantity: null,
      unit: null,
      rate: null,
    })),
  });

  it('adds up with no adjustment when the groups make the total', () => {
    const breakdown = chargesBreakdown({
      total_cents: 1500,
      charges_groups: [group('Energy', [1000, 200]), group('Taxes', [300])],
    });
    expect(breakdown.subtotalCents).to.equal(1500);
    expect(breakdown.adjustmentCents).to.equal(0);
    expect(breakdown.totalCents).to.equal(1500);
  });

  it('shows any unexplained difference as an adjustment so the lines still add up', () => {
    const breakdown = chargesBreakdown({ total_cents: 1498, charges_groups: [group('Energy', [1500])] });
    expect(breakdown.adjustmentCents).to.equal(-2);
    expect(breakdown.subtotalCents + breakdown.adjustmentCents).to.equal(breakdown.totalCents);
  });

  it('has no adjustment when there are no groups at all', () => {
    expect(chargesBreakdown({ total_cents: 900, charges_groups: [] }).adjustmentCents).to.equal(0);
  });
});

describe('chargeBasis', () => {
  it('reads a per-unit charge and a percentage of dollars', () => {
    expect(chargeBasis({ quantity: 900, unit: 'kWh', rate: 0.098 })).to.deep.equal({
      kind: 'unit',
      quantity: 900,
      unit: 'kWh',
      rate: 0.098,
    });
    expect(chargeBasis({ quantity: 120.5, unit: 'USD', rate: 0.01997 })).to.deep.equal({
      kind: 'percent',
      base: 120.5,
      rate: 0.01997,
    });
  });

  it('gives nothing when a part is missing', () => {
    expect(chargeBasis({ quantity: null, unit: 'kWh', rate: 0.1 })).to.equal(null);
    expect(chargeBasis({ quantity: 1, unit: null, rate: 0.1 })).to.equal(null);
    expect(chargeBasis({ quantity: 1, unit: 'month', rate: null })).to.equal(null);
  });
});
