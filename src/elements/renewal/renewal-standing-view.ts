import { html, nothing, type TemplateResult } from 'lit';
import type { Account, Location } from '../../api/types.js';
import type { StatusExplanation } from '../../core/account-status.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { renderSkeleton } from '../../core/templates.js';
import { renewalMsg as msg } from './light-renewal.messages.js';
import type { RenewalStanding } from './renewal-eligibility.js';
import { contractSummary, inactiveReason } from './renewal-summary.js';
import { longDate, planName } from './renewal-text.js';

/**
 * Why the plans were requested again: the chosen offer expired (and is still offered), is gone, or was refused
 * though it is still offered (the server does not take that plan for this location).
 */
export type RenewalNotice = { kind: 'expired'; plan: string } | { kind: 'gone' } | { kind: 'refused'; plan: string };

/** An explanation box. */
export function renderNotice(
  title: string,
  body: string,
  tone: 'info' | 'success' | 'warning' = 'info',
): TemplateResult {
  return html`<div class="notice tone-${tone}" part="notice">
    <p class="state-title">${title}</p>
    <p>${body}</p>
  </div>`;
}

/** What a notice says (shown, and announced when it appears). */
export function noticeText(locale: SupportedLocale, notice: RenewalNotice): string {
  if (notice.kind === 'gone') return msg(locale, 'planGone');
  return msg(locale, notice.kind === 'expired' ? 'planExpired' : 'planRefused', { plan: notice.plan });
}

/** What became of the offer the customer chose (a focus target, `#expiry-notice`). */
export function renderExpiryNotice(
  locale: SupportedLocale,
  notice: RenewalNotice | null,
): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  const text = noticeText(locale, notice);
  return html`<div class="notice tone-warning" part="notice" id="expiry-notice" tabindex="-1"><p>${text}</p></div>`;
}

export interface StandingView {
  standing: RenewalStanding;
  accountCancelled: boolean;
  accountStatus: Account['status'] | null;
  /**
   * What the account's status means, in the account status element's words: `undefined` while those words load,
   * `null` when they could not.
   */
  status: () => StatusExplanation | null | undefined;
  today: string;
  /** The plans and the accept form, when renewal is open. */
  renderPlans: () => unknown;
}

/** Where the location stands: a notice, or (renewal open) the plans. */
export function renderStanding(locale: SupportedLocale, view: StandingView): unknown {
  const { standing } = view;
  const date = (d: string | null) => longDate(locale, d);
  switch (standing.kind) {
    case 'no-location':
      return renderNotice(msg(locale, 'noLocationTitle'), msg(locale, 'noLocationBody'));
    case 'inactive': {
      const reason = inactiveReason({
        finalServiceDate: standing.finalServiceDate,
        accountCancelled: view.accountCancelled,
        serviceStartDate: standing.serviceStartDate,
        today: view.today,
        accountStatus: view.accountStatus,
      });
      if (reason === 'waiting') return renderWaiting(locale, view.status());
      if (reason === 'cancelled') return renderNotice(msg(locale, 'endedTitle'), msg(locale, 'cancelledBody'));
      if (reason === 'ended') {
        const ended = date(standing.finalServiceDate);
        return renderNotice(
          msg(locale, 'endedTitle'),
          ended ? msg(locale, 'endedBody', { date: ended }) : msg(locale, 'endedBodyNoDate'),
        );
      }
      const start = date(standing.serviceStartDate);
      return renderNotice(
        msg(locale, 'pendingTitle'),
        start ? msg(locale, 'pendingBody', { date: start }) : msg(locale, 'pendingBodyNoDate'),
      );
    }
    case 'scheduled': {
      const plan = planName(locale, { name: standing.renewal.planName });
      const start = date(standing.renewal.startDate);
      return renderNotice(
        msg(locale, 'scheduledTitle'),
        start ? msg(locale, 'scheduledBody', { plan, date: start }) : msg(locale, 'scheduledBodyNoDate', { plan }),
        'success',
      );
    }
    case 'not-yet':
      return renderNotice(
        msg(locale, 'notYetTitle'),
        msg(locale, 'notYetBody', { end: date(standing.contractEnd), opens: date(standing.opensOn) }),
      );
    case 'open':
      return view.renderPlans();
  }
}

/**
 * Service would start later, but the account's status does not promise the date (a declined credit check, say):
 * no start date, but what the status means and what to do, then when renewal opens.
 */
function renderWaiting(locale: SupportedLocale, status: StatusExplanation | null | undefined): unknown {
  if (status === undefined) return renderSkeleton(locale, 2);
  const tone = status?.tone === 'warning' || status?.tone === 'danger' ? 'warning' : 'info';
  return html`<div class="notice tone-${tone}" part="notice">
    <p class="state-title">${status?.title ?? msg(locale, 'pendingTitle')}</p>
    ${status ? html`<p>${status.body}</p>` : nothing} ${status?.action ? html`<p>${status.action}</p>` : nothing}
    <p>${msg(locale, 'pendingBodyNoDate')}</p>
  </div>`;
}

/** The current plan, the contract end, the time left and what happens without a renewal. */
export function renderSummary(
  locale: SupportedLocale,
  view: { standing: RenewalStanding; location: Location; today: string },
): TemplateResult {
  const { end, left, consequence } = contractSummary(view.standing, view.today);
  const leftText = !left
    ? ''
    : left.kind === 'days'
      ? msg(locale, 'daysLeft', { days: left.days })
      : left.kind === 'today'
        ? msg(locale, 'endsToday')
        : msg(locale, 'ended', { days: left.days });
  const consequenceText =
    consequence === 'unknown-end'
      ? msg(locale, 'monthToMonthUnknownEnd')
      : consequence === 'now'
        ? msg(locale, 'monthToMonthNow', { date: longDate(locale, end) })
        : consequence === 'ahead'
          ? msg(locale, 'monthToMonthAhead', { date: longDate(locale, end) })
          : '';
  const current = view.location.plan_name;
  return html`<div class="surface" part="summary">
    <dl class="summary" aria-label=${msg(locale, 'contractLabel')}>
      ${
        current
          ? html`<div>
              <dt>${msg(locale, 'currentPlan')}</dt>
              <dd>${current}</dd>
            </div>`
          : nothing
      }
      ${
        end
          ? html`<div>
              <dt>${msg(locale, 'contractEnds')}</dt>
              <dd>${longDate(locale, end)}</dd>
            </div>`
          : nothing
      }
      ${
        leftText
          ? html`<div>
              <dt>${msg(locale, 'timeLeft')}</dt>
              <dd>${leftText}</dd>
            </div>`
          : nothing
      }
    </dl>
    ${consequenceText ? html`<p class="consequence">${consequenceText}</p>` : nothing}
  </div>`;
}
