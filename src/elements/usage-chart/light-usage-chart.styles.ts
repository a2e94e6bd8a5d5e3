import { css } from 'lit';

/** Height of the drawing; the skeleton reserves the same, so nothing jumps when data arrives. */
export const PLOT_HEIGHT = 260;

export const usageChartStyles = css`
  :host {
    --_consumption: var(--light-usage-consumption-color, var(--_primary));
    --_generation: var(--light-usage-export-color, var(--_success));
    --_vehicle: var(--light-usage-vehicle-color, var(--_warning));
  }

  .chart {
    display: grid;
    /* One column no wider than the element: a long word in the data wraps instead of widening the chart. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }

  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 1em;
  }
  .heading {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.25;
    margin: 0;
  }
  .period {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .view-select {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    flex-wrap: wrap;
    max-width: 100%;
    font-weight: 600;
  }
  /* On a narrow card the menu narrows with it (its longest choice clipped) rather than run past the edge. */
  select {
    font: inherit;
    min-height: 44px;
    min-width: 0;
    max-width: 100%;
    padding: 0.25em 0.5em;
    border-radius: var(--_radius-small);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }
  .nav {
    display: flex;
    gap: 0.5em;
  }
  .nav button,
  .actions button {
    padding-inline: 0.75em;
  }

  .pager {
    container-type: inline-size;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  .pager button {
    padding-inline: 0.75em;
  }
  .pager .rows {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  /* Too narrow for one line: "Rows 1–100 of 2,976" above, the buttons under it filling the width (side by side
     when both fit, one above the other when not). */
  @container (max-width: 34em) {
    .pager .rows {
      order: -1;
      flex-basis: 100%;
      text-align: center;
    }
    .pager button {
      flex: 1 0 auto;
    }
  }
  .months-failed {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
  }
  .months-failed p {
    margin: 0;
  }

  .summary {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .dst-note,
  .estimate-note {
    margin: 0;
    font-size: 0.875em;
  }

  .plot-area {
    position: relative;
    min-width: 0;
  }
  .plot {
    position: relative;
    margin-top: 6px;
    height: ${PLOT_HEIGHT}px;
    border-radius: var(--_radius-small);
    touch-action: pan-y;
    cursor: crosshair;
  }
  .plot.drillable {
    cursor: pointer;
  }
  .busy .plot svg {
    opacity: 0.45;
    transition: opacity 0.2s;
  }
  .defs {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
  }

  .series.consumption {
    fill: var(--_consumption);
  }
  .series.generation {
    stroke: var(--_generation);
    stroke-width: 1;
  }
  .series.vehicle_charging {
    stroke: var(--_vehicle);
    stroke-width: 1;
  }
  .time .series.consumption {
    fill: color-mix(in srgb, var(--_consumption) 22%, transparent);
    stroke: var(--_consumption);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  /* A pixel column's low and high meet at joins too sharp to see the difference; rounding them made a month's
     outline the most costly thing to rasterize on the page. */
  .time .series.decimated {
    stroke-linejoin: bevel;
  }
  .time .series.generation {
    fill: none;
    stroke: var(--_generation);
    stroke-width: 2;
    stroke-dasharray: 6 3;
  }
  .missing-mark {
    fill: none;
    stroke: var(--_text-muted);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }
  .cursor {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
  }
  .cursor-dot {
    fill: var(--_surface);
    stroke: var(--_text);
    stroke-width: 2;
  }

  /* Pattern tiles: colors from the theme so they follow dark mode. */
  .p-hatch-bg {
    fill: var(--_generation);
  }
  .p-hatch-line {
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  .p-dots-bg {
    fill: var(--_vehicle);
  }
  .p-dots-dot {
    fill: var(--_surface);
  }
  .p-partial-line {
    stroke: var(--_surface);
    stroke-width: 2.5;
    opacity: 0.7;
  }
  .swatch .consumption-swatch {
    fill: var(--_consumption);
  }
  .swatch .partial-base {
    fill: var(--_consumption);
  }
  .swatch .time-line {
    stroke: var(--_consumption);
    stroke-width: 2;
    fill: color-mix(in srgb, var(--_consumption) 22%, transparent);
  }
  .swatch .time-dash {
    stroke: var(--_generation);
    stroke-width: 2;
    stroke-dasharray: 6 3;
    fill: none;
  }

  .tooltip {
    position: absolute;
    top: 0;
    z-index: 1;
    pointer-events: none;
    max-width: min(18em, 100%);
    padding: 0.4em 0.6em;
    border-radius: var(--_radius-small);
    border: 1px solid var(--_border);
    background: var(--_surface-raised);
    color: var(--_text);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
    font-size: 0.875em;
    line-height: 1.35;
  }
  .tooltip p {
    margin: 0;
  }
  .tooltip .when {
    font-weight: 700;
  }

  .skeleton-bar {
    border-radius: var(--_radius-small);
    background: var(--_skeleton);
    animation: light-pulse 1.4s ease-in-out infinite;
  }
  .skeleton-toolbar {
    height: 44px;
    width: min(100%, 22em);
  }
  .skeleton-text {
    height: 1em;
    width: 70%;
  }
  .skeleton-plot {
    height: ${PLOT_HEIGHT}px;
  }
  .load-progress {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    font-weight: normal;
    color: var(--_text-muted);
    white-space: nowrap;
  }
  .load-progress progress {
    inline-size: 6em;
    block-size: 0.5em;
    border: none;
    border-radius: 999px;
    background: var(--_skeleton);
    overflow: hidden;
  }
  .load-progress progress::-webkit-progress-bar {
    background: var(--_skeleton);
  }
  .load-progress progress::-webkit-progress-value {
    background: var(--_primary);
  }
  .load-progress progress::-moz-progress-bar {
    background: var(--_primary);
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-bar {
      animation: none;
    }
    .busy .plot svg {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .series.consumption,
    .swatch .consumption-swatch {
      fill: CanvasText;
    }
    .cursor {
      stroke: Highlight;
    }
  }
`;
