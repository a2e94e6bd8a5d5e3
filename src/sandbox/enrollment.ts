/**
 * Enrollment, steps 3–10 of the docs: find the address, price plans, accept one (which creates the location and
 * its contract), submit identity and the credit check, finalize. Each step records what was done; the flags and
 * status follow from the records (see `state.ts`). The same operations set up scenarios.
 */
import type { Json } from '../api/parse.js';
import { findByEsiId, readEsiId, searchAddresses, serviceAddressJson, type ServiceAddressJson } from './addresses.js';
import type { AccountRoutes } from './context.js';
import { checkAcceptable, offerPlans, readAcceptBody, type PlanOffer } from './plans.js';
import { hashSeed } from './random.js';
import { invalid, isEmail, readJsonBody, SandboxError } from './responses.js';
import {
  contractEnd,
  emptyEnrollment,
  enrollmentFlags,
  refreshStatus,
  type AccountRecord,
  type LocationRecord,
  type SandboxState,
} from './state.js';
import { addDays, addMonths, isIsoDate } from './time.js';
import { createUsageProfile } from './usage.js';

/** Standard enrollments start within this many days (the docs' default start-date window). */
export const START_WINDOW_DAYS = 30;

/**
 * Prices every plan group for the address with this ESI ID, startable within {@link START_WINDOW_DAYS} days, and
 * remembers the offers on the account as `kind` (a 422 when the sandbox does not serve the address).
 */
export function priceForEsiId(
  state: SandboxState,
  account: AccountRecord,
  esiId: string,
  kind: 'enrollment' | 'app',
): PlanOffer[] {
  const address = findByEsiId(esiId);
  if (!address) throw invalid('No service address with that ESI ID is served. Check the ESI ID on a recent bill.');
  const today = state.today();
  return offerPlans(state, account, {
    tdu: address.utility,
    esi_id: esiId,
    earliest: today,
    latest: addDays(today, START_WINDOW_DAYS),
    kind,
  });
}

/** Prices plans for the address with this ESI ID (a 422 when the sandbox does not serve it). */
export function requestPlans(state: SandboxState, account: AccountRecord, esiId: string): PlanOffer[] {
  const offers = priceForEsiId(state, account, esiId, 'enrollment');
  account.enrollment_started = true;
  account.plans_requested = true;
  refreshStatus(account);
  return offers;
}

function newLocation(state: SandboxState, address: ServiceAddressJson, startDate: string): LocationRecord {
  return {
    uuid: state.uuid(),
    address,
    service_start_date: startDate,
    final_service_date: null,
    is_service_active: false,
    contracts: [],
    usage: createUsageProfile(hashSeed(state.config.seed, address.esi_id)),
  };
}

/**
 * Accepting a plan attaches the ESI ID to the account: a location with one contract under the plan. Accepting
 * again before finalize replaces the choice (one enrollment at a time).
 */
export function acceptPlan(
  state: SandboxState,
  account: AccountRecord,
  offer: PlanOffer,
  startDate: string,
): LocationRecord {
  if (account.finalized_at) {
    throw invalid('This enrollment is already finalized: a new plan can be chosen at renewal.');
  }
  const address = findByEsiId(offer.esi_id)!;
  const existing = account.locations.find((l) => l.address.esi_id === offer.esi_id);
  const location = existing ?? newLocation(state, address, startDate);
  location.service_start_date = startDate;
  location.contracts = [
    {
      plan: offer,
      start_date: startDate,
      end_date: contractEnd(startDate, offer.group.term_months),
      accepted_at: state.now().toISOString(),
    },
  ];
  account.locations = [location];
  account.invoices = null;
  refreshStatus(account);
  return location;
}

const IDENTITY_FIELDS = ['first_name', 'last_name', 'phone_number', 'email', 'date_of_birth'] as const;

/** Checks one identity field as sent; returns the problem, or null. */
function identityProblem(key: (typeof IDENTITY_FIELDS)[number], value: unknown, today: string): string | null {
  if (typeof value !== 'string' || !value.trim()) return `${key} must be a non-empty string`;
  if (key === 'email' && !isEmail(value.trim())) return 'email must be an email address';
  if (key === 'phone_number' && !/^1?\d{10}$/.test(value.replace(/[\s().+-]/g, ''))) {
    return 'phone_number must be a 10-digit US phone number';
  }
  if (key === 'date_of_birth') {
    if (!isIsoDate(value)) return 'date_of_birth must be a date written YYYY-MM-DD';
    if (value > addMonths(today, -18 * 12)) return 'the account holder must be at least 18 years old';
    if (value < '1900-01-01') return 'date_of_birth is not plausible';
  }
  return null;
}

/**
 * PATCH identity: merges the fields sent into the account and confirms identity once the docs' minimum (first
 * and last name, phone, email, date of birth) is on file. Extra fields are welcome; only their names are kept,
 * and anything that looks like an SSN is not kept at all.
 */
export function submitIdentity(state: SandboxState, account: AccountRecord, body: Json): void {
  const today = state.today();
  const problems: string[] = [];
  for (const key of IDENTITY_FIELDS) {
    if (body[key] === undefined || body[key] === null) continue;
    const problem = identityProblem(key, body[key], today);
    if (problem) problems.push(problem);
  }
  if (problems.length) throw invalid(`Identity not accepted: ${problems.join('; ')}.`);
  for (const key of IDENTITY_FIELDS) {
    if (typeof body[key] === 'string') account[key] = (body[key] as string).trim();
  }
  const missing = IDENTITY_FIELDS.filter((key) => !account[key]);
  if (missing.length) {
    const needed = 'first_name, last_name, phone_number, email and date_of_birth';
    throw invalid(`Identity needs ${needed}; missing: ${missing.join(', ')}.`);
  }
  account.identity = {
    submitted_at: state.now().toISOString(),
    fields: Object.keys(body).filter((key) => !/ssn|social|tax_?id/i.test(key)),
  };
  refreshStatus(account);
}

/**
 * POST credit-check: needs explicit consent and a 9-digit SSN. Only the last four digits are kept; the check
 * itself would run after finalize.
 */
export function submitCreditCheck(state: SandboxState, account: AccountRecord, body: Json): void {
  if (body.consent !== true) {
    throw invalid('consent must be true: the customer has to agree to the soft credit check.');
  }
  const raw = typeof body.ssn === 'string' || typeof body.ssn === 'number' ? String(body.ssn) : '';
  const digits = raw.replace(/[\s-]/g, '');
  if (!/^\d{9}$/.test(digits)) throw invalid('ssn must be a 9-digit Social Security number.');
  account.credit_check = { submitted_at: state.now().toISOString(), consent: true, ssn_last4: digits.slice(-4) };
  refreshStatus(account);
}

/** POST finalize: a 422 "Cannot finalize enrollment" unless `can_finalize_enrollment`; then under review. */
export function finalizeEnrollment(state: SandboxState, account: AccountRecord, body: Json): void {
  const clientAgent = body.is_client_agent_enrollment;
  if (clientAgent !== undefined && typeof clientAgent !== 'boolean') {
    throw invalid('is_client_agent_enrollment must be true or false.');
  }
  if (!enrollmentFlags(account).can_finalize_enrollment) {
    throw new SandboxError(422, 'cannot_finalize', 'Cannot finalize enrollment');
  }
  if (clientAgent && !account.client_agent_accepted_at) {
    throw invalid('No client agent authorization is recorded for this account (record-client-agent).');
  }
  account.client_agent_enrollment = clientAgent === true;
  account.finalized_at = state.now().toISOString();
  account.status = 'reviewing';
  account.status_reason = 'verification_pending';
}

/** Sandbox only: forgets the enrollment (locations, identity, credit check, card) but keeps the person. */
export function deleteEnrollment(account: AccountRecord): void {
  Object.assign(account, emptyEnrollment());
  refreshStatus(account);
}

function markStarted(account: AccountRecord): void {
  account.enrollment_started = true;
  refreshStatus(account);
}

export const enrollmentRoutes = {
  addressSearch: {
    POST: async ({ account, request }) => {
      const { query } = await readJsonBody(request);
      if (typeof query !== 'string' || !query.trim())
        throw invalid('query is required: type part of the service address.');
      if (query.length > 200) throw invalid('query is too long; type the street address only.');
      markStarted(account);
      return { results: searchAddresses(query).map(serviceAddressJson) };
    },
  },
  esiIdSearch: {
    POST: async ({ account, request }) => {
      const esiId = readEsiId((await readJsonBody(request)).esi_id);
      markStarted(account);
      const match = findByEsiId(esiId);
      return { results: match ? [serviceAddressJson(match)] : [] };
    },
  },
  plansRequest: {
    POST: async ({ state, account, request }) => {
      const esiId = readEsiId((await readJsonBody(request)).esi_id);
      return { plans: requestPlans(state, account, esiId).map((offer) => offer.json) };
    },
  },
  plansAccept: {
    POST: async ({ state, account, request }) => {
      const accept = readAcceptBody(await readJsonBody(request), { requireEsiId: true });
      const offer = account.offers.get(accept.plan_uuid);
      if (offer?.kind === 'renewal') throw invalid('That is a renewal plan: accept it through renewal-plans/accept.');
      acceptPlan(state, account, checkAcceptable(offer, accept, state.now()), accept.service_start_date);
      return {};
    },
  },
  identity: {
    PATCH: async ({ state, account, request }) => {
      submitIdentity(state, account, await readJsonBody(request));
      return {};
    },
  },
  creditCheck: {
    POST: async ({ state, account, request }) => {
      submitCreditCheck(state, account, await readJsonBody(request));
      return {};
    },
  },
  finalize: {
    POST: async ({ state, account, request }) => {
      finalizeEnrollment(state, account, await readJsonBody(request));
      return {};
    },
  },
} satisfies AccountRoutes;
