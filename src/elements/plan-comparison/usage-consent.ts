/**
 * Personal rates from the customer's Smart Meter Texas history: the consent form, with the docs' caveats, and the
 * request through the partner's backend (`POST {backend}/usage-profiles`, which makes the app-token
 * `POST /v1/app/usage-profiles/fetch` call for the signed-in customer's own bill).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LightApiError } from '../../api/errors.js';
import { postToBackend } from '../../core/clients.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { renderErrorState } from '../../core/templates.js';
import { planComparisonMsg as msg } from './light-plan-comparison.messages.js';

export type ConsentStep = 'ask' | 'sending' | 'sent';

/** Asks the partner's backend to fetch the usage profile; a failure is a retryable `LightApiError`. */
export async function requestUsageProfile(backend: string, invoiceUuid: string): Promise<void> {
  try {
    await postToBackend(`${backend}/usage-profiles`, {
      comparison_invoice_uuid: invoiceUuid,
      user_authorizes_usage_fetch: true,
    });
  } catch (error) {
    const offline = error instanceof TypeError;
    throw new LightApiError(
      offline ? 'network' : 'server',
      offline ? 'The partner backend could not be reached.' : 'The partner backend could not fetch the usage history.',
      { cause: error, retryable: true },
    );
  }
}

export interface ConsentView {
  step: ConsentStep;
  checked: boolean;
  /** Shown when the customer asked without ticking the box. */
  needsConsent: boolean;
  error: LightApiError | null;
}

export interface ConsentHandlers {
  onCheck: (event: Event) => void;
  onRequest: () => void;
  onCheckAgain: () => void;
}

export function renderConsent(view: ConsentView, on: ConsentHandlers, locale: SupportedLocale): TemplateResult {
  if (view.step === 'sent') {
    return html`<section class="consent" part="consent" aria-labelledby="consent-title">
      <h3 id="consent-title">${msg(locale, 'consentTitle')}</h3>
      <p role="status">${msg(locale, 'profileSent')}</p>
      <div class="actions">
        <button type="button" class="secondary" part="button check-again-button" @click=${on.onCheckAgain}>
          ${msg(locale, 'checkAgain')}
        </button>
      </div>
    </section>`;
  }
  const sending = view.step === 'sending';
  return html`<section class="consent" part="consent" aria-labelledby="consent-title">
    <h3 id="consent-title">${msg(locale, 'consentTitle')}</h3>
    <p>${msg(locale, 'consentBody')}</p>
    <ul class="caveats">
      <li>${msg(locale, 'caveatSolar')}</li>
      <li>${msg(locale, 'caveatPermanent')}</li>
    </ul>
    ${
      view.error
        ? renderErrorState(view.error, { locale, title: msg(locale, 'profileFailedTitle'), onRetry: on.onRequest })
        : nothing
    }
    <label class="check">
      <input
        type="checkbox"
        .checked=${view.checked}
        aria-invalid=${view.needsConsent ? 'true' : 'false'}
        aria-describedby=${view.needsConsent ? 'consent-problem' : nothing}
        @change=${on.onCheck}
      />
      <span>${msg(locale, 'consentLabel')}</span>
    </label>
    ${
      view.needsConsent
        ? html`<p id="consent-problem" class="problem" role="alert">${msg(locale, 'consentNeeded')}</p>`
        : nothing
    }
    <div class="actions">
      <button type="button" part="button consent-button" ?disabled=${sending} @click=${on.onRequest}>
        ${msg(locale, sending ? 'consentSending' : 'consentButton')}
      </button>
    </div>
  </section>`;
}
