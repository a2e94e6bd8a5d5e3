import { css } from 'lit';

export const addressSearchStyles = css`
  .base {
    display: grid;
    gap: 0.5em;
    background: var(--_ground, none);
    border-radius: var(--_radius-small);
  }
  label,
  legend {
    font-weight: 600;
  }
  .combo {
    position: relative;
  }
  input {
    font: inherit;
    width: 100%;
    min-height: 44px;
    padding: 0.5em 2.5em 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .spinner {
    position: absolute;
    inset-inline-end: 0.75em;
    top: 50%;
    width: 1.1em;
    height: 1.1em;
    margin-top: -0.55em;
    border: 2px solid var(--_divider);
    border-top-color: var(--_primary);
    border-radius: 50%;
    animation: light-spin 0.8s linear infinite;
  }
  @keyframes light-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    top: calc(100% + 4px);
    margin: 0;
    padding: 0.25em;
    list-style: none;
    max-height: min(22em, 60vh);
    overflow-y: auto;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  .option {
    display: grid;
    gap: 0.125em;
    padding: 0.625em 0.75em;
    border-radius: var(--_radius-small);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .option.active {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .option.active .muted {
    color: inherit;
  }
  .esi {
    font-size: 0.875em;
  }
  .mono {
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    letter-spacing: 0.03em;
    overflow-wrap: anywhere;
  }
  button.link {
    justify-self: start;
    background: none;
    border: none;
    color: var(--_primary);
    text-decoration: underline;
    padding-inline: 0;
    font-weight: 600;
  }
  .esi-form {
    display: grid;
    gap: 0.5em;
  }
  .matches {
    display: grid;
    gap: 0.5em;
    border: none;
    padding: 0;
    margin: 0;
  }
  .match {
    display: grid;
    justify-items: start;
    text-align: start;
    font-weight: 500;
  }
  address {
    font-style: normal;
    display: grid;
    gap: 0.125em;
    margin: 0.75em 0;
    padding: 0.75em;
    border-radius: var(--_radius-small);
    background: var(--_surface-raised);
    overflow-wrap: anywhere;
  }
  address .street {
    font-weight: 700;
  }
  /* "APT 210" moves to the next line whole rather than leaving its number there alone. */
  address .unit {
    white-space: nowrap;
  }
`;
