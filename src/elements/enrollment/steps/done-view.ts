import { html, nothing, type TemplateResult } from 'lit';
import type { Account } from '../../../api/types.js';
import type { StatusExplanation } from '../../../core/account-status.js';
import { formatAddress } from '../../../core/address.js';
import { formatDate } from '../../../core/format.js';
import type { SupportedLocale } from '../../../core/i18n.js';
import { enrollmentMsg as msg } from '../light-enrollment.messages.js';
import { heading } from './heading.js';

/** The confirmation: plan, start date, address, the account's status in plain words (loading until known). */
export function renderDone(
  locale: SupportedLocale,
  account: Account,
  status: StatusExplanation | undefined,
): TemplateResult {
  const location = account.locations[0];
  return html`${heading(html`<span aria-hidden="true">✓ </span>${msg(locale, 'doneTitle')}`)}
    <p>${msg(locale, 'doneIntro')}</p>
    <dl class="summary">
      ${
        location
          ? html`<div>
                <dt>${msg(locale, 'donePlan')}</dt>
                <dd>${location.plan_name ?? msg(locale, 'unknownPlan')}</dd>
              </div>
              <div>
                <dt>${msg(locale, 'doneStart')}</dt>
                <dd>${formatDate(location.service_start_date, locale)}</dd>
              </div>
              <div>
                <dt>${msg(locale, 'doneAddress')}</dt>
                <dd>${formatAddress(location)}</dd>
              </div>`
          : nothing
      }
      <div>
        <dt>${msg(locale, 'doneStatus')}</dt>
        <dd aria-busy=${status ? 'false' : 'true'}>
          ${
            status
              ? html`<strong>${status.title}.</strong> ${status.body} ${status.action ?? ''}`
              : html`<div class="skeleton-line" aria-hidden="true"></div>`
          }
        </dd>
      </div>
    </dl>
    <h3>${msg(locale, 'nextTitle')}</h3>
    <ol class="next">
      <li>${msg(locale, 'next1')}</li>
      <li>${msg(locale, 'next2')}</li>
      <li>${msg(locale, 'next3')}</li>
    </ol>`;
}
