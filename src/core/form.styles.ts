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
