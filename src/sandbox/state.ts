/**
 * The sandbox's memory: accounts with their enrollment progress, locations and contracts, tokens, and the
 * Stripe objects the fake Stripe created. Enrollment flags and the pre-finalize status are derived from these
 * records, so they can never disagree with what was actually done.
 */
import type { AccountStatus, AccountStatusReason, EnrollmentFlags } from '../api/types.js';
import type { ServiceAddressJson } from './addresses.js';
import type { InvoiceCache, InvoiceOptions } from './billing.js';
import type { ComparisonRecord, UsageProfileRecord } from './comparison.js';
import type { PlanOffer } from './plans.js';
import { createRng, randomAlphanumeric, randomHex, randomInt, randomUuid, type Rng } from './random.js';
import { notFound } from './responses.js';
import { addDays, addMonths, centralDay } from './time.js';
import type { UsageProfile } from './usage.js';

export interface SandboxConfig {
  seed: number;
  now: () => Date;
  /** Account token lifetime, seconds (the API's is 60 minutes). */
  tokenTtlSeconds: number;
  /** How long a priced plan stays valid, ms; `null` = the docs' 5 business days. */
  planLifetimeMs: number | null;
  /** Origin of embedded-flow login links. */
  flowBase: string;
  /** Also put `app.stripe_public_key` on the account-token GET /account (the docs show it on the app-token one). */
  echoStripeKey: boolean;
}

/** The sandbox partner's Light app. */
export const SANDBOX_APP = {
  uuid: '0b7f6c1e-2d3a-4e5f-8a9b-1c2d3e4f5a6b',
  name: 'Sandbox Energy',
  /** A Stripe test-mode key shape; the fake Stripe accepts any key. */
  stripe_public_key: 'pk_test_51SandboxLightElements0000000000000000000000',
} as const;

export interface CardOnFile {
  id: string;
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
  postal_code: string | null;
}

export interface Contract {
  plan: PlanOffer;
  start_date: string;
  end_date: string;
  accepted_at: string;
}

export interface LocationRecord {
  uuid: string;
  address: ServiceAddressJson;
  service_start_date: string;
  final_service_date: string | null;
  is_service_active: boolean;
  /** Oldest first. */
  contracts: Contract[];
  usage: UsageProfile;
}

export interface BillingAddressRecord {
  address_1: string;
  address_2: string | null;
  city: string;
  state: string;
  postal_code: string;
}

export interface AccountRecord {
  uuid: string;
  account_number: string;
  created_at: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  phone_number: string | null;
  date_of_birth: string | null;
  preliminary_address: string | null;
  renewals_url: string | null;
  status: AccountStatus;
  status_reason: AccountStatusReason;
  /** The customer has begun (searched an address or an ESI ID). */
  enrollment_started: boolean;
  /** Plans were requested for an identified address. */
  plans_requested: boolean;
  /** Identity submitted: when, and the names of the fields sent. */
  identity: { submitted_at: string; fields: string[] } | null;
  /** The credit check as recorded: never the SSN itself, only its last four digits. */
  credit_check: { submitted_at: string; consent: true; ssn_last4: string } | null;
  card: CardOnFile | null;
  /** `null` while the billing address is the service address. */
  billing_address: BillingAddressRecord | null;
  billing_address_confirmed: boolean;
  client_agent_accepted_at: string | null;
  client_agent_enrollment: boolean;
  finalized_at: string | null;
  locations: LocationRecord[];
  /** Every plan priced for this account, by uuid. */
  offers: Map<string, PlanOffer>;
  invoice_options: InvoiceOptions;
  invoices: InvoiceCache | null;
  comparison: ComparisonRecord | null;
  /** The Smart Meter Texas usage profile fetched for the account's bill; once there, comparisons use it. */
  usage_profile: UsageProfileRecord | null;
}

export interface TokenRecord {
  accountUuid: string;
  expiresAt: number;
}

export interface SetupIntentRecord {
  id: string;
  client_secret: string;
  accountUuid: string;
  status: 'requires_payment_method' | 'succeeded';
  payment_method: string | null;
}

/** Every `status` / `status_reason` pair of the docs' "Account statuses" table. */
export const STATUS_PAIRS: Readonly<Record<AccountStatus, readonly AccountStatusReason[]>> = {
  created: ['unresolved', 'missing_address'],
  applying: ['plan_not_accepted', 'missing_identity', 'missing_payment_method', 'enrollment_not_finalized'],
  reviewing: ['verification_pending', 'credit_check_pending'],
  needs_attention: [
    'credit_not_found',
    'credit_declined',
    'credit_check_frozen',
    'credit_check_error',
    'enrollment_blocked_switch_hold',
    'enrollment_blocked_deactivated',
    'utility_blocked',
  ],
  ready: ['enrollment_pending_client_agent'],
  scheduled: ['service_pending'],
  activating: ['utility_submitted'],
  active: ['active'],
  cancelled: [
    'enrollment_blocked_verification_hold',
    'cancelled_pre_start',
    'expire_pre_active',
    'cancelled_post_start',
  ],
};

export function isDocumentedStatus(status: string, reason: string): status is AccountStatus {
  const reasons = (STATUS_PAIRS as Record<string, readonly string[]>)[status];
  return !!reasons && reasons.includes(reason);
}

export class SandboxState {
  readonly config: SandboxConfig;
  readonly rng: Rng;
  readonly accounts = new Map<string, AccountRecord>();
  readonly tokens = new Map<string, TokenRecord>();
  /** SetupIntents by client secret. */
  readonly setupIntents = new Map<string, SetupIntentRecord>();
  /** Payment methods the fake Stripe produced, with the account they were set up for. */
  readonly paymentMethods = new Map<string, { accountUuid: string; card: CardOnFile }>();

  constructor(config: SandboxConfig) {
    this.config = config;
    this.rng = createRng(config.seed);
  }

  now(): Date {
    return new Date(this.config.now().getTime());
  }

  /** Today in Central time, `YYYY-MM-DD`. */
  today(): string {
    return centralDay(this.config.now().getTime());
  }

  uuid(): string {
    return randomUuid(this.rng);
  }

  hex(length: number): string {
    return randomHex(this.rng, length);
  }

  /** A Stripe-style object id such as `seti_…` or `pm_…`. */
  stripeId(prefix: string): string {
    return `${prefix}_${randomAlphanumeric(this.rng, 24)}`;
  }

  accountNumber(): string {
    return String(randomInt(this.rng, 1_000_000, 9_999_999));
  }

  /** The account, or a 404 that does not say whether it exists elsewhere. */
  account(uuid: string): AccountRecord {
    const account = this.accounts.get(uuid);
    if (!account) throw notFound('No account with that uuid in this app.');
    return account;
  }
}

/** The enrollment part of a new account: nothing done yet. */
export function emptyEnrollment() {
  return {
    enrollment_started: false,
    plans_requested: false,
    identity: null,
    credit_check: null,
    card: null,
    billing_address: null,
    billing_address_confirmed: false,
    client_agent_enrollment: false,
    finalized_at: null,
    locations: [],
    offers: new Map(),
    invoice_options: {},
    invoices: null,
    comparison: null,
    usage_profile: null,
  } satisfies Partial<AccountRecord>;
}

/** One of the account's locations, or a 404 (also for another account's location: data is scoped). */
export function findLocation(account: AccountRecord, uuid: string): LocationRecord {
  const location = account.locations.find((l) => l.uuid === uuid);
  if (!location) throw notFound('No service location with that uuid on this account.');
  return location;
}

/**
 * The contract in force on `today`: the one whose dates contain it; before service starts, the first; after
 * the last one ends (month-to-month), the last.
 */
export function currentContract(location: LocationRecord, today: string): Contract | null {
  const { contracts } = location;
  return (
    contracts.find((c) => c.start_date <= today && today <= c.end_date) ??
    (contracts.length && today < contracts[0].start_date ? contracts[0] : null) ??
    contracts.filter((c) => c.start_date <= today).at(-1) ??
    null
  );
}

/** `end_date` of a contract: the day before the same date `term` months later. */
export function contractEnd(startDate: string, termMonths: number): string {
  return addDays(addMonths(startDate, termMonths), -1);
}

/** The enrollment flags, derived from what was recorded; `can_finalize_enrollment` follows the docs' rule. */
export function enrollmentFlags(account: AccountRecord): EnrollmentFlags {
  const has_accepted_plan = account.locations.some((l) => l.contracts.length > 0);
  const has_payment_method = account.card !== null;
  const is_identity_verified = account.identity !== null;
  const is_enrollment_finalized = account.finalized_at !== null;
  return {
    has_accepted_plan,
    has_payment_method,
    is_billing_address_confirmed: account.billing_address_confirmed,
    is_identity_verified,
    is_enrollment_finalized,
    is_service_active: account.locations.some((l) => l.is_service_active),
    can_finalize_enrollment:
      has_accepted_plan && has_payment_method && is_identity_verified && !is_enrollment_finalized,
    finalized_at: account.finalized_at,
  };
}

/**
 * Moves the status along the docs' table while the enrollment is open. After finalize the status changes only
 * through finalize itself, a scenario, or `setStatus`.
 */
export function refreshStatus(account: AccountRecord): void {
  if (account.finalized_at !== null) return;
  const flags = enrollmentFlags(account);
  let pair: [AccountStatus, AccountStatusReason];
  if (!flags.has_accepted_plan) {
    const preapproved =
      account.client_agent_accepted_at !== null &&
      flags.is_identity_verified &&
      flags.has_payment_method &&
      account.credit_check !== null;
    if (preapproved) pair = ['ready', 'enrollment_pending_client_agent'];
    else if (account.plans_requested) pair = ['applying', 'plan_not_accepted'];
    else if (account.enrollment_started) pair = ['created', 'missing_address'];
    else pair = ['created', 'unresolved'];
  } else if (!flags.is_identity_verified) pair = ['applying', 'missing_identity'];
  else if (!flags.has_payment_method) pair = ['applying', 'missing_payment_method'];
  else pair = ['applying', 'enrollment_not_finalized'];
  [account.status, account.status_reason] = pair;
}

/** Sets any documented pair, keeping the service flags consistent with it. */
export function applyStatus(
  account: AccountRecord,
  status: AccountStatus,
  reason: AccountStatusReason,
  today: string,
): void {
  account.status = status;
  account.status_reason = reason;
  for (const location of account.locations) {
    if (status === 'active') {
      location.is_service_active = true;
      location.final_service_date = null;
    } else if (status === 'cancelled') {
      const started = location.service_start_date < today;
      location.is_service_active = false;
      if (reason === 'cancelled_post_start' && started && !location.final_service_date) {
        location.final_service_date = addDays(today, -1);
      }
    }
  }
  account.invoices = null;
}
