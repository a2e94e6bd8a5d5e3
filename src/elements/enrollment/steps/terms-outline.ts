/**
 * What the terms step shows without its own view, which is fetched with the plan cards: the plan the server has
 * already accepted, and the wait for (or the failure to fetch) the view's code.
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

/** The terms step while its code is on its way, or why it could not be fetched (offline), with a retry. */
export function renderTermsPending(
  locale: SupportedLocale,
  error: LightApiError | null,
  onRetry: () => void,
): TemplateResult {
  return html`${heading(msg(locale, 'step.terms'))}
  ${error ? renderErrorState(error, { locale, onRetry }) : renderSkeleton(locale, 3)}`;
}
