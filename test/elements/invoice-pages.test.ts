import { expect } from '@open-wc/testing';
import type { Invoice, InvoiceDetail, Page } from '../../src/api/types.js';
import {
  DEFAULT_PAGE_SIZE,
  EMPTY_LIST,
  firstPageLoaded,
  MAX_PAGE_SIZE,
  morePageLoaded,
  needsCard,
  pageLimit,
} from '../../src/elements/invoices/invoice-pages.js';
import { anInvoice } from '../support/invoices.js';

const invoice = (number: string, over: Partial<Invoice> = {}): Invoice =>
  anInvoice({ number, pdf: null, paid_at: '2026-03-18T15:00:00Z', ...over });

const page = (numbers: string[], offset: number, hasMore: boolean): Page<Invoice> => ({
  data: numbers.map((n) => invoice(n)),
  has_more: hasMore,
  limit: 2,
  offset,
  next_page_url: null,
});

const numbers = (list: { invoices: Invoice[] }) => list.invoices.map((i) => i.number);

describe('pageLimit', () => {
  it('rounds the page size and keeps it within the API’s largest page', () => {
    expect(pageLimit(5)).to.equal(5);
    expect(pageLimit(7.6)).to.equal(8);
    expect(pageLimit('20')).to.equal(20);
    expect(pageLimit(1000)).to.equal(MAX_PAGE_SIZE);
  });

  it('falls back to the default for anything that is not a size', () => {
    for (const size of [0, -3, NaN, 'many', undefined, null, Infinity]) {
      expect(pageLimit(size), String(size)).to.equal(DEFAULT_PAGE_SIZE);
    }
  });
});

describe('firstPageLoaded', () => {
  it('starts a new generation with that page alone', () => {
    const list = firstPageLoaded(EMPTY_LIST, page(['A', 'B'], 0, true));
    expect(numbers(list)).to.deep.equal(['A', 'B']);
    expect(list).to.include({ nextOffset: 2, hasMore: true, generation: 1 });
    const again = firstPageLoaded(list, page(['A'], 0, false));
    expect(numbers(again)).to.deep.equal(['A']);
    expect(again).to.include({ nextOffset: 1, hasMore: false, generation: 2 });
  });

  it('offers no more after an empty page, whatever the page says', () => {
    expect(firstPageLoaded(EMPTY_LIST, page([], 0, true)).hasMore).to.equal(false);
  });
});

describe('morePageLoaded', () => {
  const first = firstPageLoaded(EMPTY_LIST, page(['A', 'B'], 0, true));

  it('appends the page, skipping invoices already shown, and counts what it added', () => {
    const next = morePageLoaded(first, first.generation, page(['B', 'C'], 2, true))!;
    expect(numbers(next.list)).to.deep.equal(['A', 'B', 'C']);
    expect(next.added).to.equal(1);
    expect(next.list).to.include({ nextOffset: 4, hasMore: true, generation: first.generation });
  });

  it('ends the list on the last page', () => {
    const next = morePageLoaded(first, first.generation, page(['C'], 2, false))!;
    expect(next.list.hasMore).to.equal(false);
    expect(next.added).to.equal(1);
  });

  it('drops a page asked for by an earlier list', () => {
    const reloaded = firstPageLoaded(first, page(['A', 'B'], 0, true));
    expect(morePageLoaded(reloaded, first.generation, page(['C'], 2, false))).to.equal(null);
  });
});

describe('needsCard', () => {
  const paid = invoice('P');
  const due = invoice('D', { paid_at: null });

  it('is true once a due or past-due invoice is shown, in the list or the detail', () => {
    expect(needsCard([paid, due], undefined, '2026-03-10')).to.equal(true);
    expect(needsCard([paid, due], undefined, '2026-04-10')).to.equal(true);
    const detail: InvoiceDetail = { ...due, charges_groups: [], payment: null };
    expect(needsCard([], detail, '2026-03-10')).to.equal(true);
  });

  it('is false when everything shown is paid or voided', () => {
    expect(
      needsCard([paid, invoice('V', { paid_at: null, voided_at: '2026-03-05T15:00:00Z' })], undefined, '2026-03-10'),
    ).to.equal(false);
    expect(needsCard([], undefined, '2026-03-10')).to.equal(false);
  });
});
