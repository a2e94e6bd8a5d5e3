import { define } from '../../core/define.js';
import { LightPlanCard } from './light-plan-card.component.js';

export { LightPlanCard };
export type { PlanSelectDetail } from './light-plan-card.component.js';

define('light-plan-card', LightPlanCard);

declare global {
  interface HTMLElementTagNameMap {
    'light-plan-card': LightPlanCard;
  }
}
