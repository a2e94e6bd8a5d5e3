import { css } from 'lit';

export const paymentMethodStyles = css`
  .base {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .form .heading {
    font-size: 1.0625em;
  }
  [hidden] {
    display: none !important;
  }

  .card {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
  }
  .card p {
    margin: 0;
  }
  .card-mark {
    flex: none;
    display: grid;
    place-items: center;
    width: 3.25em;
    height: 2.1em;
    border-radius: var(--_radius-small);
    border: 2px solid var(--_primary);
    color: var(--_primary);
    font-size: 0.875em;
    font-weight: 800;
    letter-spacing: 0.03em;
  }
  .card-text {
    min-width: 0;
    display: grid;
    gap: 0.1em;
    /* Every line shows API data (brand, ZIP code): a long word wraps rather than widening the card. */
    overflow-wrap: anywhere;
  }
  .card-name {
    font-weight: 700;
  }
  .card.expired .card-expiry {
    color: var(--_danger);
    font-weight: 600;
  }
  .card.expiring .card-expiry {
    color: var(--_warning);
    font-weight: 600;
  }

  .warning {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    margin: 0;
    padding: 0.6em 0.8em;
    border-radius: var(--_radius);
    border: 1px solid var(--_warning);
    background: var(--_warning-surface);
  }
  .warning.expired {
    border-color: var(--_danger);
    background: var(--_danger-surface);
  }
  .warning-mark {
    flex: none;
    display: grid;
    place-items: center;
    width: 1.5em;
    height: 1.5em;
    border-radius: 50%;
    font-weight: 800;
    color: var(--_warning);
    border: 2px solid currentColor;
  }
  .warning.expired .warning-mark {
    color: var(--_danger);
  }

  .form {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding-top: calc(var(--_space) * 0.75);
    border-top: 1px solid var(--_divider);
  }
  .form p {
    margin: 0;
  }
  .form .skeleton span {
    color: var(--_text-muted);
  }
  .save-error p:last-child {
    margin: 0;
  }
  ::slotted([slot='light-stripe']) {
    display: block;
    min-width: 0;
  }
`;
