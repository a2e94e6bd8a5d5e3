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
    grid-template-columns: minmax(8em, 12em) minmax(0, 1fr) auto;
    gap: 0.25em 1em;
    padding-bottom: 0.75em;
    border-bottom: 1px solid var(--_divider);
  }
  /* Narrow: the label and its Edit link on one line, the value below them across the whole width. */
  @media (max-width: 480px) {
    .summary > div {
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: center;
    }
    .summary dt {
      grid-row: 1;
    }
    .summary dd.edit {
      grid-row: 1;
      grid-column: 2;
    }
    .summary dd:not(.edit) {
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
  /* An email wraps only where its break hints are (after the @, before a dot), and only when it is wider than
     the line; never at an arbitrary letter unless one of its parts is wider than the line on its own. */
  .summary .email {
    display: inline-block;
    max-width: 100%;
    overflow-wrap: break-word;
  }
`;
