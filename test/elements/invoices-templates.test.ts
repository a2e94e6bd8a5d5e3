import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { LightApiError } from '../../src/api/errors.js';
import type { Invoice, InvoiceDetail } from '../../src/api/types.js';
import {
  renderCharges,
  renderFooter,
  renderHeading,
  renderInvoice,
  renderInvoiceTable,
  renderNotices,
  renderPdfLink,
} from '../../src/elements/invoices/invoices.templates.js';
import { anInvoice } from '../support/invoices.js';

const invoice = (number: string, over: Partial<Invoice> = {}): Invoice => anInvoice({ number, ...over });

function mount(template: unknown): HTMLElement {
  const box = document.createElement('div');
  render(template, box);
  return box;
}

const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('invoice templates', () => {
  it('puts the heading at the level asked for, focusable', () => {
    const heading = mount(renderHeading('list-heading', 'Invoices', 'heading', 3)).firstElementChild!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    expect(text(heading)).to.equal('Invoices');
  });

  it('links a safe PDF in a new tab, and says when there is none', () => {
    const link = mount(renderPdfLink(invoice('A'), 'en')).querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.com/inv.pdf');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.getAttribute('aria-label')).to.equal('PDF of invoice A (opens in a new tab)');
    const unsafe = mount(renderPdfLink(invoice('B', { pdf: 'javascript:alert(1)' }), 'en'));
    expect(unsafe.querySelector('a')).to.equal(null);
    expect(text(unsafe)).to.equal('Not available');
  });

  it('renders one row per invoice with its status, and hands clicks to the handler', () => {
    const clicked: string[] = [];
    const invoices = [invoice('A', { paid_at: '2026-03-18T15:00:00Z' }), invoice('B')];
    const box = mount(
      renderInvoiceTable(invoices, '2026-03-20', 'en', (event) => {
        clicked.push((event.target as HTMLElement).closest<HTMLElement>('tr')!.dataset.number!);
      }),
    );
    const rows = [...box.querySelectorAll<HTMLElement>('tbody tr')];
    expect(rows.map((row) => row.dataset.number)).to.deep.equal(['A', 'B']);
    expect(rows.map((row) => row.querySelector('[part="badge"]')!.getAttribute('data-status'))).to.deep.equal([
      'paid',
      'past-due',
    ]);
    rows[1].querySelector('button')!.click();
    expect(clicked).to.deep.equal(['B']);
  });

  it('counts the invoices and offers more while there are more', () => {
    let asked = 0;
    const footer = (over: object) =>
      mount(
        renderFooter(
          { count: 2, hasMore: true, loading: false, error: null, onLoadMore: () => asked++, ...over },
          'en',
        ),
      );
    const more = footer({});
    expect(text(more.querySelector('.count'))).to.equal('Showing 2 invoices');
    more.querySelector<HTMLButtonElement>('button.load-more')!.click();
    expect(asked).to.equal(1);
    expect(footer({ loading: true }).querySelector('button.load-more')!.getAttribute('aria-disabled')).to.equal('true');
    const all = footer({ hasMore: false });
    expect(text(all.querySelector('.count'))).to.equal('Showing all 2 invoices');
    expect(all.querySelector('button.load-more')).to.equal(null);
    const failed = footer({ error: new LightApiError('network', 'offline') });
    expect(text(failed.querySelector('.load-error'))).to.contain('More invoices could not be loaded');
  });

  it('lists a note for each unpaid invoice, and nothing when all are paid', () => {
    const notes = mount(renderNotices([invoice('A'), invoice('B')], '2026-03-20', undefined, 'en'));
    expect(notes.querySelectorAll('li.past-due').length).to.equal(2);
    const none = mount(renderNotices([invoice('A', { paid_at: '2026-03-18T15:00:00Z' })], '2026-03-20', null, 'en'));
    expect(none.querySelector('ul')).to.equal(null);
  });

  it('keeps the invoice number in a note on one line, the note reading as before', () => {
    const notes = mount(renderNotices([invoice('9693907-0015')], '2026-03-20', undefined, 'en'));
    const kept = [...notes.querySelectorAll('li .kept')].map((span) => span.textContent);
    expect(kept).to.deep.equal(['9693907-0015']);
    expect(text(notes.querySelector('li'))).to.match(/^Invoice 9693907-0015 \(\$123\.45\) was due Mar 18, 2026/);
  });

  it('shows the charges adding up to the total, with any difference as an adjustment', () => {
    const detail: InvoiceDetail = {
      ...invoice('A'),
      total_cents: 1498,
      payment: null,
      charges_groups: [
        {
          name: 'Energy',
          total_cents: 1500,
          charges: [{ name: 'Energy charge', amount_cents: 1500, quantity: 900, unit: 'kWh', rate: 0.0166 }],
        },
      ],
    };
    const box = mount(renderCharges(detail, 'en'));
    expect(text(box.querySelector('.charge .basis'))).to.equal('900 kWh × $0.0166');
    expect(text(box.querySelector('.adjustment'))).to.contain('-$0.02');
    expect(text(box.querySelector('.total'))).to.contain('$14.98');
    const empty = mount(renderCharges({ ...detail, charges_groups: [] }, 'en'));
    expect(empty.querySelector('.no-charges')).to.not.equal(null);
  });

  it('shows a voided invoice without a due date, and its payment note', () => {
    const voided: InvoiceDetail = {
      ...invoice('A', { voided_at: '2026-03-05T15:00:00Z' }),
      charges_groups: [],
      payment: null,
    };
    const box = mount(renderInvoice(voided, '2026-03-10', undefined, 'en'));
    expect(box.querySelector('[part="badge"]')!.getAttribute('data-status')).to.equal('voided');
    expect([...box.querySelectorAll('dt')].map(text)).to.not.include('Due date');
    expect(box.querySelector('.payment.voided')).to.not.equal(null);
  });
});
