import { css } from 'lit';

export const supportInfoStyles = css`
  .support {
    display: grid;
    /* Columns may shrink below their content's widest line: nothing forces a sideways scroll at 320px. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
  /* The contacts' and the moving guidance's headings, a level below the element's. */
  .subheading {
    font-size: 1.0625em;
  }
  .contacts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    gap: var(--_space);
  }
  .contact,
  .moving {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.375em;
    align-content: start;
    min-width: 0;
  }
  .moving {
    border-top: 1px solid var(--_divider);
    padding-top: calc(var(--_space) * 0.75);
  }
  p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .name {
    font-weight: 600;
  }
  .lines {
    margin: 0;
    display: grid;
    gap: 0.25em;
  }
  .lines > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .lines dt {
    color: var(--_text-muted);
  }
  .lines dt::after {
    content: ':';
  }
  /* A value moves under its label as a whole rather than break; only one wider than the box breaks inside. */
  .lines dd {
    margin: 0;
    flex: 0 0 auto;
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_primary);
    font-weight: 600;
    min-height: 24px;
    display: inline-block;
  }
  /* The kept pieces of an address are boxes of their own: they take the link's underline explicitly. */
  a .kept {
    text-decoration: inherit;
  }
`;
