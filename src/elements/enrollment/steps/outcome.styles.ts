import { css } from 'lit';
import { summaryStyles } from './summary.styles.js';

/** The styles of the confirmation and the consent step: fetched with their views (outcome-views.ts). */
export const outcomeStyles = css`
  ${summaryStyles}
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
  /* What the customer agrees to reads as terms, not as a warning. */
  .notice.consent {
    border-color: var(--_border);
    background: var(--_surface-raised);
  }
`;
