/**
 * The comparison's views as templates of plain data: the bill picker, the reading progress, the unreadable
 * bill, the bill against the plan, and the year as a chart or a table.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { AnnualCompare, AnnualCompareMonth, SimpleCompare } from '../../api/types.js';
import { renderAxes, renderChartActions } from '../../core/chart/chart.templates.js';
import {
  formatDate,
  formatDollars,
  formatDollarsValue,
  formatKwh,
  formatKwhValue,
  formatNumber,
} from '../../core/format.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { ANNUAL_PLOT_HEIGHT, monthName, type AnnualGeometry } from './annual-chart.js';
import { fileSize, MAX_BILL_BYTES } from './bill-file.js';
import { type Difference } from './comparison-summary.js';
import { planComparisonMsg as msg } from './light-plan-comparison.messages.js';

/** A size in the customer's number style. */
export function sizeText(bytes: number, locale: SupportedLocale): string {
  return fileSize(bytes, (value, digits) => formatNumber(value, locale, digits));
}

export interface PickerState {
  file: File | null;
  /** What is wrong with the file dropped or chosen, in words; `''` when nothing. */
  problem: string;
  dragging: boolean;
  busy: boolean;
  /** The file of an earlier attempt that could not be read. */
  lastFile: string | null;
}

export interface PickerHandlers {
  onChoose: () => void;
  onConfirm: () => void;
  onDragOver: (event: DragEvent) => void;
  onDragLeave: (event: DragEvent) => void;
  onDrop: (event: DragEvent) => void;
}

export function renderPicker(state: PickerState, on: PickerHandlers, locale: SupportedLocale): TemplateResult {
  const { file, problem, busy } = state;
  return html`<div class="picker" part="picker">
    <p class="state-title">${msg(locale, 'emptyTitle')}</p>
    <p class="muted">${msg(locale, 'intro')}</p>
    <div
      class="drop-zone ${state.dragging ? 'dragging' : ''}"
      part="drop-zone"
      @dragover=${on.onDragOver}
      @dragenter=${on.onDragOver}
      @dragleave=${on.onDragLeave}
      @drop=${on.onDrop}
    >
      <p aria-hidden="true">${msg(locale, 'dropLabel')}</p>
      <p aria-hidden="true" class="muted">${msg(locale, 'dropOr')}</p>
      <button
        type="button"
        class=${file ? 'secondary' : ''}
        part="button choose-button"
        aria-describedby="file-hint file-problem"
        ?disabled=${busy}
        @click=${on.onChoose}
      >
        ${msg(locale, file ? 'changeFile' : 'chooseFile')}
      </button>
      <p id="file-hint" class="muted hint">${msg(locale, 'fileHint', { size: sizeText(MAX_BILL_BYTES, locale) })}</p>
    </div>
    ${problem ? html`<p id="file-problem" class="problem" role="alert" part="problem">${problem}</p>` : nothing}
    ${state.lastFile && !file ? html`<p class="muted">${msg(locale, 'lastFile', { name: state.lastFile })}</p>` : nothing}
    ${
      file
        ? html`<div class="preview" part="preview">
            <p>
              <span class="label">${msg(locale, 'chosenLabel')}:</span>
              <span class="file-name"
                >${msg(locale, 'chosen', { name: file.name, size: sizeText(file.size, locale) })}</span
              >
            </p>
            <button type="button" part="button confirm-button" ?disabled=${busy} @click=${on.onConfirm}>
              ${msg(locale, busy ? 'uploading' : 'confirm')}
            </button>
          </div>`
        : nothing
    }
  </div>`;
}

export function renderProcessing(fileName: string | null, locale: SupportedLocale): TemplateResult {
  return html`<div class="processing" part="progress" role="status">
    <p class="state-title">${msg(locale, 'processingTitle')}</p>
    <div class="progress-bar" aria-hidden="true"><span></span></div>
    ${fileName ? html`<p class="file-name">${msg(locale, 'processingStep', { name: fileName })}</p>` : nothing}
    <p class="muted">${msg(locale, 'processingBody')}</p>
  </div>`;
}

export function renderUnreadable(reason: string | null, onRetry: () => void, locale: SupportedLocale): TemplateResult {
  return html`<div class="state unreadable" part="unreadable">
    <p class="state-title">${msg(locale, 'unreadableTitle')}</p>
    <p>${msg(locale, 'unreadableBody')}</p>
    ${reason ? html`<p class="muted reason">${msg(locale, 'unreadableDetail', { reason })}</p>` : nothing}
    <div class="state-actions">
      <button type="button" part="button clearer-button" @click=${onRetry}>${msg(locale, 'tryClearer')}</button>
    </div>
  </div>`;
}

/** "You would save $X" and its kin, for a bill (`annual` false) or a year. */
export function differenceText(diff: Difference | null, annual: boolean, locale: SupportedLocale): string {
  if (!diff) return '';
  const amount = formatDollars(diff.dollars, locale);
  if (diff.kind === 'same') return msg(locale, annual ? 'annualSame' : 'same');
  if (diff.kind === 'save') return msg(locale, annual ? 'annualSave' : 'save', { amount });
  return msg(locale, annual ? 'annualMore' : 'more', { amount });
}

const dollarsOr = (value: number | null | undefined, locale: SupportedLocale) =>
  formatDollars(value, locale) || msg(locale, 'unknownAmount');

export function renderSimple(simple: SimpleCompare, diff: Difference | null, locale: SupportedLocale): TemplateResult {
  const bill = simple.parsed_invoice_data;
  const plan = simple.plan_comparison;
  const provider = bill?.provider_display_name;
  const date = formatDate(bill?.invoice_date, locale);
  const kwh = typeof bill?.total_kwh === 'number' ? formatKwh(bill.total_kwh, locale) : '';
  return html`<section class="simple" part="simple" aria-labelledby="simple-title">
    <h3 id="simple-title">${msg(locale, 'simpleTitle')}</h3>
    <dl class="totals">
      <div class="total current" part="total">
        <dt>${provider ? msg(locale, 'yourBill', { provider }) : msg(locale, 'yourBillUnknown')}</dt>
        <dd class="amount">${dollarsOr(bill?.total_dollars, locale)}</dd>
        ${date ? html`<dd class="muted">${msg(locale, 'billDate', { date })}</dd>` : nothing}
        ${kwh ? html`<dd class="muted">${msg(locale, 'usage', { kwh })}</dd>` : nothing}
      </div>
      <div class="total offered" part="total">
        <dt>${msg(locale, 'onPlan', { plan: plan?.name || '—' })}</dt>
        <dd class="amount">${dollarsOr(plan?.total_dollars, locale)}</dd>
      </div>
    </dl>
    ${diff ? html`<p class="headline ${diff.kind}" part="difference">${differenceText(diff, false, locale)}</p>` : nothing}
  </section>`;
}

export interface AnnualView {
  annual: AnnualCompare;
  months: AnnualCompareMonth[];
  diff: Difference | null;
  geometry: AnnualGeometry | null;
  table: boolean;
  /** The bill's month (1-12), whose projection differs from the bill. */
  billMonth: number | null;
  planName: string;
}

export interface AnnualHandlers {
  onToggleTable: () => void;
  onDownload: () => void;
}

export function renderAnnual(view: AnnualView, on: AnnualHandlers, locale: SupportedLocale): TemplateResult {
  const totals = view.annual.annual_totals;
  const headline = differenceText(view.diff, true, locale);
  const month = view.billMonth ? monthName(view.billMonth, locale, 'long') : '';
  return html`<section class="annual" part="annual" aria-labelledby="annual-title">
    <h3 id="annual-title">${msg(locale, 'annualTitle')}</h3>
    ${headline ? html`<p class="headline ${view.diff?.kind}" part="savings">${headline}</p>` : nothing}
    <dl class="totals">
      <div class="total current" part="total">
        <dt>${msg(locale, 'currentPlan')}</dt>
        <dd class="amount">${dollarsOr(totals?.annual_current_plan_dollars, locale)}</dd>
        <dd class="muted">${msg(locale, 'perYear')}</dd>
      </div>
      <div class="total offered" part="total">
        <dt>${view.planName}</dt>
        <dd class="amount">${dollarsOr(totals?.annual_offered_plan_dollars, locale)}</dd>
        <dd class="muted">${msg(locale, 'perYear')}</dd>
      </div>
    </dl>
    <div class="plot-area">
      ${view.table ? renderAnnualTable(view, locale) : renderAnnualChart(view, headline, locale)}
    </div>
    ${renderChartActions(
      { table: msg(locale, 'showTable'), chart: msg(locale, 'showChart'), download: msg(locale, 'download') },
      view.table,
      on.onToggleTable,
      on.onDownload,
    )}
    <p class="note muted" part="note">
      ${month ? msg(locale, 'whyDiffers', { month }) : msg(locale, 'whyDiffersNoMonth')}
    </p>
  </section>`;
}

function renderAnnualChart(view: AnnualView, summary: string, locale: SupportedLocale): TemplateResult {
  const g = view.geometry;
  const swatch = (cls: string) =>
    html`<svg class="swatch" viewBox="0 0 18 12" aria-hidden="true" focusable="false">
      ${svg`<rect class=${cls} width="18" height="12" rx="2"></rect>`}
    </svg>`;
  return html`<ul class="legend" part="legend" aria-label=${msg(locale, 'legendLabel')}>
      <li>${swatch('bar-current')}<span class="legend-label">${msg(locale, 'currentPlan')}</span></li>
      <li>${swatch('bar-offered')}<span class="legend-label">${view.planName}</span></li>
    </ul>
    <div class="plot" part="plot" role="img" aria-label=${msg(locale, 'chartLabel', { summary })}>
      ${
        g
          ? svg`<svg class="plot-svg" width=${g.width} height=${ANNUAL_PLOT_HEIGHT}
              viewBox="0 0 ${g.width} ${ANNUAL_PLOT_HEIGHT}" aria-hidden="true" focusable="false">
              ${renderAxes(g, g.labels, '$', locale)}
              <path class="bar-current" data-series="current" d=${g.current}></path>
              <path class="bar-offered" data-series="offered" d=${g.offered}></path>
            </svg>`
          : nothing
      }
    </div>`;
}

function renderAnnualTable(view: AnnualView, locale: SupportedLocale): TemplateResult {
  const cell = (value: number | null, format: (value: number, locale: SupportedLocale) => string) =>
    value === null
      ? html`<td><span aria-hidden="true">—</span><span class="visually-hidden">${msg(locale, 'noData')}</span></td>`
      : html`<td>${format(value, locale)}</td>`;
  const totals = view.annual.annual_totals;
  return html`<div class="table-wrap" role="region" aria-label=${msg(locale, 'tableLabel')} tabindex="0">
    <table part="table">
      <caption>
        ${msg(locale, 'tableCaption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg(locale, 'colMonth')}</th>
          <th scope="col">${msg(locale, 'colKwh')}</th>
          <th scope="col">${msg(locale, 'colCurrent')}</th>
          <th scope="col">${msg(locale, 'colOffered')}</th>
        </tr>
      </thead>
      <tbody>
        ${view.months.map(
          (m, i) =>
            html`<tr class=${m.month === view.billMonth ? 'bill-month' : ''}>
              <th scope="row">${monthName(m.month ?? i + 1, locale, 'long')}</th>
              ${cell(m.import_kwh, formatKwhValue)} ${cell(m.current_plan_dollars, formatDollarsValue)}
              ${cell(m.offered_plan_dollars, formatDollarsValue)}
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${msg(locale, 'total')}</th>
          ${cell(totals?.annual_import_kwh ?? null, formatKwhValue)}
          ${cell(totals?.annual_current_plan_dollars ?? null, formatDollarsValue)}
          ${cell(totals?.annual_offered_plan_dollars ?? null, formatDollarsValue)}
        </tr>
      </tfoot>
    </table>
  </div>`;
}
