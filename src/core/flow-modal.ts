/**
 * Light's prebuilt flow in a modal, as the elements that offer one show it (the invoices' `billing` flow to pay a
 * past-due invoice, the payment method's `update-payment-method` flow): one markup, one set of options.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FlowScope } from '../api/types.js';

export interface FlowModalOptions {
  scope: FlowScope;
  /** The element's `flowProvider` (`(scope) => Promise<{ login_link, expires_at }>`); no modal without one. */
  provider: unknown;
  /** Whether the flow is showing. */
  open: boolean;
  /** On the frame's `light-flow-close` (check `event.target === event.currentTarget`: a nested frame's bubbles). */
  onClose: (event: Event) => void;
}

/**
 * A modal `<light-flow-frame>` for `scope`, closable by its button and by Escape, or `nothing` without a provider.
 * The element that renders it loads the flow frame's code itself, and only when it has a provider: core imports
 * no element, and a partner without the flow never downloads it.
 */
export function renderFlowModal(options: FlowModalOptions): TemplateResult | typeof nothing {
  if (!options.provider) return nothing;
  return html`<light-flow-frame
    mode="modal"
    scope=${options.scope}
    closable
    close-on-escape
    .flowProvider=${options.provider}
    ?open=${options.open}
    @light-flow-close=${options.onClose}
  ></light-flow-frame>`;
}
