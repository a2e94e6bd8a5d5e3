import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { isAbortError } from '../../api/errors.js';
import type { LightClient } from '../../api/http.js';
import { AccountController } from '../../core/account-controller.js';
import { localToday } from '../../core/dates.js';
import { warmIntlWhenIdle, type SupportedLocale } from '../../core/i18n.js';
import { LazyModule } from '../../core/lazy-module.js';
import { LightDataElement } from '../../core/light-element.js';
import { coreMsg } from '../../core/messages.js';
import { renderEmptyState, renderErrorState, toLightError } from '../../core/templates.js';
import { chartStyles } from '../../core/chart/chart.styles.js';
import { renderChartActions } from '../../core/chart/chart.templates.js';
import { usageChartMsg as msg } from './light-usage-chart.messages.js';
import { usageChartStyles } from './light-usage-chart.styles.js';
import {
  renderChartSkeleton,
  renderLoadProgress,
  type LoadProgress,
  renderDefs,
  renderFailedMonths,
  renderLegend,
  renderPlot,
  renderToolbar,
} from './usage-chart.templates.js';
import { UsageDataController } from './usage-data.controller.js';
import { indexAtX } from './usage-geometry.js';
import { UsagePlotController } from './usage-plot.controller.js';
import {
  canDrill,
  chartedLocation,
  drillTarget,
  notStarted,
  resolveView,
  viewChange,
  viewSelectTarget,
  type Anchor,
  type ChartData,
  type UsageView,
  type UsageViewChangeDetail,
} from './usage-period.js';
import { hasAnyData, type UsageSet } from './usage-series.js';
import { describePoint, dstNote, periodLabel, usageSummary, visibleSet } from './usage-text.js';

export type { UsageView, UsageViewChangeDetail } from './usage-period.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'light-usage-view-change': CustomEvent<UsageViewChangeDetail>;
  }
}

type UsageArgs = readonly [
  LightClient | undefined,
  string | undefined,
  UsageView,
  number | undefined,
  number | undefined,
  number | undefined,
];

/**
 * The customer's energy use as a chart they can read, hear and download: the last 12 months, a year by month,
 * a month by day, or 15-minute intervals for a day, a month or a whole year (drawn with min/max decimation per
 * pixel column, so every peak survives). Consumption from the grid, export back to it
 * (solar) and vehicle charging appear when the account has them. Prev/next follow the API's own links; a bar
 * drills into its month or day. The chart is keyboard-operable and announces each point; a table view shows the
 * same numbers a page of 100 rows at a time, and the shown data downloads as CSV (every row).
 *
 * Daylight-saving days are drawn on a true time axis: the spring-forward day is 23 hours wide and the fall-back
 * day 25, with wall-clock labels from the meter's own offsets.
 *
 * @tag light-usage-chart
 * @summary Energy use by month, day or 15 minutes, with table view and CSV download.
 *
 * @fires light-usage-view-change - When the customer changes view or period. Detail: `{ view, year, month?, day? }`.
 * @fires light-error - When usage (or the account) cannot be loaded, or the element is not configured.
 *
 * @csspart base - The chart's box.
 * @csspart heading - The title.
 * @csspart period - The period shown (a year, a month, a day).
 * @csspart toolbar - View selector and previous/next buttons.
 * @csspart button - Every button.
 * @csspart plot - The focusable drawing.
 * @csspart tooltip - The details of the hovered or focused point.
 * @csspart legend - The legend.
 * @csspart table - The table view.
 * @csspart pager - The table's previous/next rows buttons and "Rows 1–100 of 2,976".
 * @csspart rows - The rows shown, in the pager.
 * @csspart error - The error box.
 * @csspart empty - The empty state.
 * @csspart skeleton - The loading placeholder.
 * @csspart progress - While a year of 15-minute data loads: how many of its months have arrived (a bar and "5 of 12 months").
 *
 * @cssprop --light-usage-consumption-color - Consumption bars and line (default: the primary color).
 * @cssprop --light-usage-export-color - Export bars and line (default: the success color).
 * @cssprop --light-usage-vehicle-color - Vehicle charging bars (default: the warning color).
 * @cssprop --light-color-primary - Accent color.
 * @cssprop --light-color-surface - Background, also used for pattern stripes.
 */
export class LightUsageChart extends LightDataElement {
  static override styles = [...(LightDataElement.styles as []), chartStyles, usageChartStyles];

  /** The service location. Default: the account's first location. */
  @property({ attribute: 'location-uuid' }) locationUuid?: string;

  /**
   * What to show: `trailing` (the last 12 months, default), `year` (by month), `month` (by day), `intervals` (a
   * month of 15-minute data), `day` (a day of it) or `year-intervals` (a calendar year of 15-minute data, for
   * comparing seasons: twelve month requests made at once; a month that fails is named, with a retry, while the
   * rest is drawn).
   */
  @property() view?: UsageView;

  /** Calendar year of the period shown. Default: the current year. */
  @property({ type: Number }) year?: number;

  /** Month (1–12) for the `month`, `intervals` and `day` views. Default: the current month. */
  @property({ type: Number }) month?: number;

  /** Day of the month for the `day` view. Default: the latest day with data. */
  @property({ type: Number }) day?: number;

  /** Hides exported energy (solar), which is otherwise shown whenever the account has any. */
  @property({ type: Boolean, attribute: 'hide-export', reflect: true }) hideExport = false;

  /** Shows the data as a table instead of a chart (the customer toggles it with "Show as table"). */
  @property({ type: Boolean, reflect: true }) table = false;

  /** Heading level of the title (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private active: number | null = null;
  @state() private announcement = '';
  @state() private shown?: ChartData;
  @state() private tablePage = 0;
  /** How many of a year's months have arrived while it loads. */
  @state() private progress?: LoadProgress;

  // Given its location, the chart needs no account: it asks only for the usage.
  readonly #account = new AccountController(this, () => this.client, { load: () => !this.locationUuid });
  readonly #data = new UsageDataController(this);
  readonly #plot = new UsagePlotController(this);
  readonly #table = new LazyModule(this, () => import('./usage-table.js'));
  readonly #csv = new LazyModule(this, () => import('./csv.js'));
  readonly #inspect = new LazyModule(this, () => import('./usage-inspect.js'));
  #announceNext = false;
  #touch = false;
  /** The part of the step button just pressed, and of the one beside it. */
  #stepFocus?: readonly [pressed: string, other: string];

  readonly #usageTask = new Task<UsageArgs, ChartData>(this, {
    task: async ([client, location, view, year, month, day], { signal }) => {
      if (!client || !location) return initialState;
      // The tooltip and keyboard code comes beside the data; the chart paints without waiting for it.
      this.#inspect.get();
      this.progress = undefined;
      const onProgress = (settled: number, total: number) => {
        if (!signal.aborted) this.progress = { settled, total };
      };
      const request = { view, year, month, day, today: localToday(), coverage: this.#coverage(location), onProgress };
      const loaded = this.#data.load(client, location, request, signal);
      // The first render with data formats numbers and dates: the page's first formatters are made while it waits.
      warmIntlWhenIdle();
      return loaded;
    },
    args: () => [this.client, this.#resolvedLocation, resolveView(this.view), this.year, this.month, this.day] as const,
    onComplete: (data) => {
      this.shown = data;
      this.active = null;
      this.tablePage = 0;
      if (this.#announceNext)
        this.announcement = msg(this.resolvedLocale, 'showing', { period: periodLabel(data, this.resolvedLocale) });
      this.#announceNext = false;
    },
  });

  protected override get watchedTasks() {
    return this.locationUuid ? [this.#usageTask] : [this.#account.task, this.#usageTask];
  }

  /** The location to chart, once known; `undefined` while the account loads or when it has none in service. */
  get #resolvedLocation(): string | undefined {
    return chartedLocation(this.locationUuid, this.#account.value?.locations);
  }

  #coverage(location: string) {
    const found = this.#account.value?.locations.find((l) => l.uuid === location);
    return { serviceStart: found?.service_start_date, serviceEnd: found?.final_service_date };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#keepFocusInToolbar();
  }

  // Navigation ---------------------------------------------------------------------------------------------

  /** Moves to a view and period on the customer's behalf and tells the page. */
  #go(view: UsageView, anchor: Partial<Anchor>): void {
    const detail = viewChange(view, anchor, localToday());
    this.view = view;
    this.year = view === 'trailing' ? undefined : detail.year;
    this.month = detail.month;
    this.day = detail.day;
    this.#announceNext = true;
    this.emit('light-usage-view-change', detail);
  }

  readonly #onViewSelect = (event: Event): void => {
    const data = this.shown;
    if (!data) return;
    const view = (event.target as HTMLSelectElement).value as UsageView;
    // Back to the view still on screen (another failed to load, or is loading): its own period.
    if (view === data.view && view !== resolveView(this.view)) return this.#go(view, data.anchor);
    const target = viewSelectTarget(data, view, this.active, localToday());
    if (target) this.#go(target.view, target.anchor);
  };

  readonly #onStep = (direction: 'previous' | 'next'): void => this.#stepPeriod(direction);

  #stepPeriod(direction: 'previous' | 'next'): void {
    const data = this.shown;
    const target = data?.[direction];
    if (!data || !target) return;
    this.#stepFocus = direction === 'next' ? ['next', 'previous'] : ['previous', 'next'];
    this.#go(data.view, target);
  }

  /**
   * After stepping to the first or last period, the button pressed is disabled and would drop focus to the page:
   * keep the customer in the toolbar on the other button.
   */
  #keepFocusInToolbar(): void {
    const parts = this.#stepFocus;
    if (!parts || this.#isLoading) return;
    this.#stepFocus = undefined;
    const pressed = this.renderRoot.querySelector<HTMLButtonElement>(`[part~="${parts[0]}"]`);
    const other = this.renderRoot.querySelector<HTMLButtonElement>(`[part~="${parts[1]}"]`);
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const dropped = active === null && (document.activeElement === document.body || document.activeElement === null);
    if (pressed?.disabled && (active === pressed || dropped) && other && !other.disabled) other.focus();
  }

  #drill(index: number): void {
    const target = this.shown && drillTarget(this.shown, index);
    if (target) this.#go(target.view, target.anchor);
  }

  // Pointer and keyboard -----------------------------------------------------------------------------------

  #indexAt(event: PointerEvent | MouseEvent): number | null {
    const data = this.shown;
    const geometry = data && this.#plot.geometry(data, this.hideExport, this.resolvedLocale);
    if (!data || !geometry) return null;
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    return indexAtX(geometry, data.set, event.clientX - box.left);
  }

  #onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    this.active = this.#indexAt(event);
  }

  #onPointerDown(event: PointerEvent): void {
    this.#touch = event.pointerType === 'touch' || event.pointerType === 'pen';
  }

  #onPointerLeave(): void {
    if (this.renderRoot.querySelector('.plot:focus-visible')) return;
    this.active = null;
  }

  #onClick(event: MouseEvent): void {
    const index = this.#indexAt(event);
    if (index === null) return;
    // A first tap shows the details; tapping the same point again opens it.
    if (this.#touch && index !== this.active) {
      this.#activate(index, true);
      return;
    }
    this.#drill(index);
  }

  #activate(index: number | null, announce: boolean): void {
    this.active = index;
    const data = this.shown;
    if (announce && data && index !== null) {
      const set = visibleSet(data.set, this.hideExport);
      this.announcement = describePoint(set, set.points[index], this.resolvedLocale);
    }
  }

  #onKeyDown(event: KeyboardEvent): void {
    const data = this.shown;
    if (!data) return;
    const drillable = this.active !== null && canDrill(data, this.active);
    const inspect = this.#inspect.get();
    if (!inspect) return;
    const action = inspect.keyAction(event.key, data, this.active, drillable);
    if (!action) return;
    event.preventDefault();
    if (action.type === 'drill') this.#drill(action.index);
    else if (action.type === 'move') this.#activate(action.index, true);
    else {
      this.active = null;
      this.announcement = '';
    }
  }

  #toggleTable(): void {
    this.table = !this.table;
    this.active = null;
  }

  /** Keyboard focus lands on the latest point with data, so its details show at once. */
  #onFocus(event: FocusEvent): void {
    const data = this.shown;
    if (!data || this.active !== null || !(event.currentTarget as HTMLElement).matches(':focus-visible')) return;
    const points = data.set.points;
    for (let i = points.length - 1; i >= 0; i--) {
      if (points[i].status === 'complete' || points[i].status === 'partial') return this.#activate(i, false);
    }
  }

  #onBlur(): void {
    this.active = null;
  }

  #download(): void {
    const data = this.shown;
    if (!data) return;
    const set = visibleSet(data.set, this.hideExport);
    void this.#csv.load().then((csv) => csv?.downloadUsage(this.renderRoot, set, this.resolvedLocale));
  }

  readonly #onTablePage = (page: number, announcement: string): void => {
    this.#stepFocus = page > this.tablePage ? ['next-rows', 'previous-rows'] : ['previous-rows', 'next-rows'];
    this.tablePage = page;
    this.announcement = announcement;
  };

  // Rendering ----------------------------------------------------------------------------------------------

  protected override renderContent(): TemplateResult {
    const locale = this.resolvedLocale;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return html`<section
      class="surface chart"
      part="base"
      aria-labelledby="heading"
      aria-busy=${this.#isLoading ? 'true' : 'false'}
    >
      <div class="head">
        <div role="heading" aria-level=${level} class="heading" id="heading" part="heading">
          ${msg(locale, 'title')}
        </div>
        ${
          this.shown &&
          this.#usageTask.status !== TaskStatus.INITIAL &&
          this.#resolvedLocation &&
          !this.#nowhere(this.shown)
            ? this.#renderPeriod(this.shown, locale)
            : nothing
        }
      </div>
      ${this.#renderBody()}
      <div role="status" aria-live="polite" class="visually-hidden">${this.announcement}</div>
      ${renderDefs()}
    </section>`;
  }

  /**
   * The period on screen; while another loads, that it is loading (the old period would name what is going
   * away); nothing when it failed to load (the error says so, and the old period is no longer shown). One paragraph
   * either way, so paging through periods changes its text rather than replacing it twice.
   */
  #renderPeriod(shown: ChartData, locale: SupportedLocale): TemplateResult | typeof nothing {
    const status = this.#usageTask.status;
    if (status === TaskStatus.ERROR) return nothing;
    const loading = status === TaskStatus.PENDING;
    const progress = loading && this.progress ? renderLoadProgress(this.progress, locale) : nothing;
    const label = loading ? coreMsg(locale, 'loading') : periodLabel(shown, locale);
    return html`<p class="period" part="period">${label} ${progress}</p>`;
  }

  /** Whether a load is under way: the account (when it decides the location) or the usage. */
  get #isLoading(): boolean {
    if (this.#usageTask.status === TaskStatus.PENDING) return true;
    return !this.locationUuid && this.#account.task.status === TaskStatus.PENDING;
  }

  /** No data here and nowhere to go: the account has no usage yet. */
  #nowhere(data: ChartData): boolean {
    return !hasAnyData(data.set) && (data.view === 'trailing' || (!data.previous && !data.next));
  }

  #renderBody(): TemplateResult | typeof nothing {
    const locale = this.resolvedLocale;
    if (!this.locationUuid) {
      const account = this.#account.task;
      if (account.status === TaskStatus.ERROR) {
        return renderErrorState(toLightError(account.error), { locale, onRetry: () => void account.run() });
      }
      const value = this.#account.value;
      if (account.status === TaskStatus.COMPLETE && value) {
        const location = value.locations[0];
        if (!location) return renderEmptyState(msg(locale, 'noLocationTitle'), msg(locale, 'noLocationBody'));
        if (notStarted(location)) return renderEmptyState(msg(locale, 'inactiveTitle'), msg(locale, 'inactiveBody'));
      }
    }
    const task = this.#usageTask;
    const shown = this.shown;
    switch (task.status) {
      case TaskStatus.ERROR: {
        if (isAbortError(task.error)) return renderChartSkeleton(this.resolvedLocale);
        const failure = toLightError(task.error);
        return html`${shown ? renderToolbar(shown, locale, this.#onViewSelect, this.#onStep, resolveView(this.view)) : nothing}
        ${renderErrorState(failure, { locale, onRetry: () => void task.run() })}`;
      }
      case TaskStatus.COMPLETE:
        return task.value ? this.#renderData(task.value, false) : renderChartSkeleton(this.resolvedLocale);
      case TaskStatus.PENDING:
        return shown ? this.#renderData(shown, true) : renderChartSkeleton(this.resolvedLocale, this.progress);
      default:
        return renderChartSkeleton(this.resolvedLocale);
    }
  }

  #renderData(data: ChartData, busy: boolean): TemplateResult {
    const locale = this.resolvedLocale;
    const set = visibleSet(data.set, this.hideExport);
    const period = periodLabel(data, locale);
    if (!hasAnyData(data.set)) {
      if (this.#nowhere(data)) return renderEmptyState(msg(locale, 'emptyTitle'), msg(locale, 'emptyBody'));
      return html`${renderToolbar(data, locale, this.#onViewSelect, this.#onStep, resolveView(this.view))}
      ${renderEmptyState(msg(locale, 'emptyPeriodTitle'), msg(locale, 'emptyPeriodBody', { period }))}`;
    }
    const dst = dstNote(data, locale);
    return html`${renderToolbar(data, locale, this.#onViewSelect, this.#onStep, resolveView(this.view))}
      <p class="summary" id="summary">${usageSummary(set, locale)}</p>
      ${dst ? html`<p class="dst-note muted">${dst}</p>` : nothing}
      ${data.failed?.length ? renderFailedMonths(data.failed, locale, () => void this.#usageTask.run()) : nothing}
      <div class=${classMap({ 'plot-area': true, busy })} aria-busy=${busy ? 'true' : 'false'}>
        ${this.table ? this.#renderTable(data, set, period) : this.#renderChart(data, set, period)}
      </div>
      <p class="estimate-note muted">${msg(locale, 'estimateNote')}</p>
      ${renderChartActions(
        { table: msg(locale, 'showTable'), chart: msg(locale, 'showChart'), download: msg(locale, 'download') },
        this.table,
        () => this.#toggleTable(),
        () => this.#download(),
      )}`;
  }

  /** The table view, once its code has loaded (it loads when first shown). */
  #renderTable(data: ChartData, set: UsageSet, period: string): TemplateResult {
    const locale = this.resolvedLocale;
    const table = this.#table.get();
    if (!table) return html`<p class="muted" role="status">${coreMsg(locale, 'loading')}</p>`;
    return table.renderTable(set, period, data.view !== 'day', locale, this.tablePage, this.#onTablePage);
  }

  #renderChart(data: ChartData, set: UsageSet, period: string): TemplateResult {
    const locale = this.resolvedLocale;
    const geometry = this.#plot.geometry(data, this.hideExport, locale);
    const drillable = data.view !== 'day';
    const help =
      data.view === 'day'
        ? 'helpNoDrill'
        : data.view === 'intervals' || data.view === 'year-intervals'
          ? 'helpPages'
          : 'helpDrill';
    const inspect = this.#inspect.get();
    const active = this.active;
    // While the next period loads the drawing on screen stays as it is: its hundreds of parts are not compared again.
    return html`${guard([set, geometry, locale], () => renderLegend(set, geometry, locale))}
      <div
        class=${classMap({ plot: true, drillable })}
        part="plot"
        role="application"
        tabindex="0"
        aria-label=${msg(locale, 'chartLabel', { period })}
        aria-describedby="summary help"
        @pointermove=${this.#onPointerMove}
        @pointerdown=${this.#onPointerDown}
        @pointerleave=${this.#onPointerLeave}
        @click=${this.#onClick}
        @keydown=${this.#onKeyDown}
        @focus=${this.#onFocus}
        @blur=${this.#onBlur}
      >
        ${guard([geometry, set, active, locale, inspect], () => renderPlot(geometry, set, active, locale, inspect))}
      </div>
      <p id="help" class="visually-hidden">${msg(locale, help)}</p>`;
  }
}
