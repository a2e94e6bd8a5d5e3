import { css } from 'lit';

export const flowFrameStyles = css`
  :host {
    --_min-height: var(--light-flow-frame-min-height, 640px);
    --_backdrop: var(--light-flow-frame-backdrop, rgb(0 0 0 / 0.5));
  }

  .inline {
    display: flex;
    flex-direction: column;
    height: 100%;
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }

  .modal {
    /* The whole viewport, in the top layer: nothing of the page may sit above the flow. */
    position: fixed;
    inset: 0;
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: 0;
    border: 0;
    background: var(--_surface);
    color: var(--_text);
  }
  .modal[open] {
    display: flex;
    flex-direction: column;
  }
  .modal::backdrop {
    background: var(--_backdrop);
  }

  .header {
    display: flex;
    justify-content: flex-end;
    padding: 0.25rem;
    border-bottom: 1px solid var(--_divider);
    background: var(--_surface);
  }
  .close {
    padding: 0.5em;
    border-color: transparent;
  }

  .stage {
    position: relative;
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
  }

  .frame {
    display: block;
    flex: 1 1 auto;
    width: 100%;
    min-height: 0;
    border: 0;
  }
  /* Room for the flow while it loads and runs; an error needs only its own height. */
  .inline .stage.framed {
    min-height: var(--_min-height);
  }
  /* Kept in the page while it loads (so it loads, and can take focus), but unseen under the indicator. */
  .concealed {
    opacity: 0;
  }

  /* Covers the frame while it loads: the indicator, and in a modal the way out. */
  .veil {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
    padding: var(--_space);
    background: var(--_surface);
  }
  .loading {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.75em;
    color: var(--_text-muted);
    text-align: center;
  }
  .spinner {
    width: 2.5em;
    height: 2.5em;
    border-radius: 50%;
    border: 4px solid var(--_skeleton);
    border-top-color: var(--_primary);
    animation: light-spin 0.9s linear infinite;
  }
  @keyframes light-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }

  .stage > .error {
    margin: var(--_space);
  }
  .error:focus {
    outline: none;
  }
  .error:focus-visible {
    outline: 3px solid var(--_focus);
  }
`;
