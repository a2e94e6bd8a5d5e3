import { css } from 'lit';

export const billingAddressStyles = css`
  .base {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .form {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .form p {
    margin: 0;
  }
  .hint {
    font-size: 0.875em;
    /* An address on file may hold a word wider than a phone: it wraps instead of widening the form. */
    overflow-wrap: anywhere;
  }

  .toggle {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    column-gap: 0.6em;
  }
  .toggle input {
    width: 1.375em;
    height: 1.375em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .toggle label {
    font-weight: 600;
    padding: 0.5em 0;
    cursor: pointer;
  }
  .toggle .hint {
    grid-column: 2;
  }

  .fields {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
    align-items: start;
  }
  .field.invalid input,
  .field.invalid select {
    border: 2px solid var(--_danger);
  }
  .field-error {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
    color: var(--_danger);
    font-weight: 600;
    font-size: 0.9375em;
  }
  .error-mark {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.25em;
    height: 1.25em;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-size: 0.8125em;
    font-weight: 800;
  }

  .success {
    color: var(--_success);
    font-weight: 600;
  }
  .success:empty {
    display: none;
  }

  @container (max-width: 300px) {
    .row {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
