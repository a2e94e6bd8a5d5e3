import { css } from 'lit';

export const invoicesStyles = css`
  .base {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .list-view {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  /*
   * While a detail is open the list stays in the page, unrendered but with its layout kept, so going back is
   * instant even with hundreds of rows (display: none would lay the whole table out again). It is inert: no
   * focus, not in the accessibility tree.
   */
  .list-view.concealed {
    content-visibility: hidden;
    contain-intrinsic-size: none;
    height: 0;
    margin-bottom: calc(var(--_space) * -1);
  }
  @supports not (content-visibility: hidden) {
    .list-view.concealed {
      display: none;
    }
  }
  .subheading {
    font-size: 1em;
    margin: 0 0 0.25em;
  }

  /* The table */
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  /* Fixed column widths: a long list lays out without measuring every cell (500 rows stay fast). */
  table.invoices {
    table-layout: fixed;
  }
  /* An invoice number and its issue date, "Issued Nov 27, 2026", and no more. */
  table.invoices col.c-number {
    width: 10em;
  }
  /* The period takes what the others leave: on a wide table, a period across two years on one line. */
  table.invoices col.c-amount {
    width: 10%;
  }
  table.invoices col.c-usage {
    width: 14%;
  }
  /* Room for the longest badge ("Vence el 26 sept 2026") however wide the table: more would only be empty. */
  table.invoices col.c-status {
    width: 14em;
  }
  table.invoices col.c-pdf {
    width: 5em;
  }
  th,
  td {
    text-align: start;
    vertical-align: middle;
    padding: 0.5em 0.5em;
    border-bottom: 1px solid var(--_divider);
  }
  thead th {
    font-size: 0.875em;
    color: var(--_text-muted);
    font-weight: 600;
    border-bottom-width: 2px;
  }
  .num {
    text-align: end;
  }
  td.num {
    white-space: nowrap;
  }
  .sub {
    display: block;
    font-size: 0.8125em;
    font-weight: 400;
    color: var(--_text-muted);
    white-space: normal;
  }
  tbody tr.row {
    cursor: pointer;
  }
  tbody tr.row:hover {
    background: var(--_surface-raised);
  }
  th.number {
    font-weight: 600;
  }
  /* Values never wrap inside themselves (a date, an amount, a status): rows wrap instead. */
  .value,
  .badge {
    white-space: nowrap;
  }
  .row-button {
    /* A link-like button: the invoice number is the way into the detail. */
    min-height: 44px;
    min-width: 0;
    max-width: 100%;
    text-align: start;
    /* The invoice number comes from the API: it has the cell's whole width, and only a number too long for it
       breaks, never the screen. */
    overflow-wrap: anywhere;
    padding: 0 0.25em;
    margin-inline-start: -0.25em;
    border: 0;
    background: none;
    color: var(--_primary);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    border-radius: var(--_radius-small);
    justify-content: flex-start;
  }
  .pdf-link::after {
    content: ' ↗';
    content: ' ↗' / '';
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.6em;
    border-radius: 1em;
    border: 1px solid currentColor;
    font-size: 0.875em;
    font-weight: 600;
  }
  .badge .mark {
    font-weight: 700;
  }
  .badge.paid {
    color: var(--_success);
    background: var(--_success-surface);
  }
  .badge.due {
    color: var(--_primary);
    background: var(--_surface);
  }
  .badge.past-due {
    color: var(--_danger);
    background: var(--_danger-surface);
  }
  .badge.voided {
    color: var(--_text-muted);
    background: var(--_surface);
    border-style: dashed;
  }
  tr.voided td:not(.status):not(.pdf) {
    color: var(--_text-muted);
  }
  tr.voided .amount .value {
    text-decoration: line-through;
  }

  .notices {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .notices li,
  .payment {
    overflow-wrap: anywhere;
    padding: 0.6em 0.8em;
    border-radius: var(--_radius);
    border: 1px solid var(--_divider);
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface);
  }
  .notices li.past-due,
  .payment.past-due {
    border-inline-start-color: var(--_danger);
    background: var(--_danger-surface);
  }
  .notices .pay {
    display: flex;
    margin-block-start: 0.5em;
  }
  .notices li.no-method {
    border-inline-start-color: var(--_warning);
    background: var(--_warning-surface);
  }
  .payment.paid {
    border-inline-start-color: var(--_success);
  }
  .payment p {
    margin: 0;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em;
  }
  .count {
    margin: 0;
    color: var(--_text-muted);
  }
  .load-error {
    flex-basis: 100%;
  }
  .load-error p:last-child {
    margin: 0;
  }

  /* The detail */
  .detail {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    justify-items: start;
  }
  .detail > * {
    max-width: 100%;
  }
  .detail .charges,
  .detail .facts,
  .detail .payment {
    width: 100%;
  }
  .detail-status {
    margin: 0;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11em, 1fr));
    gap: 0.75em var(--_space);
    margin: 0;
  }
  .facts dt {
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .charges caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.0625em;
    padding-bottom: 0.25em;
  }
  .charges th {
    font-weight: 400;
  }
  .charges .group-name th {
    font-weight: 700;
    padding-top: 1em;
    border-bottom-width: 2px;
  }
  .charges .basis {
    display: block;
    font-size: 0.875em;
  }
  .charges .subtotal th,
  .charges .subtotal td {
    font-weight: 600;
  }
  .charges .total th,
  .charges .total td {
    font-weight: 700;
    font-size: 1.0625em;
    border-bottom: 0;
    border-top: 2px solid var(--_text);
  }
  .detail-pdf {
    margin: 0;
  }

  /* Narrower: each row becomes a card; the header row is hidden and each cell shows its own label. Below 52em the
     six columns no longer hold their values in Spanish ("26 de sept de 2025", "Vence el 26 sept 2026"). */
  @container (width < 52em) {
    table.invoices,
    table.invoices tbody,
    table.invoices tr,
    table.invoices th,
    table.invoices td {
      display: block;
    }
    table.invoices thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    table.invoices tbody {
      display: grid;
      gap: 0.75em;
    }
    table.invoices tr.row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 0.75em;
      padding: 0.5em 0.75em 0.75em;
      border: 1px solid var(--_divider);
      border-radius: var(--_radius);
    }
    table.invoices th,
    table.invoices td {
      border: 0;
      padding: 0;
      text-align: start;
      white-space: normal;
    }
    table.invoices tr.row > * {
      flex: 1 1 7em;
    }
    /* The card's last line: the status on the start side, the PDF link on the end side, kept on one line however
       long the status reads ("Due Dec 12, 2026"), so every card has the same shape. */
    table.invoices td.status {
      flex: 1 1 auto;
    }
    table.invoices td.pdf {
      flex: 0 0 auto;
      text-align: end;
    }
    table.invoices th.number,
    table.invoices td.period {
      flex-basis: 100%;
    }
    table.invoices th.number {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      column-gap: 0.75em;
    }
    /* Each cell's column name, as generated content with empty alt text: screen readers have the header. */
    table.invoices td[data-label]::before {
      content: attr(data-label);
      content: attr(data-label) / '';
      display: block;
      font-size: 0.8125em;
      color: var(--_text-muted);
    }
    .facts {
      grid-template-columns: 1fr 1fr;
    }
  }
  @container (max-width: 220px) {
    table.invoices tr.row > * {
      flex-basis: 100%;
    }
  }
`;
