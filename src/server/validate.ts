/** Request-body checks for the backend routes: each returns the clean value or a message for a 400. */

/** The embedded-flow scopes Light documents. */
export const FLOW_SCOPES = ['enrollment', 'update-payment-method', 'billing', 'documents', 'renewal'] as const;

/** A documented embedded-flow scope. */
export type FlowScope = (typeof FLOW_SCOPES)[number];

/** A validation result: the value, or the message to answer 400 with. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** The fields of a full address search (names as Light's location fields; the docs give no body). */
export interface FullAddressQuery {
  address_1: string;
  address_2?: string;
  city?: string;
  state?: string;
  postal_code: string;
}

type Body = Record<string, unknown>;

/**
 * @param body the parsed request body
 * @returns the scope when it is a documented one
 */
export function checkScope(body: Body): Checked<FlowScope> {
  const scope = body.scope;
  return typeof scope === 'string' && (FLOW_SCOPES as readonly string[]).includes(scope)
    ? { ok: true, value: scope as FlowScope }
    : { ok: false, error: `scope must be one of ${FLOW_SCOPES.join(', ')}` };
}

/**
 * @param body the parsed request body
 * @returns the ESI ID when it has 17 or 22 digits
 */
export function checkEsiId(body: Body): Checked<string> {
  const esiId = body.esi_id;
  return typeof esiId === 'string' && /^(\d{17}|\d{22})$/.test(esiId)
    ? { ok: true, value: esiId }
    : { ok: false, error: 'esi_id must be an ESI ID of 17 or 22 digits' };
}

/**
 * @param body the parsed request body
 * @returns the postal code when it is five digits
 */
export function checkPostalCode(body: Body): Checked<string> {
  const code = body.postal_code;
  return typeof code === 'string' && /^\d{5}$/.test(code)
    ? { ok: true, value: code }
    : { ok: false, error: 'postal_code must be 5 digits' };
}

/**
 * @param body the parsed request body
 * @returns the address fields (only these are sent on) when `address_1` and a 5-digit `postal_code` are present
 */
export function checkFullAddress(body: Body): Checked<FullAddressQuery> {
  const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string).trim() : undefined);
  const address1 = text('address_1');
  const postalCode = text('postal_code');
  if (!address1 || address1.length > 200) return { ok: false, error: 'address_1 is required' };
  if (!postalCode || !/^\d{5}$/.test(postalCode)) return { ok: false, error: 'postal_code must be 5 digits' };
  const query: FullAddressQuery = { address_1: address1, postal_code: postalCode };
  for (const key of ['address_2', 'city', 'state'] as const) {
    const value = text(key);
    if (value) query[key] = value.slice(0, 200);
  }
  return { ok: true, value: query };
}

/** The client-agent consent the element posts: when the customer agreed, and what they read. */
export interface ClientAgentConsentBody {
  client_agent_accepted_at: string;
  consent: string;
  locale: string | null;
  esi_id: string | null;
}

/**
 * @param body the parsed request body
 * @param now the server's time (epoch ms)
 * @returns the consent when its time is an ISO 8601 instant within 10 minutes of `now` (never backdated or
 *   future-dated by the browser) and its text is there
 */
export function checkConsent(body: Body, now: number): Checked<ClientAgentConsentBody> {
  const at = body.client_agent_accepted_at;
  const time = typeof at === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(at) ? Date.parse(at) : NaN;
  if (!Number.isFinite(time) || Math.abs(time - now) > 10 * 60 * 1000) {
    return { ok: false, error: 'client_agent_accepted_at must be the time of consent (ISO 8601, now)' };
  }
  const consent = typeof body.consent === 'string' ? body.consent.trim() : '';
  if (!consent || consent.length > 4000) return { ok: false, error: 'consent must be the text the customer agreed to' };
  const esiId = checkEsiId(body);
  return {
    ok: true,
    value: {
      client_agent_accepted_at: new Date(time).toISOString(),
      consent,
      locale: typeof body.locale === 'string' ? body.locale.slice(0, 10) : null,
      esi_id: esiId.ok ? esiId.value : null,
    },
  };
}

/**
 * @param body the parsed request body
 * @returns the comparison invoice's uuid when the customer's consent is given (`user_authorizes_usage_fetch: true`)
 */
export function checkUsageFetch(body: Body): Checked<string> {
  if (body.user_authorizes_usage_fetch !== true) {
    return { ok: false, error: 'user_authorizes_usage_fetch must be true: fetch usage only with the customer consent' };
  }
  const uuid = body.comparison_invoice_uuid;
  return typeof uuid === 'string' && /^[\w-]{1,64}$/.test(uuid)
    ? { ok: true, value: uuid }
    : { ok: false, error: 'comparison_invoice_uuid is required' };
}
