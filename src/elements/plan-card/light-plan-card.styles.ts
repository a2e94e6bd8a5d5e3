import { css } from 'lit';

export const planCardStyles = css`
  .card {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    height: 100%;
    align-content: start;
  }
  .card.selected {
    border-color: var(--_primary);
    box-shadow: 0 0 0 2px var(--_primary);
  }
  .name {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.25;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0.375em 0 0;
  }
  .pill {
    font-size: 0.8125em;
    font-weight: 600;
    padding: 0.125em 0.625em;
    border-radius: 999px;
    border: 1px solid var(--_divider);
    background: var(--_surface-raised);
  }
  .pill.green {
    color: var(--_success);
    border-color: var(--_success);
    background: var(--_success-surface);
  }
  .description {
    margin: 0.5em 0 0;
    overflow-wrap: anywhere;
  }
  .body {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .compact .body {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
  }
  dl {
    margin: 0;
    display: grid;
    gap: 0.375em;
  }
  dl > div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
  }
  dt {
    color: var(--_text-muted);
  }
  dd {
    margin: 0;
    font-weight: 600;
    text-align: end;
    overflow-wrap: anywhere;
  }
  dl > div > dd + dd {
    flex-basis: 100%;
  }
  table {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    color: var(--_text-muted);
    padding-bottom: 0.25em;
  }
  th,
  td {
    padding: 0.25em;
    text-align: center;
    border: 1px solid var(--_divider);
    overflow-wrap: anywhere;
  }
  td {
    font-size: 0.9375em;
  }
  th {
    font-weight: 500;
    font-size: 0.875em;
    color: var(--_text-muted);
    background: var(--_surface-raised);
  }
  td {
    font-weight: 700;
  }
  .documents {
    list-style: none;
    padding: 0;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .documents a {
    display: inline-block;
    padding: 0.625em 0.25em;
    font-weight: 600;
  }
  .dates {
    margin: 0;
    font-size: 0.875em;
  }
  button {
    width: 100%;
  }
`;
