import { css } from 'lit';
import { planListStyles } from '../../../core/plan-list.styles.js';
import { summaryStyles } from './summary.styles.js';

/** The styles of the plan cards' list and the steps after it: fetched with their views (later-steps.ts). */
export const laterStyles = css`
  ${summaryStyles}
  ${planListStyles}
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
`;
