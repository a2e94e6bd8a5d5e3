import { css } from 'lit';

export const accountStatusStyles = css`
  .status {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em 0.75em;
    align-items: start;
    border-left: 6px solid var(--_tone);
  }
  .badge {
    grid-row: span 3;
    width: 2.25em;
    height: 2.25em;
    border-radius: 50%;
    display: grid;
    place-items: center;
    font-weight: 700;
    color: var(--_tone);
    background: var(--_tone-surface);
    border: 2px solid var(--_tone);
  }
  .title {
    margin: 0;
  }
  .body,
  .action {
    margin: 0;
  }
  .action {
    font-weight: 600;
  }
  .help {
    grid-column: 1 / -1;
    margin-top: 0.5em;
  }
`;
