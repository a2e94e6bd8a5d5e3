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
  .zip-form {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .zip-form .field {
    flex: 1 1 10em;
    max-width: 16em;
  }
  .zip-form .button {
    /* Lines up with the field, below its label. */
    margin-top: calc(1.5em + 0.375em);
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
