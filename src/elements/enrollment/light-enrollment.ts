import { define } from '../../core/define.js';
import { LightEnrollment } from './light-enrollment.component.js';

export { LightEnrollment };
export type {
  EnrollmentCompleteDetail,
  EnrollmentStepDetail,
  PlanAcceptedDetail,
  PlansProvider,
} from './light-enrollment.component.js';

define('light-enrollment', LightEnrollment);

declare global {
  interface HTMLElementTagNameMap {
    'light-enrollment': LightEnrollment;
  }
}
