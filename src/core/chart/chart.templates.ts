/**
 * Pieces every bar chart shares: the grid, the value axis with its units and the labels under the plot (SVG), and
 * the buttons that switch to the table view and download the data.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { formatNumber } from '../format.js';
import type { SupportedLocale } from '../i18n.js';
import { tickDecimals, type AxisLabel, type ChartFrame } from './chart-frame.js';

/** Grid lines at the ticks, tick labels, the units above them and `labels` under the plot. */
export function renderAxes(
  frame: ChartFrame,
  labels: readonly AxisLabel[],
  units: string,
  locale: SupportedLocale,
  anchor: 'start' | 'middle' = 'middle',
): SVGTemplateResult {
  const { y, ticks, left, right, bottom } = frame;
  const decimals = tickDecimals(ticks);
  return svg`<g class="grid">
        ${ticks.values.map((t) => svg`<line class=${t === 0 ? 'zero' : ''} x1=${left} x2=${right} y1=${y(t)} y2=${y(t)}></line>`)}
      </g>
      <g class="axis">
        <text class="units" x=${left - 8} y="12" text-anchor="end">${units}</text>
        ${ticks.values.map(
          (t) =>
            svg`<text x=${left - 8} y=${y(t)} dy="0.32em" text-anchor="end">${formatNumber(t, locale, decimals)}</text>`,
        )}
        ${labels.map(
          (label) =>
            svg`<text class=${label.muted ? 'x-label muted' : 'x-label'} x=${label.x} y=${bottom + 18} text-anchor=${anchor}>${label.text}</text>`,
        )}
      </g>`;
}

/** "Show as table" (or "Show as chart" in table view: the label names what a press shows) and "Download CSV", with the element's own words. */
export function renderChartActions(
  labels: { table: string; chart: string; download: string },
  table: boolean,
  onToggleTable: () => void,
  onDownload: () => void,
): TemplateResult {
  return html`<div class="actions fill-narrow chart-actions">
    <button type="button" class="secondary" part="button table-toggle" @click=${onToggleTable}>
      ${table ? labels.chart : labels.table}
    </button>
    <button type="button" class="secondary" part="button download" @click=${onDownload}>${labels.download}</button>
  </div>`;
}
