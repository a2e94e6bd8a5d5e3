import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ref } from 'lit/directives/ref.js';
import { getDailyUsage, getIntervalUsage, getMonthlyUsage } from '../../api/endpoints.js';
import { isAbortError } from '../../api/errors.js';
import type { LightClient } from '../../api/http.js';
import type { IntervalUsage, Location } from '../../api/types.js';
import { AccountController } from '../../core/account-controller.js';
import { localToday } from '../../core/dates.js';
import { formatDate, formatMonth, formatNumber } from '../../core/format.js';
import { intlLocale, type SupportedLocale } from '../../core/i18n.js';
import { LightDataElement } from '../../core/light-element.js';
import { coreMsg } from '../../core/messages.js';
import { renderEmptyState, renderErrorState, toLightError } from '../../core/templates.js';
import {
  bandScale,
  linearScale,
  nearestIndex,
  niceTicks,
  rectsPath,
  stepAreaPath,
  stepLinePath,
  thinLabels,
  type Band,
  type LinearScale,
  type Rect,
  type Step,
  type Ticks,
} from './chart-scale.js';
import { csvFileName, usageCsv } from './csv.js';
import { usageChartMsg as msg } from './light-usage-chart.messages.js';
import { PLOT_HEIGHT, usageChartStyles } from './light-usage-chart.styles.js';
import {
  dailySet,
  dayTicks,
  daysInMonth,
  hasAnyData,
  hourTicks,
  intervalDays,
  intervalSet,
  monthKey,
  monthlySet,
  parseNavQuery,
  presentSeries,
  trailingMonths,
  yearMonths,
  summarize,
  timeDomain,
  type Coverage,
  type SeriesKey,
  type UsagePoint,
  type UsageSet,
} from './usage-series.js';

/**
 * - `trailing`: the last 12 months, by month (two calendar years stitched together); the default;
 * - `year`: a calendar year, by month;
 * - `month`: a month, by day;
 * - `intervals`: a month, every 15 minutes;
 * - `day`: a day, every 15 minutes.
 */
export type UsageView = 'trailing' | 'year' | 'month' | 'intervals' | 'day';

const VIEWS: readonly UsageView[] = ['trailing', 'year', 'month', 'intervals', 'day'];

/** Detail of `light-usage-view-change`: the period the customer moved to. */
export interface UsageViewChangeDetail {
  view: UsageView;
  year: number;
  /** 1–12; absent for the year views. */
  month?: number;
  /** Day of the month, in the day view. */
  day?: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'light-usage-view-change': CustomEvent<UsageViewChangeDetail>;
  }
}

interface Anchor {
  year: number;
  month?: number;
  day?: number;
}

/** What one load produced: the points to draw and where prev/next lead. */
interface ChartData {
  view: UsageView;
  set: UsageSet;
  anchor: Anchor;
  previous: Anchor | null;
  next: Anchor | null;
  /** Time views: the span of the x axis, epoch ms. */
  domain: [number, number] | null;
}

interface Geometry {
  kind: 'bars' | 'time';
  width: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  y: LinearScale;
  ticks: Ticks;
  band: Band | null;
  /** x of each point's middle, for hover and the cursor. */
  centers: Float64Array;
  series: Array<{ key: SeriesKey; d: string; count: number }>;
  partial: string;
  missing: string;
  xLabels: Array<{ x: number; text: string; muted: boolean }>;
}

const MARGIN = { top: 22, right: 12, bottom: 28 };
const MAX_CACHED = 24;

type UsageArgs = readonly [
  LightClient | undefined,
  string | undefined,
  UsageView,
  number | undefined,
  number | undefined,
  number | undefined,
];

/** Settles like `promise`, or rejects with the abort reason when `signal` aborts first (the promise runs on). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(locale: SupportedLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** A wall-clock time as the meter reported it (never shifted into the viewer's time zone). */
function wallTime(time: string, locale: SupportedLocale, withMinutes = true): string {
  const instant = Date.UTC(2000, 0, 1, Number(time.slice(0, 2)), Number(time.slice(3, 5)));
  return dateTimeFormat(locale, withMinutes ? { hour: 'numeric', minute: '2-digit' } : { hour: 'numeric' }).format(
    instant,
  );
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/**
 * The customer's energy use as a chart they can read, hear and download: the last 12 months, a year by month,
 * a month by day, or 15-minute intervals for a month or a day. Consumption from the grid, export back to it
 * (solar) and vehicle charging appear when the account has them. Prev/next follow the API's own links; a bar
 * drills into its month or day. The chart is keyboard-operable and announces each point; a table view shows the
 * same numbers, and the shown data downloads as CSV.
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
 * @csspart error - The error box.
 * @csspart empty - The empty state.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --light-usage-consumption-color - Consumption bars and line (default: the primary color).
 * @cssprop --light-usage-export-color - Export bars and line (default: the success color).
 * @cssprop --light-usage-vehicle-color - Vehicle charging bars (default: the warning color).
 * @cssprop --light-color-primary - Accent color.
 * @cssprop --light-color-surface - Background, also used for pattern stripes.
 */
export class LightUsageChart extends LightDataElement {
  static override styles = [...(LightDataElement.styles as []), usageChartStyles];

  /** The service location. Default: the account's first location. */
  @property({ attribute: 'location-uuid' }) locationUuid?: string;

  /** What to show: `trailing` (the last 12 months, default), `year`, `month`, `intervals` (a month of 15-minute data) or `day`. */
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
  @state() private plotWidth = 0;
  @state() private announcement = '';
  @state() private shown?: ChartData;

  private readonly account = new AccountController(this, () => this.client);
  private readonly cache = new Map<string, Promise<unknown>>();
  private cacheClient?: LightClient;
  private announceNext = false;
  private touch = false;
  private stepFocus?: 'previous' | 'next';
  private resizeObserver?: ResizeObserver;
  private observed?: Element;
  private geometry?: { data: ChartData; width: number; hideExport: boolean; locale: SupportedLocale; value: Geometry };

  private readonly usageTask = new Task<UsageArgs, ChartData>(this, {
    task: async ([client, location, view, year, month, day], { signal }) => {
      if (!client || !location) return initialState;
      return this.load(client, location, view, year, month, day, signal);
    },
    args: () => [this.client, this.resolvedLocation, this.currentView, this.year, this.month, this.day] as const,
    onComplete: (data) => {
      this.shown = data;
      this.active = null;
      if (this.announceNext)
        this.announcement = msg(this.resolvedLocale, 'showing', { period: this.periodLabel(data) });
      this.announceNext = false;
    },
  });

  protected override get watchedTasks() {
    return this.locationUuid ? [this.usageTask] : [this.account.task, this.usageTask];
  }

  /** The location to chart, once known; `undefined` while the account loads or when it has none in service. */
  private get resolvedLocation(): string | undefined {
    if (this.locationUuid) return this.locationUuid;
    const location = this.account.value?.locations[0];
    return location && !this.notStarted(location) ? location.uuid : undefined;
  }

  private get currentView(): UsageView {
    return VIEWS.includes(this.view as UsageView) ? (this.view as UsageView) : 'trailing';
  }

  private notStarted(location: Location): boolean {
    return !location.is_service_active && !location.final_service_date && !location.has_usage_history;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      if (width > 0 && width !== this.plotWidth) this.plotWidth = width;
    });
    if (this.observed) this.resizeObserver.observe(this.observed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const area = this.renderRoot.querySelector('.plot-area') ?? undefined;
    if (area !== this.observed) {
      if (this.observed) this.resizeObserver?.unobserve(this.observed);
      this.observed = area;
      if (area) this.resizeObserver?.observe(area);
    }
    this.keepFocusInToolbar();
  }

  // Loading ------------------------------------------------------------------------------------------------

  /** One request per period, shared by every view that needs it (a month of intervals serves all its days). */
  private cached<T>(client: LightClient, key: string, fetcher: () => Promise<T>, signal: AbortSignal): Promise<T> {
    if (client !== this.cacheClient) {
      this.cache.clear();
      this.cacheClient = client;
    }
    let pending = this.cache.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = fetcher();
      this.cache.set(key, pending);
      pending.catch(() => this.cache.delete(key));
      if (this.cache.size > MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
    }
    return abortable(pending, signal);
  }

  private monthly(client: LightClient, location: string, year: number, signal: AbortSignal) {
    return this.cached(
      client,
      `monthly ${location} ${year}`,
      () => getMonthlyUsage(client, location, { year }),
      signal,
    );
  }

  private intervals(client: LightClient, location: string, year: number, month: number, signal: AbortSignal) {
    return this.cached(
      client,
      `intervals ${location} ${year}-${month}`,
      () => getIntervalUsage(client, location, { year, month }),
      signal,
    );
  }

  private coverage(location: string): Coverage {
    const found = this.account.value?.locations.find((l) => l.uuid === location);
    return { serviceStart: found?.service_start_date, serviceEnd: found?.final_service_date };
  }

  private async load(
    client: LightClient,
    location: string,
    view: UsageView,
    year: number | undefined,
    month: number | undefined,
    day: number | undefined,
    signal: AbortSignal,
  ): Promise<ChartData> {
    const today = localToday();
    const thisYear = Number(today.slice(0, 4));
    const thisMonth = Number(today.slice(5, 7));
    const coverage = this.coverage(location);
    const monthOf = (anchor: { year: number; month?: number } | null) =>
      anchor?.month ? { year: anchor.year, month: anchor.month } : null;

    if (view === 'trailing') {
      const { months, years } = trailingMonths(today);
      const responses = await Promise.all(years.map((y) => this.monthly(client, location, y, signal)));
      const set = monthlySet(responses, months, today, coverage);
      return { view, set, anchor: { year: thisYear, month: thisMonth }, previous: null, next: null, domain: null };
    }

    if (view === 'year') {
      const y = year ?? thisYear;
      const response = await this.monthly(client, location, y, signal);
      const set = monthlySet([response], yearMonths(y), today, coverage);
      const previous = parseNavQuery(response.previous);
      const next = parseNavQuery(response.next);
      return {
        view,
        set,
        anchor: { year: y },
        previous: previous && { year: previous.year },
        next: next && { year: next.year },
        domain: null,
      };
    }

    let y = year ?? thisYear;
    let m = month ?? thisMonth;

    if (view === 'month') {
      const daily = (yy: number, mm: number) =>
        this.cached(
          client,
          `daily ${location} ${yy}-${mm}`,
          () => getDailyUsage(client, location, { year: yy, month: mm }),
          signal,
        );
      let response = await daily(y, m);
      let set = dailySet(response, today);
      if (year === undefined && !hasAnyData(set)) {
        // Early in a month nothing may have arrived yet: the latest days are in the month before.
        const previous = monthOf(parseNavQuery(response.previous));
        if (previous) {
          ({ year: y, month: m } = previous);
          response = await daily(y, m);
          set = dailySet(response, today);
        }
      }
      return {
        view,
        set,
        anchor: { year: y, month: m },
        previous: monthOf(parseNavQuery(response.previous)),
        next: monthOf(parseNavQuery(response.next)),
        domain: null,
      };
    }

    let response: IntervalUsage = await this.intervals(client, location, y, m, signal);
    let set = intervalSet(response);
    if (year === undefined && !hasAnyData(set)) {
      // Early in a month nothing may have arrived yet: the latest days are in the month before.
      const previous = monthOf(parseNavQuery(response.previous));
      if (previous) {
        ({ year: y, month: m } = previous);
        response = await this.intervals(client, location, y, m, signal);
        set = intervalSet(response);
      }
    }
    const previous = monthOf(parseNavQuery(response.previous));
    const next = monthOf(parseNavQuery(response.next));
    if (view === 'intervals') {
      return {
        view,
        set,
        anchor: { year: y, month: m },
        previous,
        next,
        domain: timeDomain(set, { year: y, month: m }),
      };
    }

    const days = intervalDays(set);
    const wanted = day ?? (days.length ? Number(days[days.length - 1].date.slice(8, 10)) : 1);
    if (days.length === 0) {
      return {
        view,
        set: { ...set, points: [] },
        anchor: { year: y, month: m, day: wanted },
        previous: previous && { ...previous, day: daysInMonth(previous.year, previous.month) },
        next: next && { ...next, day: 1 },
        domain: null,
      };
    }
    // The nearest day with data (a day asked for may not have arrived yet, or be before service started).
    let index = 0;
    days.forEach((d, i) => {
      const distance = Math.abs(Number(d.date.slice(8, 10)) - wanted);
      if (distance < Math.abs(Number(days[index].date.slice(8, 10)) - wanted)) index = i;
    });
    const chosen = days[index];
    const points = set.points.slice(chosen.from, chosen.to);
    const slice: UsageSet = { ...set, points, series: presentSeries(points) };
    const dayOf = (i: number) => Number(days[i].date.slice(8, 10));
    return {
      view,
      set: slice,
      anchor: { year: y, month: m, day: dayOf(index) },
      previous:
        index > 0
          ? { year: y, month: m, day: dayOf(index - 1) }
          : previous && { ...previous, day: daysInMonth(previous.year, previous.month) },
      next: index < days.length - 1 ? { year: y, month: m, day: dayOf(index + 1) } : next && { ...next, day: 1 },
      domain: timeDomain(slice),
    };
  }

  // Navigation ---------------------------------------------------------------------------------------------

  /** Moves to a view and period on the customer's behalf and tells the page. */
  private go(view: UsageView, anchor: Partial<Anchor>): void {
    const detail: UsageViewChangeDetail = { view, year: anchor.year ?? Number(localToday().slice(0, 4)) };
    if (view !== 'trailing' && view !== 'year' && anchor.month) detail.month = anchor.month;
    if (view === 'day' && anchor.day) detail.day = anchor.day;
    this.view = view;
    this.year = view === 'trailing' ? undefined : detail.year;
    this.month = detail.month;
    this.day = detail.day;
    this.announceNext = true;
    this.emit('light-usage-view-change', detail);
  }

  /** The month to open from a year-long view: the focused one, else the latest with data. */
  private focusMonth(data: ChartData): Anchor {
    const points = data.set.points;
    const withData = points.filter((p) => p.status === 'complete' || p.status === 'partial');
    const point = (this.active !== null ? points[this.active] : undefined) ?? withData[withData.length - 1];
    if (point) return { year: Number(point.date.slice(0, 4)), month: Number(point.date.slice(5, 7)) };
    return { year: data.anchor.year, month: data.anchor.month ?? Number(localToday().slice(5, 7)) };
  }

  private onViewSelect(event: Event): void {
    const view = (event.target as HTMLSelectElement).value as UsageView;
    const data = this.shown;
    if (!data || view === data.view) return;
    const wide = data.view === 'trailing' || data.view === 'year';
    const month = wide ? this.focusMonth(data) : { year: data.anchor.year, month: data.anchor.month };
    if (view === 'trailing') this.go(view, {});
    else if (view === 'year') this.go(view, { year: data.view === 'trailing' ? month.year : data.anchor.year });
    else if (view === 'day') {
      const point = data.view === 'month' && this.active !== null ? data.set.points[this.active] : undefined;
      this.go(view, { ...month, day: point ? Number(point.date.slice(8, 10)) : data.anchor.day });
    } else this.go(view, month);
  }

  private stepPeriod(direction: 'previous' | 'next'): void {
    const data = this.shown;
    const target = data?.[direction];
    if (!data || !target) return;
    this.stepFocus = direction;
    this.go(data.view, target);
  }

  /**
   * After stepping to the first or last period, the button pressed is disabled and would drop focus to the page:
   * keep the customer in the toolbar on the other button.
   */
  private keepFocusInToolbar(): void {
    const direction = this.stepFocus;
    if (!direction || this.isLoading) return;
    this.stepFocus = undefined;
    const pressed = this.renderRoot.querySelector<HTMLButtonElement>(`[part~="${direction}"]`);
    const other = this.renderRoot.querySelector<HTMLButtonElement>(
      `[part~="${direction === 'next' ? 'previous' : 'next'}"]`,
    );
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const dropped = active === null && (document.activeElement === document.body || document.activeElement === null);
    if (pressed?.disabled && (active === pressed || dropped) && other && !other.disabled) other.focus();
  }

  private canDrill(data: ChartData, index: number): boolean {
    const point = data.set.points[index];
    return data.view !== 'day' && !!point && (point.status === 'complete' || point.status === 'partial');
  }

  private drill(index: number): void {
    const data = this.shown;
    if (!data || !this.canDrill(data, index)) return;
    const point = data.set.points[index];
    const year = Number(point.date.slice(0, 4));
    const month = Number(point.date.slice(5, 7));
    if (data.view === 'trailing' || data.view === 'year') this.go('month', { year, month });
    else this.go('day', { year, month, day: Number(point.date.slice(8, 10)) });
  }

  // Pointer and keyboard -----------------------------------------------------------------------------------

  private navigable(data: ChartData): number[] {
    const out: number[] = [];
    data.set.points.forEach((p, i) => {
      if (p.status !== 'future') out.push(i);
    });
    return out;
  }

  private indexAt(event: PointerEvent | MouseEvent): number | null {
    const data = this.shown;
    const geometry = data && this.geometryFor(data);
    if (!data || !geometry) return null;
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const x = event.clientX - box.left;
    if (x < geometry.left - 4 || x > geometry.right + 4) return null;
    let index: number;
    if (geometry.band) index = Math.floor((x - geometry.left) / geometry.band.step);
    else index = nearestIndex(geometry.centers, x);
    index = Math.max(0, Math.min(data.set.points.length - 1, index));
    return data.set.points[index]?.status === 'future' ? null : index;
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    this.active = this.indexAt(event);
  }

  private onPointerDown(event: PointerEvent): void {
    this.touch = event.pointerType === 'touch' || event.pointerType === 'pen';
  }

  private onPointerLeave(): void {
    if (this.renderRoot.querySelector('.plot:focus-visible')) return;
    this.active = null;
  }

  private onClick(event: MouseEvent): void {
    const index = this.indexAt(event);
    if (index === null) return;
    // A first tap shows the details; tapping the same point again opens it.
    if (this.touch && index !== this.active) {
      this.activate(index, true);
      return;
    }
    this.drill(index);
  }

  private activate(index: number | null, announce: boolean): void {
    this.active = index;
    const data = this.shown;
    if (announce && data && index !== null) this.announcement = this.describe(data, data.set.points[index]);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const data = this.shown;
    if (!data) return;
    const navigable = this.navigable(data);
    if (navigable.length === 0) return;
    const position = this.active === null ? -1 : navigable.indexOf(this.active);
    const last = navigable.length - 1;
    let next: number | null = null;
    switch (event.key) {
      case 'ArrowRight':
        next = position < 0 ? 0 : Math.min(last, position + 1);
        break;
      case 'ArrowLeft':
        next = position < 0 ? last : Math.max(0, position - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case 'PageDown':
      case 'PageUp': {
        // Time views only (every point is navigable there): an hour in a day, a day in a month.
        if (data.view !== 'day' && data.view !== 'intervals') return;
        const delta = event.key === 'PageDown' ? 1 : -1;
        if (position < 0) next = delta > 0 ? 0 : last;
        else if (data.view === 'day') next = Math.max(0, Math.min(last, position + 4 * delta));
        else next = this.sameTimeOtherDay(data.set, navigable[position], delta);
        break;
      }
      case 'Enter':
        if (this.active === null || !this.canDrill(data, this.active)) return;
        event.preventDefault();
        this.drill(this.active);
        return;
      case 'Escape':
        if (this.active === null) return;
        event.preventDefault();
        this.active = null;
        this.announcement = '';
        return;
      default:
        return;
    }
    event.preventDefault();
    this.activate(navigable[next], true);
  }

  /** The interval at the same wall-clock time `delta` days away (the nearest one on a daylight-saving day). */
  private sameTimeOtherDay(set: UsageSet, index: number, delta: number): number {
    const days = intervalDays(set);
    const from = days.findIndex((d) => index >= d.from && index < d.to);
    const target = days[Math.max(0, Math.min(days.length - 1, from + delta))];
    const time = set.points[index].time;
    for (let i = target.from; i < target.to; i++) if (set.points[i].time === time) return i;
    return Math.min(target.to - 1, target.from + (index - days[from].from));
  }

  private toggleTable(): void {
    this.table = !this.table;
    this.active = null;
  }

  /** Keyboard focus lands on the latest point with data, so its details show at once. */
  private onFocus(event: FocusEvent): void {
    const data = this.shown;
    if (!data || this.active !== null || !(event.currentTarget as HTMLElement).matches(':focus-visible')) return;
    const points = data.set.points;
    for (let i = points.length - 1; i >= 0; i--) {
      if (points[i].status === 'complete' || points[i].status === 'partial') return this.activate(i, false);
    }
  }

  private onBlur(): void {
    this.active = null;
  }

  private download(): void {
    const data = this.shown;
    if (!data) return;
    const set = this.visibleSet(data);
    const locale = this.resolvedLocale;
    const units = set.units;
    const series = (key: SeriesKey) => msg(locale, 'withUnits', { series: this.seriesName(key), units });
    const csv = usageCsv(set, {
      period: msg(
        locale,
        set.granularity === 'month' ? 'colMonth' : set.granularity === 'day' ? 'colDate' : 'colIntervalStart',
      ),
      series: {
        consumption: series('consumption'),
        generation: series('generation'),
        vehicle_charging: series('vehicle_charging'),
      },
      note: msg(locale, 'colNote'),
      partial: msg(locale, 'partialShort'),
      missing: msg(locale, 'noData'),
    });
    // A byte-order mark lets spreadsheet programs read the file as UTF-8.
    const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = csvFileName(set);
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  // Text -------------------------------------------------------------------------------------------------

  private seriesName(key: SeriesKey): string {
    const locale = this.resolvedLocale;
    return msg(locale, key === 'consumption' ? 'consumption' : key === 'generation' ? 'generation' : 'vehicle');
  }

  private visibleSet(data: ChartData): UsageSet {
    if (!this.hideExport || !data.set.series.includes('generation')) return data.set;
    return { ...data.set, series: data.set.series.filter((key) => key !== 'generation') };
  }

  private periodLabel(data: ChartData): string {
    const locale = this.resolvedLocale;
    const { year, month, day } = data.anchor;
    switch (data.view) {
      case 'trailing': {
        const points = data.set.points;
        return msg(locale, 'range', {
          from: formatMonth(points[0]?.key, locale, 'short'),
          to: formatMonth(points[points.length - 1]?.key, locale, 'short'),
        });
      }
      case 'year':
        return String(year);
      case 'month':
        return formatMonth(monthKey(year, month ?? 1), locale);
      case 'intervals':
        return msg(locale, 'everyQuarterHour', { period: formatMonth(monthKey(year, month ?? 1), locale) });
      default:
        return formatDate(
          data.set.points[0]?.date ?? `${monthKey(year, month ?? 1)}-${String(day ?? 1).padStart(2, '0')}`,
          locale,
          'long',
        );
    }
  }

  /** Wall-clock times that occur twice in the set (the fall-back hour), which need their offset to tell apart. */
  private repeated = new WeakMap<UsageSet, Set<string>>();
  private repeatedTimes(set: UsageSet): Set<string> {
    let repeated = this.repeated.get(set);
    if (!repeated) {
      const seen = new Set<string>();
      repeated = new Set();
      for (const p of set.points) {
        const key = `${p.date} ${p.time}`;
        if (seen.has(key)) repeated.add(key);
        seen.add(key);
      }
      this.repeated.set(set, repeated);
    }
    return repeated;
  }

  private pointLabel(set: UsageSet, point: UsagePoint, withDate = true): string {
    const locale = this.resolvedLocale;
    if (set.granularity === 'month') return formatMonth(point.key, locale);
    if (set.granularity === 'day') return formatDate(point.date, locale);
    let time = wallTime(point.time ?? '00:00', locale);
    if (
      point.offsetMinutes !== null &&
      point.offsetMinutes !== undefined &&
      this.repeatedTimes(set).has(`${point.date} ${point.time}`)
    ) {
      time += ` (${msg(locale, 'utcOffset', { offset: offsetText(point.offsetMinutes) })})`;
    }
    return withDate ? `${formatDate(point.date, locale)}, ${time}` : time;
  }

  private amount(value: number, set: UsageSet): string {
    return `${formatNumber(value, this.resolvedLocale, set.granularity === 'interval' ? 3 : 1)} ${set.units}`;
  }

  private statusNote(point: UsagePoint): string | null {
    const locale = this.resolvedLocale;
    if (point.status === 'partial') return msg(locale, 'partialShort');
    if (point.status === 'missing') return msg(locale, 'noData');
    if (point.status === 'future') return msg(locale, 'future');
    return null;
  }

  /** One point in words, for the tooltip and the live region. */
  private describe(data: ChartData, point: UsagePoint): string {
    const set = this.visibleSet(data);
    const parts = [this.pointLabel(set, point)];
    if (point.status === 'complete' || point.status === 'partial') {
      for (const key of set.series) {
        const value = point[key];
        parts.push(
          `${this.seriesName(key)}: ${value === null ? msg(this.resolvedLocale, 'noData') : this.amount(value, set)}`,
        );
      }
    }
    const note = this.statusNote(point);
    if (note) parts.push(note);
    return parts.join('. ');
  }

  private summary(data: ChartData): string {
    const locale = this.resolvedLocale;
    const set = this.visibleSet(data);
    const usage = summarize(set.points, 'consumption');
    if (!usage.peak) return msg(locale, 'summaryNone');
    const per = msg(
      locale,
      set.granularity === 'month' ? 'perMonth' : set.granularity === 'day' ? 'perDay' : 'perInterval',
    );
    let text = msg(locale, 'summary', {
      total: this.amount(usage.total, set),
      average: this.amount(usage.average, set),
      per,
      peak: this.amount(usage.peak.consumption ?? 0, set),
      when: this.pointLabel(set, usage.peak),
    });
    if (set.series.includes('generation')) {
      text += ` ${msg(locale, 'summaryExport', { total: this.amount(summarize(set.points, 'generation').total, set) })}`;
    }
    return text;
  }

  // Geometry -----------------------------------------------------------------------------------------------

  private geometryFor(data: ChartData): Geometry | null {
    // Before the resize observer has reported, measure once (the skeleton holds the same space), so the first
    // drawing is already the right width instead of being drawn twice.
    const width = this.plotWidth || this.renderRoot.querySelector('.plot-area')?.clientWidth || 600;
    const cached = this.geometry;
    const locale = this.resolvedLocale;
    const hideExport = this.hideExport;
    if (
      cached &&
      cached.data === data &&
      cached.width === width &&
      cached.hideExport === hideExport &&
      cached.locale === locale
    ) {
      return cached.value;
    }
    const value = this.computeGeometry(data, width);
    this.geometry = { data, width, hideExport, locale, value };
    return value;
  }

  private computeGeometry(data: ChartData, width: number): Geometry {
    const locale = this.resolvedLocale;
    const set = this.visibleSet(data);
    const points = set.points;
    let lo = 0;
    let hi = 0;
    for (const p of points) {
      for (const key of set.series) {
        const v = p[key];
        if (v === null) continue;
        if (v > hi) hi = v;
        if (v < lo) lo = v;
      }
    }
    const ticks = niceTicks(lo, hi, width < 400 ? 4 : 5);
    const decimals = Math.max(0, -Math.floor(Math.log10(ticks.step)));
    const longest = Math.max(set.units.length, ...ticks.values.map((t) => formatNumber(t, locale, decimals).length));
    const left = Math.min(72, 12 + longest * 7.5);
    const right = width - MARGIN.right;
    const top = MARGIN.top;
    const bottom = PLOT_HEIGHT - MARGIN.bottom;
    const y = linearScale([ticks.min, ticks.max], [bottom, top]);
    const y0 = y(Math.max(ticks.min, Math.min(ticks.max, 0)));
    const centers = new Float64Array(points.length);
    const xLabels: Geometry['xLabels'] = [];
    const series: Geometry['series'] = [];

    if (set.granularity !== 'interval') {
      const band = bandScale(points.length, left, right, 0.25);
      const sub = band.width / set.series.length;
      const partial: Rect[] = [];
      const missing: Rect[] = [];
      const rects = new Map<SeriesKey, Rect[]>(set.series.map((key) => [key, []]));
      points.forEach((p, i) => {
        centers[i] = band.center(i);
        if (p.status === 'missing') {
          missing.push({ x: band.start(i), y: y0 - 10, width: band.width, height: 10 });
          return;
        }
        set.series.forEach((key, j) => {
          const v = p[key];
          if (v === null) return;
          // Zero use is still a value: a thin stub on the baseline, where a missing day has a dashed box.
          const h = Math.max(2, Math.abs(y0 - y(v)));
          const rect = {
            x: band.start(i) + j * sub,
            y: v >= 0 ? y0 - h : y0,
            width: Math.max(1, sub - (set.series.length > 1 ? 1 : 0)),
            height: h,
          };
          rects.get(key)!.push(rect);
          if (p.status === 'partial') partial.push(rect);
        });
      });
      for (const key of set.series) series.push({ key, d: rectsPath(rects.get(key)!), count: rects.get(key)!.length });
      const labelFormat =
        set.granularity === 'month'
          ? dateTimeFormat(locale, { month: 'short' })
          : dateTimeFormat(locale, { day: 'numeric' });
      for (const i of thinLabels(points.length, right - left, set.granularity === 'month' ? 36 : 26)) {
        xLabels.push({
          x: band.center(i),
          text: labelFormat.format(points[i].start),
          muted: points[i].status === 'future',
        });
      }
      return {
        kind: 'bars',
        width,
        left,
        right,
        top,
        bottom,
        y,
        ticks,
        band,
        centers,
        series,
        partial: rectsPath(partial),
        missing: rectsPath(missing),
        xLabels,
      };
    }

    const [start, end] = data.domain ?? [0, 1];
    const x = linearScale([start, end], [left, right]);
    const steps = new Map<SeriesKey, Step[]>(set.series.map((key) => [key, []]));
    points.forEach((p, i) => {
      const x0 = x(p.start);
      const x1 = x(p.end);
      centers[i] = (x0 + x1) / 2;
      for (const key of set.series) steps.get(key)!.push({ x0, x1, value: p[key] });
    });
    for (const key of set.series) {
      const list = steps.get(key)!;
      const d = key === 'consumption' ? stepAreaPath(list, y, y0) : stepLinePath(list, y);
      series.push({ key, d, count: list.filter((s) => s.value !== null).length });
    }
    const plotWidth = right - left;
    if (data.view === 'day') {
      const every = plotWidth < 300 ? 6 : plotWidth < 560 ? 3 : 2;
      for (const tick of hourTicks(points, every)) {
        xLabels.push({
          x: x(tick.at),
          text: wallTime(`${String(tick.hour).padStart(2, '0')}:00`, locale, false),
          muted: false,
        });
      }
    } else {
      const days = new Set(points.map((p) => p.date)).size || 1;
      const every = Math.max(1, Math.ceil((days * 26) / plotWidth));
      for (const tick of dayTicks(points, every)) {
        xLabels.push({ x: x(tick.at), text: String(Number(tick.date.slice(8, 10))), muted: false });
      }
    }
    return {
      kind: 'time',
      width,
      left,
      right,
      top,
      bottom,
      y,
      ticks,
      band: null,
      centers,
      series,
      partial: '',
      missing: '',
      xLabels,
    };
  }

  // Rendering ----------------------------------------------------------------------------------------------

  protected override renderContent(): TemplateResult {
    const locale = this.resolvedLocale;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return html`<section
      class="surface chart"
      part="base"
      aria-labelledby="heading"
      aria-busy=${this.isLoading ? 'true' : 'false'}
    >
      <div class="head">
        <div role="heading" aria-level=${level} class="heading" id="heading" part="heading">
          ${msg(locale, 'title')}
        </div>
        ${
          this.shown &&
          this.usageTask.status !== TaskStatus.INITIAL &&
          this.resolvedLocation &&
          !this.nowhere(this.shown)
            ? html`<p class="period" part="period">${this.periodLabel(this.shown)}</p>`
            : nothing
        }
      </div>
      ${this.renderBody()}
      <div role="status" aria-live="polite" class="visually-hidden">${this.announcement}</div>
      ${this.renderDefs()}
    </section>`;
  }

  /** Whether a load is under way: the account (when it decides the location) or the usage. */
  private get isLoading(): boolean {
    if (this.usageTask.status === TaskStatus.PENDING) return true;
    return !this.locationUuid && this.account.task.status === TaskStatus.PENDING;
  }

  /** No data here and nowhere to go: the account has no usage yet. */
  private nowhere(data: ChartData): boolean {
    return !hasAnyData(data.set) && (data.view === 'trailing' || (!data.previous && !data.next));
  }

  private renderBody(): TemplateResult | typeof nothing {
    const locale = this.resolvedLocale;
    if (!this.locationUuid) {
      const account = this.account.task;
      if (account.status === TaskStatus.ERROR) {
        return renderErrorState(toLightError(account.error), { locale, onRetry: () => void account.run() });
      }
      const value = this.account.value;
      if (account.status === TaskStatus.COMPLETE && value) {
        const location = value.locations[0];
        if (!location) return renderEmptyState(msg(locale, 'noLocationTitle'), msg(locale, 'noLocationBody'));
        if (this.notStarted(location))
          return renderEmptyState(msg(locale, 'inactiveTitle'), msg(locale, 'inactiveBody'));
      }
    }
    const task = this.usageTask;
    const shown = this.shown;
    switch (task.status) {
      case TaskStatus.ERROR: {
        if (isAbortError(task.error)) return this.renderSkeleton();
        const failure = toLightError(task.error);
        return html`${shown ? this.renderToolbar(shown) : nothing}
        ${renderErrorState(failure, { locale, onRetry: () => void task.run() })}`;
      }
      case TaskStatus.COMPLETE:
        return task.value ? this.renderData(task.value, false) : this.renderSkeleton();
      case TaskStatus.PENDING:
        return shown ? this.renderData(shown, true) : this.renderSkeleton();
      default:
        return this.renderSkeleton();
    }
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="chart" role="status" part="skeleton">
      <span class="visually-hidden">${coreMsg(this.resolvedLocale, 'loading')}</span>
      <div class="skeleton-bar skeleton-toolbar" aria-hidden="true"></div>
      <div class="skeleton-bar skeleton-text" aria-hidden="true"></div>
      <div class="plot-area" aria-hidden="true"><div class="skeleton-bar skeleton-plot"></div></div>
      <div class="skeleton-bar skeleton-toolbar" aria-hidden="true"></div>
    </div>`;
  }

  private renderData(data: ChartData, busy: boolean): TemplateResult {
    const locale = this.resolvedLocale;
    const period = this.periodLabel(data);
    if (!hasAnyData(data.set)) {
      if (this.nowhere(data)) return renderEmptyState(msg(locale, 'emptyTitle'), msg(locale, 'emptyBody'));
      return html`${this.renderToolbar(data)}
      ${renderEmptyState(msg(locale, 'emptyPeriodTitle'), msg(locale, 'emptyPeriodBody', { period }))}`;
    }
    const dstHours =
      data.view === 'day' && data.domain ? Math.round((data.domain[1] - data.domain[0]) / 3_600_000) : 24;
    return html`${this.renderToolbar(data)}
      <p class="summary" id="summary">${this.summary(data)}</p>
      ${
        dstHours === 23 || dstHours === 25
          ? html`<p class="dst-note muted">${msg(locale, dstHours === 23 ? 'dstSpring' : 'dstFall')}</p>`
          : nothing
      }
      <div class=${classMap({ 'plot-area': true, busy })} aria-busy=${busy ? 'true' : 'false'}>
        ${this.table ? this.renderTable(data, period) : this.renderChart(data, period)}
      </div>
      <div class="actions">
        <button
          type="button"
          class="secondary"
          part="button table-toggle"
          aria-pressed=${this.table ? 'true' : 'false'}
          @click=${this.toggleTable}
        >
          ${msg(locale, 'showTable')}
        </button>
        <button type="button" class="secondary" part="button download" @click=${() => this.download()}>
          ${msg(locale, 'download')}
        </button>
      </div>`;
  }

  private renderToolbar(data: ChartData): TemplateResult {
    const locale = this.resolvedLocale;
    const options: Array<[UsageView, string]> = [
      ['trailing', msg(locale, 'viewTrailing')],
      ['year', msg(locale, 'viewYear')],
      ['month', msg(locale, 'viewMonth')],
      ['intervals', msg(locale, 'viewIntervals')],
      ['day', msg(locale, 'viewDay')],
    ];
    const unit = data.view === 'year' ? ('Year' as const) : data.view === 'day' ? ('Day' as const) : ('Month' as const);
    return html`<div class="toolbar" part="toolbar">
      <label class="view-select">
        ${msg(locale, 'viewLabel')}
        <select @change=${this.onViewSelect}>
          ${options.map(([value, label]) => html`<option value=${value} ?selected=${value === data.view}>${label}</option>`)}
        </select>
      </label>
      ${
        data.view === 'trailing'
          ? nothing
          : html`<div class="nav">
              <button
                type="button"
                class="secondary"
                part="button previous"
                aria-label=${msg(locale, `previous${unit}` as const)}
                ?disabled=${!data.previous}
                @click=${() => this.stepPeriod('previous')}
              >
                <span aria-hidden="true">‹</span> ${msg(locale, 'previous')}
              </button>
              <button
                type="button"
                class="secondary"
                part="button next"
                aria-label=${msg(locale, `next${unit}` as const)}
                ?disabled=${!data.next}
                @click=${() => this.stepPeriod('next')}
              >
                ${msg(locale, 'next')} <span aria-hidden="true">›</span>
              </button>
            </div>`
      }
    </div>`;
  }

  private renderChart(data: ChartData, period: string): TemplateResult {
    const locale = this.resolvedLocale;
    const geometry = this.geometryFor(data)!;
    const set = this.visibleSet(data);
    const drillable = data.view !== 'day';
    const help = data.view === 'day' ? 'helpNoDrill' : data.view === 'intervals' ? 'helpPages' : 'helpDrill';
    const active = this.active !== null ? set.points[this.active] : undefined;
    return html`${this.renderLegend(data, geometry)}
      <div
        class=${classMap({ plot: true, drillable })}
        part="plot"
        role="application"
        tabindex="0"
        aria-label=${msg(locale, 'chartLabel', { period })}
        aria-describedby="summary help"
        @pointermove=${this.onPointerMove}
        @pointerdown=${this.onPointerDown}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onClick}
        @keydown=${this.onKeyDown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
      >
        <svg
          class=${classMap({ 'plot-svg': true, time: geometry.kind === 'time' })}
          width=${geometry.width}
          height=${PLOT_HEIGHT}
          viewBox="0 0 ${geometry.width} ${PLOT_HEIGHT}"
          aria-hidden="true"
          focusable="false"
        >
          ${this.renderAxes(geometry, set)}
          ${geometry.series.map(
            (s) =>
              svg`<path class="series ${s.key}" data-series=${s.key} data-points=${s.count} d=${s.d}
                fill=${s.key === 'generation' && geometry.kind === 'bars' ? 'url(#usage-hatch)' : s.key === 'vehicle_charging' ? 'url(#usage-dots)' : nothing}></path>`,
          )}
          ${geometry.partial ? svg`<path class="partial-mark" d=${geometry.partial} fill="url(#usage-partial)"></path>` : nothing}
          ${geometry.missing ? svg`<path class="missing-mark" d=${geometry.missing}></path>` : nothing}
          ${active ? this.renderCursor(geometry, set, this.active!) : nothing}
        </svg>
        ${active ? this.renderTooltip(data, geometry, active, this.active!) : nothing}
      </div>
      <p id="help" class="visually-hidden">${msg(locale, help)}</p>`;
  }

  private renderAxes(geometry: Geometry, set: UsageSet): SVGTemplateResult {
    const locale = this.resolvedLocale;
    const { y, ticks, left, right, bottom } = geometry;
    const decimals = Math.max(0, -Math.floor(Math.log10(ticks.step)));
    return svg`<g class="grid">
        ${ticks.values.map((t) => svg`<line class=${t === 0 ? 'zero' : ''} x1=${left} x2=${right} y1=${y(t)} y2=${y(t)}></line>`)}
      </g>
      <g class="axis">
        <text class="units" x=${left - 8} y="12" text-anchor="end">${set.units}</text>
        ${ticks.values.map(
          (t) =>
            svg`<text x=${left - 8} y=${y(t)} dy="0.32em" text-anchor="end">${formatNumber(t, locale, decimals)}</text>`,
        )}
        ${geometry.xLabels.map(
          (label) =>
            svg`<text class=${label.muted ? 'x-label muted' : 'x-label'} x=${label.x} y=${bottom + 18} text-anchor=${geometry.kind === 'time' ? 'start' : 'middle'}>${label.text}</text>`,
        )}
      </g>`;
  }

  private renderCursor(geometry: Geometry, set: UsageSet, index: number): SVGTemplateResult {
    const x = geometry.centers[index];
    if (geometry.band) {
      const band = geometry.band;
      return svg`<rect class="cursor" x=${x - band.step / 2 + 1} y=${geometry.top - 4} width=${band.step - 2}
        height=${geometry.bottom - geometry.top + 6} rx="3"></rect>`;
    }
    const value = set.points[index].consumption;
    return svg`<line class="cursor" x1=${x} x2=${x} y1=${geometry.top} y2=${geometry.bottom}></line>
      ${value === null ? nothing : svg`<circle class="cursor-dot" cx=${x} cy=${geometry.y(value)} r="4"></circle>`}`;
  }

  private renderTooltip(data: ChartData, geometry: Geometry, point: UsagePoint, index: number): TemplateResult {
    const set = this.visibleSet(data);
    const locale = this.resolvedLocale;
    const x = geometry.centers[index];
    const shift = x < geometry.width * 0.3 ? '0%' : x > geometry.width * 0.7 ? '-100%' : '-50%';
    const note = this.statusNote(point);
    const hasValues = point.status === 'complete' || point.status === 'partial';
    // Positioned through the CSSOM, which a strict CSP allows; a style attribute (even styleMap's first render) it
    // would block.
    const place = (element?: Element) => {
      if (element instanceof HTMLElement)
        Object.assign(element.style, { left: `${x}px`, transform: `translateX(${shift})` });
    };
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" ${ref(place)}>
      <p class="when">${this.pointLabel(set, point)}</p>
      ${
        hasValues
          ? set.series.map((key) => {
              const value = point[key];
              return html`<p>
                ${this.seriesName(key)}: ${value === null ? msg(locale, 'noData') : this.amount(value, set)}
              </p>`;
            })
          : nothing
      }
      ${note ? html`<p class="muted">${note}</p>` : nothing}
    </div>`;
  }

  private renderLegend(data: ChartData, geometry: Geometry): TemplateResult {
    const locale = this.resolvedLocale;
    const set = this.visibleSet(data);
    const time = geometry.kind === 'time';
    const swatch = (content: SVGTemplateResult) =>
      html`<svg class="swatch" viewBox="0 0 18 12" aria-hidden="true" focusable="false">${content}</svg>`;
    const items: TemplateResult[] = set.series.map((key) => {
      let mark: SVGTemplateResult;
      if (key === 'consumption') {
        mark = time
          ? svg`<path class="time-line" d="M1 11V5H9V3H17V11Z"></path>`
          : svg`<rect class="consumption-swatch" width="18" height="12" rx="2"></rect>`;
      } else if (key === 'generation') {
        mark = time
          ? svg`<path class="time-dash" d="M0 6H18"></path>`
          : svg`<rect width="18" height="12" rx="2" fill="url(#usage-hatch)" class="series generation"></rect>`;
      } else {
        mark = svg`<rect width="18" height="12" rx="2" fill="url(#usage-dots)" class="series vehicle_charging"></rect>`;
      }
      const label = key === 'vehicle_charging' ? msg(locale, 'vehicleLegend') : this.seriesName(key);
      return html`<li>${swatch(mark)}${label}</li>`;
    });
    if (geometry.partial) {
      items.push(
        html`<li>
          ${swatch(svg`<rect class="partial-base" width="18" height="12" rx="2"></rect><rect width="18" height="12" rx="2" fill="url(#usage-partial)"></rect>`)}
          ${msg(locale, 'partial')}
        </li>`,
      );
    }
    if (geometry.missing) {
      items.push(
        html`<li>
          ${swatch(svg`<rect class="missing-mark" x="1" y="3" width="16" height="8"></rect>`)}${msg(locale, 'noData')}
        </li>`,
      );
    }
    return html`<ul class="legend" part="legend" aria-label=${msg(locale, 'legendLabel')}>
      ${items}
    </ul>`;
  }

  private renderTable(data: ChartData, period: string): TemplateResult {
    const locale = this.resolvedLocale;
    const set = this.visibleSet(data);
    const rows = set.points.filter((p) => p.status !== 'future');
    const periodHeader = msg(
      locale,
      set.granularity === 'month' ? 'colMonth' : set.granularity === 'day' ? 'colDate' : 'colTime',
    );
    const withDate = data.view !== 'day';
    return html`<div class="table-wrap" role="region" aria-label=${msg(locale, 'tableLabel', { period })} tabindex="0">
      <table part="table">
        <caption>
          ${msg(locale, 'tableCaption', { period, units: set.units })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${periodHeader}</th>
            ${set.series.map((key) => html`<th scope="col">${this.seriesName(key)}</th>`)}
            <th scope="col" class="note">${msg(locale, 'colNote')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (point) =>
              html`<tr>
                <th scope="row">${this.pointLabel(set, point, withDate)}</th>
                ${set.series.map((key) => {
                  const value = point[key];
                  return value === null
                    ? html`<td>
                        <span aria-hidden="true">—</span><span class="visually-hidden">${msg(locale, 'noData')}</span>
                      </td>`
                    : html`<td>${formatNumber(value, locale, set.granularity === 'interval' ? 3 : 1)}</td>`;
                })}
                <td class="note">${this.statusNote(point) ?? ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** Pattern tiles for the series and partial marks, shared by the chart and the legend. */
  private renderDefs(): TemplateResult {
    return html`<svg class="defs" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="usage-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect class="p-hatch-bg" width="6" height="6"></rect>
          <line class="p-hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
        </pattern>
        <pattern id="usage-dots" width="5" height="5" patternUnits="userSpaceOnUse">
          <rect class="p-dots-bg" width="5" height="5"></rect>
          <circle class="p-dots-dot" cx="2.5" cy="2.5" r="1.1"></circle>
        </pattern>
        <pattern id="usage-partial" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
          <line class="p-partial-line" x1="0" y1="0" x2="0" y2="6"></line>
        </pattern>
      </defs>
    </svg>`;
  }
}
