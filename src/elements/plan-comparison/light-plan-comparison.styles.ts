import { css } from 'lit';
import { ANNUAL_PLOT_HEIGHT } from './annual-chart.js';

export const planComparisonStyles = css`
  :host {
    --_current: var(--light-comparison-current-color, var(--_text-muted));
    --_offered: var(--light-comparison-offered-color, var(--_primary));
  }

  .comparison {
    display: grid;
    /* One column no wider than the element: a long word in the data wraps instead of widening it. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.0625em;
  }
  p {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .picker,
  .processing,
  .simple,
  .annual {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
  .drop-zone {
    display: grid;
    justify-items: center;
    gap: 0.5em;
    padding: calc(var(--_space) * 1.25) var(--_space);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }
  .drop-zone.dragging {
    border-color: var(--_primary);
    background: color-mix(in srgb, var(--_primary) 8%, transparent);
  }
  .hint {
    font-size: 0.875em;
  }
  .problem {
    color: var(--_danger);
    font-weight: 600;
  }
  .preview {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  .preview .label {
    font-weight: 600;
  }
  .file-name {
    overflow-wrap: anywhere;
  }

  .progress-bar {
    height: 6px;
    border-radius: 3px;
    background: var(--_skeleton);
    overflow: hidden;
  }
  .progress-bar span {
    display: block;
    height: 100%;
    width: 40%;
    border-radius: 3px;
    background: var(--_primary);
    animation: light-comparison-slide 1.6s ease-in-out infinite;
  }
  @keyframes light-comparison-slide {
    from {
      transform: translateX(-100%);
    }
    to {
      transform: translateX(250%);
    }
  }

  .totals {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: calc(var(--_space) * 0.75);
    margin: 0;
  }
  .total {
    padding: 0.75em;
    border: 1px solid var(--_divider);
    border-radius: var(--_radius-small);
    min-width: 0;
  }
  .total dt {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .total dd {
    margin: 0;
  }
  .total .amount {
    font-size: 1.5em;
    font-weight: 700;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .headline {
    font-weight: 700;
  }
  .headline.save {
    color: var(--_success);
  }

  .plot-area {
    position: relative;
    min-width: 0;
  }
  .plot {
    margin-top: 6px;
    height: ${ANNUAL_PLOT_HEIGHT}px;
  }
  svg.plot-svg {
    max-width: 100%;
    height: auto;
  }
  .legend li {
    max-width: 100%;
  }
  .legend-label {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .bar-current {
    fill: var(--_current);
  }
  .bar-offered {
    fill: var(--_offered);
  }
  tr.bill-month th {
    font-weight: 700;
  }
  .actions,
  .state-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .consent {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
    padding-top: var(--_space);
    border-top: 1px solid var(--_divider);
  }
  .caveats {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    margin-top: 0.1em;
    flex: none;
  }
  .note,
  .accuracy {
    font-size: 0.875em;
  }

  @media (prefers-reduced-motion: reduce) {
    .progress-bar span {
      animation: none;
      width: 100%;
      opacity: 0.5;
    }
  }
  @media (forced-colors: active) {
    .bar-current {
      fill: GrayText;
    }
    .bar-offered {
      fill: CanvasText;
    }
  }
`;
