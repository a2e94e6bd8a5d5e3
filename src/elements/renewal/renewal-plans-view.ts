import { TaskStatus, type Task } from '@lit/task';
import { html, nothing } from 'lit';
import type { Plan } from '../../api/types.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { renderErrorState, renderSkeleton, toLightError } from '../../core/templates.js';
import type { PlanSelectDetail } from '../plan-card/light-plan-card.js';
import { renewalMsg as msg } from './light-renewal.messages.js';
import { renderExpiryNotice, renderNotice, type RenewalNotice } from './renewal-standing-view.js';

export interface PlansView {
  /** The renewal plans, as requested for the location. */
  plans: Pick<Task<readonly unknown[], Plan[]>, 'status' | 'value' | 'error' | 'run'>;
  selectedUuid: string | null;
  notice: RenewalNotice | null;
  /** An accept is in flight. */
  sending: boolean;
  onSelect: (event: CustomEvent<PlanSelectDetail>) => void;
  /** The accept form for the chosen plan; `busy` while plans are updating or an accept is in flight. */
  renderAccept: (plan: Plan, busy: boolean) => unknown;
}

/** The renewal plans as `<light-plan-card>`s, with the accept form under them once one is chosen. */
export function renderPlans(locale: SupportedLocale, view: PlansView): unknown {
  const task = view.plans;
  const plans = task.value;
  if (task.status === TaskStatus.ERROR) {
    const failure = toLightError(task.error);
    return renderErrorState(failure, {
      locale,
      title: failure.code === 'validation' ? msg(locale, 'unavailableTitle') : undefined,
      onRetry: () => void task.run(),
    });
  }
  if (!plans) return renderSkeleton(locale, 5);
  if (!plans.length && task.status === TaskStatus.COMPLETE) {
    return renderNotice(msg(locale, 'noPlansTitle'), msg(locale, 'noPlansBody'));
  }
  const updating = task.status === TaskStatus.PENDING;
  const busy = updating || view.sending;
  const selected = plans.find((p) => p.uuid === view.selectedUuid) ?? null;
  return html`<section class="plans-section" aria-labelledby="plans-heading" aria-busy=${updating ? 'true' : 'false'}>
    <h3 id="plans-heading">${msg(locale, 'plansHeading')}</h3>
    ${updating ? html`<p class="updating" aria-hidden="true">${msg(locale, 'updatingPlans')}</p>` : nothing}
    ${view.notice && view.notice.kind !== 'expired' ? renderExpiryNotice(locale, view.notice) : nothing}
    <ul class="plans" part="plans">
      ${plans.map(
        (plan) =>
          html`<li>
            <light-plan-card
              part="plan"
              compact
              heading-level="4"
              .plan=${plan}
              ?selected=${plan.uuid === view.selectedUuid}
              ?disabled=${busy}
              @light-plan-select=${view.onSelect}
            ></light-plan-card>
          </li>`,
      )}
    </ul>
    ${selected ? view.renderAccept(selected, busy) : nothing}
  </section>`;
}
