import { expect } from '@open-wc/testing';
import type { InvoiceDetail, PaymentMethod } from '../../src/api/types.js';
import {
  cardName,
  chargeBasisText,
  invoiceNote,
  paymentText,
  periodText,
  statusLabel,
} from '../../src/elements/invoices/invoice-text.js';
import { plain } from '../support/dom.js';
import { anInvoice } from '../support/invoices.js';

const invoice = anInvoice;
const plainNote = (note: ReturnType<typeof invoiceNote>) => note && { ...note, text: plain(note.text) };

const detail = (over: Partial<InvoiceDetail> = {}): InvoiceDetail => ({
  ...invoice(),
  charges_groups: [],
  payment: null,
  ...over,
});

const visa: PaymentMethod = {
  type: 'card',
  card_brand: 'visa',
  card_last4: '4242',
  card_exp_month: 1,
  card_exp_year: 2030,
  card_postal_code: null,
};

describe('periodText', () => {
  it('is a date range, or one date when the other is missing', () => {
    expect(plain(periodText(invoice(), 'en'))).to.match(/^Jan 30\s*–\s*Feb 28, 2026$/);
    expect(plain(periodText(invoice({ billing_period_end: null }), 'en'))).to.equal('Jan 30, 2026');
    expect(plain(periodText(invoice({ billing_period_start: null }), 'en'))).to.equal('Feb 28, 2026');
    expect(periodText(invoice({ billing_period_start: null, billing_period_end: null }), 'en')).to.equal('');
  });

  it('keeps a backwards period as the API gives it instead of a range', () => {
    const backwards = invoice({ billing_period_start: '2026-02-28', billing_period_end: '2026-01-30' });
    expect(plain(periodText(backwards, 'en'))).to.equal('Feb 28, 2026 – Jan 30, 2026');
  });

  it('may break only after its dash: a no-break space before it, a plain one after, in every language and order', () => {
    const backwards = invoice({ billing_period_start: '2026-02-28', billing_period_end: '2026-01-30' });
    for (const locale of ['en', 'es'] as const) {
      for (const period of [periodText(invoice(), locale), periodText(backwards, locale)]) {
        expect(period.match(/\s*–\s*/g), period).to.deep.equal(['\u00a0– ']);
        // Inside each date, no break at all.
        expect(
          period.split('\u00a0– ').some((end) => / |\u2009/.test(end)),
          period,
        ).to.equal(false);
      }
    }
  });
});

describe('statusLabel', () => {
  it('names each status, with the due date when there is one', () => {
    expect(statusLabel(invoice(), 'paid', 'en')).to.equal('Paid');
    expect(statusLabel(invoice(), 'voided', 'en')).to.equal('Voided');
    expect(statusLabel(invoice(), 'past-due', 'en')).to.equal('Past due');
    expect(plain(statusLabel(invoice(), 'due', 'en'))).to.equal('Due Mar 18, 2026');
    expect(statusLabel(invoice({ payment_due_date: null }), 'due', 'en')).to.equal('Due');
  });
});

describe('cardName', () => {
  it('names the brand and last four digits, or the card in general', () => {
    expect(cardName(visa, 'en')).to.equal('Visa ending in 4242');
    expect(cardName({ ...visa, card_brand: null }, 'en')).to.equal('card ending in 4242');
    expect(cardName({ ...visa, card_last4: null }, 'en')).to.equal('payment method on file');
    expect(cardName(undefined, 'en')).to.equal('payment method on file');
  });
});

describe('invoiceNote', () => {
  it('says when auto-pay charges the card on file', () => {
    expect(plainNote(invoiceNote(invoice(), '2026-03-10', visa, 'en'))).to.deep.equal({
      kind: 'autopay',
      text: 'Auto-pay will charge $123.45 to your Visa ending in 4242 on Mar 18, 2026 for invoice INV-1.',
    });
  });

  it('warns when no card is on file, and says nothing while the card is unknown', () => {
    expect(invoiceNote(invoice(), '2026-03-10', null, 'en')?.kind).to.equal('no-method');
    expect(invoiceNote(invoice(), '2026-03-10', undefined, 'en')).to.equal(null);
  });

  it('marks a past-due invoice, and nothing for a paid one', () => {
    expect(plainNote(invoiceNote(invoice(), '2026-03-20', undefined, 'en'))).to.deep.equal({
      kind: 'past-due',
      text:
        'Invoice INV-1 ($123.45) was due Mar 18, 2026 and has not been paid. ' +
        'Check that your payment method is up to date, or contact support to pay it.',
    });
    // With a way to pay here (the billing flow's button follows the sentence), no advice instead of it.
    expect(plain(invoiceNote(invoice(), '2026-03-20', undefined, 'en', true)?.text)).to.equal(
      'Invoice INV-1 ($123.45) was due Mar 18, 2026 and has not been paid.',
    );
    expect(invoiceNote(invoice({ paid_at: '2026-03-18T15:00:00Z' }), '2026-03-10', visa, 'en')).to.equal(null);
  });
});

describe('paymentText', () => {
  it('says how and when a paid invoice was paid', () => {
    const paid = detail({
      paid_at: '2026-03-18T15:00:00Z',
      payment: { method: ' Card ', paid_at: '2026-03-18T15:00:00Z', amount_cents: 10000 },
    });
    expect(plain(paymentText(paid, 'paid', '2026-04-01', undefined, 'en'))).to.equal(
      'Paid $100.00 on Mar 18, 2026 by card.',
    );
    const ach = detail({ payment: { method: 'ach', paid_at: '2026-03-18T15:00:00Z', amount_cents: null } });
    expect(plain(paymentText(ach, 'paid', '2026-04-01', undefined, 'en'))).to.equal(
      'Paid $123.45 on Mar 18, 2026 by bank account.',
    );
    const noMethod = detail({ paid_at: '2026-03-18T15:00:00Z' });
    expect(plain(paymentText(noMethod, 'paid', '2026-04-01', undefined, 'en'))).to.equal(
      'Paid $123.45 on Mar 18, 2026.',
    );
    expect(paymentText(detail({ paid_at: 'yes' }), 'paid', '2026-04-01', undefined, 'en')).to.equal('Paid.');
  });

  it('says when a voided invoice was voided, and gives an unpaid one its note', () => {
    const voided = detail({ voided_at: '2026-03-05T15:00:00Z' });
    expect(plain(paymentText(voided, 'voided', '2026-04-01', undefined, 'en'))).to.contain('Mar 5, 2026');
    expect(paymentText(detail(), 'due', '2026-03-10', visa, 'en')).to.contain('Auto-pay will charge');
    expect(paymentText(detail(), 'due', '2026-03-10', undefined, 'en')).to.equal(null);
  });
});

describe('chargeBasisText', () => {
  const charge = (quantity: number | null, unit: string | null, rate: number | null) => ({
    name: 'Energy',
    amount_cents: 100,
    quantity,
    unit,
    rate,
  });

  it('writes a rate per unit, with months and days in words', () => {
    expect(chargeBasisText(charge(900, 'kWh', 0.098), 'en')).to.equal('900 kWh × $0.098');
    expect(chargeBasisText(charge(1, 'month', 9.95), 'en')).to.equal('1 month × $9.95');
    expect(chargeBasisText(charge(30, 'Days', 0.5), 'en')).to.equal('30 days × $0.50');
  });

  it('writes kWh and money by the one rule for each unit (whole kWh above 100, money to the cent)', () => {
    expect(chargeBasisText(charge(1082.699, 'kWh', 0.098), 'en')).to.equal('1,083 kWh × $0.098');
    expect(chargeBasisText(charge(120.456, 'USD', 0.02), 'en')).to.equal('2% of $120.46');
  });

  it('writes a percentage of an amount, and nothing when a part is missing', () => {
    expect(chargeBasisText(charge(120, 'USD', 0.02), 'en')).to.equal('2% of $120.00');
    expect(chargeBasisText(charge(null, 'kWh', 0.1), 'en')).to.equal('');
  });
});
