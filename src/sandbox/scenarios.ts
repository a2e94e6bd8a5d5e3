/**
 * Named starting points, so a test, story or demo sets an account up in one line:
 * `sandbox.session('mid-enrollment-ready-to-finalize')`. Scenarios are reached by running the same enrollment
 * operations the endpoints use (with dates in the past where history is needed), then setting the status the
 * docs describe for what happens after finalize.
 */
import type { AccountStatus, AccountStatusReason } from '../api/types.js';
import { SERVICE_ADDRESSES, type Tdu } from './addresses.js';
import { recordClientAgent } from './app.js';
import { addPaymentMethod, confirmSetupIntent, createSetupIntent } from './billing.js';
import { seedComparison } from './comparison.js';
import type { AccountRoutes } from './context.js';
import {
  acceptPlan,
  deleteEnrollment,
  finalizeEnrollment,
  requestPlans,
  submitCreditCheck,
  submitIdentity,
} from './enrollment.js';
import { addContract, offerRenewals } from './locations.js';
import type { PlanOffer } from './plans.js';
import { choose, hashSeed } from './random.js';
import {
  applyStatus,
  contractEnd,
  currentContract,
  refreshStatus,
  type AccountRecord,
  type SandboxState,
} from './state.js';
import { addDays, addMonths } from './time.js';
import { createUsageProfile } from './usage.js';

export interface ScenarioInfo {
  name: string;
  description: string;
  /** The status pair the account is in once set up. */
  status: AccountStatus;
  status_reason: AccountStatusReason;
}

/** Every scenario, with what it sets up. Together they cover every status pair of the docs' table. */
export const SCENARIOS = [
  {
    name: 'new-customer',
    status: 'created',
    status_reason: 'unresolved',
    description: 'Just created by the partner (email and name); nothing enrolled yet.',
  },
  {
    name: 'enrollment-started',
    status: 'created',
    status_reason: 'missing_address',
    description: 'The customer has started searching but has not identified an address.',
  },
  {
    name: 'plans-requested',
    status: 'applying',
    status_reason: 'plan_not_accepted',
    description: 'Plans were priced for an address; none accepted.',
  },
  {
    name: 'mid-enrollment-plan-accepted',
    status: 'applying',
    status_reason: 'missing_identity',
    description: 'A plan is accepted (location and contract exist, service starts in a week); identity is next.',
  },
  {
    name: 'mid-enrollment-identity-submitted',
    status: 'applying',
    status_reason: 'missing_payment_method',
    description: 'Plan accepted and identity submitted; the credit check and payment method are next.',
  },
  {
    name: 'mid-enrollment-payment-added',
    status: 'applying',
    status_reason: 'missing_identity',
    description:
      'Resumed out of order: plan accepted and a card on file, identity still missing, so can_finalize_enrollment is false.',
  },
  {
    name: 'mid-enrollment-ready-to-finalize',
    status: 'applying',
    status_reason: 'enrollment_not_finalized',
    description: 'Every step done (plan, identity, credit check, card): can_finalize_enrollment is true.',
  },
  {
    name: 'client-agent-ready',
    status: 'ready',
    status_reason: 'enrollment_pending_client_agent',
    description: 'Power of attorney recorded and preapproval done; waiting for the partner to pick a plan and date.',
  },
  {
    name: 'enrolled-pending',
    status: 'reviewing',
    status_reason: 'verification_pending',
    description: 'Finalized; the enrollment is being verified. Service starts in a week.',
  },
  {
    name: 'credit-check-pending',
    status: 'reviewing',
    status_reason: 'credit_check_pending',
    description: 'Finalized; the credit check is being verified.',
  },
  {
    name: 'credit-not-found',
    status: 'needs_attention',
    status_reason: 'credit_not_found',
    description: 'Finalized; no credit file was found and the customer was emailed.',
  },
  {
    name: 'credit-declined',
    status: 'needs_attention',
    status_reason: 'credit_declined',
    description: 'Finalized; credit was declined and the customer was emailed.',
  },
  {
    name: 'credit-frozen',
    status: 'needs_attention',
    status_reason: 'credit_check_frozen',
    description: 'Finalized; the credit file is frozen and the customer was asked to unfreeze it.',
  },
  {
    name: 'credit-check-error',
    status: 'needs_attention',
    status_reason: 'credit_check_error',
    description: 'Finalized; the credit provider could not answer yet and will be retried.',
  },
  {
    name: 'switch-hold',
    status: 'needs_attention',
    status_reason: 'enrollment_blocked_switch_hold',
    description: "Finalized; the previous provider's switch hold blocks the enrollment.",
  },
  {
    name: 'meter-deactivated',
    status: 'needs_attention',
    status_reason: 'enrollment_blocked_deactivated',
    description: 'Finalized; the meter exists but is not active at the utility.',
  },
  {
    name: 'utility-blocked',
    status: 'needs_attention',
    status_reason: 'utility_blocked',
    description: 'Finalized; the utility rejected the enrollment submission.',
  },
  {
    name: 'scheduled',
    status: 'scheduled',
    status_reason: 'service_pending',
    description: 'Finalized and approved; service starts on a future date.',
  },
  {
    name: 'activating',
    status: 'activating',
    status_reason: 'utility_submitted',
    description: 'Finalized and submitted to the utility; service starts in two days.',
  },
  {
    name: 'active',
    status: 'active',
    status_reason: 'active',
    description:
      'Active for 14 months with an EV: usage history, invoices (due, past due, voided, paid), ' +
      'a past and a current contract; renewal not open yet.',
  },
  {
    name: 'solar',
    status: 'active',
    status_reason: 'active',
    description:
      'Active for 13 months with rooftop solar: midday export and buyback credits (CenterPoint, 22-digit ESI ID).',
  },
  {
    name: 'bill-compared',
    status: 'created',
    status_reason: 'unresolved',
    description: 'Not yet a customer; uploaded a bill for a plan comparison and it has been read.',
  },
  {
    name: 'bill-processing',
    status: 'created',
    status_reason: 'unresolved',
    description:
      'Not yet a customer; uploaded a bill for a plan comparison that is still being read (for a long while).',
  },
  {
    name: 'bill-unreadable',
    status: 'created',
    status_reason: 'unresolved',
    description: 'Not yet a customer; uploaded a bill for a plan comparison that could not be read.',
  },
  {
    name: 'renewal-due',
    status: 'active',
    status_reason: 'active',
    description: 'Active; the contract ends in under 90 days, so renewal plans are offered.',
  },
  {
    name: 'new-service',
    status: 'active',
    status_reason: 'active',
    description: 'Service became active today: no invoices or usage yet.',
  },
  {
    name: 'cancelled',
    status: 'cancelled',
    status_reason: 'cancelled_post_start',
    description: 'Service ended 20 days ago after 8 months: history, invoices and a final service date.',
  },
  {
    name: 'cancelled-pre-start',
    status: 'cancelled',
    status_reason: 'cancelled_pre_start',
    description: 'Finalized, then cancelled before service started.',
  },
  {
    name: 'verification-hold',
    status: 'cancelled',
    status_reason: 'enrollment_blocked_verification_hold',
    description: 'Blocked for good: credit was not resolved in time.',
  },
  {
    name: 'rates-expired',
    status: 'cancelled',
    status_reason: 'expire_pre_active',
    description: 'The rates expired before verification completed.',
  },
] as const satisfies readonly ScenarioInfo[];

export type ScenarioName = (typeof SCENARIOS)[number]['name'];

export interface ScenarioOptions {
  /**
   * For scenarios with billing history: how many invoices to generate (the service start moves back to fit),
   * e.g. 500 for performance tests.
   */
  invoices?: number;
}

/** The sandbox's stand-in customer, used where a scenario needs identity details. */
const PERSON = { first_name: 'Jordan', last_name: 'Rivera', phone_number: '2145550142', date_of_birth: '1988-04-12' };

// Building blocks ----------------------------------------------------------------------------------------------

function pickAddress(state: SandboxState, tdu: Tdu) {
  return choose(
    state.rng,
    SERVICE_ADDRESSES.filter((a) => a.utility === tdu),
  );
}

function offerNamed(offers: PlanOffer[], name: string): PlanOffer {
  return offers.find((o) => o.json.name === name) ?? offers[0];
}

/** Requests plans at an address of `tdu` and accepts `planName` from `start` (past dates allowed here). */
function enroll(state: SandboxState, account: AccountRecord, tdu: Tdu, start: string, planName = 'Light Simple 12') {
  const address = pickAddress(state, tdu);
  const offer = offerNamed(requestPlans(state, account, address.esi_id), planName);
  return acceptPlan(state, account, offer, start);
}

function identity(state: SandboxState, account: AccountRecord) {
  submitIdentity(state, account, {
    ...PERSON,
    email: account.email,
    first_name: account.first_name ?? PERSON.first_name,
    last_name: account.last_name ?? PERSON.last_name,
  });
}

function creditCheck(state: SandboxState, account: AccountRecord) {
  submitCreditCheck(state, account, { ssn: '123-45-6789', consent: true });
}

/** A Visa 4242 set up through the same SetupIntent path the fake Stripe uses. */
function card(state: SandboxState, account: AccountRecord) {
  const secret = createSetupIntent(state, account);
  const result = confirmSetupIntent(state, secret, {
    brand: 'visa',
    last4: '4242',
    exp_month: 12,
    exp_year: state.now().getUTCFullYear() + 3,
    postal_code: account.locations[0]?.address.postal_code ?? '75201',
  });
  if ('error' in result) throw new Error(result.error.message);
  addPaymentMethod(state, account, result.setupIntent.payment_method);
}

/** Enrolls every step and finalizes, service starting `start`; finalized ten days before that when in the past. */
function finalized(state: SandboxState, account: AccountRecord, tdu: Tdu, start: string, planName?: string) {
  const location = enroll(state, account, tdu, start, planName);
  identity(state, account);
  creditCheck(state, account);
  card(state, account);
  finalizeEnrollment(state, account, {});
  const today = state.today();
  if (start < today) account.finalized_at = `${addDays(start, -10)}T17:00:00.000Z`;
  return location;
}

function setStatus(state: SandboxState, account: AccountRecord, name: ScenarioName) {
  const info = SCENARIOS.find((s) => s.name === name)!;
  applyStatus(account, info.status, info.status_reason, state.today());
}

/** An active location with history: service started `months` billing periods ago (the latest invoiced a week ago). */
function active(
  state: SandboxState,
  account: AccountRecord,
  name: ScenarioName,
  tdu: Tdu,
  months: number,
  planName: string,
  usage: { solar?: boolean; ev?: boolean } = {},
) {
  const start = addMonths(addDays(state.today(), -8), -months);
  const location = finalized(state, account, tdu, start, planName);
  location.usage = createUsageProfile(hashSeed(state.config.seed, location.address.esi_id), usage);
  setStatus(state, account, name);
  return location;
}

// Scenarios ----------------------------------------------------------------------------------------------------

type Setup = (state: SandboxState, account: AccountRecord, options: ScenarioOptions) => void;

const inAWeek = (state: SandboxState) => addDays(state.today(), 7);

/** A finalized enrollment that then moved to the scenario's status. */
const afterFinalize =
  (name: ScenarioName, daysToStart = 7): Setup =>
  (state, account) => {
    finalized(state, account, 'ONCOR', addDays(state.today(), daysToStart));
    setStatus(state, account, name);
  };

const SETUPS: Record<ScenarioName, Setup> = {
  'new-customer': () => {},
  'enrollment-started': (_state, account) => {
    account.enrollment_started = true;
    refreshStatus(account);
  },
  'plans-requested': (state, account) => {
    requestPlans(state, account, pickAddress(state, 'ONCOR').esi_id);
  },
  'mid-enrollment-plan-accepted': (state, account) => {
    enroll(state, account, 'ONCOR', inAWeek(state));
  },
  'mid-enrollment-identity-submitted': (state, account) => {
    enroll(state, account, 'ONCOR', inAWeek(state));
    identity(state, account);
  },
  'mid-enrollment-payment-added': (state, account) => {
    enroll(state, account, 'ONCOR', inAWeek(state));
    card(state, account);
  },
  'mid-enrollment-ready-to-finalize': (state, account) => {
    enroll(state, account, 'ONCOR', inAWeek(state));
    identity(state, account);
    creditCheck(state, account);
    card(state, account);
  },
  'client-agent-ready': (state, account) => {
    recordClientAgent(state, account, {});
    identity(state, account);
    creditCheck(state, account);
    card(state, account);
  },
  'enrolled-pending': afterFinalize('enrolled-pending'),
  'credit-check-pending': afterFinalize('credit-check-pending'),
  'credit-not-found': afterFinalize('credit-not-found'),
  'credit-declined': afterFinalize('credit-declined'),
  'credit-frozen': afterFinalize('credit-frozen'),
  'credit-check-error': afterFinalize('credit-check-error'),
  'switch-hold': afterFinalize('switch-hold'),
  'meter-deactivated': afterFinalize('meter-deactivated'),
  'utility-blocked': afterFinalize('utility-blocked'),
  scheduled: afterFinalize('scheduled', 10),
  activating: afterFinalize('activating', 2),
  'cancelled-pre-start': afterFinalize('cancelled-pre-start'),
  'verification-hold': afterFinalize('verification-hold'),
  'rates-expired': afterFinalize('rates-expired'),
  active: (state, account, { invoices }) => {
    account.invoice_options = { pastDue: true, voided: true };
    const months = invoices === undefined ? 14 : Math.max(1, invoices - 1);
    const location = active(state, account, 'active', 'ONCOR', months, 'Light Saver 6', { ev: true });
    const renewedOn = addMonths(location.service_start_date, 6);
    const renewal = offerNamed(offerRenewals(state, account, location, renewedOn), 'Light Simple 12');
    addContract(location, renewal, renewedOn, `${addDays(renewedOn, -30)}T17:00:00.000Z`);
  },
  solar: (state, account, { invoices }) => {
    active(state, account, 'solar', 'CENTERPOINT', invoices ?? 13, 'Light Simple 24', { solar: true });
  },
  'bill-compared': (state, account) => {
    seedComparison(state, account, new File(['%PDF-1.4 bill'], 'bill.pdf', { type: 'application/pdf' }));
  },
  'bill-processing': (state, account) => {
    seedComparison(state, account, new File(['%PDF-1.4 bill'], 'bill.pdf', { type: 'application/pdf' }), 10_000);
  },
  'bill-unreadable': (state, account) => {
    seedComparison(state, account, new File(['%PDF-1.4'], 'unreadable-bill.pdf', { type: 'application/pdf' }));
  },
  'renewal-due': (state, account, { invoices }) => {
    active(state, account, 'renewal-due', 'AEP TEXAS CENTRAL', invoices ?? 10, 'Light Simple 12');
  },
  'new-service': (state, account) => {
    finalized(state, account, 'AEP TEXAS NORTH', state.today());
    setStatus(state, account, 'new-service');
  },
  cancelled: (state, account, { invoices }) => {
    const location = active(state, account, 'active', 'TNMP', invoices ?? 8, 'Light Simple 12');
    location.final_service_date = addDays(state.today(), -20);
    setStatus(state, account, 'cancelled');
  },
};

/** Sets an account up as `name` describes. Meant for a freshly created account. */
export function applyScenario(
  state: SandboxState,
  account: AccountRecord,
  name: ScenarioName,
  options: ScenarioOptions = {},
): void {
  const setup = SETUPS[name];
  if (!setup)
    throw new RangeError(`Unknown sandbox scenario "${name}". Known: ${SCENARIOS.map((s) => s.name).join(', ')}.`);
  setup(state, account, options);
  account.invoices = null;
}

/** Billing periods of history seed-demo-data gives a location. */
export const DEMO_HISTORY_MONTHS = 12;

/**
 * POST seed-demo-data: usage and invoices on the account's EXISTING location, which keeps its uuid, address and
 * ESI ID. Its service moves back to have started {@link DEMO_HISTORY_MONTHS} billing periods ago under its own
 * plan, so usage and invoices (built from the records) cover that history, and the account becomes active. A
 * location already in service is left as it is. The docs say nothing of this endpoint; the example app calls it
 * (`app/services/api.ts`) on an account it enrolled, so a location is the expected case. An account without one
 * has nothing to seed onto and is set up as the `active` scenario instead (inferred).
 */
export function seedDemoData(state: SandboxState, account: AccountRecord): void {
  const location = account.locations[0];
  if (!location) {
    applyScenario(state, account, 'active');
    return;
  }
  if (location.is_service_active) return;
  const today = state.today();
  const start = addMonths(addDays(today, -8), -DEMO_HISTORY_MONTHS);
  const { plan } = currentContract(location, today) ?? location.contracts[0];
  location.service_start_date = start;
  location.final_service_date = null;
  location.contracts = [
    {
      plan,
      start_date: start,
      end_date: contractEnd(start, plan.group.term_months),
      accepted_at: `${addDays(start, -12)}T17:00:00.000Z`,
    },
  ];
  account.finalized_at ??= `${addDays(start, -10)}T17:00:00.000Z`;
  applyStatus(account, 'active', 'active', today);
}

/** The sandbox-only endpoints of Light's sandbox apps. */
export const sandboxRoutes = {
  sandboxSeed: {
    POST: ({ state, account }) => {
      seedDemoData(state, account);
      return {};
    },
  },
  sandboxDeleteEnrollment: {
    POST: ({ account }) => {
      deleteEnrollment(account);
      return {};
    },
  },
} satisfies AccountRoutes;
