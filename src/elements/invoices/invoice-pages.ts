/**
 * The invoice list as pages arrive, as pure functions: the page size asked for, where the next page starts,
 * whether there is one, and which "load more" answers still belong to the list shown.
 */
import type { Invoice, InvoiceDetail, IsoDate, Page } from '../../api/types.js';
import { appendPage, invoiceStatus } from './invoice-status.js';

/** Invoices per page when `page-size` says nothing usable. */
export const DEFAULT_PAGE_SIZE = 12;
/** The API's largest page. */
export const MAX_PAGE_SIZE = 100;

/** The `limit` to ask for: `page-size` rounded, at most the API's largest page, the default when not a size. */
export function pageLimit(pageSize: unknown): number {
  const size = Math.round(Number(pageSize));
  return Number.isFinite(size) && size > 0 ? Math.min(size, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
}

/** The invoices loaded so far. */
export interface InvoiceList {
  invoices: Invoice[];
  /** The offset of the next page. */
  nextOffset: number;
  /** Whether the API has more invoices after these. */
  hasMore: boolean;
  /**
   * Increases each time the first page is (re)loaded: a "load more" started on an earlier list carries that
   * list's generation and is dropped.
   */
  generation: number;
}

/** The list before any page has loaded. */
export const EMPTY_LIST: InvoiceList = { invoices: [], nextOffset: 0, hasMore: false, generation: 0 };

function withPage(invoices: Invoice[], page: Page<Invoice>, generation: number): InvoiceList {
  return {
    invoices,
    nextOffset: page.offset + page.data.length,
    // An empty page that says there is more would offer a button that never loads anything.
    hasMore: page.has_more && page.data.length > 0,
    generation,
  };
}

/** The list once its first page has (re)loaded: that page alone, as a new generation. */
export function firstPageLoaded(list: InvoiceList, page: Page<Invoice>): InvoiceList {
  return withPage(appendPage([], page.data), page, list.generation + 1);
}

/**
 * The list with one more page, and how many invoices it added (invoices already shown are skipped); `null`
 * when the page was asked for by an earlier generation of the list, which it no longer extends.
 */
export function morePageLoaded(
  list: InvoiceList,
  generation: number,
  page: Page<Invoice>,
): { list: InvoiceList; added: number } | null {
  if (generation !== list.generation) return null;
  const invoices = appendPage(list.invoices, page.data);
  return { list: withPage(invoices, page, generation), added: invoices.length - list.invoices.length };
}

/**
 * Whether anything shown is unpaid (due or past due), so that the card on file is worth loading for the
 * auto-pay note.
 */
export function needsCard(invoices: readonly Invoice[], detail: InvoiceDetail | undefined, today: IsoDate): boolean {
  return [...invoices, ...(detail ? [detail] : [])].some((invoice) => {
    const status = invoiceStatus(invoice, today);
    return status === 'due' || status === 'past-due';
  });
}
