/**
 * The invoice list and detail as templates of plain data: headings, the table, its footer and notes, and an
 * invoice's facts, payment and charges.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Invoice, InvoiceDetail, IsoDate } from '../../api/types.js';
import { formatCents, formatCentsPerKwh, formatDate, formatKwh } from '../../core/format.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { keepTogether } from '../../core/keep-together.js';
import { errorMessage, toLightError } from '../../core/templates.js';
import { safeHttpUrl } from '../../core/url.js';
import { chargesBreakdown, invoiceStatus, type InvoiceStatus } from './invoice-status.js';
import {
  chargeBasisText,
  invoiceNote,
  paymentText,
  PERIOD_DASH,
  periodText,
  STATUS_MARK,
  statusLabel,
  type CardOnFile,
} from './invoice-text.js';
import { invoicesMsg as msg } from './light-invoices.messages.js';

/** A focusable heading (focus lands on it after moving between list and detail) at the page's `level`. */
export function renderHeading(id: string, text: string, part: string, level: number): TemplateResult {
  return html`<div role="heading" aria-level=${level} id=${id} class="heading" part=${part} tabindex="-1">
    ${text}
  </div>`;
}

export function renderStatusBadge(invoice: Invoice, status: InvoiceStatus, locale: SupportedLocale): TemplateResult {
  return html`<span class="badge ${status}" part="badge" data-status=${status}
    ><span class="mark" aria-hidden="true">${STATUS_MARK[status]}</span> ${statusLabel(invoice, status, locale)}</span
  >`;
}

/** The invoice's PDF, opened in a new tab, only when its link is a safe http(s) address. */
export function renderPdfLink(invoice: Invoice, locale: SupportedLocale): TemplateResult {
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

/**
 * The invoice table. `onClick` hears clicks anywhere in it: a row's invoice-number button (`data-number`) or the
 * row around it (`tr[data-number]`).
 */
export function renderInvoiceTable(
  invoices: readonly Invoice[],
  today: IsoDate,
  locale: SupportedLocale,
  onClick: (event: MouseEvent) => void,
): unknown {
  // 500 rows must not be rebuilt for every unrelated update (an announcement, opening a detail).
  // Explicit table roles keep the semantics when a narrow container restyles rows as cards.
  return guard([invoices, locale, today], () => {
    // A click anywhere on a row is a mouse shortcut; the keyboard path is each row's invoice-number button,
    // whose own click (Enter or Space) bubbles to this same handler.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<table class="invoices" part="table" role="table" @click=${onClick}>
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
        ${invoices.map((invoice) => renderRow(invoice, today, locale))}
      </tbody>
    </table>`;
  });
}

function renderRow(invoice: Invoice, today: IsoDate, locale: SupportedLocale): TemplateResult {
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
    <td role="cell" class="period" data-label=${msg(locale, 'colPeriod')}>
      ${renderPeriod(periodText(invoice, locale))}
    </td>
    <td role="cell" class="num amount" data-label=${msg(locale, 'colAmount')}>
      <span class="value">${formatCents(invoice.total_cents, locale)}</span>
    </td>
    <td role="cell" class="num usage" data-label=${msg(locale, 'colUsage')}>
      ${invoice.total_kwh === null ? '' : html`<span class="value">${formatKwh(invoice.total_kwh, locale)}</span>`}
      ${
        invoice.avg_cents_per_kwh === null
          ? nothing
          : html`<span class="sub"
              >${msg(locale, 'average', { price: formatCentsPerKwh(invoice.avg_cents_per_kwh, locale) })}</span
            >`
      }
    </td>
    <td role="cell" class="status" data-label=${msg(locale, 'colStatus')}>
      ${renderStatusBadge(invoice, status, locale)}
    </td>
    <td role="cell" class="pdf" data-label=${msg(locale, 'colPdf')}>${renderPdfLink(invoice, locale)}</td>
  </tr>`;
}

/** A period whose ends never wrap inside themselves: the line may break only after the dash between them. */
function renderPeriod(period: string): TemplateResult {
  const ends = period.split(PERIOD_DASH);
  if (ends.length !== 2) return html`<span class="value">${period}</span>`;
  return html`<span class="value">${ends[0]}</span>${PERIOD_DASH}<span class="value">${ends[1]}</span>`;
}

/** What the list's footer shows. */
export interface FooterState {
  count: number;
  hasMore: boolean;
  /** A "load more" is in flight. */
  loading: boolean;
  /** Why the last "load more" failed, while that is still the latest news; `null` otherwise. */
  error: unknown;
  onLoadMore: () => void;
}

/** The count, a failed "load more", and the button that loads the next page while there is one. */
export function renderFooter(footer: FooterState, locale: SupportedLocale): TemplateResult {
  const { count, hasMore, loading } = footer;
  const failed = footer.error ? toLightError(footer.error) : null;
  return html`<div class="footer" part="footer">
    <p class="count" id="count">
      ${hasMore ? msg(locale, 'showing', { count }) : msg(locale, 'showingAll', { count })}
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
      hasMore
        ? html`<button
            type="button"
            class="secondary load-more"
            part="button load-more"
            aria-describedby="count"
            aria-disabled=${loading ? 'true' : 'false'}
            @click=${footer.onLoadMore}
          >
            ${loading ? msg(locale, 'loadingMore') : msg(locale, 'loadMore')}
          </button>`
        : nothing
    }
  </div>`;
}

/**
 * One sentence per unpaid invoice: when auto-pay will charge it, or that it is past due. With `onPay` (the
 * partner's `billing` flow), a past-due invoice's sentence ends in a "Pay now" button that calls it.
 */
export function renderNotices(
  invoices: readonly Invoice[],
  today: IsoDate,
  card: CardOnFile,
  locale: SupportedLocale,
  onPay?: () => void,
): TemplateResult | typeof nothing {
  const notes = invoices
    .map((invoice) => ({ invoice, note: invoiceNote(invoice, today, card, locale, !!onPay) }))
    .filter(({ note }) => note !== null);
  if (!notes.length) return nothing;
  return html`<ul class="notices" part="notices" aria-label=${msg(locale, 'noticesLabel')}>
    ${notes.map(
      ({ invoice, note }) =>
        html`<li class=${note!.kind}>
          ${keepTogether(note!.text, [invoice.number])}
          ${
            onPay && note!.kind === 'past-due'
              ? html`<button type="button" class="pay" part="button pay-button" aria-haspopup="dialog" @click=${onPay}>
                  ${msg(locale, 'payNow')}
                </button>`
              : nothing
          }
        </li>`,
    )}
  </ul>`;
}

/** An invoice's detail below its heading: status, facts, payment, charges and PDF. */
export function renderInvoice(
  invoice: InvoiceDetail,
  today: IsoDate,
  card: CardOnFile,
  locale: SupportedLocale,
): TemplateResult {
  const status = invoiceStatus(invoice, today);
  const payment = renderPayment(paymentText(invoice, status, today, card, locale), invoice, status, locale);
  const fact = (term: string, value: unknown) =>
    value === '' || value === null
      ? nothing
      : html`<div>
          <dt>${term}</dt>
          <dd>${value}</dd>
        </div>`;
  return html`<p class="detail-status">${renderStatusBadge(invoice, status, locale)}</p>
    <dl class="facts" aria-label=${msg(locale, 'facts')}>
      ${fact(msg(locale, 'total'), html`<strong>${formatCents(invoice.total_cents, locale)}</strong>`)}
      ${fact(msg(locale, 'invoiceDate'), formatDate(invoice.invoice_date, locale))}
      ${fact(msg(locale, 'billingPeriod'), periodText(invoice, locale))}
      ${status === 'voided' ? nothing : fact(msg(locale, 'dueDate'), formatDate(invoice.payment_due_date, locale))}
      ${fact(msg(locale, 'usage'), invoice.total_kwh === null ? '' : formatKwh(invoice.total_kwh, locale))}
      ${fact(
        msg(locale, 'averagePrice'),
        invoice.avg_cents_per_kwh === null ? '' : formatCentsPerKwh(invoice.avg_cents_per_kwh, locale),
      )}
    </dl>
    ${payment} ${renderCharges(invoice, locale)}
    <p class="detail-pdf">
      ${safeHttpUrl(invoice.pdf) ? html`${msg(locale, 'downloadPdf')}: ` : nothing}${renderPdfLink(invoice, locale)}
    </p>`;
}

function renderPayment(
  text: string | null,
  invoice: InvoiceDetail,
  status: InvoiceStatus,
  locale: SupportedLocale,
): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<div class="payment ${status}" part="notices">
    <h3 class="subheading">${msg(locale, 'payment')}</h3>
    <p>${keepTogether(text, [invoice.number])}</p>
  </div>`;
}

/** The charges table: each group with its charges and subtotal, any adjustment, and the total. */
export function renderCharges(invoice: InvoiceDetail, locale: SupportedLocale): TemplateResult {
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
          const basis = chargeBasisText(charge, locale);
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
