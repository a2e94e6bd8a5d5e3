import { html, nothing, type TemplateResult } from 'lit';
import { LightApiError } from '../api/errors.js';
import type { SupportedLocale } from './i18n.js';
import { coreMsg } from './messages.js';

/** Any thrown value as a `LightApiError` (unknown failures become `bad_response`). */
export function toLightError(error: unknown): LightApiError {
  if (error instanceof LightApiError) return error;
  return new LightApiError('bad_response', 'Unexpected error.', { cause: error });
}

/**
 * The customer-facing sentence for an error. Validation errors keep the API's own message (it names the field);
 * the others get a sentence that says what to do, in the customer's language.
 */
export function errorMessage(error: LightApiError, locale: SupportedLocale): string {
  switch (error.code) {
    case 'validation':
      return error.message;
    case 'auth':
      return coreMsg(locale, 'authError');
    case 'forbidden':
      return coreMsg(locale, 'forbiddenError');
    case 'not_found':
      return coreMsg(locale, 'notFoundError');
    case 'rate_limited':
      return coreMsg(locale, 'rateLimitedError');
    case 'server':
      return coreMsg(locale, 'serverError');
    case 'network':
      return coreMsg(locale, 'networkError');
    case 'timeout':
      return coreMsg(locale, 'timeoutError');
    case 'config':
      return coreMsg(locale, 'configBody');
    default:
      return coreMsg(locale, 'badResponseError');
  }
}

export interface ErrorStateOptions {
  locale: SupportedLocale;
  title?: string;
  /** What happened and what to do, when the error's own sentence is not specific enough. */
  body?: string;
  onRetry?: () => void;
  /** Disables the retry button while a retry is in flight. */
  busy?: boolean;
}

/** An error box that says what happened and offers a retry. Announced by screen readers (`role="alert"`). */
export function renderErrorState(error: LightApiError, options: ErrorStateOptions): TemplateResult {
  const { locale, onRetry } = options;
  return html`<div class="state error" role="alert" part="error">
    <p class="state-title">${options.title ?? coreMsg(locale, 'errorTitle')}</p>
    <p>${options.body ?? errorMessage(error, locale)}</p>
    ${
      onRetry && error.retryable
        ? html`<div class="state-actions">
            <button type="button" part="button retry-button" ?disabled=${options.busy} @click=${onRetry}>
              ${coreMsg(locale, 'retry')}
            </button>
          </div>`
        : nothing
    }
  </div>`;
}

/** A loading placeholder of `lines` bars; the label is read to screen readers. */
export function renderSkeleton(locale: SupportedLocale, lines = 3): TemplateResult {
  return html`<div class="skeleton" role="status" aria-live="polite" part="skeleton">
    <span class="visually-hidden">${coreMsg(locale, 'loading')}</span>
    ${Array.from({ length: lines }, () => html`<div class="skeleton-line" aria-hidden="true"></div>`)}
  </div>`;
}

/** A friendly empty state. */
export function renderEmptyState(title: string, body: string): TemplateResult {
  return html`<div class="state" part="empty">
    <p class="state-title">${title}</p>
    <p class="muted">${body}</p>
  </div>`;
}

/** The error box of a failed task (`@lit/task`), whose retry runs the task again. */
export function renderTaskError(
  task: { readonly error: unknown; run(): Promise<unknown> },
  locale: SupportedLocale,
  options: Omit<ErrorStateOptions, 'locale' | 'onRetry'> = {},
): TemplateResult {
  return renderErrorState(toLightError(task.error), { ...options, locale, onRetry: () => void task.run() });
}

/** A heading level for the page's outline: a whole number from 2 to 6, `fallback` when none is given. */
export function headingLevel(requested: number | undefined, fallback: number, offset = 0): number {
  return Math.min(6, Math.max(2, Math.round(requested ?? NaN) || fallback) + offset);
}

/**
 * Moving focus to what is not a control (a step's heading, a notice) after the customer's action. Browsers show
 * the focus ring on such a target when focus came from a text field, even after a mouse click elsewhere; the ring
 * belongs to keyboard use only, so the last input decides: a key press shows it, a pointer hides it.
 */
let keyboard = false;
// Importing the library outside a browser (server-side) must not throw.
if (typeof document !== 'undefined') {
  addEventListener('keydown', () => (keyboard = true), true);
  addEventListener('pointerdown', () => (keyboard = false), true);
}

/** Focuses `target` (when there is one), with the focus ring only if the customer is using the keyboard. */
export function focusTarget(target: HTMLElement | null | undefined, { preventScroll = false } = {}): void {
  target?.focus({ preventScroll, focusVisible: keyboard } as FocusOptions);
}
