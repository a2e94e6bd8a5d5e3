import { html, nothing, type TemplateResult } from 'lit';
import type { SupportedLocale } from '../../../core/i18n.js';
import type { ClientAgentTerms } from './done-view.js';
import { heading, onSubmit } from './heading.js';
import { laterMsg as msg } from './later.messages.js';

export interface ConsentView {
  terms: ClientAgentTerms;
  accepted: boolean;
  /** The customer tried to go on without checking the box. */
  missing: boolean;
  sending: boolean;
  busy: boolean;
  onAccepted: (checked: boolean) => void;
  onSubmit: () => void;
}

/** The id of the consent checkbox (focused when it was left unchecked). */
export const CONSENT_ID = 'client-agent-consent';

/** The consent as the customer reads it, in one paragraph (kept by the partner as the record of what was agreed). */
export function consentText(locale: SupportedLocale, terms: ClientAgentTerms): string {
  return [
    msg(locale, 'consentEnroll', terms),
    msg(locale, 'consentWhen', terms),
    msg(locale, 'consentPlan', terms),
    msg(locale, 'consentLetter'),
    msg(locale, 'consentCheck'),
  ].join(' ');
}

/**
 * The client-agent consent: the docs' three things the customer must understand (that the partner enrolls them
 * on their behalf, roughly when, and in which plan), then an explicit checkbox.
 */
export function renderConsent(locale: SupportedLocale, view: ConsentView): TemplateResult {
  const { terms } = view;
  return html`${heading(msg(locale, 'consentTitle'))}
    <p>${msg(locale, 'consentIntro', terms)}</p>
    <form class="form" novalidate @submit=${onSubmit(view.onSubmit)}>
      <div class="notice consent" id="consent-terms">
        <h3>${msg(locale, 'consentWhat')}</h3>
        <ul>
          <li>${msg(locale, 'consentEnroll', terms)}</li>
          <li>${msg(locale, 'consentWhen', terms)}</li>
          <li>${msg(locale, 'consentPlan', terms)}</li>
          <li>${msg(locale, 'consentLetter')}</li>
        </ul>
      </div>
      <div class="check">
        <input
          type="checkbox"
          id=${CONSENT_ID}
          .checked=${view.accepted}
          aria-describedby=${view.missing ? 'consent-terms consent-error' : 'consent-terms'}
          aria-invalid=${view.missing ? 'true' : 'false'}
          @change=${(event: Event) => view.onAccepted((event.target as HTMLInputElement).checked)}
        />
        <label for=${CONSENT_ID}>${msg(locale, 'consentCheck')}</label>
      </div>
      ${view.missing ? html`<p class="field-error" id="consent-error">${msg(locale, 'consentRequired')}</p>` : nothing}
      <div class="actions">
        <button type="submit" part="button" ?disabled=${view.busy}>
          ${view.sending ? msg(locale, 'consentSending') : msg(locale, 'consentSubmit')}
        </button>
      </div>
    </form>`;
}
