import { css } from 'lit';

export const eligibilityStyles = css`
  .eligibility {
    display: grid;
    /* Columns may shrink below their content's widest line: nothing forces a sideways scroll at 320px. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
  p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .zip-row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  /* Room for a ZIP+4 code; the button sits beside the field, or under it on a narrow screen. */
  .zip-row input {
    flex: 1 1 8em;
    max-width: 14em;
  }
  .zip-row .button {
    min-height: 44px;
  }
  .field-error[hidden],
  .cta[hidden] {
    display: none;
  }
  .answer {
    display: grid;
    gap: 0.375em;
    border-left: 6px solid var(--_tone);
    padding-left: 0.75em;
  }
  .cta-link {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
    min-height: 44px;
  }
`;
