import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SupportedLocale } from '../../../core/i18n.js';
import { stepNumber, type StepName } from '../enrollment-steps.js';
import { enrollmentMsg as msg } from '../light-enrollment.messages.js';

export interface ProgressView {
  stage: StepName;
  steps: readonly StepName[];
  isDone: (step: StepName) => boolean;
  onOpen: (step: StepName) => void;
}

/**
 * "Step 3 of 7" and the step list; completed steps (but review and consent) open for review. Where the element is
 * narrow, the styles turn the list into a progress bar under "Step 3 of 7 · Accept the plan"; the list stays for
 * screen readers and comes back into view when focus enters it.
 */
export function renderProgress(locale: SupportedLocale, view: ProgressView): TemplateResult {
  return html`<nav class="surface progress" part="progress" aria-label=${msg(locale, 'progressLabel')}>
    <p class="count">
      ${msg(locale, 'progress', { n: stepNumber(view.stage, view.steps), total: view.steps.length })}<span>
        · ${msg(locale, `step.${view.stage}`)}</span
      >
    </p>
    <ol>
      ${view.steps.map((step) => {
        const done = view.isDone(step);
        const current = step === view.stage;
        const label = msg(locale, `step.${step}`);
        const state = current ? msg(locale, 'stepCurrent') : done ? msg(locale, 'stepDone') : '';
        return html`<li
          class=${current ? 'current' : done ? 'done' : ''}
          aria-current=${ifDefined(current ? 'step' : undefined)}
        >
          ${
            done && !current && step !== 'review' && step !== 'consent'
              ? html`<button type="button" class="step-link" @click=${() => view.onOpen(step)}>
                  <span class="dot" aria-hidden="true">✓</span>${label}<span class="visually-hidden">, ${state}</span>
                </button>`
              : html`<span class="step-label"
                  ><span class="dot" aria-hidden="true">${stepNumber(step, view.steps)}</span>${label}${
                    state ? html`<span class="visually-hidden">, ${state}</span>` : nothing
                  }</span
                >`
          }
        </li>`;
      })}
    </ol>
  </nav>`;
}
