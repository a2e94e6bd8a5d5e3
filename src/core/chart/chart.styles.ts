import { css } from 'lit';

/** What every bar chart draws with: the plot's SVG, grid, axes, legend swatches and the table view. */
export const chartStyles = css`
  svg.plot-svg {
    display: block;
    overflow: visible;
  }
  .grid line {
    stroke: var(--_divider);
    stroke-width: 1;
  }
  .grid line.zero {
    stroke: var(--_border);
  }
  .axis text {
    fill: var(--_text-muted);
    font-size: 12px;
    font-family: var(--_font);
  }
  .axis text.muted {
    font-style: italic;
  }
  .axis .units {
    font-weight: 600;
  }

  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    width: 18px;
    height: 12px;
    flex: none;
  }

  /* The table scrolls inside its own box; positioned, so that what is absolutely placed in its cells (visually
     hidden text) scrolls with it instead of widening the box around it. */
  .table-wrap {
    container-type: inline-size;
    position: relative;
    max-height: 24rem;
    overflow: auto;
    border: 1px solid var(--_divider);
    border-radius: var(--_radius-small);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.5em 0.75em;
    /* As wide as the box, not the table, and held in view when the table scrolls sideways: never cut off. */
    box-sizing: border-box;
    max-width: 100cqi;
    position: sticky;
    inset-inline-start: 0;
  }
  th,
  td {
    padding: 0.35em 0.75em;
    border-top: 1px solid var(--_divider);
    text-align: end;
    white-space: nowrap;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  /* Row labels (an interval's date and time) wrap on a phone rather than push the values out of sight. */
  th[scope='row'] {
    font-weight: normal;
    white-space: normal;
  }
  tfoot th,
  tfoot td {
    font-weight: 600;
  }
  @container (max-width: 24em) {
    table {
      font-size: 0.9375em;
    }
    th,
    td {
      padding-inline: 0.5em;
    }
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--_surface);
    /* A long column name wraps rather than widen the table past a phone's width. */
    white-space: normal;
    vertical-align: bottom;
  }
  td.note,
  th.note {
    text-align: start;
    white-space: normal;
  }

  button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
`;
