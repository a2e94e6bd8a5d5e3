import type { Task } from '@lit/task';
import { html, type TemplateResult } from 'lit';
import type { LightApiError } from '../../../api/errors.js';
import type { Plan, ServiceAddress } from '../../../api/types.js';
import { formatAddress } from '../../../core/address.js';
import type { SupportedLocale } from '../../../core/i18n.js';
import { renderErrorState, renderSkeleton, toLightError } from '../../../core/templates.js';
import type { PlanSelectDetail } from '../../plan-card/light-plan-card.js';
import { enrollmentMsg as msg } from '../light-enrollment.messages.js';
import { heading } from './heading.js';

export interface PlansView {
  address: ServiceAddress | null;
  /** The offers for the address, cheapest first. */
  plans: Pick<Task<readonly unknown[], Plan[] | null>, 'render'>;
  /** The UUID of the plan chosen so far. */
  selected: string | undefined;
  cardsError: LightApiError | null;
  /** Whether `<light-plan-card>` is defined (asking starts loading its code). */
  cardsReady: () => boolean;
  onRetryPlans: () => void;
  onRetryCards: () => void;
  onSelect: (event: CustomEvent<PlanSelectDetail>) => void;
  onChangeAddress: () => void;
}

/** The offers for the confirmed address, as plan cards. */
export function renderPlans(locale: SupportedLocale, view: PlansView): TemplateResult {
  const address = view.address ? formatAddress(view.address) : '';
  return html`${heading(msg(locale, 'step.plan'))}
    <p class="muted">${address ? msg(locale, 'plansFor', { address }) : ''} ${msg(locale, 'plansIntro')}</p>
    ${view.plans.render({
      initial: () => renderSkeleton(locale, 4),
      pending: () => html`<div aria-busy="true">${renderSkeleton(locale, 4)}</div>`,
      // The cards' own code comes with the plans, and is shown as loading until then.
      error: (error) => renderErrorState(toLightError(error), { locale, onRetry: view.onRetryPlans }),
      complete: (plans) =>
        view.cardsError
          ? renderErrorState(view.cardsError, { locale, onRetry: view.onRetryCards })
          : !view.cardsReady()
            ? html`<div aria-busy="true">${renderSkeleton(locale, 4)}</div>`
            : !plans?.length
              ? html`<div class="state" part="empty">
                  <p class="state-title">${msg(locale, 'plansEmpty')}</p>
                  <p class="muted">${msg(locale, 'plansEmptyHelp')}</p>
                </div>`
              : html`<ul class="plans" aria-label=${msg(locale, 'plansLabel')}>
                  ${plans.map(
                    (plan) =>
                      html`<li>
                        <light-plan-card
                          compact
                          heading-level="3"
                          .plan=${plan}
                          ?selected=${view.selected === plan.uuid}
                          @light-plan-select=${view.onSelect}
                        ></light-plan-card>
                      </li>`,
                  )}
                </ul>`,
    })}
    <div class="actions">
      <button type="button" class="secondary" part="button" @click=${view.onChangeAddress}>
        ${msg(locale, 'changeAddress')}
      </button>
    </div>`;
}
