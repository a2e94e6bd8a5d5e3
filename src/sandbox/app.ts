/**
 * The app-token side: what a partner's backend does with its secret app token. Creating accounts, minting
 * 60-minute account tokens, embedded-flow login links, eligibility by ZIP code, power of attorney, and plans with
 * the partner's custom rates (remembered on the account, so plans/accept and renewal-plans/accept take them).
 * Each is a plain function too, so a demo backend or a test can call it without HTTP.
 */
import type { FlowLogin, FlowScope, TokenResponse } from '../api/types.js';
import type { Json } from '../api/parse.js';
import {
  fullAddressSearch,
  readEsiId,
  serviceAddressJson,
  SERVICE_ADDRESSES,
  type FullAddressQuery,
  type Tdu,
} from './addresses.js';
import { appAccountJson } from './account-json.js';
import type { AppRoutes } from './context.js';
import { priceForEsiId } from './enrollment.js';
import { usageProfileRoutes } from './comparison.js';
import { invalid, isEmail, paginate, readJsonBody, requiredText } from './responses.js';
import { emptyEnrollment, refreshStatus, type AccountRecord, type SandboxState } from './state.js';
import { isIsoDate } from './time.js';

/** Embedded-flow links live this long. */
const FLOW_LINK_MINUTES = 60;
export const FLOW_SCOPES: readonly FlowScope[] = [
  'enrollment',
  'update-payment-method',
  'billing',
  'documents',
  'renewal',
];

/** Body of POST /app/accounts. */
export interface CreateAccountInput {
  email: string;
  first_name?: string;
  last_name?: string;
  phone_number?: string;
  date_of_birth?: string;
  preliminary_address?: string;
}

const optionalText = (body: Json, key: string): string | null => {
  const value = body[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw invalid(`${key} must be a string.`);
  return value.trim() || null;
};

/** The person's details in a create or update body, validated; `null` for those not sent. */
function readPerson(body: Json) {
  const email = optionalText(body, 'email');
  if (email !== null && !isEmail(email)) throw invalid('email must be an email address.');
  const date_of_birth = optionalText(body, 'date_of_birth');
  if (date_of_birth !== null && !isIsoDate(date_of_birth))
    throw invalid('date_of_birth must be a date written YYYY-MM-DD.');
  return {
    email,
    first_name: optionalText(body, 'first_name'),
    last_name: optionalText(body, 'last_name'),
    phone_number: optionalText(body, 'phone_number'),
    date_of_birth,
  };
}

/** Creates an account (`email` required) in status created/unresolved. */
export function createAccount(state: SandboxState, input: CreateAccountInput | Json): AccountRecord {
  const body = input as Json;
  const person = readPerson({ ...body, email: requiredText(body, 'email') });
  const account: AccountRecord = {
    uuid: state.uuid(),
    account_number: state.accountNumber(),
    created_at: state.now().toISOString(),
    ...person,
    email: person.email!,
    preliminary_address: optionalText(body, 'preliminary_address'),
    renewals_url: null,
    status: 'created',
    status_reason: 'unresolved',
    client_agent_accepted_at: null,
    ...emptyEnrollment(),
  };
  state.accounts.set(account.uuid, account);
  return account;
}

/** PATCH /app/accounts/{uuid}: the person's details and `renewals_url`. */
export function updateAccount(account: AccountRecord, body: Json): void {
  const person = readPerson(body);
  const renewalsUrl = optionalText(body, 'renewals_url');
  if (renewalsUrl !== null && !/^https:\/\//.test(renewalsUrl)) throw invalid('renewals_url must be an https URL.');
  for (const key of Object.keys(person) as Array<keyof typeof person>) {
    const value = person[key];
    if (value !== null) account[key] = value;
  }
  if (renewalsUrl !== null) account.renewals_url = renewalsUrl;
}

/** An account token for one account, valid `ttlSeconds` (default: the sandbox's, 60 minutes). */
export function mintToken(
  state: SandboxState,
  accountUuid: string,
  ttlSeconds = state.config.tokenTtlSeconds,
): TokenResponse {
  state.account(accountUuid);
  const token = `sbx_acct_${state.hex(40)}`;
  const expiresAt = state.now().getTime() + ttlSeconds * 1000;
  state.tokens.set(token, { accountUuid, expiresAt });
  return { token, expires_at: new Date(expiresAt).toISOString() };
}

/** A pre-authenticated embedded-flow link for one scope. */
export function flowLogin(state: SandboxState, accountUuid: string, scope: unknown): FlowLogin {
  state.account(accountUuid);
  if (!FLOW_SCOPES.includes(scope as FlowScope)) {
    throw invalid(`scope must be one of: ${FLOW_SCOPES.join(', ')}.`);
  }
  const expiresAt = new Date(state.now().getTime() + FLOW_LINK_MINUTES * 60_000);
  return {
    login_link: `${state.config.flowBase}/login?token=${state.hex(32)}`,
    scope: scope as FlowScope,
    expires_at: expiresAt.toISOString(),
  };
}

/** The TDU of a ZIP code outside the sandbox's address list, by its first three digits (approximate). */
function tduByZipPrefix(prefix: number): Tdu | null {
  if ((prefix >= 750 && prefix <= 769) || prefix === 797 || (prefix >= 786 && prefix <= 787)) return 'ONCOR';
  if (prefix >= 770 && prefix <= 775) return 'CENTERPOINT';
  if ((prefix >= 783 && prefix <= 785) || prefix === 779 || prefix === 780) return 'AEP TEXAS CENTRAL';
  if (prefix >= 795 && prefix <= 796) return 'AEP TEXAS NORTH';
  if (prefix >= 793 && prefix <= 794) return 'LUBBOCK POWER & LIGHT';
  return null;
}

/** POST eligibility: how likely a ZIP code is to be in a retail-choice area, and its utilities. */
export function eligibility(postalCode: unknown) {
  if (typeof postalCode !== 'string' || !/^\d{5}$/.test(postalCode)) {
    throw invalid('postal_code must be a 5-digit ZIP code.');
  }
  const known = [...new Set(SERVICE_ADDRESSES.filter((a) => a.postal_code === postalCode).map((a) => a.utility))];
  const byPrefix = tduByZipPrefix(Number(postalCode.slice(0, 3)));
  const guessed = known.length ? known : byPrefix ? [byPrefix] : [];
  return {
    eligibility_likelihood: known.length ? 85 : guessed.length ? 60 : 0,
    utilities: guessed.map((tdu) => ({ display_name: tdu, name: tdu })),
  };
}

/** The body of a full-address search: `address_1` and a 5-digit `postal_code` required. */
function readFullAddress(body: Json): FullAddressQuery {
  const postal = requiredText(body, 'postal_code');
  if (!/^\d{5}$/.test(postal)) throw invalid('postal_code must be 5 digits.');
  return {
    address_1: requiredText(body, 'address_1'),
    address_2: optionalText(body, 'address_2'),
    city: optionalText(body, 'city'),
    state: optionalText(body, 'state'),
    postal_code: postal,
  };
}

/** POST record-client-agent: the partner attests it holds power of attorney. */
export function recordClientAgent(state: SandboxState, account: AccountRecord, body: Json): void {
  const at = body.client_agent_accepted_at;
  if (at !== undefined && (typeof at !== 'string' || !Number.isFinite(Date.parse(at)))) {
    throw invalid('client_agent_accepted_at must be an ISO 8601 date-time.');
  }
  account.client_agent_accepted_at = typeof at === 'string' ? new Date(at).toISOString() : state.now().toISOString();
  refreshStatus(account);
}

export const appRoutes = {
  accounts: {
    POST: async ({ state, request }) => appAccountJson(state, createAccount(state, await readJsonBody(request))),
    GET: ({ state, url }) => {
      const page = paginate([...state.accounts.values()], url, 20);
      return { ...page, data: page.data.map((account) => appAccountJson(state, account)) };
    },
  },
  account: {
    GET: ({ state, params }) => appAccountJson(state, state.account(params.account_uuid)),
    PATCH: async ({ state, params, request }) => {
      const account = state.account(params.account_uuid);
      updateAccount(account, await readJsonBody(request));
      return appAccountJson(state, account);
    },
  },
  token: {
    POST: ({ state, params }) => mintToken(state, params.account_uuid),
  },
  flowLogin: {
    POST: async ({ state, params, request, query }) => {
      const body = await readJsonBody(request);
      return flowLogin(state, params.account_uuid, body.scope ?? query.get('scope'));
    },
  },
  recordClientAgent: {
    POST: async ({ state, params, request }) => {
      recordClientAgent(state, state.account(params.account_uuid), await readJsonBody(request));
      return {};
    },
  },
  eligibility: {
    POST: async ({ request }) => eligibility((await readJsonBody(request)).postal_code),
  },
  fullAddressSearch: {
    POST: async ({ request }) => ({
      addresses: fullAddressSearch(readFullAddress(await readJsonBody(request))).map(serviceAddressJson),
    }),
  },
  plansRequest: {
    // The sandbox's partner has no custom rates of its own: other fields of the body are taken and ignored.
    POST: async ({ state, params, request }) => {
      const account = state.account(params.account_uuid);
      const esiId = readEsiId((await readJsonBody(request)).esi_id);
      return { plans: priceForEsiId(state, account, esiId, 'app').map((offer) => offer.json) };
    },
  },
  ...usageProfileRoutes,
} satisfies AppRoutes;
