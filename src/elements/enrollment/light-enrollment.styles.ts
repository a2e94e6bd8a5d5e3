import { css } from 'lit';

export const enrollmentStyles = css`
  .base {
    display: grid;
    gap: var(--_space);
  }
  /* The progress is a card of its own: a list of the steps where it has room, a bar where it has not. */
  .progress {
    container-type: inline-size;
    padding-block: 0.5em;
  }
  .progress .count {
    font-weight: 700;
    margin: 0 0 0.5em;
  }
  .count span {
    display: none;
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
    .progress ol {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: 1fr;
    }
    li > * {
      flex-direction: column;
      text-align: center;
      width: 100%;
    }
  }
  @container (width < 42em) {
    .count span {
      display: inline;
    }
    ol:not(:focus-within) {
      flex-wrap: nowrap;
      gap: 3px;
    }
    ol:not(:focus-within) li {
      flex: 1;
      height: 0.375em;
      border-radius: 2px;
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
  .plans {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17em), 1fr));
  }
  .form {
    display: grid;
    gap: var(--_space);
  }
  .form.grid {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
  }
  .wide {
    grid-column: 1 / -1;
  }
  .docs a {
    display: inline-block;
    padding: 0.5em 0.25em;
    font-weight: 600;
  }
  .summary {
    margin: 0;
    display: grid;
    gap: 0.75em;
  }
  .summary > div {
    display: grid;
    grid-template-columns: minmax(8em, 12em) 1fr auto;
    gap: 0.25em 1em;
    padding-bottom: 0.75em;
    border-bottom: 1px solid var(--_divider);
  }
  @media (max-width: 480px) {
    .summary > div {
      grid-template-columns: 1fr auto;
    }
    .summary dt {
      grid-column: 1 / -1;
    }
  }
  .summary dt {
    color: var(--_text-muted);
  }
  .summary dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  button.link {
    background: none;
    border: none;
    color: var(--_primary);
    text-decoration: underline;
    padding: 0 0.25em;
  }
  /* The SSN is masked without type="password", which would make password managers offer to save it. */
  input.masked {
    -webkit-text-security: disc;
  }
  .stripe[hidden] {
    display: none;
  }
  .next {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.375em;
  }
  .notice h3 {
    margin: 0 0 0.25em;
    font-size: 1em;
  }
  .notice p,
  .notice ul {
    margin: 0;
    font-weight: 400;
  }
  .notice ul {
    padding-inline-start: 1.25em;
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
  /* What the customer agrees to reads as terms, not as a warning. */
  .notice.consent {
    border-color: var(--_border);
    background: var(--_surface-raised);
  }
`;
