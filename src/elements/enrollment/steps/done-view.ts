import { html, nothing, type TemplateResult } from 'lit';
import type { Account, Location } from '../../../api/types.js';
import { explainStatus, type StatusExplanation } from '../../../core/account-status.js';
import { formatAddress } from '../../../core/address.js';
import { formatDate } from '../../../core/format.js';
import type { SupportedLocale } from '../../../core/i18n.js';
import { enrollmentOutcome } from '../enrollment-outcome.js';
import { heading } from './heading.js';
import { laterMsg as msg } from './later.messages.js';

/** What the partner says of a client-agent enrollment, in its consent and on the confirmation. */
export interface ClientAgentTerms {
  /** Who enrolls the customer (the partner's name). */
  partner: string;
  /** Roughly when ("when your installation is complete"). */
  when: string;
  /** The plan the customer will be enrolled in. */
  plan: string;
}

/**
 * After submitting, what is true of the account: the confirmation and what happens next while the enrollment is
 * on its way (or active), the hold and what the customer must do when it needs attention, the cancellation, or
 * the approval a client-agent enrollment ends on. The status row is a live region: it follows the account as it
 * is read again.
 */
export function renderDone(
  locale: SupportedLocale,
  account: Account,
  terms: ClientAgentTerms,
  clientAgent: boolean,
): TemplateResult {
  const outcome = enrollmentOutcome(account, clientAgent);
  const status = explainStatus(account, locale);
  const good = outcome !== 'attention' && outcome !== 'cancelled';
  const location = account.locations[0];
  const mustAct = status.action && (outcome === 'attention' || outcome === 'cancelled');
  return html`${heading(html`${good ? html`<span aria-hidden="true">✓ </span>` : nothing}${msg(locale, `${outcome}.title`)}`)}
    <p>
      ${
        outcome === 'client-agent' || outcome === 'authorized'
          ? msg(locale, `${outcome}.intro`, terms)
          : msg(locale, `${outcome}.intro`)
      }
    </p>
    ${
      // Before the partner's authorization and every check are in, the account's status still names the steps the
      // customer just did here: the intro says where it stands instead.
      outcome === 'authorized' && !location
        ? nothing
        : html`<dl class="summary">
            ${location ? locationRows(locale, location) : nothing}
            ${outcome === 'authorized' ? nothing : statusRow(locale, account, status, !!mustAct)}
          </dl>`
    }
    ${
      mustAct
        ? html`<div class="notice action" role="note">
            <h3>${msg(locale, 'whatToDo')}</h3>
            <p>${status.action}</p>
          </div>`
        : nothing
    }
    ${
      outcome === 'on-its-way'
        ? html`<h3>${msg(locale, 'nextTitle')}</h3>
            <ol class="next">
              <li>${msg(locale, 'next1')}</li>
              <li>${msg(locale, 'next2')}</li>
              <li>${msg(locale, 'next3')}</li>
            </ol>`
        : nothing
    }`;
}

/** The plan, start date and address of the submitted location. */
function locationRows(locale: SupportedLocale, location: Location): TemplateResult {
  return html`<div>
      <dt>${msg(locale, 'plan')}</dt>
      <dd>${location.plan_name ?? msg(locale, 'unknownPlan')}</dd>
    </div>
    <div>
      <dt>${msg(locale, 'start')}</dt>
      <dd>${formatDate(location.service_start_date, locale)}</dd>
    </div>
    <div>
      <dt>${msg(locale, 'address')}</dt>
      <dd>${formatAddress(location)}</dd>
    </div>`;
}

/** The account's status in plain words: a live region, as the account is read again. */
function statusRow(locale: SupportedLocale, account: Account, status: StatusExplanation, actionApart: boolean) {
  return html`<div>
    <dt>${msg(locale, 'status')}</dt>
    <dd aria-live="polite" data-status=${`${account.status}/${account.status_reason}`}>
      <strong>${status.title}.</strong> ${status.body} ${actionApart ? nothing : (status.action ?? '')}
    </dd>
  </div>`;
}
