/**
 * The flow frame's views as templates of plain data: the close button, the frame, the loading veil and the error
 * box.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { keyed } from 'lit/directives/keyed.js';
import type { FlowScope } from '../../api/types.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { coreMsg } from '../../core/messages.js';
import { flowMsg } from './flow-frame.messages.js';
import type { FlowProblem, FlowState } from './flow-state.js';

const SCOPE_TITLES = {
  enrollment: 'title-enrollment',
  'update-payment-method': 'title-update-payment-method',
  billing: 'title-billing',
  documents: 'title-documents',
  renewal: 'title-renewal',
} as const satisfies Record<FlowScope, string>;

const closeIcon = svg`<path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2" stroke-linecap="round" />`;

/** The flow's title (the frame's and the modal's accessible name); a scope it does not know gets a general one. */
export function flowTitle(scope: FlowScope, locale: SupportedLocale): string {
  return flowMsg(locale, SCOPE_TITLES[scope] ?? 'title-other');
}

/** What the body of an open flow shows, and where its buttons report. */
export interface FlowView {
  flow: FlowState;
  /** Bumped for each link loaded: a new number gets a new frame. */
  attempt: number;
  /** The flow's title. */
  label: string;
  locale: SupportedLocale;
  closable: boolean;
  modal: boolean;
  /** A `flowProvider` is set, so an expired link can be replaced. */
  provider: boolean;
  /** The frame's permissions policy (see `./frame-allow.ts`). */
  allow: string;
  /** Whether the problem shown (if any) offers a retry. */
  retryable: boolean;
  onClose: () => void;
  onRetry: () => void;
  onFrameLoad: () => void;
}

/**
 * The close button (with `closable`), the frame while it loads or shows, the loading veil (with a Close button
 * in a modal without `closable`) and the error box.
 */
export function renderFlowBody(view: FlowView): TemplateResult {
  const { flow, locale } = view;
  const busy = flow.status === 'fetching' || flow.status === 'loading';
  return html`
    ${
      view.closable
        ? html`<div class="header">
            <button
              type="button"
              class="close secondary"
              part="close-button"
              aria-label=${flowMsg(locale, 'close')}
              @click=${() => view.onClose()}
            >
              <svg viewBox="0 0 24 24" width="24" height="24" fill="none" aria-hidden="true">${closeIcon}</svg>
            </button>
          </div>`
        : nothing
    }
    <div class=${classMap({ stage: true, framed: flow.status !== 'error' })}>
      ${
        flow.status === 'loading' || flow.status === 'ready'
          ? keyed(
              view.attempt,
              html`<iframe
                part="frame"
                class=${classMap({ frame: true, concealed: flow.status === 'loading' })}
                src=${flow.link.href}
                title=${view.label}
                allow=${view.allow}
                sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox"
                referrerpolicy="strict-origin"
                @load=${view.onFrameLoad}
              ></iframe>`,
            )
          : nothing
      }
      ${
        busy
          ? html`<div class="veil">
              <div class="loading" part="loading" role="status">
                <span class="spinner" aria-hidden="true"></span>
                <span>${flowMsg(locale, 'opening')}</span>
              </div>
              ${
                view.modal && !view.closable
                  ? html`<button
                      type="button"
                      class="secondary"
                      part="button loading-close"
                      @click=${() => view.onClose()}
                    >
                      ${flowMsg(locale, 'close')}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${flow.status === 'error' ? renderFlowError(view, flow.problem, flow.link) : nothing}
    </div>
  `;
}

/**
 * The error box of a problem: what happened, a retry when one could help, the "Open in a new tab" link after a
 * load timeout, and Close in a modal.
 */
export function renderFlowError(view: FlowView, problem: FlowProblem, link?: URL): TemplateResult {
  const { locale } = view;
  const [title, body] = {
    expired: [flowMsg(locale, 'expiredTitle'), flowMsg(locale, view.provider ? 'expiredRetryBody' : 'expiredBody')],
    refused: [flowMsg(locale, 'refusedTitle'), flowMsg(locale, 'refusedBody')],
    provider: [flowMsg(locale, 'providerTitle'), flowMsg(locale, 'providerBody')],
    'provider-signed-out': [flowMsg(locale, 'providerTitle'), coreMsg(locale, 'authError')],
    'provider-offline': [flowMsg(locale, 'providerTitle'), coreMsg(locale, 'networkError')],
    'provider-timeout': [flowMsg(locale, 'providerTitle'), flowMsg(locale, 'providerBody')],
    timeout: [flowMsg(locale, 'timeoutTitle'), flowMsg(locale, 'timeoutBody')],
    missing: [coreMsg(locale, 'configTitle'), flowMsg(locale, 'missingBody')],
  }[problem];
  // The new-tab link carries the login link, so it exists only once framing has failed.
  const fallback = problem === 'timeout' ? link?.href : undefined;
  return html`<div class="state error" part="error" role="alert" tabindex="-1">
    <p class="state-title">${title}</p>
    <p>${body}</p>
    <div class="state-actions">
      ${
        view.retryable
          ? html`<button type="button" part="button retry-button" @click=${() => view.onRetry()}>
              ${coreMsg(locale, 'retry')}
            </button>`
          : nothing
      }
      ${
        fallback
          ? html`<a
              class="button secondary"
              part="fallback-link"
              href=${fallback}
              target="_blank"
              rel="noopener noreferrer"
            >
              ${flowMsg(locale, 'openInNewTab')}
            </a>`
          : nothing
      }
      ${
        view.modal
          ? html`<button type="button" class="secondary" part="button" @click=${() => view.onClose()}>
              ${flowMsg(locale, 'close')}
            </button>`
          : nothing
      }
    </div>
  </div>`;
}
