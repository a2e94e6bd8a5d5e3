import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  getAnnualCompare,
  getComparisonInvoice,
  getSimpleCompare,
  uploadComparisonInvoice,
} from '../../api/comparison.js';
import { LightApiError, orNone } from '../../api/errors.js';
import type { AnnualCompare, ComparisonInvoice, SimpleCompare } from '../../api/types.js';
import { chartStyles } from '../../core/chart/chart.styles.js';
import { isOutcomeUnknown } from '../../core/outcome.js';
import { downloadCsv } from '../../core/chart/csv.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { LightDataElement } from '../../core/light-element.js';
import { focusTarget, renderErrorState, renderSkeleton, renderTaskError, toLightError } from '../../core/templates.js';
import { annualGeometry, calendarMonths, monthName, type AnnualGeometry } from './annual-chart.js';
import { BILL_ACCEPT, billProblem, MAX_BILL_BYTES } from './bill-file.js';
import { annualCsv, annualDifference, billDifference, billMonth } from './comparison-summary.js';
import {
  differenceText,
  renderAnnual,
  renderPicker,
  renderProcessing,
  renderSimple,
  renderUnreadable,
  sizeText,
} from './comparison.templates.js';
import { InvoicePoller, isProcessed } from './invoice-poller.js';
import { planComparisonMsg as msg } from './light-plan-comparison.messages.js';
import { planComparisonStyles } from './light-plan-comparison.styles.js';
import { renderConsent, requestUsageProfile, type ConsentView } from './usage-consent.js';

/** Where the customer is: choosing a bill, sending it, waiting for it to be read, or reading the result. */
export type ComparisonPhase = 'pick' | 'uploading' | 'processing' | 'unreadable' | 'results';

interface Comparison {
  simple: SimpleCompare;
  annual: AnnualCompare;
}

/**
 * "What would I pay with you?": the customer uploads their current electricity bill (a PDF, JPEG or PNG, by
 * drag and drop or a file button), confirms it, and sees it read, then priced on the partner's plan group: the
 * bill against the same kWh on the plan, and a typical year month by month as a chart (or a table, or CSV)
 * with the annual totals and savings. A bill that cannot be read is explained, with a way to upload a clearer
 * copy. A bill already uploaded is picked up where it was left.
 *
 * While the bill is read the element polls `GET /v1/account/comparison-invoice` (2 s, growing to 30 s; paused
 * while the page is hidden). Call `refresh()` when your backend receives the `comparison_invoice.processed`
 * webhook to show the result at once.
 *
 * With a `backend` (where `light-elements/server` is mounted), the results also offer personal rates: with the
 * customer's consent, their Smart Meter Texas history is fetched through `{backend}/usage-profiles`, with the docs'
 * caveats (not for solar or batteries yet; once on file, every rate for that meter uses it).
 *
 * @tag light-plan-comparison
 * @summary Upload a current bill and compare it, and a typical year, with the partner's plan.
 *
 * @fires light-comparison-upload - When the bill has been sent; `detail.invoiceUuid`.
 * @fires light-comparison-ready - When both comparisons are shown; `detail` has the bill, plan and annual dollars.
 * @fires light-error - When loading, sending or comparing fails, or the element is not configured.
 *
 * @csspart base - The element's box.
 * @csspart picker - The bill picker.
 * @csspart drop-zone - The area a file can be dropped on.
 * @csspart problem - What is wrong with the chosen file.
 * @csspart preview - The chosen file's name and size, with the confirm button.
 * @csspart progress - The "reading your bill" state.
 * @csspart unreadable - The state of a bill that could not be read.
 * @csspart simple - The bill against the plan.
 * @csspart annual - The typical year.
 * @csspart total - Each total (bill, plan, year).
 * @csspart difference - The bill's savings or extra cost.
 * @csspart savings - The year's savings headline.
 * @csspart legend - The chart's legend.
 * @csspart plot - The chart.
 * @csspart table - The table view.
 * @csspart note - Why the bill's month differs between the two comparisons.
 * @csspart consent - The consent to personal rates from Smart Meter Texas (only with a `backend`).
 * @csspart error - The error box.
 * @csspart button - Buttons.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --light-comparison-current-color - Bars of the current plan (default: the muted text color).
 * @cssprop --light-comparison-offered-color - Bars of the partner's plan (default: `--light-color-primary`).
 * @cssprop --light-color-primary - Buttons and the drop zone's focus.
 * @cssprop --light-color-success - A savings headline.
 */
export class LightPlanComparison extends LightDataElement {
  static override styles = [...(LightDataElement.styles as []), chartStyles, planComparisonStyles];

  /** The partner's plan group to compare with (its uuid, `plan_group` in the API). Required for results. */
  @property({ attribute: 'plan-group' }) planGroup?: string;

  /** `null` while reading whether a bill is already uploaded. */
  @state() private phase: ComparisonPhase | null = null;
  @state() private invoice: ComparisonInvoice | null = null;
  @state() private file: File | null = null;
  @state() private problem = '';
  @state() private dragging = false;
  @state() private uploadError: LightApiError | null = null;
  @state() private pollError: LightApiError | null = null;
  @state() private table = false;
  @state() private plotWidth = 0;
  @state() private announcement = '';
  @state() private consent: ConsentView = { step: 'ask', checked: false, needsConsent: false, error: null };

  /** The name of the file being read, and of the last one that could not be. */
  #sentName: string | null = null;
  #lastFile: string | null = null;
  #resizeObserver?: ResizeObserver;
  #geometry?: { annual: AnnualCompare; width: number; locale: SupportedLocale; value: AnnualGeometry };

  readonly #initial = new Task(this, {
    task: async ([client], { signal }): Promise<ComparisonInvoice | null | typeof initialState> => {
      if (!client) return initialState;
      // A 404 means no bill uploaded yet: the picker, not an error.
      return orNone(getComparisonInvoice(client, { signal }), null);
    },
    args: () => [this.client] as const,
    onComplete: (invoice) => this.#adopt(invoice as ComparisonInvoice | null),
  });

  readonly #compare = new Task(this, {
    task: async ([client, uuid, planGroup], { signal }): Promise<Comparison | typeof initialState> => {
      if (!client || !uuid) return initialState;
      if (!planGroup) {
        throw new LightApiError('config', 'Set the plan-group attribute to the plan group to compare with.');
      }
      const query = { plan_group: planGroup, uuid };
      const [simple, annual] = await Promise.all([
        getSimpleCompare(client, query, { signal }),
        getAnnualCompare(client, query, { signal }),
      ]);
      return { simple, annual };
    },
    args: () => [this.client, this.phase === 'results' ? this.invoice?.uuid : undefined, this.planGroup] as const,
    onComplete: (result) => this.#shown(result as Comparison),
  });

  readonly #poller = new InvoicePoller(this, {
    read: (signal) => getComparisonInvoice(this.client!, { signal }),
    onInvoice: (invoice) => this.#adopt(invoice),
    onError: (error) => {
      this.pollError = toLightError(error);
    },
  });

  protected override get watchedTasks() {
    return [
      this.#initial,
      this.#compare,
      { error: this.uploadError },
      { error: this.pollError },
      { error: this.consent.error },
    ];
  }

  /**
   * Reads the bill's status now. Call it when your backend receives the `comparison_invoice.processed` webhook
   * (the element also polls, more slowly).
   */
  refresh(): void {
    if (!this.isConnected) return;
    if (this.#poller.running) this.#poller.pollNow();
    else if (this.phase === 'processing') this.#resumePolling(true);
    else void this.#initial.run();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.phase === 'processing' && !this.pollError) this.#resumePolling(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const area = this.renderRoot.querySelector('.plot-area');
    if (!area) return;
    this.#resizeObserver ??= new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      if (width > 0 && width !== this.plotWidth) this.plotWidth = width;
    });
    this.#resizeObserver.observe(area);
  }

  // Rendering ----------------------------------------------------------------------------------------------------

  protected override renderContent(): TemplateResult {
    const locale = this.resolvedLocale;
    return html`<section class="comparison surface" part="base" aria-labelledby="title">
      <h2 id="title" tabindex="-1">${msg(locale, 'title')}</h2>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      <input
        class="file-input"
        type="file"
        accept=${BILL_ACCEPT}
        hidden
        tabindex="-1"
        aria-hidden="true"
        @change=${this.#onFileInput}
      />
      ${this.#renderBody()}
    </section>`;
  }

  #renderBody(): unknown {
    const locale = this.resolvedLocale;
    switch (this.phase) {
      case null:
        return this.#initial.status === TaskStatus.ERROR
          ? renderTaskError(this.#initial, locale)
          : renderSkeleton(locale, 3);
      case 'pick':
      case 'uploading':
        return this.#renderPicker();
      case 'processing':
        return this.pollError
          ? renderErrorState(this.pollError, { locale, onRetry: () => this.#resumePolling(true) })
          : renderProcessing(this.#sentName, locale);
      case 'unreadable':
        return renderUnreadable(this.invoice?.processing_error ?? null, () => this.#pickAgain(), locale);
      default:
        return this.#renderResults();
    }
  }

  #renderPicker(): TemplateResult {
    const locale = this.resolvedLocale;
    const busy = this.phase === 'uploading';
    return html`${
      this.uploadError
        ? renderErrorState(this.uploadError, {
            locale,
            title: msg(locale, 'uploadFailedTitle'),
            onRetry: () => void this.#upload(),
            busy,
          })
        : nothing
    }
    ${renderPicker(
      { file: this.file, problem: this.problem, dragging: this.dragging, busy, lastFile: this.#lastFile },
      {
        onChoose: () => this.renderRoot.querySelector<HTMLInputElement>('.file-input')?.click(),
        onConfirm: () => void this.#upload(),
        onDragOver: this.#onDragOver,
        onDragLeave: (event) => {
          // Moving onto the zone's own text is not leaving it.
          const zone = event.currentTarget as Element;
          if (!zone.contains(event.relatedTarget as Node | null)) this.dragging = false;
        },
        onDrop: this.#onDrop,
      },
      locale,
    )}`;
  }

  #renderResults(): unknown {
    const locale = this.resolvedLocale;
    const task = this.#compare;
    if (task.status === TaskStatus.ERROR) return renderTaskError(task, locale);
    if (task.status !== TaskStatus.COMPLETE || !task.value) return renderSkeleton(locale, 5);
    const { simple, annual } = task.value;
    const months = calendarMonths(annual.months);
    const planName = simple.plan_comparison?.name || annual.plan_comparison?.name || '—';
    const personal = simple.plan_comparison?.usage_profile_uuid || annual.plan_comparison?.usage_profile_uuid;
    return html`${renderSimple(simple, billDifference(simple), locale)}
      ${renderAnnual(
        {
          annual,
          months,
          diff: annualDifference(annual),
          geometry: this.table ? null : this.#geometryFor(annual, months),
          table: this.table,
          billMonth: billMonth(simple),
          planName,
        },
        { onToggleTable: () => (this.table = !this.table), onDownload: () => this.#download(annual, months) },
        locale,
      )}
      ${personal ? html`<p class="muted">${msg(locale, 'personalized')}</p>` : this.#renderConsent()}
      <p class="muted accuracy">${msg(locale, 'accuracy')}</p>
      <div class="actions">
        <button type="button" class="secondary" part="button another-button" @click=${() => this.#pickAgain()}>
          ${msg(locale, 'compareAnother')}
        </button>
      </div>`;
  }

  /** The consent to personal rates, when the partner's backend can fetch them. */
  #renderConsent(): unknown {
    if (typeof this.backendInForce !== 'string') return nothing;
    return renderConsent(
      this.consent,
      {
        onCheck: (event) =>
          (this.consent = {
            ...this.consent,
            checked: (event.target as HTMLInputElement).checked,
            needsConsent: false,
          }),
        onRequest: () => void this.#requestProfile(),
        onCheckAgain: () => void this.#compare.run(),
      },
      this.resolvedLocale,
    );
  }

  // Event handlers -----------------------------------------------------------------------------------------------

  #onFileInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) this.#choose(file);
    input.value = '';
  }

  #onDragOver = (event: DragEvent): void => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  #onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files?.[0];
    if (file && this.phase !== 'uploading') this.#choose(file);
  };

  // Helpers ------------------------------------------------------------------------------------------------------

  /** Takes a chosen or dropped file, or says what is wrong with it. Nothing is sent until the customer confirms. */
  #choose(file: File): void {
    const locale = this.resolvedLocale;
    const problem = billProblem(file);
    this.uploadError = null;
    if (!problem) {
      this.file = file;
      this.problem = '';
      return;
    }
    this.file = null;
    const size = sizeText(MAX_BILL_BYTES, locale);
    this.problem =
      problem === 'size'
        ? msg(locale, 'problemSize', { size })
        : msg(locale, problem === 'type' ? 'problemType' : 'problemEmpty');
  }

  /** Sends the confirmed file. A failure keeps the file, so "Try again" resends the same one. */
  async #upload(): Promise<void> {
    const file = this.file;
    if (!file || !this.client || this.phase === 'uploading') return;
    this.phase = 'uploading';
    this.uploadError = null;
    const before = this.invoice?.uuid;
    let invoice: ComparisonInvoice | null;
    try {
      invoice = await uploadComparisonInvoice(this.client, file);
    } catch (error) {
      // The answer was lost, not necessarily the upload: a new invoice on the server means it went through.
      invoice = isOutcomeUnknown(error) ? await this.#newInvoiceSince(before) : null;
      if (!invoice) {
        this.uploadError = toLightError(error);
        this.phase = 'pick';
        return;
      }
    }
    this.#sentName = file.name;
    this.file = null;
    this.emit('light-comparison-upload', { invoiceUuid: invoice.uuid });
    this.#adopt(invoice);
    // The confirm button is gone: keep focus in the element, above what follows.
    void this.updateComplete.then(() => focusTarget(this.renderRoot.querySelector<HTMLElement>('#title')));
  }

  /** The account's comparison invoice when it is not the one `before` names, else `null` (also when unreadable). */
  async #newInvoiceSince(before: string | undefined): Promise<ComparisonInvoice | null> {
    const latest = await orNone(getComparisonInvoice(this.client!), null).catch(() => null);
    return latest && latest.uuid !== before ? latest : null;
  }

  /** Moves to the phase an invoice (or none) calls for. */
  #adopt(invoice: ComparisonInvoice | null): void {
    this.invoice = invoice;
    this.pollError = null;
    if (!invoice) {
      this.#poller.stop();
      this.phase = 'pick';
    } else if (invoice.processing_error) {
      this.#poller.stop();
      this.phase = 'unreadable';
      this.announcement = msg(this.resolvedLocale, 'announceUnreadable');
    } else if (isProcessed(invoice)) {
      this.#poller.stop();
      this.phase = 'results';
    } else {
      if (this.phase !== 'processing') this.announcement = msg(this.resolvedLocale, 'processingTitle');
      this.phase = 'processing';
      if (!this.#poller.running) this.#poller.start();
    }
  }

  #resumePolling(now: boolean): void {
    this.pollError = null;
    this.#poller.start();
    if (now) this.#poller.pollNow();
  }

  /** Back to the picker, keeping the name of the file that could not be read. */
  #pickAgain(): void {
    this.#lastFile = this.phase === 'unreadable' ? this.#sentName : null;
    this.#poller.stop();
    this.phase = 'pick';
    this.file = null;
    this.problem = '';
    this.consent = { step: 'ask', checked: false, needsConsent: false, error: null };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="choose-button"]')?.focus());
  }

  /** Asks for the usage profile, once the customer has ticked their consent; then compares again. */
  async #requestProfile(): Promise<void> {
    const backend = this.backendInForce;
    const uuid = this.invoice?.uuid;
    if (typeof backend !== 'string' || !uuid || this.consent.step === 'sending') return;
    if (!this.consent.checked) {
      this.consent = { ...this.consent, needsConsent: true };
      return;
    }
    this.consent = { ...this.consent, step: 'sending', error: null };
    try {
      await requestUsageProfile(backend, uuid);
    } catch (error) {
      this.consent = { ...this.consent, step: 'ask', error: toLightError(error) };
      return;
    }
    this.consent = { ...this.consent, step: 'sent' };
    void this.#compare.run();
  }

  #shown(result: Comparison): void {
    const { simple, annual } = result;
    if (simple.processing_error || annual.processing_error) {
      this.invoice = { ...this.invoice!, processing_error: simple.processing_error ?? annual.processing_error };
      this.phase = 'unreadable';
      return;
    }
    const locale = this.resolvedLocale;
    const headline = differenceText(annualDifference(annual), true, locale);
    this.announcement = msg(locale, 'announceReady', { headline });
    this.emit('light-comparison-ready', {
      invoiceUuid: this.invoice?.uuid ?? '',
      planGroup: this.planGroup ?? '',
      billDollars: simple.parsed_invoice_data?.total_dollars ?? null,
      planDollars: simple.plan_comparison?.total_dollars ?? null,
      annualCurrentDollars: annual.annual_totals?.annual_current_plan_dollars ?? null,
      annualOfferedDollars: annual.annual_totals?.annual_offered_plan_dollars ?? null,
      usageProfileUuid: simple.plan_comparison?.usage_profile_uuid ?? null,
    });
  }

  #geometryFor(annual: AnnualCompare, months: AnnualCompare['months']): AnnualGeometry {
    const locale = this.resolvedLocale;
    const width = this.plotWidth || this.#contentWidth() || 600;
    const cached = this.#geometry;
    if (cached && cached.annual === annual && cached.width === width && cached.locale === locale) return cached.value;
    const value = annualGeometry(months, width, locale);
    this.#geometry = { annual, width, locale, value };
    return value;
  }

  /** The width inside the element's box, before the plot exists to be measured (so it is drawn once). */
  #contentWidth(): number {
    const base = this.renderRoot.querySelector<HTMLElement>('.comparison');
    if (!base) return 0;
    const style = getComputedStyle(base);
    return Math.floor(base.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
  }

  #download(annual: AnnualCompare, months: AnnualCompare['months']): void {
    const locale = this.resolvedLocale;
    const csv = annualCsv(annual, months, {
      month: msg(locale, 'colMonth'),
      kwh: msg(locale, 'colKwh'),
      current: msg(locale, 'colCurrent'),
      offered: msg(locale, 'colOffered'),
      total: msg(locale, 'total'),
      monthName: (month) => monthName(month, locale, 'long'),
    });
    downloadCsv(this.renderRoot, csv, 'plan-comparison.csv');
  }
}
