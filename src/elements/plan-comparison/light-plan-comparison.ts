import { define } from '../../core/define.js';
import { LightPlanComparison } from './light-plan-comparison.component.js';

export { LightPlanComparison };
export type { ComparisonPhase } from './light-plan-comparison.component.js';
export type { ComparisonReadyDetail, ComparisonUploadDetail } from '../../core/events.js';

define('light-plan-comparison', LightPlanComparison);

declare global {
  interface HTMLElementTagNameMap {
    'light-plan-comparison': LightPlanComparison;
  }
}
