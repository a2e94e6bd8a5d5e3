import { css } from 'lit';

export const planCardStyles = css`
  /* Six rows, always in this order, each section in its own: a list that spans each card over six of its rows
     (grid-template-rows: subgrid, on the card's host and anything between) lines the sections up across a row
     of cards. Alone, the card is an ordinary grid; rows a plan lacks are empty and take no space. */
  .card {
    display: grid;
    grid-row: 1 / -1;
    grid-template-rows: subgrid;
    row-gap: 0;
    align-content: start;
    height: 100%;
  }
  .card > * + * {
    margin-top: calc(var(--_space) * 0.75);
  }
  header {
    grid-row: 1;
  }
  .rates {
    grid-row: 2;
  }
  .averages {
    grid-row: 3;
  }
  .documents {
    grid-row: 4;
  }
  .dates {
    grid-row: 5;
  }
  .card > button {
    grid-row: 6;
    align-self: end;
  }
  .card.compact {
    padding: calc(var(--_space) * 0.75);
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
    white-space: nowrap;
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
  /* A price with its unit, a usage: whole, on one line. */
  .value {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  /* Each rate: its label on the left, its amount on the right; a card too narrow for both puts the amount,
     still right-aligned, on the next line. Amounts count as at least 6em wide, so that cards of one width
     make the same choice whatever the digits (8.9 or 10.3¢/kWh), and their lines stay level. */
  dl {
    margin: 0;
    display: grid;
    gap: 0.375em;
  }
  dl > div,
  dd.charge {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125em 0.75em;
  }
  dt {
    color: var(--_text-muted);
  }
  dd,
  .amounts {
    margin: 0 0 0 auto;
    min-width: 6em;
    font-weight: 600;
    text-align: end;
  }
  /* The delivery charges under their label, one line each: the utility's name for the charge, then its amount. */
  dd.charge {
    flex-basis: 100%;
    min-width: 0;
    font-weight: 400;
  }
  /* The name gives way first: it wraps beside its amount; on a card too narrow for both, the amount drops below
     it, as the other rates do there. */
  .charge-name {
    flex: 1 1 0;
    min-width: 8em;
    color: var(--_text-muted);
    text-align: start;
    padding-inline-start: 0.75em;
    overflow-wrap: anywhere;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    color: var(--_text-muted);
    padding-bottom: 0.25em;
  }
  th,
  td {
    padding: 0.25em 0.5em;
    border-top: 1px solid var(--_divider);
  }
  tr:last-child > * {
    border-bottom: 1px solid var(--_divider);
  }
  th {
    font-weight: 400;
    text-align: start;
    color: var(--_text-muted);
    padding-inline-start: 0;
  }
  td {
    font-weight: 700;
    text-align: end;
    padding-inline-end: 0;
  }
  .documents {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
  }
  .documents a {
    display: inline-block;
    padding: 0.625em 0.125em;
    font-weight: 600;
  }
  .dates {
    font-size: 0.875em;
  }
  .dates > span {
    display: block;
  }
  .documents,
  .dates {
    margin-bottom: 0;
  }
  button {
    width: 100%;
  }
`;
