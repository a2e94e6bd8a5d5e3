import { css } from 'lit';
import { planListStyles } from '../../core/plan-list.styles.js';

export const renewalStyles = css`
  ${planListStyles}
  :host {
    container-type: inline-size;
  }
  /* On the narrowest screens, nested boxes give some of their padding to the content; the outer box keeps its own,
     so its heading lines up with the elements beside it. */
  @container (max-width: 24em) {
    .renewal .surface {
      padding: calc(var(--_space) * 0.75);
    }
  }
  .renewal {
    display: grid;
    /* Columns may shrink below their content's widest line: nothing forces a sideways scroll at 320px. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .renewal > h2 {
    margin: 0;
  }
  .summary {
    margin: 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10em), 1fr));
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .summary dt {
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .summary dd {
    margin: 0;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .consequence {
    margin: calc(var(--_space) / 2) 0 0;
  }
  .notice {
    padding: var(--_space);
    border-radius: var(--_radius);
    border: 1px solid var(--_divider);
    border-left: 6px solid var(--_tone, var(--_primary));
    background: var(--_tone-surface, var(--_surface-raised));
    overflow-wrap: anywhere;
  }
  .notice p:last-child {
    margin-bottom: 0;
  }
  .notice:focus-visible {
    outline-offset: 2px;
  }
  .plans-section {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
  .plans-section > h3 {
    margin: 0;
  }
  .updating {
    margin: 0;
    font-weight: 600;
  }
  .accept {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
  .accept h3 {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .doc-list {
    list-style: none;
    padding: 0;
    margin: 0.25em 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }
  .doc-list a {
    display: inline-block;
    padding: 0.375em 0;
    font-weight: 600;
  }
  .accept-error {
    margin: 0;
  }
  .confirmation h2 {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  .mark {
    display: inline-grid;
    place-items: center;
    width: 1.75em;
    height: 1.75em;
    border-radius: 50%;
    border: 2px solid var(--_success);
    color: var(--_success);
    background: var(--_success-surface);
    font-size: 0.875em;
    flex: none;
  }
  .confirmation h3 {
    margin-top: calc(var(--_space) * 0.75);
  }
`;
