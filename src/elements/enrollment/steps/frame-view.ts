import { html, nothing, type TemplateResult } from 'lit';
import type { SupportedLocale } from '../../../core/i18n.js';
import { renderErrorState, renderSkeleton, toLightError } from '../../../core/templates.js';
import type { Stage, StepName } from '../enrollment-steps.js';
import type { StepFailure } from '../enrollment-submission.js';
import { enrollmentMsg as msg } from '../light-enrollment.messages.js';
import { renderProgress } from './progress-view.js';

export interface FrameView {
  stage: Stage;
  steps: readonly StepName[];
  /** The shown step's own content. */
  content: TemplateResult;
  /** What the customer must know about the last move (a plan gone, a step still missing). */
  notice: string | null;
  /** The last request's failure: shown when it belongs to this stage. */
  failure: StepFailure | null;
  /** Some request is in flight. */
  busy: boolean;
  /** A completed step is open for review (so the way back to the current one is offered). */
  reviewing: boolean;
  isDone: (step: StepName) => boolean;
  onOpen: (step: StepName) => void;
  onBackToCurrent: () => void;
}

/** Around every stage: the progress (but on the confirmation), a notice, the step's failure, the way back. */
export function renderFrame(locale: SupportedLocale, view: FrameView): TemplateResult {
  const { stage, failure } = view;
  return html`<div class="base" part="base">
    ${stage === 'done' ? nothing : renderProgress(locale, { stage, steps: view.steps, isDone: view.isDone, onOpen: view.onOpen })}
    <section class="surface step" part="step" aria-labelledby="step-title">
      ${view.notice ? html`<p class="notice" role="alert">${view.notice}</p>` : nothing} ${view.content}
      ${
        failure && failure.step === stage
          ? renderErrorState(failure.error, { locale, onRetry: failure.retry, busy: view.busy })
          : nothing
      }
      ${
        view.reviewing && stage !== 'done'
          ? html`<div class="actions">
              <button type="button" class="secondary" part="button" @click=${view.onBackToCurrent}>
                ${msg(locale, 'backToCurrent')}
              </button>
            </div>`
          : nothing
      }
    </section>
  </div>`;
}

/** While the account loads: a skeleton, or why it could not load, with a retry. */
export function renderAccountPending(locale: SupportedLocale, error: unknown, onRetry: () => void): TemplateResult {
  if (error) return renderErrorState(toLightError(error), { locale, onRetry });
  return html`<div class="base" part="base">${renderSkeleton(locale, 6)}</div>`;
}
