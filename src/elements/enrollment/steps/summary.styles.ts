import { css } from 'lit';

/** The summary lists (the address and plan, the review, the confirmation): shared by the later views' styles. */
export const summaryStyles = css`
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
`;
