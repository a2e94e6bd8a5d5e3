import { css } from 'lit';

/** Form fields shared by every element that asks the customer for something. */
export const formStyles = css`
  .field {
    display: grid;
    gap: 0.375em;
    align-content: start;
    min-width: 0;
  }
  .field > label {
    font-weight: 600;
  }
  input:not([type='checkbox']):not([type='radio']),
  select {
    font: inherit;
    width: 100%;
    min-height: 44px;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  input[type='date'] {
    max-width: 20em;
  }
  input[readonly] {
    background: var(--_surface-raised);
    border-style: dashed;
  }
  input:disabled,
  select:disabled {
    opacity: 0.6;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 1px var(--_danger);
  }
  /* A checkbox or radio with its label beside it, the label wrapping under itself. */
  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.625em;
    align-items: start;
  }
  .check input {
    width: 1.375em;
    height: 1.375em;
    margin: 0.1em 0 0;
    accent-color: var(--_primary);
  }
  .check label {
    overflow-wrap: anywhere;
  }
  .hint {
    font-size: 0.875em;
    color: var(--_text-muted);
    margin: 0;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
    margin: 0;
  }
`;

/**
 * A list of `<light-plan-card>`s (`<ul class="plans">` of `<li>`s) that reads as a comparison: each card spans
 * the six rows of its `<li>`, which spans six rows of the list, so the name, rates, average prices, documents,
 * dates and button of every card in a row line up, and the cards of a row are equally tall. Two columns at most
 * (cards of at least 16em): four plans show two by two or one above the other, never three and one alone.
 */
export const planListStyles = css`
  .plans {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, max(16em, 34%)), 1fr));
  }
  .plans > li,
  .plans light-plan-card {
    display: grid;
    grid-row: span 6;
    grid-template-rows: subgrid;
  }
`;
