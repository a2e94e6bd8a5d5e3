/**
 * Light Elements: registers every element and exports configuration, types and errors.
 * Import a single element instead (`light-elements/elements/invoices`) to pull only its code.
 */
import './elements/provider/light-provider.js';
import './elements/account-status/light-account-status.js';
import './elements/plan-card/light-plan-card.js';
import './elements/address-search/light-address-search.js';
import './elements/enrollment/light-enrollment.js';
import './elements/flow-frame/light-flow-frame.js';

export { configure, resetConfiguration, type LightOptions, type StripeFactory } from './core/config.js';
export { LightElement, LightDataElement } from './core/light-element.js';
export type { LightErrorDetail, LightEventName, LightEventDetail } from './core/events.js';
export { LightApiError, type LightErrorCode } from './api/errors.js';
export type { TokenProvider, TokenResult } from './api/token-manager.js';
export type * from './api/types.js';
export { LightProvider } from './elements/provider/light-provider.js';
export { LightAccountStatus } from './elements/account-status/light-account-status.js';
export { LightPlanCard, type PlanSelectDetail } from './elements/plan-card/light-plan-card.js';
export { LightFlowFrame } from './elements/flow-frame/light-flow-frame.js';
export { LightAddressSearch, type AddressSelectDetail } from './elements/address-search/light-address-search.js';
export {
  LightEnrollment,
  type EnrollmentCompleteDetail,
  type EnrollmentStepDetail,
  type PlanAcceptedDetail,
  type PlansProvider,
} from './elements/enrollment/light-enrollment.js';
