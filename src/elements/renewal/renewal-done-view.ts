import { html, nothing, type TemplateResult } from 'lit';
import type { IsoDate, Plan } from '../../api/types.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { renewalMsg as msg } from './light-renewal.messages.js';
import { renderRenewalDocuments } from './renewal-terms-view.js';
import { longDate, planName } from './renewal-text.js';

/** A renewal the server accepted, as the confirmation shows it. */
export interface Confirmation {
  plan: Plan;
  serviceStartDate: IsoDate;
  /** The current contract's last day, when known. */
  contractEnd: IsoDate | null;
}

/** The confirmation: the new plan and its start, the current plan's end, and the new plan's documents. */
export function renderConfirmation(locale: SupportedLocale, confirmation: Confirmation): TemplateResult {
  const name = planName(locale, confirmation.plan);
  const date = longDate(locale, confirmation.serviceStartDate);
  const end = longDate(locale, confirmation.contractEnd);
  return html`<div class="confirmation notice tone-success" part="confirmation">
    <h2 id="confirmed-heading" tabindex="-1">
      <span class="mark" aria-hidden="true">✓</span>${msg(locale, 'confirmedTitle')}
    </h2>
    <p>
      ${date ? msg(locale, 'confirmedBody', { plan: name, date }) : msg(locale, 'confirmedBodyNoDate', { plan: name })}
    </p>
    ${end ? html`<p>${msg(locale, 'currentContinues', { date: end })}</p>` : nothing}
    <h3>${msg(locale, 'newDocuments')}</h3>
    ${renderRenewalDocuments(locale, confirmation.plan)}
  </div>`;
}
