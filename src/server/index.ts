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
