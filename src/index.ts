/**
 * Light Elements: registers every element and exports configuration, classes, types and errors.
 * Import a single element instead (`light-elements/elements/invoices`) to pull only its code.
 */
export { configure, resetConfiguration, type LightOptions, type StripeFactory } from './core/config.js';
export { LightElement, LightDataElement } from './core/light-element.js';
export type { LightErrorDetail, LightEventName, LightEventDetail, ServiceActiveDetail } from './core/events.js';
export { LightApiError, type LightErrorCode } from './api/errors.js';
export { setClock, clockAt, type Clock, type ClockAtOptions } from './api/clock.js';
export { setScheduler, manualScheduler, type Scheduler, type ManualScheduler } from './api/schedule.js';
export type { TokenProvider, TokenProviderContext, TokenResult } from './api/token-manager.js';
export type * from './api/types.js';

// The provider first, so elements below a <light-provider> in the HTML find it when they connect.
export { LightProvider } from './elements/provider/light-provider.js';
export { LightAccountStatus } from './elements/account-status/light-account-status.js';
export { LightAddressSearch, type AddressSelectDetail } from './elements/address-search/light-address-search.js';
export {
  LightBillingAddress,
  type BillingAddressUpdatedDetail,
} from './elements/billing-address/light-billing-address.js';
export { LightDocuments, type DocumentsView } from './elements/documents/light-documents.js';
export {
  LightEligibility,
  type EligibilityProvider,
  type EligibilityResultDetail,
} from './elements/eligibility/light-eligibility.js';
export {
  LightEnrollment,
  type ClientAgentConsentDetail,
  type EnrollmentCompleteDetail,
  type EnrollmentStepDetail,
  type KnownAddress,
  type KnownCustomer,
  type PlanAcceptedDetail,
  type PlansProvider,
} from './elements/enrollment/light-enrollment.js';
export { LightFlowFrame } from './elements/flow-frame/light-flow-frame.js';
export type {
  FlowCloseReason,
  FlowLink,
  FlowProvider,
  FlowProviderOptions,
  LightFlowCloseDetail,
  LightFlowOpenDetail,
} from './elements/flow-frame/light-flow-frame.js';
export { LightInvoices, type InvoiceSelectDetail } from './elements/invoices/light-invoices.js';
export { LightPaymentMethod, type PaymentMethodUpdatedDetail } from './elements/payment-method/light-payment-method.js';
export { LightPlanCard, type PlanSelectDetail } from './elements/plan-card/light-plan-card.js';
export {
  LightPlanComparison,
  type ComparisonPhase,
  type ComparisonReadyDetail,
  type ComparisonUploadDetail,
} from './elements/plan-comparison/light-plan-comparison.js';
export {
  LightRenewal,
  type RenewalAcceptedDetail,
  type RenewalPlansContext,
  type RenewalPlansProvider,
} from './elements/renewal/light-renewal.js';
export { LightSupportInfo } from './elements/support-info/light-support-info.js';
export {
  LightUsageChart,
  type UsageView,
  type UsageViewChangeDetail,
} from './elements/usage-chart/light-usage-chart.js';
