import { css } from 'lit';

/**
 * Design tokens. A partner sets the public `--light-*` custom properties (they pierce shadow roots) on `:root`
 * or any ancestor; elements read them through private `--_*` variables that carry the defaults. Dark defaults
 * apply under `prefers-color-scheme: dark` or `theme="dark"` (own, or inherited from `<light-provider>` /
 * `configure()` as `data-theme`); `theme="light"` pins the light ones.
 * Every default pair meets WCAG AA contrast for text (4.5:1) and for controls (3:1).
 */
const darkTokens = css`
  --_primary: var(--light-color-primary, #8ab4f8);
  --_on-primary: var(--light-color-on-primary, #0b1d3a);
  --_surface: var(--light-color-surface, #16191d);
  --_surface-raised: var(--light-color-surface-raised, #22262c);
  --_text: var(--light-color-text, #e6e8eb);
  --_text-muted: var(--light-color-text-muted, #a9b1bb);
  --_border: var(--light-color-border, #7d8590);
  --_divider: var(--light-color-divider, #3a4049);
  --_danger: var(--light-color-danger, #ffb4ab);
  --_danger-surface: var(--light-color-danger-surface, #3b1512);
  --_success: var(--light-color-success, #7ee2a0);
  --_success-surface: var(--light-color-success-surface, #10301c);
  --_warning: var(--light-color-warning, #f2c94c);
  --_warning-surface: var(--light-color-warning-surface, #352a0a);
  --_focus: var(--light-color-focus, #8ab4f8);
  --_skeleton: var(--light-color-skeleton, #2c3138);
  /* What an element without a card of its own (a form field) paints behind its text, so light text stays
     readable on a light page; on its own box only, never on the host's. */
  --_ground: var(--_surface);
  color-scheme: dark;
`;

export const themeStyles = css`
  :host {
    --_primary: var(--light-color-primary, #0b57d0);
    --_on-primary: var(--light-color-on-primary, #ffffff);
    --_surface: var(--light-color-surface, #ffffff);
    --_surface-raised: var(--light-color-surface-raised, #f4f6f8);
    --_text: var(--light-color-text, #1b1f24);
    --_text-muted: var(--light-color-text-muted, #57606a);
    --_border: var(--light-color-border, #8c959f);
    --_divider: var(--light-color-divider, #d0d7de);
    --_danger: var(--light-color-danger, #b3261e);
    --_danger-surface: var(--light-color-danger-surface, #fdecea);
    --_success: var(--light-color-success, #137333);
    --_success-surface: var(--light-color-success-surface, #e6f4ea);
    --_warning: var(--light-color-warning, #8a5a00);
    --_warning-surface: var(--light-color-warning-surface, #fff4d6);
    --_focus: var(--light-color-focus, #0b57d0);
    --_skeleton: var(--light-color-skeleton, #e5e9ee);
    --_radius: var(--light-radius, 8px);
    --_radius-small: var(--light-radius-small, 4px);
    --_font: var(--light-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--light-font-size, 1rem);
    --_space: var(--light-space, 1rem);
    color-scheme: light;
    /* The host paints nothing of its own: only its cards do, so a host stretched by a grid row or a rounded
       card's corners show the partner's page, not a slab. A partner may give it a ground. */
    background-color: var(--light-color-background, transparent);
  }

  :host([theme='dark']),
  :host([data-theme='dark']) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([data-theme='light'])) {
      ${darkTokens}
    }
  }
`;

/** What every element shares: box, typography, buttons, states and helpers. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .surface {
    background: var(--_surface);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  /* An element's own box fills its host, so elements side by side in a partner's grid row end level; the room it
     gains stays below its content, not spread between its rows. */
  .surface[part~='base'] {
    min-height: 100%;
    align-content: start;
  }

  h2,
  h3,
  h4 {
    margin: 0 0 calc(var(--_space) / 2);
    line-height: 1.25;
  }
  h2,
  .heading {
    font-size: 1.25em;
  }
  .heading {
    font-weight: 700;
    line-height: 1.25;
    margin: 0;
  }
  h3 {
    font-size: 1.0625em;
  }
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .muted {
    color: var(--_text-muted);
  }

  a {
    color: var(--_primary);
  }

  button,
  .button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1.1em;
    border-radius: var(--_radius);
    border: 1px solid var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
    cursor: pointer;
    font-weight: 600;
    text-decoration: none;
  }
  button.secondary,
  .button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  /* A button that stays focusable while its action is under way. */
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  /* A row of buttons that wraps on narrow screens. */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* One that, on a narrow card, fills its width: side by side when the buttons fit, else one above the other, each
     as wide as the row (and a label wider than the row wraps inside its button rather than overflow), rather than
     short buttons of different widths stacked at the start. */
  .actions.fill-narrow {
    container-type: inline-size;
  }
  @container (max-width: 34em) {
    .fill-narrow > button {
      flex: 1 1 auto;
    }
  }
  /* Only keyboard use shows the ring, on controls and on headings focus moves to (focusTarget, templates.ts). */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .state {
    padding: var(--_space);
    border-radius: var(--_radius);
    border: 1px solid var(--_divider);
    background: var(--_surface);
  }
  .state.error {
    border-color: var(--_danger);
    background: var(--_danger-surface);
  }
  .state.error .state-title {
    color: var(--_danger);
  }
  .state-title {
    font-weight: 700;
    margin: 0 0 0.25em;
  }
  .state-actions {
    margin-top: calc(var(--_space) * 0.75);
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  /* A tone sets --_tone and --_tone-surface for boxes that speak good news, warnings or trouble. */
  .tone-info,
  .tone-progress {
    --_tone: var(--_primary);
    --_tone-surface: var(--_surface-raised);
  }
  .tone-success {
    --_tone: var(--_success);
    --_tone-surface: var(--_success-surface);
  }
  .tone-warning {
    --_tone: var(--_warning);
    --_tone-surface: var(--_warning-surface);
  }
  .tone-danger {
    --_tone: var(--_danger);
    --_tone-surface: var(--_danger-surface);
  }

  .skeleton {
    display: grid;
    gap: 0.75em;
  }
  .skeleton-line {
    height: 1em;
    border-radius: var(--_radius-small);
    background: var(--_skeleton);
    animation: light-pulse 1.4s ease-in-out infinite;
  }
  .skeleton-line:nth-child(3n + 2) {
    width: 80%;
  }
  .skeleton-line:nth-child(3n) {
    width: 60%;
  }
  @keyframes light-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-line {
      animation: none;
    }
  }
`;
