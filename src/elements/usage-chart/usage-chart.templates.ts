/**
 * The chart's pieces as templates of plain data: axes, cursor, tooltip, legend, table and the pattern tiles.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import { formatMonth } from '../../core/format.js';
import { coreMsg } from '../../core/messages.js';
import { intlLocale, type SupportedLocale } from '../../core/i18n.js';
import { usageChartMsg as msg } from './light-usage-chart.messages.js';
import { PLOT_HEIGHT } from './light-usage-chart.styles.js';
import { renderAxes as renderSharedAxes } from '../../core/chart/chart.templates.js';
import type { Geometry } from './usage-geometry.js';
import type { Anchor, ChartData, UsageView } from './usage-period.js';
import { monthKey, type UsageSet } from './usage-series.js';
import { partialLegend, seriesName } from './usage-text.js';

export function renderAxes(geometry: Geometry, set: UsageSet, locale: SupportedLocale): SVGTemplateResult {
  return renderSharedAxes(geometry, geometry.xLabels, set.units, locale, geometry.kind === 'time' ? 'start' : 'middle');
}

export function renderLegend(set: UsageSet, geometry: Geometry, locale: SupportedLocale): TemplateResult {
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
    const label = key === 'vehicle_charging' ? msg(locale, 'vehicleLegend') : seriesName(key, locale);
    return html`<li>${swatch(mark)}${label}</li>`;
  });
  if (geometry.partial) {
    items.push(
      html`<li>
        ${swatch(svg`<rect class="partial-base" width="18" height="12" rx="2"></rect><rect width="18" height="12" rx="2" fill="url(#usage-partial)"></rect>`)}
        ${partialLegend(set, locale)}
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

/** Pattern tiles for the series and partial marks, shared by the chart and the legend. */
export function renderDefs(): TemplateResult {
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

/**
 * View selector and previous/next; `onSelect` gets the select's change, `onStep` the direction pressed. The
 * selector shows `selected` (the view being loaded, or that failed to load) when given, else the view shown.
 */
export function renderToolbar(
  data: ChartData,
  locale: SupportedLocale,
  onSelect: (event: Event) => void,
  onStep: (direction: 'previous' | 'next') => void,
  selected: UsageView = data.view,
): TemplateResult {
  const options: Array<[UsageView, string]> = [
    ['trailing', msg(locale, 'viewTrailing')],
    ['year', msg(locale, 'viewYear')],
    ['month', msg(locale, 'viewMonth')],
    ['intervals', msg(locale, 'viewIntervals')],
    ['day', msg(locale, 'viewDay')],
    ['year-intervals', msg(locale, 'viewYearIntervals')],
  ];
  const unit =
    data.view === 'year' || data.view === 'year-intervals'
      ? ('Year' as const)
      : data.view === 'day'
        ? ('Day' as const)
        : ('Month' as const);
  return html`<div class="toolbar" part="toolbar">
    <label class="view-select">
      ${msg(locale, 'viewLabel')}
      <select .value=${live(selected)} @change=${onSelect}>
        ${options.map(([value, label]) => html`<option value=${value} ?selected=${value === selected}>${label}</option>`)}
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
              @click=${() => onStep('previous')}
            >
              <span aria-hidden="true">‹</span> ${msg(locale, 'previous')}
            </button>
            <button
              type="button"
              class="secondary"
              part="button next"
              aria-label=${msg(locale, `next${unit}` as const)}
              ?disabled=${!data.next}
              @click=${() => onStep('next')}
            >
              ${msg(locale, 'next')} <span aria-hidden="true">›</span>
            </button>
          </div>`
    }
  </div>`;
}

/** The months of a year that could not be loaded, named, with a retry for them alone (the rest stays drawn). */
export function renderFailedMonths(
  failed: readonly Anchor[],
  locale: SupportedLocale,
  onRetry: () => void,
): TemplateResult {
  const names = failed.map((m) => formatMonth(monthKey(m.year, m.month ?? 1), locale));
  const months = new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(names);
  return html`<div class="months-failed" part="error" role="status">
    <p>${msg(locale, 'monthsFailed', { months })}</p>
    <button type="button" class="secondary" part="button retry" @click=${onRetry}>${coreMsg(locale, 'retry')}</button>
  </div>`;
}

/** How many of a view's requests have settled, of how many (a year of intervals is twelve months). */
export interface LoadProgress {
  settled: number;
  total: number;
}

/**
 * "5 of 12 months" beside a bar. The bar is a `progress` element, whose value assistive technology reads when the
 * customer reaches it; the text is for the eye only, so the skeleton's live region does not announce every month.
 */
export function renderLoadProgress(progress: LoadProgress, locale: SupportedLocale): TemplateResult {
  const { settled, total } = progress;
  return html`<span class="load-progress" part="progress">
    <progress max=${total} value=${settled} aria-label=${msg(locale, 'monthsLoadedLabel')}></progress>
    <span aria-hidden="true">${msg(locale, 'monthsLoaded', { settled: String(settled), total: String(total) })}</span>
  </span>`;
}

/** The loading placeholder, holding the chart's space; with `progress`, how many of its requests have settled. */
export function renderChartSkeleton(locale: SupportedLocale, progress?: LoadProgress): TemplateResult {
  return html`<div class="chart" role="status" part="skeleton">
    <span class="visually-hidden">${coreMsg(locale, 'loading')}</span>
    ${progress ? renderLoadProgress(progress, locale) : nothing}
    <div class="skeleton-bar skeleton-toolbar" aria-hidden="true"></div>
    <div class="skeleton-bar skeleton-text" aria-hidden="true"></div>
    <div class="plot-area" aria-hidden="true"><div class="skeleton-bar skeleton-plot"></div></div>
    <div class="skeleton-bar skeleton-toolbar" aria-hidden="true"></div>
  </div>`;
}

/**
 * The drawing: axes, series, marks, and the cursor and tooltip at the point at `active` once `inspect` (the
 * code for them, loaded with the data) is here.
 */
export function renderPlot(
  geometry: Geometry,
  set: UsageSet,
  active: number | null,
  locale: SupportedLocale,
  inspect?: Pick<typeof import('./usage-inspect.js'), 'renderCursor' | 'renderTooltip'>,
): TemplateResult {
  const point = active !== null ? set.points[active] : undefined;
  return html`<svg
      class=${classMap({ 'plot-svg': true, time: geometry.kind === 'time' })}
      width=${geometry.width}
      height=${PLOT_HEIGHT}
      viewBox="0 0 ${geometry.width} ${PLOT_HEIGHT}"
      aria-hidden="true"
      focusable="false"
    >
      ${renderAxes(geometry, set, locale)}
      ${geometry.series.map(
        (s) =>
          svg`<path class="series ${s.key}${s.decimated ? ' decimated' : ''}" data-series=${s.key} data-points=${s.count} d=${s.d}
          fill=${s.key === 'generation' && geometry.kind === 'bars' ? 'url(#usage-hatch)' : s.key === 'vehicle_charging' ? 'url(#usage-dots)' : nothing}></path>`,
      )}
      ${geometry.partial ? svg`<path class="partial-mark" d=${geometry.partial} fill="url(#usage-partial)"></path>` : nothing}
      ${geometry.missing ? svg`<path class="missing-mark" d=${geometry.missing}></path>` : nothing}
      ${point && active !== null && inspect ? inspect.renderCursor(geometry, set, active) : nothing}
    </svg>
    ${point && active !== null && inspect ? inspect.renderTooltip(set, geometry, point, active, locale) : nothing}`;
}
