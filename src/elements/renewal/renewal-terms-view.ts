import { html, nothing, type TemplateResult } from 'lit';
import type { LightApiError } from '../../api/errors.js';
import type { IsoDate, Plan } from '../../api/types.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { coreMsg } from '../../core/messages.js';
import { renderDocumentList, renderPlanAcceptance } from '../../core/plan-acceptance.js';
import { planDocuments, startWindow } from '../../core/plan-terms.js';
import { errorMessage } from '../../core/templates.js';
import { renewalMsg as msg } from './light-renewal.messages.js';
import { fixedStartNote } from './renewal-accept.js';
import { renderExpiryNotice, type RenewalNotice } from './renewal-standing-view.js';
import { isPdf, longDate, planName } from './renewal-text.js';

export interface AcceptView {
  plan: Plan;
  /** The current contract's last day, when known (a fixed start the day after says so). */
  contractEnd: IsoDate | null;
  notice: RenewalNotice | null;
  /** The start date typed by the customer, when the window is wider than one day. */
  chosenStart: string | null;
  startError: boolean;
  termsAccepted: boolean;
  termsError: boolean;
  /** The accept is in flight. */
  sending: boolean;
  /** Some request is in flight (plans updating, or the accept). */
  busy: boolean;
  /** The last accept failed and can be sent again, unchanged. */
  failure: LightApiError | null;
  onStart: (value: string) => void;
  onTerms: (checked: boolean) => void;
  /** The form is submitted (its default action already prevented). */
  onSubmit: () => void;
  onRetry: () => void;
}

/** The accept form: the start date, the plan's documents with the terms checkbox, and Accept (or Retry). */
export function renderAccept(locale: SupportedLocale, view: AcceptView): TemplateResult {
  const { plan, busy } = view;
  const name = planName(locale, plan);
  const window = startWindow(plan);
  const from = longDate(locale, window.earliest);
  const to = longDate(locale, window.latest);
  const note = fixedStartNote(window, view.contractEnd);
  const failure = view.sending ? null : view.failure;
  return html`<form
    class="accept surface"
    part="accept"
    novalidate
    aria-labelledby="accept-heading"
    @submit=${(event: Event) => {
      event.preventDefault();
      view.onSubmit();
    }}
  >
    <h3 id="accept-heading" tabindex="-1">${msg(locale, 'acceptHeading', { plan: name })}</h3>
    ${view.notice?.kind === 'expired' ? renderExpiryNotice(locale, view.notice) : nothing}
    ${renderPlanAcceptance({
      window,
      start: {
        id: 'start',
        part: 'start-date',
        label: msg(locale, 'startLabel'),
        fixed:
          note === 'unknown'
            ? msg(locale, 'startUnknown')
            : note === 'after-contract'
              ? msg(locale, 'startAfterContract', { date: from })
              : msg(locale, 'startFixed', { date: from }),
        value: view.chosenStart ?? window.earliest ?? '',
        hint: msg(locale, 'startHint', { from, to }),
        hintClass: 'muted',
        error: view.startError ? msg(locale, 'startInvalid', { from, to }) : null,
        errorReplacesHint: true,
        disabled: view.sending,
        onChange: view.onStart,
      },
      terms: {
        part: 'terms',
        label: html`${msg(locale, 'termsLead', { plan: name })} ${renderRenewalDocuments(locale, plan)}`,
        checked: view.termsAccepted,
        error: view.termsError ? msg(locale, 'termsRequired') : null,
        disabled: busy,
        onChange: view.onTerms,
      },
    })}
    ${
      failure
        ? html`<div class="accept-error state error" role="alert" part="error">
            <p class="state-title">${msg(locale, 'acceptFailed')}</p>
            <p>${errorMessage(failure, locale)}</p>
            <p>${msg(locale, 'choicesKept')}</p>
          </div>`
        : nothing
    }
    <div class="actions">
      ${
        failure
          ? html`<button
              type="button"
              class="retry-button"
              part="button retry-button"
              ?disabled=${busy}
              @click=${view.onRetry}
            >
              ${coreMsg(locale, 'retry')}
            </button>`
          : html`<button type="submit" part="button accept-button" ?disabled=${busy}>
              ${view.sending ? msg(locale, 'accepting') : msg(locale, 'accept')}
            </button>`
      }
    </div>
  </form>`;
}

/**
 * The plan's three documents, each a link when it has an http(s) copy, else said to have none online. Each link
 * names the plan for screen readers, and says when it is a PDF and that it opens in a new tab.
 */
export function renderRenewalDocuments(locale: SupportedLocale, plan: Plan): TemplateResult | typeof nothing {
  const name = planName(locale, plan);
  return renderDocumentList({
    documents: planDocuments(plan),
    className: 'doc-list',
    link: (d) => {
      const details = [isPdf(d.url) ? msg(locale, 'pdf') : '', msg(locale, 'opensInNewTab')].filter(Boolean).join(', ');
      return html`${msg(locale, d.key)}<span class="visually-hidden">, ${name} (${details})</span
        ><span aria-hidden="true">&nbsp;↗</span>`;
    },
    unlinked: (d) => html`${msg(locale, d.key)} <span class="muted">${msg(locale, 'notOnline')}</span>`,
  });
}
