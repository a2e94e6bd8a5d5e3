import { html, nothing, type TemplateResult } from 'lit';
import type { Account } from '../../../api/types.js';
import type { SupportedLocale } from '../../../core/i18n.js';
import type { StepName } from '../enrollment-steps.js';
import { enrollmentMsg as msg } from '../light-enrollment.messages.js';
import { laterMsg } from './later.messages.js';
import { heading } from './heading.js';
import { locationRows } from './location-summary.js';

export interface ReviewView {
  account: Account;
  /** Finalize is in flight. */
  sending: boolean;
  /** Some request is in flight. */
  busy: boolean;
  onEdit: (step: StepName) => void;
  onSubmit: () => void;
}

/**
 * An email with its break hints: after the `@`, and before each dot of the name before it, where a reader expects
 * a long address to continue (`jordan.rivera@` / `example.com`). The domain stays whole (only one wider than the
 * line breaks inside). The text itself is unchanged: it copies whole.
 */
export function emailWithBreaks(email: string): Array<string | TemplateResult> {
  const at = email.lastIndexOf('@');
  if (at < 0) return [email];
  const parts: Array<string | TemplateResult> = [];
  for (const [i, piece] of email.slice(0, at).split('.').entries())
    parts.push(...(i ? [html`<wbr />`, `.${piece}`] : [piece]));
  parts.push('@', html`<wbr />`, email.slice(at + 1));
  return parts;
}

/** Everything entered, each part with its Edit link, and the button that submits the enrollment. */
export function renderReview(locale: SupportedLocale, view: ReviewView): TemplateResult {
  const { account } = view;
  const location = account.locations[0];
  const edit = (step: StepName) =>
    html`<button type="button" class="link" part="button" @click=${() => view.onEdit(step)}>
      ${laterMsg(locale, 'edit')}<span class="visually-hidden"> ${msg(locale, `step.${step}`)}</span>
    </button>`;
  return html`${heading(msg(locale, 'step.review'))}
    <p class="muted">${laterMsg(locale, 'reviewIntro')}</p>
    <dl class="summary">
      ${location ? locationRows(locale, location, { withEsiId: true }) : nothing}
      <div>
        <dt>${laterMsg(locale, 'reviewIdentity')}</dt>
        <dd>
          ${[account.first_name, account.last_name].filter(Boolean).join(' ')}
          ${account.email ? html`<br /><span class="email">${emailWithBreaks(account.email)}</span>` : nothing}
        </dd>
        <dd class="edit">${edit('identity')}</dd>
      </div>
      <div>
        <dt>${laterMsg(locale, 'reviewCredit')}</dt>
        <dd>${laterMsg(locale, 'creditDone')}</dd>
        <dd class="edit">${edit('credit')}</dd>
      </div>
      <div>
        <dt>${laterMsg(locale, 'reviewPayment')}</dt>
        <dd>${laterMsg(locale, 'paymentDone')}</dd>
        <dd class="edit">${edit('payment')}</dd>
      </div>
    </dl>
    <div class="actions">
      <button type="button" part="button" ?disabled=${view.busy} @click=${view.onSubmit}>
        ${view.sending ? msg(locale, 'working') : laterMsg(locale, 'submit')}
      </button>
    </div>`;
}
