/**
 * Inspecting the chart point by point: the cursor and the tooltip at the focused or hovered point, and what each
 * key does. Loaded with the data, in parallel, and never waited for: the chart paints without it.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { usageChartMsg as msg } from './light-usage-chart.messages.js';
import type { Geometry } from './usage-geometry.js';
import type { UsagePoint, UsageSet } from './usage-series.js';
import { amount, pointLabel, seriesName, statusNote } from './usage-text.js';

export { keyAction } from './usage-keys.js';

export function renderCursor(geometry: Geometry, set: UsageSet, index: number): SVGTemplateResult {
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

export function renderTooltip(
  set: UsageSet,
  geometry: Geometry,
  point: UsagePoint,
  index: number,
  locale: SupportedLocale,
): TemplateResult {
  const x = geometry.centers[index];
  // Beside the point, never over it: past the bar's (or the cursor line's) edge, on the side with more room.
  const gap = (geometry.band ? geometry.band.step / 2 : 0) + 6;
  const right = x < geometry.width / 2;
  const room = Math.max(0, right ? geometry.width - x - gap : x - gap);
  const note = statusNote(point, locale);
  const hasValues = point.status === 'complete' || point.status === 'partial';
  // Positioned through the CSSOM, which a strict CSP allows; a style attribute (even styleMap's first render) it
  // would block.
  const place = (element?: Element) => {
    if (element instanceof HTMLElement)
      Object.assign(element.style, {
        left: `${right ? x + gap : x - gap}px`,
        transform: right ? 'none' : 'translateX(-100%)',
        maxWidth: `min(18em, ${room}px)`,
      });
  };
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" ${ref(place)}>
    <p class="when">${pointLabel(set, point, locale)}</p>
    ${
      hasValues
        ? set.series.map((key) => {
            const value = point[key];
            return html`<p>
              ${seriesName(key, locale)}: ${value === null ? msg(locale, 'noData') : amount(value, set, locale)}
            </p>`;
          })
        : nothing
    }
    ${note ? html`<p class="muted">${note}</p>` : nothing}
  </div>`;
}
