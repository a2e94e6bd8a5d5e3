import { css } from 'lit';

/*
 * The first step's styles. Those of the later steps and of the confirmation come with their views (see
 * steps/later.styles.ts and steps/outcome.styles.ts), so a customer at the address step downloads none of them.
 */
export const enrollmentStyles = css`
  .base {
    display: grid;
    gap: var(--_space);
  }
  /* The progress is a card of its own: a list of the steps where it has room, a bar where it has not. */
  .progress {
    container-type: inline-size;
  }
  .progress .count {
    font-weight: 700;
    margin: 0 0 0.5em;
  }
  .progress ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
  }
  .progress li {
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .progress li.current {
    color: var(--_text);
    font-weight: 700;
  }
  @container (width >= 42em) {
    .count span {
      display: none;
    }
    .progress ol {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: 1fr;
    }
    .progress li > * {
      flex-direction: column;
      text-align: center;
      width: 100%;
    }
  }
  @container (width < 42em) {
    ol:not(:focus-within) {
      flex-wrap: nowrap;
      gap: 3px;
    }
    ol:not(:focus-within) li {
      flex: 1;
      height: 0.375em;
      overflow: hidden;
      background: var(--_divider);
    }
    ol:not(:focus-within) :is(.done, .current) {
      background: var(--_primary);
    }
    ol:not(:focus-within) li > * {
      opacity: 0;
    }
  }
  .step-label,
  .step-link {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 44px;
    padding: 0 0.375em;
  }
  .step-link {
    font: inherit;
    font-weight: 600;
    background: none;
    border: none;
    color: var(--_primary);
    cursor: pointer;
    text-decoration: underline;
    min-width: 0;
    border-radius: var(--_radius-small);
  }
  .dot {
    display: inline-grid;
    place-items: center;
    width: 1.6em;
    height: 1.6em;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-size: 0.8125em;
    font-weight: 700;
    flex: none;
  }
  .current .dot {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .step {
    display: grid;
    gap: var(--_space);
  }
  .notice {
    margin: 0;
    padding: 0.75em var(--_space);
    border-radius: var(--_radius);
    border: 1px solid var(--_warning);
    background: var(--_warning-surface);
    font-weight: 600;
  }
  .form {
    display: grid;
    gap: var(--_space);
  }
  .meters {
    border: 0;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.75em;
  }
  .meters legend {
    padding: 0;
    margin-bottom: 0.25em;
  }
`;
