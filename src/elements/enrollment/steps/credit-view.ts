import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SupportedLocale } from '../../../core/i18n.js';
import { enrollmentMsg as msg } from '../light-enrollment.messages.js';
import { laterMsg } from './later.messages.js';
import { heading, onSubmit } from './heading.js';

/**
 * The credit step. The SSN field is uncontrolled on purpose: the SSN is read from it when sent and never held
 * in a view-model, state, event or attribute.
 */
export interface CreditView {
  /** The plan was accepted earlier, and the page cannot know whether the check was already submitted. */
  askAgain: boolean;
  showSsn: boolean;
  ssnInvalid: boolean;
  consent: boolean;
  consentMissing: boolean;
  /** The check is in flight. */
  sending: boolean;
  /** Some request is in flight. */
  busy: boolean;
  /** The form is submitted (its default action already prevented). */
  onSubmit: () => void;
  onSsnInput: () => void;
  onShowSsn: (checked: boolean) => void;
  onConsent: (checked: boolean) => void;
}

export function renderCredit(locale: SupportedLocale, view: CreditView): TemplateResult {
  return html`${heading(msg(locale, 'step.credit'))}
    <p class="muted">${laterMsg(locale, 'creditIntro')}</p>
    ${view.askAgain ? html`<p class="hint">${laterMsg(locale, 'creditAgain')}</p>` : nothing}
    <form class="form" novalidate autocomplete="off" @submit=${onSubmit(view.onSubmit)}>
      <div class="field">
        <label for="ssn">${laterMsg(locale, 'ssn')}</label>
        <input
          id="ssn"
          type="text"
          class=${view.showSsn ? '' : 'masked'}
          inputmode="numeric"
          autocomplete="off"
          autocapitalize="off"
          autocorrect="off"
          spellcheck="false"
          data-1p-ignore
          data-lpignore="true"
          data-form-type="other"
          maxlength="11"
          required
          aria-invalid=${view.ssnInvalid ? 'true' : 'false'}
          aria-describedby="ssn-hint${view.ssnInvalid ? ' ssn-error' : ''}"
          @input=${view.onSsnInput}
        />
        <p id="ssn-hint" class="hint">${laterMsg(locale, 'ssnHint')}</p>
        ${view.ssnInvalid ? html`<p id="ssn-error" class="field-error">${laterMsg(locale, 'ssnInvalid')}</p>` : nothing}
        <div class="check">
          <input
            id="show-ssn"
            type="checkbox"
            .checked=${view.showSsn}
            @change=${(e: Event) => view.onShowSsn((e.target as HTMLInputElement).checked)}
          />
          <label for="show-ssn">${laterMsg(locale, 'showSsn')}</label>
        </div>
      </div>
      <div class="check">
        <input
          id="consent"
          type="checkbox"
          required
          .checked=${view.consent}
          aria-invalid=${view.consentMissing ? 'true' : 'false'}
          aria-describedby=${ifDefined(view.consentMissing ? 'consent-error' : undefined)}
          @change=${(e: Event) => view.onConsent((e.target as HTMLInputElement).checked)}
        />
        <label for="consent">${msg(locale, 'consent')}</label>
      </div>
      ${view.consentMissing ? html`<p id="consent-error" class="field-error">${msg(locale, 'consentRequired')}</p>` : nothing}
      <div class="actions">
        <button type="submit" part="button" ?disabled=${view.busy}>
          ${view.sending ? msg(locale, 'working') : laterMsg(locale, 'submitCredit')}
        </button>
      </div>
    </form>`;
}
