import { html, nothing, type TemplateResult } from 'lit';
import type { Plan } from '../../../api/types.js';
import { formatDate } from '../../../core/format.js';
import type { SupportedLocale } from '../../../core/i18n.js';
import { documentLink, renderPlanAcceptance } from '../../../core/plan-acceptance.js';
import { linkedDocuments, planDocuments, startWindow, type StartWindow } from '../../../core/plan-terms.js';
import { enrollmentMsg as msg } from '../light-enrollment.messages.js';
import { heading, onSubmit } from './heading.js';
import { laterMsg } from './later.messages.js';

export type TermsError = 'date' | 'terms';

export interface TermsView {
  plan: Plan;
  startDate: string;
  accepted: boolean;
  errors: TermsError[];
  /** The acceptance is in flight. */
  sending: boolean;
  /** Some request is in flight. */
  busy: boolean;
  onStartDate: (value: string) => void;
  onAccepted: (checked: boolean) => void;
  /** The form is submitted (its default action already prevented). */
  onSubmit: () => void;
  onChangePlan: () => void;
}

/**
 * The chosen plan (its card's code is fetched with this module), its documents, the start date (fixed or within the plan's window, by the rule in
 * `core/plan-terms.ts`) and the terms box.
 */
export function renderTerms(locale: SupportedLocale, view: TermsView): TemplateResult {
  const { plan } = view;
  const window = enrollmentWindow(startWindow(plan));
  const from = formatDate(window.earliest, locale);
  const to = formatDate(window.latest, locale);
  const docs = linkedDocuments(planDocuments(plan));
  return html`${heading(msg(locale, 'step.terms'))}
    <p class="muted">${laterMsg(locale, 'termsIntro')}</p>
    <light-plan-card no-select heading-level="3" .plan=${plan}></light-plan-card>
    <form class="form" novalidate @submit=${onSubmit(view.onSubmit)}>
      ${renderPlanAcceptance({
        window,
        start: {
          id: 'start-date',
          label: laterMsg(locale, 'startDate'),
          fixed: html`<strong>${laterMsg(locale, 'startDate')}:</strong>
            ${laterMsg(locale, 'startDateFixed', { date: from })}`,
          value: view.startDate,
          hint: from && to ? laterMsg(locale, 'startDateHint', { from, to }) : null,
          error: view.errors.includes('date') ? laterMsg(locale, 'startDateInvalid', { from, to }) : null,
          onInput: view.onStartDate,
        },
        documents: docs.length
          ? html`<p class="docs">
              ${laterMsg(locale, 'termsDocs')}
              ${docs.map(
                (d, i) =>
                  html`${i ? ', ' : ''}${documentLink(
                    d.url,
                    html`${laterMsg(locale, d.key)}<span class="visually-hidden"> (${plan.name})</span>`,
                  )}`,
              )}
            </p>`
          : nothing,
        terms: {
          label: laterMsg(locale, 'termsLabel'),
          checked: view.accepted,
          error: view.errors.includes('terms') ? laterMsg(locale, 'termsRequired') : null,
          onChange: view.onAccepted,
        },
      })}
      <p class="hint" id="start-later">${laterMsg(locale, 'startLater')}</p>
      <div class="actions">
        <button type="submit" part="button" ?disabled=${view.busy}>
          ${view.sending ? msg(locale, 'working') : laterMsg(locale, 'acceptPlan')}
        </button>
        <button type="button" class="secondary" part="button" ?disabled=${view.busy} @click=${view.onChangePlan}>
          ${laterMsg(locale, 'changePlan')}
        </button>
      </div>
    </form>`;
}

/**
 * Enrollment has no date of its own to start a plan on (renewal has the day after the contract): a window that
 * names no start date at all asks the customer for one, as a field without limits, and the server checks it.
 */
function enrollmentWindow(window: StartWindow): StartWindow {
  return window.fixed && !window.earliest ? { earliest: null, latest: null, fixed: false } : window;
}
