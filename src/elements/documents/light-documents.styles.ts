import { css } from 'lit';

export const documentsStyles = css`
  .documents {
    display: grid;
    /* Columns may shrink below their content's widest line: nothing forces a sideways scroll at 320px. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
  .documents > h2 {
    margin: 0;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border-bottom: 1px solid var(--_divider);
  }
  .tab {
    background: transparent;
    color: var(--_text);
    border: none;
    border-bottom: 3px solid transparent;
    border-radius: var(--_radius-small) var(--_radius-small) 0 0;
    font-weight: 600;
    padding: 0.5em 0.875em;
    margin-bottom: -1px;
  }
  .tab[aria-selected='true'] {
    color: var(--_primary);
    border-bottom-color: var(--_primary);
  }
  .tab:hover {
    background: var(--_surface-raised);
  }
  .panel {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    border-radius: var(--_radius-small);
  }
  .panel[hidden] {
    display: none;
  }
  .contract {
    margin: 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .contract dt {
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .contract dd {
    margin: 0;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .doc-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  .doc a {
    display: inline-block;
    padding: 0.5em 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .doc.no-link {
    padding: 0.5em 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .doc-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .note {
    font-size: 0.875em;
  }
  .group {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) / 2);
  }
  .group h3,
  .group .hint {
    margin: 0;
  }
  .set {
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--_surface);
  }
  .group-queued .set {
    border-left: 6px solid var(--_primary);
  }
  .set h4 {
    margin: 0 0 0.25em;
    font-size: 1em;
    overflow-wrap: anywhere;
  }
  .period {
    display: block;
    font-weight: 400;
    font-size: 0.875em;
  }
`;
