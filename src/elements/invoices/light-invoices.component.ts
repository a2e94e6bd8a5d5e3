import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getInvoice, getPaymentMethod, listInvoices } from '../../api/endpoints.js';
import { isAbortError } from '../../api/errors.js';
import type { Invoice, IsoDate, Page } from '../../api/types.js';
import { AccountController } from '../../core/account-controller.js';
import type { FlowProvider } from '../flow-frame/light-flow-frame.js';
import { localToday } from '../../core/dates.js';
import { renderFlowModal } from '../../core/flow-modal.js';
import { LightDataElement } from '../../core/light-element.js';
import { keepTogetherStyles } from '../../core/keep-together.js';
import { focusTarget, headingLevel, renderEmptyState, renderSkeleton, renderTaskError } from '../../core/templates.js';
import {
  DEFAULT_PAGE_SIZE,
  EMPTY_LIST,
  firstPageLoaded,
  morePageLoaded,
  needsCard,
  pageLimit,
} from './invoice-pages.js';
import type { CardOnFile } from './invoice-text.js';
import { renderFooter, renderHeading, renderInvoice, renderInvoiceTable, renderNotices } from './invoices.templates.js';
import { invoicesMsg as msg } from './light-invoices.messages.js';
import { invoicesStyles } from './light-invoices.styles.js';

export interface InvoiceSelectDetail {
  /** The number of the invoice the customer opened. */
  invoiceNumber: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'light-invoice-select': CustomEvent<InvoiceSelectDetail>;
  }
}

/**
 * The customer's invoices: a paginated list (newest first) with the status of each — paid, due (with its date),
 * past due, voided — its amount, usage, average price and PDF, and an invoice detail with the charges groups
 * adding up to the total, the usage for the period and how it was (or will be) paid.
 *
 * A row opens its detail on click or, from its invoice-number button, on Enter. "Back to invoices" returns to
 * the same list, scroll position and row, without loading it again. On wide screens the list is a table; in a
 * narrow space (under about 640 px) each row becomes a card.
 *
 * Unpaid invoices get a note on auto-pay: the card on file and the day it will be charged (the invoice's due
 * date, 16 days after the invoice date by default). If the payment method cannot be loaded, the note is left out
 * and the list still works.
 *
 * @tag light-invoices
 * @summary Invoice list with status, PDFs and a detail of each invoice's charges.
 *
 * @fires light-invoice-select - When the customer opens an invoice. Detail: `{ invoiceNumber }`. Cancelable:
 *   `preventDefault()` keeps the list (to show the invoice on a page of your own).
 * @fires light-error - When invoices cannot be loaded or the element is not configured.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The list heading.
 * @csspart table - The invoice table.
 * @csspart row - One invoice row.
 * @csspart row-button - The invoice number button that opens a row's detail.
 * @csspart badge - A status badge.
 * @csspart pdf-link - A PDF link.
 * @csspart notices - Auto-pay and past-due notes.
 * @csspart footer - The count and the load-more button.
 * @csspart button - Buttons (load more, back, retry, and "Pay now" on a past-due note with a `flowProvider`).
 * @csspart detail - The invoice detail.
 * @csspart charges - The charges table of the detail.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The empty state.
 * @csspart error - The error box.
 *
 * @cssprop --light-color-primary - Links, buttons and the due badge.
 * @cssprop --light-color-success - The paid badge.
 * @cssprop --light-color-danger - The past-due badge and errors.
 * @cssprop --light-color-divider - Row and table rules.
 * @cssprop --light-radius - Corner radius of cards and badges.
 */
export class LightInvoices extends LightDataElement {
  static override styles = [...(LightDataElement.styles as []), keepTogetherStyles, invoicesStyles];

  /** Invoices per page (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize: number = DEFAULT_PAGE_SIZE;

  /** Shows this invoice's detail instead of the list. Set to open one; cleared when the customer goes back. */
  @property({ attribute: 'invoice-number' }) invoiceNumber?: string | null;

  /** Heading level of the element's headings (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Lets a customer pay a past-due invoice through Light's prebuilt `billing` flow (which can pay an invoice by
   * hand): `(scope) => Promise<{ login_link, expires_at }>`, usually a call to the partner's backend, which calls
   * `flow-login` with its app token (as for `<light-flow-frame>`). When set, each past-due note has a "Pay now"
   * button that opens the flow in a modal; when it closes, the invoices are loaded again. Without it, the note
   * says to check the payment method or contact support. Property only.
   */
  @property({ attribute: false }) flowProvider?: FlowProvider;

  /** Whether the `billing` flow is showing (with a `flowProvider`). */
  @state() private payOpen = false;

  /** The invoices loaded so far, where the next page starts and whether there is one. */
  @state() private list = EMPTY_LIST;
  @state() private announcement = '';
  /** Why the last "load more" failed, while that is still the latest news. */
  @state() private moreError: unknown = null;

  /** The list generation the last "load more" was started on: its failure is news only on that list. */
  #moreGeneration = -1;
  #listWanted = false;
  #cardWanted = false;
  #cardVersion = 0;
  #focus:
    { target: 'detail' } | { target: 'row'; number: string | null } | { target: 'new-row'; number: string } | null =
    null;
  #scroll: [number, number] | null = null;

  readonly #firstPage = new Task(this, {
    task: async ([client, limit, wanted], { signal }) => {
      if (!client || !wanted) return initialState;
      return listInvoices(client, { limit, offset: 0 }, { signal });
    },
    args: () => [this.client, pageLimit(this.pageSize), this.#listWanted] as const,
    onComplete: (page: Page<Invoice>) => {
      this.moreError = null;
      this.list = firstPageLoaded(this.list, page);
    },
  });

  readonly #more = new Task(this, {
    task: async ([offset, generation]: readonly [number, number], { signal }) => {
      const client = this.client;
      if (!client) return initialState;
      const limit = pageLimit(this.pageSize);
      return { generation, page: await listInvoices(client, { limit, offset }, { signal }) };
    },
    autoRun: false,
    onError: (error) => {
      if (this.#moreGeneration === this.list.generation && !isAbortError(error)) this.moreError = error;
    },
    onComplete: ({ generation, page }: { generation: number; page: Page<Invoice> }) => {
      const before = this.list.invoices.length;
      const next = morePageLoaded(this.list, generation, page);
      if (!next) return;
      this.list = next.list;
      const count = next.list.invoices.length;
      this.announcement = msg(this.resolvedLocale, 'loadedMore', { added: next.added, count });
      if (next.added) this.#focus = { target: 'new-row', number: next.list.invoices[before].number };
    },
  });

  readonly #detail = new Task(this, {
    task: async ([client, number], { signal }) => {
      if (!client || !number) return initialState;
      return getInvoice(client, number, { signal });
    },
    args: () => [this.client, this.invoiceNumber || null] as const,
  });

  /** The card on file, for the auto-pay note; `null` when none. Loaded only once an unpaid invoice is shown. */
  readonly #card = new Task(this, {
    task: async ([client, wanted], { signal }) => {
      if (!client || !wanted) return initialState;
      return getPaymentMethod(client, { signal });
    },
    args: () => [this.client, this.#cardWanted, this.#cardVersion] as const,
  });

  constructor() {
    super();
    // A later account refresh (another element saved a card) reloads the card behind the auto-pay note. The
    // controller registers itself with this element; the list itself never needs the account.
    new AccountController(this, () => this.client, {
      load: false,
      onChange: () => {
        if (this.#cardWanted && this.#card.status === TaskStatus.COMPLETE) {
          this.#cardVersion++;
          this.requestUpdate();
        }
      },
    });
  }

  protected override get watchedTasks() {
    return [this.#firstPage, this.#more, this.#detail];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Partners without the flow never download the flow frame.
    if (this.flowProvider && !customElements.get('light-flow-frame')) void import('../flow-frame/light-flow-frame.js');
    if (!this.flowProvider) this.payOpen = false;
    if (!this.invoiceNumber) this.#listWanted = true;
    if (!this.#cardWanted) {
      const detail = this.#detail.status === TaskStatus.COMPLETE ? this.#detail.value : undefined;
      this.#cardWanted = needsCard(this.list.invoices, detail, localToday());
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const focus = this.#focus;
    if (!focus) return;
    this.#focus = null;
    if (focus.target === 'detail') {
      focusTarget(this.renderRoot.querySelector<HTMLElement>('#detail-heading'));
      return;
    }
    if (focus.target === 'row' && this.#scroll) window.scrollTo(...this.#scroll);
    const button = focus.number ? this.#rowButton(focus.number) : null;
    if (button) {
      button.focus({ preventScroll: focus.target === 'row' });
      if (focus.target === 'row') button.scrollIntoView({ block: 'nearest' });
    } else {
      focusTarget(this.renderRoot.querySelector<HTMLElement>('#list-heading'));
    }
  }

  #rowButton(number: string): HTMLElement | null {
    const buttons = this.renderRoot.querySelectorAll<HTMLElement>('button[data-number]');
    for (const button of buttons) if (button.dataset.number === number) return button;
    return null;
  }

  /** The card on file once loaded (`null`: none), `undefined` until then. */
  get #cardOnFile(): CardOnFile {
    return this.#card.status === TaskStatus.COMPLETE ? this.#card.value : undefined;
  }

  // Rendering ---------------------------------------------------------------------------------------------------

  protected override renderContent(): TemplateResult {
    const showDetail = Boolean(this.invoiceNumber);
    return html`<div class="base surface" part="base">
      <div class=${showDetail ? 'list-view concealed' : 'list-view'} ?inert=${showDetail}>${this.#renderList()}</div>
      ${showDetail ? this.#renderDetail(this.invoiceNumber!) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${renderFlowModal({ scope: 'billing', provider: this.flowProvider, open: this.payOpen, onClose: this.#payClosed })}
    </div>`;
  }

  #heading(id: string, text: string, part: string): TemplateResult {
    return renderHeading(id, text, part, headingLevel(this.headingLevel, 2));
  }

  #renderList(): TemplateResult {
    const locale = this.resolvedLocale;
    const { invoices } = this.list;
    const today = localToday();
    const body = this.#firstPage.render({
      initial: () => renderSkeleton(locale, 4),
      pending: () => renderSkeleton(locale, 4),
      error: () => renderTaskError(this.#firstPage, locale),
      complete: () =>
        invoices.length
          ? html`${renderNotices(invoices, today, this.#cardOnFile, locale, this.flowProvider && this.#pay)}
            ${this.#renderTable(today)} ${this.#renderFooter()}`
          : renderEmptyState(msg(locale, 'emptyTitle'), msg(locale, 'emptyBody')),
    });
    return html`${this.#heading('list-heading', msg(locale, 'heading'), 'heading')} ${body}`;
  }

  #renderTable(today: IsoDate): unknown {
    return renderInvoiceTable(this.list.invoices, today, this.resolvedLocale, this.#onTableClick);
  }

  #renderFooter(): TemplateResult {
    const { invoices, hasMore } = this.list;
    const loading = this.#more.status === TaskStatus.PENDING;
    const footer = { count: invoices.length, hasMore, loading, error: this.moreError, onLoadMore: this.#loadMore };
    return renderFooter(footer, this.resolvedLocale);
  }

  #renderDetail(number: string): TemplateResult {
    const locale = this.resolvedLocale;
    return html`<section class="detail" part="detail" aria-labelledby="detail-heading">
      <button type="button" class="secondary back" part="button back-button" @click=${this.#back}>
        <span aria-hidden="true">←</span> ${msg(locale, 'back')}
      </button>
      ${this.#heading('detail-heading', msg(locale, 'detailHeading', { number }), 'heading detail-heading')}
      ${this.#detail.render({
        initial: () => renderSkeleton(locale, 6),
        pending: () => renderSkeleton(locale, 6),
        error: () => renderTaskError(this.#detail, locale),
        complete: (detail) => renderInvoice(detail, localToday(), this.#cardOnFile, locale),
      })}
    </section>`;
  }

  // Actions -----------------------------------------------------------------------------------------------------

  #onTableClick = (event: MouseEvent): void => {
    const target = event.target as Element;
    if (target.closest('a')) return;
    const row = target.closest<HTMLElement>('tr[data-number]');
    if (!row) return;
    // Selecting text in a row is not a request to open it.
    if (!target.closest('button') && (getSelection()?.toString() ?? '')) return;
    this.#open(row.dataset.number!);
  };

  #open(number: string): void {
    // A partner with its own invoice page cancels the event and navigates instead.
    if (!this.emit('light-invoice-select', { invoiceNumber: number }, { cancelable: true })) return;
    this.#scroll = [window.scrollX, window.scrollY];
    this.#focus = { target: 'detail' };
    this.invoiceNumber = number;
  }

  #pay = (): void => {
    this.payOpen = true;
  };

  /** The billing flow closed: the invoices as they are now (one may have been paid), focus back on the list. */
  #payClosed = (event: Event): void => {
    if (event.target !== event.currentTarget || !this.payOpen) return;
    this.payOpen = false;
    this.#focus = { target: 'row', number: null };
    void this.#firstPage.run();
  };

  #back = (): void => {
    this.#focus = { target: 'row', number: this.invoiceNumber ?? null };
    this.invoiceNumber = null;
  };

  #loadMore = (): void => {
    if (this.#more.status === TaskStatus.PENDING || !this.list.hasMore) return;
    this.moreError = null;
    this.#moreGeneration = this.list.generation;
    void this.#more.run([this.list.nextOffset, this.list.generation]);
  };
}
