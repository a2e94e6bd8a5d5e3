import { define } from '../../core/define.js';
import { LightEnrollment } from './light-enrollment.component.js';

export { LightEnrollment };
export type {
  ClientAgentConsentDetail,
  EnrollmentCompleteDetail,
  EnrollmentStepDetail,
  PlanAcceptedDetail,
} from './enrollment-events.js';
export type { PlansProvider } from './enrollment-offers.js';
export type { KnownAddress } from './address-prefill.js';
export type { KnownCustomer } from './enrollment-prefill.js';

define('light-enrollment', LightEnrollment);

declare global {
  interface HTMLElementTagNameMap {
    'light-enrollment': LightEnrollment;
  }
}
