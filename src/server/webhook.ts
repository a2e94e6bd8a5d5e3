/**
 * Light webhook verification: the `Light-Signature-v1` header is `{timestamp}.{hmac}`, where `timestamp` is Unix
 * seconds and `hmac` the lowercase hexadecimal HMAC-SHA256 of `${timestamp}.${rawBody}` under the webhook secret.
 *
 * Verify the body exactly as it arrived. Parsing it first and signing `JSON.stringify(body)` never matches: key
 * order, spacing and escapes differ from what Light signed (and `JSON.stringify` of an `express.raw` Buffer is
 * `{"type":"Buffer","data":[…]}`). Pass the Buffer from `express.raw({ type: 'application/json' })`, or
 * `await request.text()` in a Fetch handler.
 */

/** The header Light signs every webhook delivery with. */
export const SIGNATURE_HEADER = 'Light-Signature-v1';

/** Why a webhook was rejected. */
export type WebhookVerificationReason =
  | 'missing-header'
  | 'malformed-header'
  | 'stale-timestamp'
  | 'future-timestamp'
  | 'signature-mismatch'
  | 'invalid-payload'
  | 'unknown-event';

/**
 * Thrown by `verifyWebhook`. `reason` says why; answer 401 for signature and timestamp reasons. For
 * `unknown-event` the signature was valid (an event newer than this library): answer 200 so Light does not retry.
 */
export class WebhookVerificationError extends Error {
  /** The machine-readable cause. */
  readonly reason: WebhookVerificationReason;
  /** For `unknown-event`: the event name Light sent. */
  readonly event: string | undefined;

  /**
   * @param reason why verification failed
   * @param message a human-readable explanation (never contains the secret)
   * @param event for `unknown-event`, the event name
   */
  constructor(reason: WebhookVerificationReason, message: string, event?: string) {
    super(message);
    this.name = 'WebhookVerificationError';
    this.reason = reason;
    this.event = event;
  }
}

/** The account object webhooks carry; mirrors the Account API response. */
export interface WebhookAccount {
  uuid: string;
  first_name?: string | null;
  last_name?: string | null;
  email?: string | null;
  [key: string]: unknown;
}

/** The location object webhooks carry. */
export interface WebhookLocation {
  uuid: string;
  service_start_date?: string | null;
  final_service_date?: string | null;
  [key: string]: unknown;
}

/** The usage profile carried by `usage_profile.*` events. */
export interface WebhookUsageProfile {
  uuid: string;
  status: string;
  utility_account_number: string | null;
  start_date: string | null;
  end_date: string | null;
  error_message: string | null;
  completed_at: string | null;
}

/** `enrollment.*` data: always an account; a location once a plan has been accepted. */
export interface EnrollmentEventData {
  account: WebhookAccount;
  location?: WebhookLocation | null;
  [key: string]: unknown;
}

/** `enrollment.plan_requested` data: an account only (the location is saved when the plan is accepted). */
export interface PlanRequestedEventData {
  account: WebhookAccount;
  [key: string]: unknown;
}

/** `account.*` data: always an account, sometimes a location. */
export interface AccountEventData {
  account: WebhookAccount;
  location?: WebhookLocation | null;
  [key: string]: unknown;
}

/** `account.invoice_sent` data: also names the billing statement sent. */
export interface InvoiceSentEventData extends AccountEventData {
  invoice_number: string;
}

/** `location.*` data: always a location and its account. */
export interface LocationEventData {
  account: WebhookAccount;
  location: WebhookLocation;
  [key: string]: unknown;
}

/** `comparison_invoice.processed` data (its shape is not documented beyond this). */
export interface ComparisonInvoiceEventData {
  [key: string]: unknown;
}

/** `usage_profile.*` data. */
export interface UsageProfileEventData {
  usage_profile: WebhookUsageProfile;
  [key: string]: unknown;
}

/** Every documented event name and the `data` it carries. */
export interface WebhookEventDataMap {
  'enrollment.plan_requested': PlanRequestedEventData;
  'enrollment.plan_accepted': EnrollmentEventData;
  'enrollment.identity_updated': EnrollmentEventData;
  'enrollment.finalized': EnrollmentEventData;
  'account.payment_method_added': AccountEventData;
  'account.billing_address_updated': AccountEventData;
  'account.payment_failed': AccountEventData;
  'account.payment_successful': AccountEventData;
  'account.invoice_sent': InvoiceSentEventData;
  'location.service_active': LocationEventData;
  'location.service_canceled': LocationEventData;
  'location.usage_history_available': LocationEventData;
  'location.renewal_plan_requested': LocationEventData;
  'location.renewal_plan_accepted': LocationEventData;
  'location.renewal_email_sent': LocationEventData;
  'comparison_invoice.processed': ComparisonInvoiceEventData;
  'usage_profile.completed': UsageProfileEventData;
  'usage_profile.failed': UsageProfileEventData;
}

/** A documented webhook event name. */
export type WebhookEventName = keyof WebhookEventDataMap;

/** The documented event names, in the docs' order. */
export const WEBHOOK_EVENT_NAMES: readonly WebhookEventName[] = [
  'enrollment.plan_requested',
  'enrollment.plan_accepted',
  'enrollment.identity_updated',
  'enrollment.finalized',
  'account.payment_method_added',
  'account.billing_address_updated',
  'account.payment_failed',
  'account.payment_successful',
  'account.invoice_sent',
  'location.service_active',
  'location.service_canceled',
  'location.usage_history_available',
  'location.renewal_plan_requested',
  'location.renewal_plan_accepted',
  'location.renewal_email_sent',
  'comparison_invoice.processed',
  'usage_profile.completed',
  'usage_profile.failed',
];

/** A verified webhook: switch on `event` to narrow `data`. */
export type LightWebhookEvent = {
  [Name in WebhookEventName]: {
    uuid: string;
    created_at: string;
    api_version: string;
    event: Name;
    data: WebhookEventDataMap[Name];
  };
}[WebhookEventName];

/** Options for `verifyWebhook`. */
export interface VerifyWebhookOptions {
  /** How old a signature may be, in seconds (default 3600, as the docs recommend). */
  toleranceSeconds?: number;
  /** How far in the future a timestamp may be, for clock skew, in seconds (default 300). */
  futureToleranceSeconds?: number;
  /** The current time in milliseconds, or a function returning it (for tests; default `Date.now()`). */
  now?: number | (() => number);
}

const encoder = new TextEncoder();

function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/**
 * Compares two byte strings in time that depends only on their lengths; different lengths return `false`
 * without throwing (unlike Node's `timingSafeEqual`).
 * @param a the first byte string
 * @param b the second byte string
 * @returns whether they are equal
 */
export function timingSafeEqualBytes(a: Uint8Array, b: Uint8Array): boolean {
  const length = Math.max(a.length, b.length);
  let diff = a.length ^ b.length;
  for (let i = 0; i < length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

function toBytes(body: string | Uint8Array | ArrayBuffer): Uint8Array {
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  return new Uint8Array(body);
}

async function hmacSha256(secret: string, message: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, message));
}

/**
 * Signs a body the way Light does, for tests and local tools.
 * @param rawBody the exact body to deliver
 * @param secret the webhook secret
 * @param timestamp Unix seconds (default now)
 * @returns the `Light-Signature-v1` header value
 */
export async function signWebhook(
  rawBody: string | Uint8Array | ArrayBuffer,
  secret: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): Promise<string> {
  const body = toBytes(rawBody);
  const prefix = encoder.encode(`${timestamp}.`);
  const message = new Uint8Array(prefix.length + body.length);
  message.set(prefix);
  message.set(body, prefix.length);
  const digest = await hmacSha256(secret, message);
  return `${timestamp}.${Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Verifies a Light webhook delivery and returns its event.
 *
 * Pass the raw body exactly as received (a string, or the Buffer/Uint8Array from `express.raw`), never a re-serialised
 * `JSON.stringify(req.body)`: the docs' own Express sample does that on an `express.raw` Buffer and never matches.
 * @param rawBody the request body, unparsed
 * @param signatureHeader the `Light-Signature-v1` header (null when absent)
 * @param secret the webhook secret from the Light dashboard
 * @param options replay window and clock
 * @returns the verified event, narrowed by `event`
 * @throws {WebhookVerificationError} when the header is missing or malformed, the timestamp is outside the window,
 *   the signature does not match, the body is not a webhook payload, or the event is not a documented one
 */
export async function verifyWebhook(
  rawBody: string | Uint8Array | ArrayBuffer,
  signatureHeader: string | null | undefined,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<LightWebhookEvent> {
  const { toleranceSeconds = 3600, futureToleranceSeconds = 300, now } = options;
  if (!signatureHeader) throw new WebhookVerificationError('missing-header', `${SIGNATURE_HEADER} header is missing`);
  const match = /^(\d{1,12})\.([0-9a-fA-F]+)$/.exec(signatureHeader.trim());
  if (!match || match[2]!.length % 2 !== 0) {
    throw new WebhookVerificationError('malformed-header', `${SIGNATURE_HEADER} is not {timestamp}.{hex hmac}`);
  }
  const timestamp = Number(match[1]);
  const nowMs = typeof now === 'function' ? now() : (now ?? Date.now());
  const nowSeconds = Math.floor(nowMs / 1000);
  if (timestamp < nowSeconds - toleranceSeconds) {
    throw new WebhookVerificationError('stale-timestamp', `signature is older than ${toleranceSeconds} seconds`);
  }
  if (timestamp > nowSeconds + futureToleranceSeconds) {
    throw new WebhookVerificationError('future-timestamp', 'signature timestamp is in the future');
  }
  const expected = (await signWebhook(rawBody, secret, timestamp)).slice(match[1]!.length + 1);
  if (!timingSafeEqualBytes(hexToBytes(expected), hexToBytes(match[2]!.toLowerCase()))) {
    throw new WebhookVerificationError('signature-mismatch', 'signature does not match the body');
  }
  let payload: unknown;
  try {
    payload = JSON.parse(typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(toBytes(rawBody)));
  } catch {
    throw new WebhookVerificationError('invalid-payload', 'body is not JSON');
  }
  if (!isObject(payload) || typeof payload.event !== 'string' || !isObject(payload.data)) {
    throw new WebhookVerificationError('invalid-payload', 'body is not a Light webhook payload');
  }
  if (!(WEBHOOK_EVENT_NAMES as readonly string[]).includes(payload.event)) {
    throw new WebhookVerificationError('unknown-event', `unknown webhook event ${payload.event}`, payload.event);
  }
  return payload as LightWebhookEvent;
}
