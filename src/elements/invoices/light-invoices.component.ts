import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { getInvoice, getPaymentMethod, listInvoices } from '../../api/endpoints.js';
import { isAbortError } from '../../api/errors.js';
import type { LightClient } from '../../api/http.js';
import type { Invoice, InvoiceCharge, InvoiceDetail, Page, PaymentMethod } from '../../api/types.js';
import { accountStore } from '../../core/account-store.js';
import { localToday, parseIsoDate } from '../../core/dates.js';
import {
  dateFormatter,
  formatCents,
  formatCentsPerKwh,
  formatDate,
  formatKwh,
  formatNumber,
  formatRate,
} from '../../core/format.js';
import { brandName } from '../../core/cards.js';
import { LightDataElement } from '../../core/light-element.js';
import {
  errorMessage,
  headingLevel,
  renderEmptyState,
  renderSkeleton,
  renderTaskError,
  toLightError,
} from '../../core/templates.js';
import { safeHttpUrl } from '../../core/url.js';
import {
  appendPage,
  chargeBasis,
  chargesBreakdown,
  invoiceStatus,
  paymentNote,
  type InvoiceStatus,
} from './invoice-status.js';
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

const DEFAULT_PAGE_SIZE = 12;
/** The API's largest page. */
const MAX_PAGE_SIZE = 100;

const STATUS_MARK: Record<InvoiceStatus, string> = { paid: '✓', due: '•', 'past-due': '!', voided: '⊘' };

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
 * @csspart button - Buttons (load more, back, retry).
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
  static override styles = [...(LightDataElement.styles as []), invoicesStyles];

  /** Invoices per page (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULT_PAGE_SIZE;

  /** Shows this invoice's detail instead of the list. Set to open one; cleared when the customer goes back. */
  @property({ attribute: 'invoice-number' }) invoiceNumber?: string | null;

  /** Heading level of the element's headings (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private invoices: Invoice[] = [];
  @state() private hasMore = false;
  @state() private announcement = '';
  /** Why the last "load more" failed, while that is still the latest news. */
  @state() private moreError: unknown = null;

  #nextOffset = 0;
  /** Increases each time the first page is (re)loaded, so a late "load more" from before is dropped. */
  #generation = 0;
  #moreGeneration = -1;
  #listWanted = false;
  #cardWanted = false;
  #cardVersion = 0;
  #focus:
    { target: 'detail' } | { target: 'row'; number: string | null } | { target: 'new-row'; number: string } | null =
    null;
  #scroll: [number, number] | null = null;
  #subscribedTo?: LightClient;
  #unsubscribe?: () => void;

  readonly #firstPage = new Task(this, {
    task: async ([client, limit, wanted], { signal }) => {
      if (!client || !wanted) return initialState;
      return listInvoices(client, { limit, offset: 0 }, { signal });
    },
    args: () => [this.client, this.#limit, this.#listWanted] as const,
    onComplete: (page: Page<Invoice>) => {
      this.#generation++;
      this.moreError = null;
      this.invoices = appendPage([], page.data);
      this.#afterPage(page);
    },
  });

  readonly #more = new Task(this, {
    task: async ([offset, generation]: readonly [number, number], { signal }) => {
      const client = this.client;
      if (!client) return initialState;
      return { generation, page: await listInvoices(client, { limit: this.#limit, offset }, { signal }) };
    },
    autoRun: false,
    onError: (error) => {
      if (this.#moreGeneration === this.#generation && !isAbortError(error)) this.moreError = error;
    },
    onComplete: ({ generation, page }: { generation: number; page: Page<Invoice> }) => {
      if (generation !== this.#generation) return;
      const before = this.invoices.length;
      this.invoices = appendPage(this.invoices, page.data);
      this.#afterPage(page);
      const added = this.invoices.length - before;
      this.announcement = msg(this.resolvedLocale, 'loadedMore', { added, count: this.invoices.length });
      if (added) this.#focus = { target: 'new-row', number: this.invoices[before].number };
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

  protected override get watchedTasks() {
    return [this.#firstPage, this.#more, this.#detail];
  }

  get #limit(): number {
    const size = Math.round(Number(this.pageSize));
    return Number.isFinite(size) && size > 0 ? Math.min(size, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribedTo = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.invoiceNumber) this.#listWanted = true;
    if (!this.#cardWanted) {
      const today = localToday();
      const detail = this.#detail.status === TaskStatus.COMPLETE ? this.#detail.value : undefined;
      this.#cardWanted = [...this.invoices, ...(detail ? [detail] : [])].some((invoice) => {
        const status = invoiceStatus(invoice, today);
        return status === 'due' || status === 'past-due';
      });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#subscribe();
    const focus = this.#focus;
    if (!focus) return;
    this.#focus = null;
    if (focus.target === 'detail') {
      this.renderRoot.querySelector<HTMLElement>('#detail-heading')?.focus();
      return;
    }
    if (focus.target === 'row' && this.#scroll) window.scrollTo(...this.#scroll);
    const button = focus.number ? this.#rowButton(focus.number) : null;
    if (button) {
      button.focus({ preventScroll: focus.target === 'row' });
      if (focus.target === 'row') button.scrollIntoView({ block: 'nearest' });
    } else {
      this.renderRoot.querySelector<HTMLElement>('#list-heading')?.focus();
    }
  }

  /** A later account refresh (another element saved a card) reloads the card behind the auto-pay note. */
  #subscribe(): void {
    if (this.client === this.#subscribedTo) return;
    this.#unsubscribe?.();
    this.#subscribedTo = this.client;
    this.#unsubscribe = this.client
      ? accountStore(this.client).subscribe(() => {
          if (this.#cardWanted && this.#card.status === TaskStatus.COMPLETE) {
            this.#cardVersion++;
            this.requestUpdate();
          }
        })
      : undefined;
  }

  #afterPage(page: Page<Invoice>): void {
    this.#nextOffset = page.offset + page.data.length;
    this.hasMore = page.has_more && page.data.length > 0;
  }

  #rowButton(number: string): HTMLElement | null {
    const buttons = this.renderRoot.querySelectorAll<HTMLElement>('button[data-number]');
    for (const button of buttons) if (button.dataset.number === number) return button;
    return null;
  }

  // Rendering ---------------------------------------------------------------------------------------------------

  protected override renderContent(): TemplateResult {
    const showDetail = Boolean(this.invoiceNumber);
    return html`<div class="base surface" part="base">
      <div class=${showDetail ? 'list-view concealed' : 'list-view'} ?inert=${showDetail}>${this.#renderList()}</div>
      ${showDetail ? this.#renderDetail(this.invoiceNumber!) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  #heading(id: string, text: string, part: string): TemplateResult {
    const level = headingLevel(this.headingLevel, 2);
    return html`<div role="heading" aria-level=${level} id=${id} class="heading" part=${part} tabindex="-1">
      ${text}
    </div>`;
  }

  #renderList(): TemplateResult {
    const locale = this.resolvedLocale;
    const body = this.#firstPage.render({
      initial: () => renderSkeleton(locale, 4),
      pending: () => renderSkeleton(locale, 4),
      error: () => renderTaskError(this.#firstPage, locale),
      complete: () =>
        this.invoices.length
          ? html`${this.#renderNotices()} ${this.#renderTable()} ${this.#renderFooter()}`
          : renderEmptyState(msg(locale, 'emptyTitle'), msg(locale, 'emptyBody')),
    });
    return html`${this.#heading('list-heading', msg(locale, 'heading'), 'heading')} ${body}`;
  }

  #statusBadge(invoice: Invoice, status: InvoiceStatus): TemplateResult {
    const locale = this.resolvedLocale;
    const due = formatDate(invoice.payment_due_date, locale);
    const label =
      status === 'paid'
        ? msg(locale, 'statusPaid')
        : status === 'voided'
          ? msg(locale, 'statusVoided')
          : status === 'past-due'
            ? msg(locale, 'statusPastDue')
            : due
              ? msg(locale, 'statusDueOn', { date: due })
              : msg(locale, 'statusDue');
    return html`<span class="badge ${status}" part="badge" data-status=${status}
      ><span class="mark" aria-hidden="true">${STATUS_MARK[status]}</span> ${label}</span
    >`;
  }

  #pdfLink(invoice: Invoice): TemplateResult {
    const locale = this.resolvedLocale;
    const href = safeHttpUrl(invoice.pdf);
    if (!href) return html`<span class="muted">${msg(locale, 'pdfUnavailable')}</span>`;
    // An aria-label rather than hidden text: one element less per row counts with hundreds of rows.
    return html`<a
      href=${href}
      target="_blank"
      rel="noopener noreferrer"
      part="pdf-link"
      class="pdf-link"
      aria-label=${msg(locale, 'pdfLabel', { number: invoice.number })}
      >${msg(locale, 'pdf')}</a
    >`;
  }

  /** `Jan 27 – Feb 26, 2026`: a range keeps the period short enough for a table cell. */
  #period(invoice: Invoice): string {
    const locale = this.resolvedLocale;
    const from = parseIsoDate(invoice.billing_period_start);
    const to = parseIsoDate(invoice.billing_period_end);
    if (from === null || to === null) {
      return formatDate(invoice.billing_period_start, locale) || formatDate(invoice.billing_period_end, locale);
    }
    const format = dateFormatter(locale);
    return from <= to
      ? format.formatRange(from, to)
      : msg(locale, 'period', { from: format.format(from), to: format.format(to) });
  }

  #renderTable(): unknown {
    const locale = this.resolvedLocale;
    const today = localToday();
    // 500 rows must not be rebuilt for every unrelated update (an announcement, opening a detail).
    // Explicit table roles keep the semantics when a narrow container restyles rows as cards.
    return guard([this.invoices, locale, today], () => {
      // A click anywhere on a row is a mouse shortcut; the keyboard path is each row's invoice-number button,
      // whose own click (Enter or Space) bubbles to this same handler.
      // eslint-disable-next-line lit-a11y/click-events-have-key-events
      return html`<table class="invoices" part="table" role="table" @click=${this.#onTableClick}>
        <caption class="visually-hidden">
          ${msg(locale, 'tableCaption')}
        </caption>
        <colgroup>
          <col class="c-number" />
          <col class="c-period" />
          <col class="c-amount" />
          <col class="c-usage" />
          <col class="c-status" />
          <col class="c-pdf" />
        </colgroup>
        <thead>
          <tr role="row">
            <th role="columnheader" scope="col">${msg(locale, 'colInvoice')}</th>
            <th role="columnheader" scope="col">${msg(locale, 'colPeriod')}</th>
            <th role="columnheader" scope="col" class="num">${msg(locale, 'colAmount')}</th>
            <th role="columnheader" scope="col" class="num">${msg(locale, 'colUsage')}</th>
            <th role="columnheader" scope="col">${msg(locale, 'colStatus')}</th>
            <th role="columnheader" scope="col">${msg(locale, 'colPdf')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.invoices.map((invoice) => {
            const status = invoiceStatus(invoice, today);
            const issued = formatDate(invoice.invoice_date, locale);
            return html`<tr role="row" part="row" class="row ${status}" data-number=${invoice.number}>
              <th role="rowheader" scope="row" class="number">
                <button
                  type="button"
                  class="row-button"
                  part="row-button"
                  data-number=${invoice.number}
                  aria-label=${msg(locale, 'viewInvoice', { number: invoice.number })}
                >
                  ${invoice.number}
                </button>
                ${issued ? html`<span class="sub">${msg(locale, 'issued', { date: issued })}</span>` : nothing}
              </th>
              <td role="cell" class="period" data-label=${msg(locale, 'colPeriod')}>${this.#period(invoice)}</td>
              <td role="cell" class="num amount" data-label=${msg(locale, 'colAmount')}>
                ${formatCents(invoice.total_cents, locale)}
              </td>
              <td role="cell" class="num usage" data-label=${msg(locale, 'colUsage')}>
                ${invoice.total_kwh === null ? '' : formatKwh(invoice.total_kwh, locale, 0)}
                ${
                  invoice.avg_cents_per_kwh === null
                    ? nothing
                    : html`<span class="sub"
                        >${msg(locale, 'average', { price: formatCentsPerKwh(invoice.avg_cents_per_kwh, locale) })}</span
                      >`
                }
              </td>
              <td role="cell" class="status" data-label=${msg(locale, 'colStatus')}>
                ${this.#statusBadge(invoice, status)}
              </td>
              <td role="cell" class="pdf" data-label=${msg(locale, 'colPdf')}>${this.#pdfLink(invoice)}</td>
            </tr>`;
          })}
        </tbody>
      </table>`;
    });
  }

  #renderFooter(): TemplateResult {
    const locale = this.resolvedLocale;
    const loading = this.#more.status === TaskStatus.PENDING;
    const failed = this.moreError ? toLightError(this.moreError) : null;
    const count = this.invoices.length;
    return html`<div class="footer" part="footer">
      <p class="count" id="count">
        ${this.hasMore ? msg(locale, 'showing', { count }) : msg(locale, 'showingAll', { count })}
      </p>
      ${
        failed
          ? html`<div class="state error load-error" role="alert" part="error">
              <p class="state-title">${msg(locale, 'loadMoreFailed')}</p>
              <p>${errorMessage(failed, locale)}</p>
            </div>`
          : nothing
      }
      ${
        this.hasMore
          ? html`<button
              type="button"
              class="secondary load-more"
              part="button load-more"
              aria-describedby="count"
              aria-disabled=${loading ? 'true' : 'false'}
              @click=${this.#loadMore}
            >
              ${loading ? msg(locale, 'loadingMore') : msg(locale, 'loadMore')}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** One sentence per unpaid invoice: when auto-pay will charge it, or that it is past due. */
  #renderNotices(): TemplateResult | typeof nothing {
    const notes = this.invoices.map((invoice) => this.#noteFor(invoice)).filter((note) => note !== null);
    if (!notes.length) return nothing;
    return html`<ul class="notices" part="notices" aria-label=${msg(this.resolvedLocale, 'noticesLabel')}>
      ${notes.map((note) => html`<li class=${note.kind}>${note.text}</li>`)}
    </ul>`;
  }

  #cardName(card: PaymentMethod | null | undefined): string {
    const locale = this.resolvedLocale;
    if (!card?.card_last4) return msg(locale, 'cardGeneric');
    const brand = brandName(card.card_brand) ?? msg(locale, 'methodCard');
    return msg(locale, 'cardEnding', { brand, last4: card.card_last4 });
  }

  #noteFor(invoice: Invoice): { kind: string; text: string } | null {
    const locale = this.resolvedLocale;
    const card = this.#card.status === TaskStatus.COMPLETE ? this.#card.value : undefined;
    const note = paymentNote(invoice, localToday(), card === undefined ? undefined : card !== null);
    if (!note) return null;
    const params = {
      amount: formatCents(invoice.total_cents, locale),
      date: formatDate(note.date, locale),
      number: invoice.number,
    };
    switch (note.kind) {
      case 'autopay':
        return { kind: note.kind, text: msg(locale, 'autopayNote', { ...params, card: this.#cardName(card) }) };
      case 'no-method':
        return { kind: note.kind, text: msg(locale, 'noMethodNote', params) };
      case 'past-due':
        return { kind: note.kind, text: msg(locale, 'pastDueNote', params) };
    }
  }

  // Detail ------------------------------------------------------------------------------------------------------

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
        complete: (detail) => this.#renderInvoice(detail),
      })}
    </section>`;
  }

  #renderInvoice(invoice: InvoiceDetail): TemplateResult {
    const locale = this.resolvedLocale;
    const status = invoiceStatus(invoice, localToday());
    const fact = (term: string, value: unknown) =>
      value === '' || value === null
        ? nothing
        : html`<div>
            <dt>${term}</dt>
            <dd>${value}</dd>
          </div>`;
    return html`<p class="detail-status">${this.#statusBadge(invoice, status)}</p>
      <dl class="facts" aria-label=${msg(locale, 'facts')}>
        ${fact(msg(locale, 'total'), html`<strong>${formatCents(invoice.total_cents, locale)}</strong>`)}
        ${fact(msg(locale, 'invoiceDate'), formatDate(invoice.invoice_date, locale))}
        ${fact(msg(locale, 'billingPeriod'), this.#period(invoice))}
        ${status === 'voided' ? nothing : fact(msg(locale, 'dueDate'), formatDate(invoice.payment_due_date, locale))}
        ${fact(msg(locale, 'usage'), invoice.total_kwh === null ? '' : formatKwh(invoice.total_kwh, locale, 0))}
        ${fact(
          msg(locale, 'averagePrice'),
          invoice.avg_cents_per_kwh === null ? '' : formatCentsPerKwh(invoice.avg_cents_per_kwh, locale),
        )}
      </dl>
      ${this.#renderPayment(invoice, status)} ${this.#renderCharges(invoice)}
      <p class="detail-pdf">
        ${safeHttpUrl(invoice.pdf) ? html`${msg(locale, 'downloadPdf')}: ` : nothing}${this.#pdfLink(invoice)}
      </p>`;
  }

  #renderPayment(invoice: InvoiceDetail, status: InvoiceStatus): TemplateResult | typeof nothing {
    const locale = this.resolvedLocale;
    let text: string | null = null;
    if (status === 'voided') {
      text = msg(locale, 'voidedNote', { date: formatDate(invoice.voided_at, locale) });
    } else if (status === 'paid') {
      const date = formatDate(invoice.payment?.paid_at ?? invoice.paid_at, locale);
      const amount = formatCents(invoice.payment?.amount_cents ?? invoice.total_cents, locale);
      const method = invoice.payment?.method?.trim().toLowerCase();
      const methodText =
        method === 'card'
          ? msg(locale, 'methodCard')
          : method === 'bank' || method === 'ach'
            ? msg(locale, 'methodBank')
            : method;
      text = !date
        ? msg(locale, 'paid')
        : methodText
          ? msg(locale, 'paidOnWith', { amount, date, method: methodText })
          : msg(locale, 'paidOn', { amount, date });
    } else {
      text = this.#noteFor(invoice)?.text ?? null;
    }
    if (!text) return nothing;
    return html`<div class="payment ${status}" part="notices">
      <h3 class="subheading">${msg(locale, 'payment')}</h3>
      <p>${text}</p>
    </div>`;
  }

  #chargeBasis(charge: InvoiceCharge): string {
    const locale = this.resolvedLocale;
    const basis = chargeBasis(charge);
    if (!basis) return '';
    if (basis.kind === 'percent') {
      return msg(locale, 'percentOf', {
        rate: formatRate(basis.rate, locale, 'percent'),
        base: formatRate(basis.base, locale, 'currency'),
      });
    }
    const unit = /^months?$/i.test(basis.unit)
      ? msg(locale, basis.quantity === 1 ? 'unitMonth' : 'unitMonths')
      : /^days?$/i.test(basis.unit)
        ? msg(locale, basis.quantity === 1 ? 'unitDay' : 'unitDays')
        : basis.unit;
    return msg(locale, 'unitTimesRate', {
      quantity: formatNumber(basis.quantity, locale, 3),
      unit,
      rate: formatRate(basis.rate, locale, 'currency'),
    });
  }

  #renderCharges(invoice: InvoiceDetail): TemplateResult {
    const locale = this.resolvedLocale;
    const breakdown = chargesBreakdown(invoice);
    if (!breakdown.groups.length) {
      return html`<p class="muted no-charges">${msg(locale, 'noCharges')}</p>`;
    }
    return html`<table class="charges" part="charges">
      <caption>
        ${msg(locale, 'charges')}
      </caption>
      <thead class="visually-hidden">
        <tr>
          <th scope="col">${msg(locale, 'charge')}</th>
          <th scope="col">${msg(locale, 'amount')}</th>
        </tr>
      </thead>
      ${breakdown.groups.map((group) => {
        const name = group.name || msg(locale, 'unnamedGroup');
        return html`<tbody class="group">
          <tr class="group-name">
            <th scope="rowgroup" colspan="2">${name}</th>
          </tr>
          ${group.charges.map((charge) => {
            const basis = this.#chargeBasis(charge);
            return html`<tr class="charge">
              <th scope="row">
                ${charge.name || msg(locale, 'unnamedCharge')}${basis ? html`<span class="basis muted">${basis}</span>` : nothing}
              </th>
              <td class="num">${formatCents(charge.amount_cents, locale)}</td>
            </tr>`;
          })}
          <tr class="subtotal">
            <th scope="row">${msg(locale, 'subtotal', { group: name })}</th>
            <td class="num">${formatCents(group.total_cents, locale)}</td>
          </tr>
        </tbody>`;
      })}
      ${
        breakdown.adjustmentCents
          ? html`<tbody>
              <tr class="adjustment">
                <th scope="row">${msg(locale, 'adjustment')}</th>
                <td class="num">${formatCents(breakdown.adjustmentCents, locale)}</td>
              </tr>
            </tbody>`
          : nothing
      }
      <tfoot>
        <tr class="total">
          <th scope="row">${msg(locale, 'total')}</th>
          <td class="num">${formatCents(breakdown.totalCents, locale)}</td>
        </tr>
      </tfoot>
    </table>`;
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

  #back = (): void => {
    this.#focus = { target: 'row', number: this.invoiceNumber ?? null };
    this.invoiceNumber = null;
  };

  #loadMore = (): void => {
    if (this.#more.status === TaskStatus.PENDING || !this.hasMore) return;
    this.moreError = null;
    this.#moreGeneration = this.#generation;
    void this.#more.run([this.#nextOffset, this.#generation]);
  };
}
