import { expect } from '@open-wc/testing';
import { getPaymentMethod } from '../../src/api/endpoints.js';
import { LightClient } from '../../src/api/http.js';
import type { InvoiceJson } from '../../src/sandbox/billing.js';
import { call, fixedSandbox, tokenFor } from './helpers.js';

async function billing(scenario: Parameters<typeof tokenFor>[1] = 'active', invoices?: number) {
  const { sandbox, clock } = fixedSandbox();
  const session = sandbox.session(scenario, { invoices });
  const { token } = await session.tokenProvider();
  const api = (method: string, path: string, body?: unknown) => call(sandbox, token, method, path, body);
  return { sandbox, clock, session, token, api };
}

async function allPages(api: Awaited<ReturnType<typeof billing>>['api'], limit: number) {
  const seen: InvoiceJson[] = [];
  let offset = 0;
  for (;;) {
    const { body } = await api('GET', `/account/billing/invoices?limit=${limit}&offset=${offset}`);
    expect([body.limit, body.offset]).to.deep.equal([limit, offset]);
    seen.push(...body.data);
    if (!body.has_more) {
      expect(body.next_page_url).to.equal(null);
      return seen;
    }
    expect(body.next_page_url).to.equal(
      `https://api.light.dev/v1/account/billing/invoices?limit=${limit}&offset=${offset + limit}`,
    );
    offset += limit;
  }
}

describe('sandbox billing', () => {
  it('paginates invoices newest first with no gaps or duplicates', async () => {
    const { api } = await billing();
    const all = await allPages(api, 4);
    expect(all).to.have.length(15);
    expect(new Set(all.map((i) => i.number)).size).to.equal(15);
    const dates = all.map((i) => i.invoice_date);
    expect(dates).to.deep.equal([...dates].sort().reverse());
    expect(all).to.deep.equal(await allPages(api, 100));
  });

  it('generates as many invoices as asked, e.g. 500 for performance tests', async () => {
    const { api } = await billing('active', 500);
    const all = await allPages(api, 100);
    expect(all).to.have.length(500);
    expect(new Set(all.map((i) => i.number)).size).to.equal(500);
  });

  it('shows paid, due, past due and voided invoices with consistent amounts', async () => {
    const { api } = await billing();
    const today = '2026-03-18';
    const all = await allPages(api, 100);
    const due = all.filter((i) => !i.paid_at && !i.voided_at && i.payment_due_date >= today);
    const pastDue = all.filter((i) => !i.paid_at && !i.voided_at && i.payment_due_date < today);
    const voided = all.filter((i) => i.voided_at);
    const paid = all.filter((i) => i.paid_at);
    expect([due.length, pastDue.length, voided.length]).to.deep.equal([1, 1, 1]);
    expect(paid.length).to.equal(12);
    expect(due[0]).to.equal(all[0]);
    for (const invoice of all) {
      expect(Number.isInteger(invoice.total_cents)).to.equal(true);
      expect(invoice.total).to.equal((invoice.total_cents / 100).toFixed(2));
      expect(invoice.pdf).to.match(/^https:\/\/.+\.pdf$/);
      // Decimal strings, as the example app types them; an invoice not paid or voided leaves those fields out.
      expect(invoice.total_kwh).to.match(/^\d+\.\d$/);
      expect(invoice.avg_cents_per_kwh).to.match(/^\d+\.\d{2}$/);
      expect(Number(invoice.avg_cents_per_kwh)).to.be.closeTo(invoice.total_cents / Number(invoice.total_kwh), 0.006);
      for (const key of ['paid_at', 'voided_at'] as const) {
        if (key in invoice) expect(invoice[key], key).to.be.a('string');
      }
      // Auto-pay charges 16 days after the invoice date.
      expect(Date.parse(invoice.payment_due_date) - Date.parse(invoice.invoice_date)).to.equal(16 * 86_400_000);
    }
  });

  it('details an invoice: charges groups add up to the total exactly, with the payment when paid', async () => {
    const { api } = await billing('solar');
    const all = await allPages(api, 100);
    for (const invoice of all.slice(0, 6)) {
      const { status, body } = await api('GET', `/account/billing/invoices/${invoice.number}`);
      expect(status).to.equal(200);
      expect(body.number).to.equal(invoice.number);
      const groups = body.charges_groups as Array<{
        name: string;
        total_cents: number;
        charges: Array<{
          amount_cents: number;
          amount: string;
          name: string;
          quantity: number;
          unit: string;
          rate: number;
        }>;
      }>;
      expect(groups.reduce((s, g) => s + g.total_cents, 0)).to.equal(body.total_cents);
      for (const group of groups) {
        expect(group.charges.reduce((s, c) => s + c.amount_cents, 0)).to.equal(group.total_cents);
        for (const charge of group.charges) {
          expect(charge).to.have.keys('name', 'amount_cents', 'amount', 'quantity', 'unit', 'rate');
          expect(charge.amount).to.equal((charge.amount_cents / 100).toFixed(2));
        }
      }
      expect(groups.map((g) => g.name)).to.include('Credits');
      if (invoice.paid_at)
        expect(body.payment).to.deep.equal({
          method: 'card',
          paid_at: invoice.paid_at,
          amount_cents: invoice.total_cents,
        });
      else expect(body).not.to.have.property('payment');
    }
    expect((await api('GET', '/account/billing/invoices/0000000-9999')).status).to.equal(404);
  });

  it('validates paging parameters and has no invoices before the first bill', async () => {
    const { api } = await billing();
    for (const query of ['limit=0', 'limit=101', 'offset=-1', 'limit=abc']) {
      expect((await api('GET', `/account/billing/invoices?${query}`)).status, query).to.equal(422);
    }
    const fresh = await billing('new-service');
    expect((await fresh.api('GET', '/account/billing/invoices')).body).to.deep.equal({
      data: [],
      has_more: false,
      limit: 10,
      offset: 0,
      next_page_url: null,
    });
  });

  it('has no payment method at first (404, which the client reads as null)', async () => {
    const { sandbox, api, session } = await billing('new-customer');
    const r = await api('GET', '/account/billing/payment-method');
    expect(r.status).to.equal(404);
    const client = new LightClient({ tokenProvider: session.tokenProvider, fetch: sandbox.fetch });
    expect(await getPaymentMethod(client)).to.equal(null);
  });

  it('accepts only payment methods set up through Stripe for this account', async () => {
    const { sandbox, api } = await billing('mid-enrollment-identity-submitted');
    const { client_secret } = (await api('POST', '/account/billing/payment-session')).body;
    expect(client_secret).to.match(/^seti_[A-Za-z0-9]+_secret_[A-Za-z0-9]+$/);
    for (const id of ['card_123', 'pm_madeup']) {
      const r = await api('POST', '/account/billing/ensure-payment-method-added', { payment_method_id: id });
      expect(r.status, id).to.equal(422);
    }
    // A payment method set up for someone else.
    const other = await billing('mid-enrollment-identity-submitted');
    const secret = (await other.api('POST', '/account/billing/payment-session')).body.client_secret;
    const foreign = other.sandbox.confirmSetupIntent(secret, {
      brand: 'visa',
      last4: '4242',
      exp_month: 1,
      exp_year: 2030,
      postal_code: '75201',
    });
    if (!('setupIntent' in foreign)) throw new Error('setup failed');
    expect(
      (
        await api('POST', '/account/billing/ensure-payment-method-added', {
          payment_method_id: foreign.setupIntent.payment_method,
        })
      ).status,
    ).to.equal(422);

    const mine = sandbox.confirmSetupIntent(client_secret, {
      brand: 'visa',
      last4: '4242',
      exp_month: 8,
      exp_year: 2029,
      postal_code: '75246',
    });
    if (!('setupIntent' in mine)) throw new Error('setup failed');
    expect(
      (
        await api('POST', '/account/billing/ensure-payment-method-added', {
          payment_method_id: mine.setupIntent.payment_method,
        })
      ).status,
    ).to.equal(200);
    expect((await api('GET', '/account/billing/payment-method')).body).to.deep.equal({
      type: 'card',
      card_brand: 'visa',
      card_last4: '4242',
      card_exp_month: 8,
      card_exp_year: 2029,
      card_postal_code: '75246',
    });
    expect((await api('GET', '/account')).body.enrollment.has_payment_method).to.equal(true);
    expect(
      sandbox.confirmSetupIntent('seti_unknown_secret_x', {
        brand: 'visa',
        last4: '4242',
        exp_month: 1,
        exp_year: 2030,
        postal_code: null,
      }),
    ).to.have.property('error');
  });

  it('fills the billing address from the service address, and validates an update', async () => {
    const { api } = await billing('active');
    const account = (await api('GET', '/account')).body;
    const service = account.locations[0];
    let r = await api('GET', '/account/billing/address');
    expect(r.body).to.deep.equal({
      address_1: service.address_1,
      ...(service.address_2 === undefined ? {} : { address_2: service.address_2 }),
      city: service.city,
      state: 'TX',
      postal_code: service.postal_code,
      same_as_service_address: true,
    });
    r = await api('PUT', '/account/billing/address', {
      address_1: 'PO BOX 12',
      city: 'Austin',
      state: 'Texas',
      postal_code: '787',
      same_as_service_address: false,
    });
    expect(r.status).to.equal(422);
    expect(r.body.error).to.contain('state').and.contain('postal_code');
    r = await api('PUT', '/account/billing/address', {
      address_1: 'PO BOX 12',
      address_2: '',
      city: 'Austin',
      state: 'tx',
      postal_code: '78701',
      same_as_service_address: false,
    });
    expect(r.status).to.equal(200);
    expect((await api('GET', '/account/billing/address')).body).to.deep.equal({
      address_1: 'PO BOX 12',
      city: 'Austin',
      state: 'TX',
      postal_code: '78701',
      same_as_service_address: false,
    });
    expect((await api('GET', '/account')).body.enrollment.is_billing_address_confirmed).to.equal(true);
    await api('PUT', '/account/billing/address', { same_as_service_address: true });
    expect((await api('GET', '/account/billing/address')).body.address_1).to.equal(service.address_1);
  });
});
