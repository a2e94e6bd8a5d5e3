/**
 * What the steps after the plan show without their own views, which are fetched with the plan cards
 * (`later-steps.ts`): the plan the server has already accepted, and the wait for (or the failure to fetch) a view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LightApiError } from '../../../api/errors.js';
import type { Account } from '../../../api/types.js';
import type { SupportedLocale } from '../../../core/i18n.js';
import { renderErrorState, renderSkeleton } from '../../../core/templates.js';
import { enrollmentMsg as msg } from '../light-enrollment.messages.js';
import { heading } from './heading.js';
import { locationRows } from './location-summary.js';

/** The plan the server has accepted, as the account shows it. */
export function renderAcceptedPlan(locale: SupportedLocale, account: Account): TemplateResult {
  const location = account.locations[0];
  return html`${heading(msg(locale, 'step.terms'))}
  ${location ? html`<dl class="summary">${locationRows(locale, location)}</dl>` : nothing}`;
}

/** A step whose view comes with the plan cards. */
export type LaterStep = 'terms' | 'identity' | 'credit' | 'payment' | 'review';

/** A step after the plan while its view is on its way, or why it could not be fetched (offline), with a retry. */
export function renderStepPending(
  locale: SupportedLocale,
  step: LaterStep,
  error: LightApiError | null,
  onRetry: () => void,
): TemplateResult {
  return html`${heading(msg(locale, `step.${step}`))}
  ${error ? renderErrorState(error, { locale, onRetry }) : renderSkeleton(locale, 3)}`;
}
