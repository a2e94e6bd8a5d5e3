import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LightApiError } from '../../../api/errors.js';
import type { Account, Plan } from '../../../api/types.js';
import { formatDate } from '../../../core/format.js';
import type { SupportedLocale } from '../../../core/i18n.js';
import {
  documentAbbreviation,
  linkedDocuments,
  planDocuments,
  startWindow,
  type StartWindow,
} from '../../../core/plan-terms.js';
import { renderErrorState, renderSkeleton } from '../../../core/templates.js';
import { enrollmentMsg as msg } from '../light-enrollment.messages.js';
import { heading, onSubmit } from './heading.js';
import { locationRows } from './location-summary.js';

export type TermsError = 'date' | 'terms';

export interface TermsView {
  plan: Plan;
  startDate: string;
  accepted: boolean;
  errors: TermsError[];
  /** Whether `<light-plan-card>` can be shown, or why its code could not load. */
  cards: 'ready' | 'loading' | LightApiError;
  /** The acceptance is in flight. */
  sending: boolean;
  /** Some request is in flight. */
  busy: boolean;
  onStartDate: (value: string) => void;
  onAccepted: (checked: boolean) => void;
  /** The form is submitted (its default action already prevented). */
  onSubmit: () => void;
  onChangePlan: () => void;
  onRetryCards: () => void;
}

/**
 * The chosen plan, its documents, the start date (fixed or within the plan's window, by the rule in
 * `core/plan-terms.ts`) and the terms box.
 */
export function renderTerms(locale: SupportedLocale, view: TermsView): TemplateResult {
  const { plan } = view;
  const window = enrollmentWindow(startWindow(plan));
  const from = formatDate(window.earliest, locale);
  const to = formatDate(window.latest, locale);
  const docs = linkedDocuments(planDocuments(plan));
  const dateError = view.errors.includes('date');
  const termsError = view.errors.includes('terms');
  return html`${heading(msg(locale, 'step.terms'))}
    <p class="muted">${msg(locale, 'termsIntro')}</p>
    ${
      view.cards instanceof LightApiError
        ? renderErrorState(view.cards, { locale, onRetry: view.onRetryCards })
        : view.cards === 'ready'
          ? html`<light-plan-card no-select heading-level="3" .plan=${plan}></light-plan-card>`
          : renderSkeleton(locale, 3)
    }
    <form class="form" novalidate @submit=${onSubmit(view.onSubmit)}>
      ${
        window.fixed
          ? html`<p><strong>${msg(locale, 'startDate')}:</strong> ${msg(locale, 'startDateFixed', { date: from })}</p>`
          : html`<div class="field">
              <label for="start-date">${msg(locale, 'startDate')}</label>
              <input
                id="start-date"
                type="date"
                required
                min=${ifDefined(window.earliest ?? undefined)}
                max=${ifDefined(window.latest ?? undefined)}
                .value=${view.startDate}
                aria-invalid=${dateError ? 'true' : 'false'}
                aria-describedby="start-hint${dateError ? ' start-error' : ''}"
                @input=${(e: Event) => view.onStartDate((e.target as HTMLInputElement).value)}
              />
              ${from && to ? html`<p id="start-hint" class="hint">${msg(locale, 'startDateHint', { from, to })}</p>` : nothing}
              ${
                dateError
                  ? html`<p id="start-error" class="field-error">${msg(locale, 'startDateInvalid', { from, to })}</p>`
                  : nothing
              }
            </div>`
      }
      ${
        docs.length
          ? html`<p class="docs">
              ${msg(locale, 'termsDocs')}
              ${docs.map(
                (d) =>
                  html`<a href=${d.url} target="_blank" rel="noopener noreferrer"
                    >${documentAbbreviation(d.key)}<span class="visually-hidden"> (${plan.name})</span></a
                  > `,
              )}
            </p>`
          : nothing
      }
      <div class="check">
        <input
          id="terms"
          type="checkbox"
          required
          .checked=${view.accepted}
          aria-invalid=${termsError ? 'true' : 'false'}
          aria-describedby=${ifDefined(termsError ? 'terms-error' : undefined)}
          @change=${(e: Event) => view.onAccepted((e.target as HTMLInputElement).checked)}
        />
        <label for="terms">${msg(locale, 'termsLabel')}</label>
      </div>
      ${termsError ? html`<p id="terms-error" class="field-error">${msg(locale, 'termsRequired')}</p>` : nothing}
      <div class="actions">
        <button type="submit" part="button" ?disabled=${view.busy}>
          ${view.sending ? msg(locale, 'working') : msg(locale, 'acceptPlan')}
        </button>
        <button type="button" class="secondary" part="button" ?disabled=${view.busy} @click=${view.onChangePlan}>
          ${msg(locale, 'changePlan')}
        </button>
      </div>
    </form>`;
}

/**
 * Enrollment has no date of its own to start a plan on (renewal has the day after the contract): a window that
 * names no start day at all leaves the day to the customer, as a field without limits, and the server checks it.
 */
function enrollmentWindow(window: StartWindow): StartWindow {
  return window.fixed && !window.earliest ? { earliest: null, latest: null, fixed: false } : window;
}

/** The plan the server has accepted, as the account shows it. */
export function renderAcceptedPlan(locale: SupportedLocale, account: Account): TemplateResult {
  const location = account.locations[0];
  return html`${heading(msg(locale, 'step.terms'))}
  ${location ? html`<dl class="summary">${locationRows(locale, location)}</dl>` : nothing}`;
}
