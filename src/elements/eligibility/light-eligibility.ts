import { define } from '../../core/define.js';
import { LightEligibility } from './light-eligibility.component.js';

export { LightEligibility };
export type { EligibilityProvider } from './light-eligibility.component.js';
export type { EligibilityResultDetail } from '../../core/events.js';

define('light-eligibility', LightEligibility);

declare global {
  interface HTMLElementTagNameMap {
    'light-eligibility': LightEligibility;
  }
}
