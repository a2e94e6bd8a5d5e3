/**
 * `light-elements/server`: the partner's backend half. Runs on the Fetch API alone (Node 20+, Workers, Deno, Bun);
 * no DOM and no dependencies.
 */
export {
  SIGNATURE_HEADER,
  WEBHOOK_EVENT_NAMES,
  WebhookVerificationError,
  signWebhook,
  timingSafeEqualBytes,
  verifyWebhook,
} from './webhook.js';
export type {
  AccountEventData,
  ComparisonInvoiceEventData,
  EnrollmentEventData,
  InvoiceSentEventData,
  LightWebhookEvent,
  LocationEventData,
  PlanRequestedEventData,
  UsageProfileEventData,
  VerifyWebhookOptions,
  WebhookAccount,
  WebhookEventDataMap,
  WebhookEventName,
  WebhookLocation,
  WebhookUsageProfile,
  WebhookVerificationReason,
} from './webhook.js';
export {
  BACKEND_ROUTES,
  createLightBackend,
  type ClientAgentConsentContext,
  type ClientAgentRouteOptions,
  type LightBackendHandler,
  type LightBackendOptions,
  type PlansContext,
  type PlansOptions,
} from './backend.js';
export {
  CLIENT_AGENT_START_WINDOW,
  createLightClient,
  daysFromToday,
  type AcceptOnBehalfInput,
  type LightClient,
  type LightClientOptions,
} from './client-agent.js';
export {
  toExpressHandler,
  toFetchRequest,
  toNodeHandler,
  writeFetchResponse,
  type NodeHandler,
  type NodeRequestLike,
  type NodeResponseLike,
} from './node.js';
export { REFRESH_MARGIN_MS, type AccountToken } from './tokens.js';
export { LightUpstreamError, type UpstreamOptions } from './upstream.js';
export { FLOW_SCOPES, type FlowScope, type FullAddressQuery } from './validate.js';
