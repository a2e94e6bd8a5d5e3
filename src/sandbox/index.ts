/**
 * Light Elements sandbox: a stateful, in-browser fake of the Light API (and of the Stripe.js subset the
 * elements use), for tests, stories, demos and partners testing their own integration.
 * MSW handlers are in the separate `msw` entry.
 */
export {
  createSandbox,
  SANDBOX_APP_TOKEN,
  type RequestLogEntry,
  type Sandbox,
  type SandboxOptions,
  type PartnerTokenResponse,
  type SandboxSession,
  type SessionOptions,
} from './core.js';
export { SCENARIOS, type ScenarioInfo, type ScenarioName, type ScenarioOptions } from './scenarios.js';
export { FaultRegistry, type Fault, type FaultKind, type FaultSpec } from './faults.js';
export {
  createFakeStripe,
  fillTestCard,
  TEST_CARDS,
  FakeElements,
  FakePaymentElement,
  type ConfirmSetupResult,
  type FakeChangeEvent,
  type FakeStripe,
  type FakeStripeConstructor,
  type StripeErrorLike,
} from './fake-stripe.js';
export { SERVICE_ADDRESSES, type ServiceAddressJson, type Tdu } from './addresses.js';
export { PLAN_GROUPS, TDUS } from './plans.js';
export { STATUS_PAIRS, SANDBOX_APP, type AccountRecord as SandboxAccountRecord } from './state.js';
export type { RouteName } from './context.js';
export type { CreateAccountInput } from './app.js';
export {
  WEBHOOK_EVENTS,
  signWebhook,
  verifyWebhookSignature,
  webhookSignature,
  type WebhookEvent,
  type WebhookEventName,
  type WebhookListener,
} from './webhooks.js';
