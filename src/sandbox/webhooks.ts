/**
 * Webhook events, as the docs' "Webhooks" page describes them: the events the sandbox's state changes cover, the
 * payload (`uuid`, `created_at`, `api_version`, `event`, `data.account`, `data.location`), and the
 * `Light-Signature-v1` header (`{timestamp}.{hmac}`, the hex HMAC-SHA256 of `${timestamp}.${rawBody}`).
 * Signing uses WebCrypto, so it runs in the browser as well as in Node; delivery over HTTP is the server's job.
 *
 * ```ts
 * const sandbox = createSandbox();
 * sandbox.onWebhook(async (event) => {
 *   const { body, headers } = await signWebhook(event, 'whsec_test');
 *   await fetch('https://partner.example/webhook', { method: 'POST', body, headers });
 * });
 * ```
 */
import type { accountJson } from './account-json.js';
import type { Method, RouteName } from './routes.js';

/** Every event the docs list, in their order. */
export const WEBHOOK_EVENTS = [
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
] as const;

export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number];

/** The account object of a payload: what GET /v1/account answers for it. */
export type WebhookAccount = ReturnType<typeof accountJson>;
export type WebhookLocation = WebhookAccount['locations'][number];

export interface WebhookEvent {
  uuid: string;
  /** ISO 8601, sandbox clock. */
  created_at: string;
  api_version: 'v1';
  event: WebhookEventName;
  data: { account: WebhookAccount; location?: WebhookLocation };
}

export type WebhookListener = (event: WebhookEvent) => void;

/**
 * The event a successful request fires, by `METHOD route`. `location: 'newest'` puts the account's latest
 * location in the payload, `'param'` the one named in the path; `enrollment.plan_requested` has none, as the
 * docs say (the location is saved only when a plan is accepted).
 */
export const ROUTE_EVENTS: Partial<
  Record<`${Method} ${RouteName}`, { event: WebhookEventName; location: 'none' | 'newest' | 'param' }>
> = {
  'POST plansRequest': { event: 'enrollment.plan_requested', location: 'none' },
  'POST plansAccept': { event: 'enrollment.plan_accepted', location: 'newest' },
  'PATCH identity': { event: 'enrollment.identity_updated', location: 'newest' },
  'POST finalize': { event: 'enrollment.finalized', location: 'newest' },
  'POST ensurePaymentMethod': { event: 'account.payment_method_added', location: 'newest' },
  'PUT billingAddress': { event: 'account.billing_address_updated', location: 'newest' },
  'POST renewalRequest': { event: 'location.renewal_plan_requested', location: 'param' },
  'POST renewalAccept': { event: 'location.renewal_plan_accepted', location: 'param' },
};

/** Which of an account's locations are in service and which have ended, to tell what a change did. */
export type ServiceSnapshot = ReadonlyMap<string, { active: boolean; ended: boolean }>;

export function serviceSnapshot(account: WebhookAccount): ServiceSnapshot {
  return new Map(
    account.locations.map((l) => [l.uuid, { active: l.is_service_active, ended: l.final_service_date !== null }]),
  );
}

/**
 * The `location.*` service events between two snapshots of one account: `location.service_active` for a
 * location that went into service, `location.service_canceled` for one that left it or got a final service date.
 */
export function serviceEvents(
  before: ServiceSnapshot,
  after: WebhookAccount,
): Array<{ event: WebhookEventName; location: WebhookLocation }> {
  const events: Array<{ event: WebhookEventName; location: WebhookLocation }> = [];
  for (const location of after.locations) {
    const was = before.get(location.uuid) ?? { active: false, ended: false };
    const ended = location.final_service_date !== null;
    if (location.is_service_active && !was.active) events.push({ event: 'location.service_active', location });
    else if ((was.active && !location.is_service_active) || (ended && !was.ended && !location.is_service_active)) {
      events.push({ event: 'location.service_canceled', location });
    }
  }
  return events;
}

const encoder = new TextEncoder();

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The hex HMAC-SHA256 of `message` keyed with `secret`, both UTF-8. */
async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return hex(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
}

/** The `Light-Signature-v1` value for a raw body sent at `timestampSeconds` (Unix seconds). */
export async function webhookSignature(secret: string, rawBody: string, timestampSeconds: number): Promise<string> {
  const timestamp = String(Math.round(timestampSeconds));
  return `${timestamp}.${await hmacHex(secret, `${timestamp}.${rawBody}`)}`;
}

/**
 * Checks a `Light-Signature-v1` value the way the docs do: two parts, a timestamp no older than
 * `toleranceSeconds` (default an hour) before `nowSeconds`, and the HMAC compared in constant time.
 */
export async function verifyWebhookSignature(
  secret: string,
  rawBody: string,
  header: string,
  nowSeconds: number,
  toleranceSeconds = 3600,
): Promise<boolean> {
  const parts = header.split('.');
  if (parts.length !== 2 || !/^\d+$/.test(parts[0])) return false;
  const [timestamp, given] = parts;
  if (Number(timestamp) < nowSeconds - toleranceSeconds) return false;
  const expected = await hmacHex(secret, `${timestamp}.${rawBody}`);
  if (given.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  return difference === 0;
}

/**
 * A webhook ready to POST: the raw JSON body and its headers, signed at `timestampSeconds` (default: the event's
 * `created_at`).
 */
export async function signWebhook(
  event: WebhookEvent,
  secret: string,
  timestampSeconds = Date.parse(event.created_at) / 1000,
): Promise<{ body: string; headers: Record<string, string> }> {
  const body = JSON.stringify(event);
  return {
    body,
    headers: {
      'Content-Type': 'application/json',
      'Light-Signature-v1': await webhookSignature(secret, body, timestampSeconds),
    },
  };
}
