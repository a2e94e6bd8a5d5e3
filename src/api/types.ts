/**
 * Light account API: request and response types.
 *
 * Source of each shape is marked:
 * - `documented`: named in the Light docs.
 * - `example app`: seen in Light's public example integration.
 * - `inferred`: our best reading; parsing is tolerant so a different real shape degrades gracefully.
 *
 * These are the *normalized* shapes the rest of the library sees: the functions in `endpoints.ts` turn raw JSON
 * into them (decimal strings become numbers where the UI computes, unknown keys are dropped, missing optional
 * fields become `null`).
 */

/** ISO date `YYYY-MM-DD`, a calendar day with no time zone. */
export type IsoDate = string;
/** ISO 8601 date-time with offset. */
export type IsoDateTime = string;

// ---------------------------------------------------------------------------------------------------------------
// Account (GET /v1/account) — documented, example app

/** documented: the `status` field of an account. */
export type AccountStatus =
  | 'created'
  | 'applying'
  | 'reviewing'
  | 'needs_attention'
  | 'ready'
  | 'scheduled'
  | 'activating'
  | 'active'
  | 'cancelled';

/** documented: every `status_reason` in the docs' "Account statuses" table. */
export type AccountStatusReason =
  | 'unresolved'
  | 'missing_address'
  | 'plan_not_accepted'
  | 'missing_identity'
  | 'missing_payment_method'
  | 'enrollment_not_finalized'
  | 'verification_pending'
  | 'credit_check_pending'
  | 'credit_not_found'
  | 'credit_declined'
  | 'credit_check_frozen'
  | 'credit_check_error'
  | 'enrollment_blocked_switch_hold'
  | 'enrollment_blocked_deactivated'
  | 'utility_blocked'
  | 'enrollment_pending_client_agent'
  | 'service_pending'
  | 'utility_submitted'
  | 'active'
  | 'enrollment_blocked_verification_hold'
  | 'cancelled_pre_start'
  | 'expire_pre_active'
  | 'cancelled_post_start';

/** documented: `account.enrollment`. */
export interface EnrollmentFlags {
  has_accepted_plan: boolean;
  has_payment_method: boolean;
  /** documented name; the docs do not say when it flips. */
  is_billing_address_confirmed: boolean;
  is_identity_verified: boolean;
  is_enrollment_finalized: boolean;
  is_service_active: boolean;
  can_finalize_enrollment: boolean;
  finalized_at: IsoDateTime | null;
}

/** documented + example app: one entry of `account.locations`. */
export interface Location {
  uuid: string;
  address_1: string;
  address_2: string | null;
  city: string;
  state: string;
  postal_code: string;
  /** The ESI ID. */
  utility_number: string;
  service_start_date: IsoDate | null;
  final_service_date: IsoDate | null;
  is_service_active: boolean;
  has_usage_history: boolean;
  estimated_next_reading_date: IsoDate | null;
  plan_name: string | null;
  plan_uuid: string | null;
}

export interface AccountApp {
  uuid: string;
  name: string;
  /** documented on the app-token account payload; may be absent here. */
  stripe_public_key: string | null;
}

export interface Account {
  uuid: string;
  account_number: string | null;
  created_at: IsoDateTime | null;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone_number: string | null;
  /** inferred: the docs list date of birth among identity fields; the account may not echo it. */
  date_of_birth: IsoDate | null;
  /**
   * inferred: the address the partner gave at account creation (`POST /app/accounts`, documented there); the docs
   * do not say the account-token account echoes it, nor its shape beyond text.
   */
  preliminary_address?: string | null;
  /** Kept as a string: an unknown future value must not break parsing. */
  status: AccountStatus | (string & {});
  status_reason: AccountStatusReason | (string & {});
  app: AccountApp | null;
  enrollment: EnrollmentFlags;
  locations: Location[];
}

// ---------------------------------------------------------------------------------------------------------------
// Enrollment

/**
 * inferred: a candidate service address from address-search or esi-id-search.
 * The docs say results carry the address as the utility has it and its ESI ID.
 */
export interface ServiceAddress {
  address_1: string;
  address_2: string | null;
  city: string;
  state: string;
  postal_code: string;
  /** The ESI ID (the docs call the location field `utility_number`; search results may say `esi_id`). */
  esi_id: string;
  /** inferred: the TDU serving the address, when given. */
  utility: string | null;
}

/** inferred body of POST /account/enroll/address-search. */
export interface AddressSearchRequest {
  query: string;
}
/** inferred body of POST /account/enroll/esi-id-search. */
export interface EsiIdSearchRequest {
  esi_id: string;
}

/** inferred: one TDU charge line of a plan. */
export interface PlanCharge {
  name: string;
  /** Cents per kWh, when the charge is per unit. */
  cents_per_kwh: number | null;
  /** Dollars per month, when the charge is fixed. */
  dollars_per_month: number | null;
}

/** inferred (the docs list the components, not their names): a plan offer. */
export interface Plan {
  uuid: string;
  name: string;
  description: string | null;
  term_months: number | null;
  /** Energy charge, cents per kWh. */
  energy_rate_cents_per_kwh: number | null;
  /** Delivery (TDU) charges. */
  tdu_charges: PlanCharge[];
  /** Base monthly plan charge in dollars. */
  base_charge_dollars: number | null;
  /** EFL average price, cents per kWh, at 500 / 1,000 / 2,000 kWh. */
  average_price_500_cents: number | null;
  average_price_1000_cents: number | null;
  average_price_2000_cents: number | null;
  renewable_percent: number | null;
  efl_url: string | null;
  tos_url: string | null;
  yrac_url: string | null;
  earliest_start_date: IsoDate | null;
  latest_start_date: IsoDate | null;
  /** When the offer stops being valid. */
  expires_at: IsoDateTime | null;
}

/** documented: body of POST /account/enroll/plans/request (account-token path inferred). */
export interface PlansRequest {
  esi_id: string;
}

/** documented: body of POST /account/enroll/plans/accept. */
export interface AcceptPlanRequest {
  plan_uuid: string;
  esi_id: string;
  service_start_date: IsoDate;
  terms_accepted: true;
}

/** documented path, inferred field names: body of PATCH /account/enroll/identity. */
export interface IdentityRequest {
  first_name: string;
  last_name: string;
  phone_number: string;
  email: string;
  date_of_birth: IsoDate;
}

/** documented path, inferred field names: body of POST /account/enroll/credit-check. */
export interface CreditCheckRequest {
  ssn: string;
  consent: true;
}

/** documented: body of POST /account/enroll/finalize. */
export interface FinalizeRequest {
  is_client_agent_enrollment?: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Billing

/** documented; `client_secret` name inferred. */
export interface PaymentSession {
  client_secret: string;
}

/** documented. */
export interface EnsurePaymentMethodRequest {
  payment_method_id: string;
}

/** documented + example app. `null` from the endpoint when no method is on file. */
export interface PaymentMethod {
  type: string;
  card_brand: string | null;
  card_last4: string | null;
  card_exp_month: number | null;
  card_exp_year: number | null;
  card_postal_code: string | null;
}

/** documented + example app. */
export interface Invoice {
  number: string;
  invoice_date: IsoDate | null;
  payment_due_date: IsoDate | null;
  billing_period_start: IsoDate | null;
  billing_period_end: IsoDate | null;
  total_cents: number;
  total_kwh: number | null;
  avg_cents_per_kwh: number | null;
  /** URL of the PDF, as given: check the scheme before linking. */
  pdf: string | null;
  paid_at: IsoDateTime | null;
  voided_at: IsoDateTime | null;
}

/** inferred: one line of a charges group. */
export interface InvoiceCharge {
  name: string;
  amount_cents: number;
  quantity: number | null;
  unit: string | null;
  rate: number | null;
}

/** documented name, inferred inner shape. */
export interface InvoiceChargesGroup {
  name: string;
  total_cents: number;
  charges: InvoiceCharge[];
}

/** documented: invoice detail with line items, usage and payment info. */
export interface InvoiceDetail extends Invoice {
  charges_groups: InvoiceChargesGroup[];
  /** inferred: how the invoice was paid, when it was. */
  payment: { method: string | null; paid_at: IsoDateTime | null; amount_cents: number | null } | null;
}

/** documented: paginated list. */
export interface Page<T> {
  data: T[];
  has_more: boolean;
  limit: number;
  offset: number;
  next_page_url: string | null;
}

export interface PageQuery {
  limit?: number;
  offset?: number;
}

/** documented (fields always filled); names inferred from location fields. */
export interface BillingAddress {
  address_1: string;
  address_2: string | null;
  city: string;
  state: string;
  postal_code: string;
  same_as_service_address: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Locations

/** example app. */
export interface LocationPlan {
  name: string;
  uuid: string;
  plan_type: string | null;
  rate_structure: string | null;
}

/** documented + example app: the active documents. */
export interface LocationDocuments {
  efl: string | null;
  tos: string | null;
  yrac: string | null;
  contract_start: IsoDate | null;
  contract_end: IsoDate | null;
}

/** inferred: one document of `all-documents`. */
export interface LocationDocument {
  /** `efl`, `tos`, `yrac`, or another kind. */
  kind: string;
  name: string | null;
  url: string | null;
  /** `past`, `active` or `queued` (future, e.g. after a renewal). */
  state: 'past' | 'active' | 'queued' | (string & {});
  start_date: IsoDate | null;
  end_date: IsoDate | null;
  plan_name: string | null;
}

/** inferred: one support contact. */
export interface SupportContact {
  name: string;
  phone: string | null;
  email: string | null;
  url: string | null;
}

/** documented (partner support and TDU); shape inferred. */
export interface SupportInfo {
  support: SupportContact | null;
  tdu: SupportContact | null;
}

/** documented + example app: a usage row. Energy in `units` (kWh). */
export interface UsageAmounts {
  consumption: number | null;
  generation: number | null;
  vehicle_charging: number | null;
  eligible_vehicle_charging: number | null;
}

export interface MonthlyUsage {
  year: number;
  units: string;
  /**
   * `month` is `YYYY-MM` once normalized. On the wire it is a month name (`"January"`, the example app) or
   * `YYYY-MM`; the docs say neither.
   */
  months: Array<UsageAmounts & { month: string }>;
  /** Query for the next/previous period, or `null` when there is none. Kept as given. */
  next: string | null;
  previous: string | null;
}

export interface DailyUsage {
  month: number;
  year: number;
  units: string;
  days: Array<UsageAmounts & { date: IsoDate }>;
  next: string | null;
  previous: string | null;
}

/** inferred: one 15-minute interval. `start` is an ISO date-time with offset. */
export interface UsageInterval {
  start: IsoDateTime;
  consumption: number | null;
  generation: number | null;
}

/** documented (a month of 15-minute intervals, never a partial day); shape inferred. */
export interface IntervalUsage {
  month: number;
  year: number;
  units: string;
  intervals: UsageInterval[];
  next: string | null;
  previous: string | null;
}

/** documented: renewal offers; the start window is typically the day after the contract ends. */
export interface RenewalPlans {
  plans: Plan[];
}

/** documented: body of POST renewal-plans/accept. */
export interface AcceptRenewalRequest {
  plan_uuid: string;
  service_start_date: IsoDate;
  terms_accepted: true;
}

// ---------------------------------------------------------------------------------------------------------------
// App-token side (partner backend only; never called from a browser with an app token)

/** documented: POST /v1/app/accounts/{uuid}/token. */
export interface TokenResponse {
  token: string;
  expires_at: IsoDateTime | null;
}

/** documented: embedded flow scopes. */
export type FlowScope = 'enrollment' | 'update-payment-method' | 'billing' | 'documents' | 'renewal';

/** documented: POST /v1/app/accounts/{uuid}/flow-login. */
export interface FlowLogin {
  login_link: string;
  scope: FlowScope;
  expires_at: IsoDateTime | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Plan comparison from an uploaded bill — documented

export interface ComparisonInvoice {
  uuid: string;
  /** `pending` until processed. */
  status: string;
  utility_account_number: string | null;
  processed_at: IsoDateTime | null;
  processing_error: string | null;
}

export interface ParsedInvoiceData {
  contract_end_date: IsoDate | null;
  invoice_date: IsoDate | null;
  provider_display_name: string | null;
  total_dollars: number | null;
  total_kwh: number | null;
}

export interface PlanComparison {
  group_uuid: string;
  name: string;
  total_dollars: number | null;
  usage_profile_uuid: string | null;
}

export interface SimpleCompare {
  processing_error: string | null;
  parsed_invoice_data: ParsedInvoiceData | null;
  plan_comparison: PlanComparison | null;
}

/** One calendar month of an annual comparison's typical year. */
export interface AnnualCompareMonth {
  /** 1 (January) to 12; `null` when the API sent something else. */
  month: number | null;
  import_kwh: number | null;
  current_plan_dollars: number | null;
  offered_plan_dollars: number | null;
}

export interface AnnualCompare extends SimpleCompare {
  /** Always 12 entries, January through December, per the docs. */
  months: AnnualCompareMonth[];
  annual_totals: {
    annual_import_kwh: number | null;
    annual_current_plan_dollars: number | null;
    annual_offered_plan_dollars: number | null;
  } | null;
}

export interface CompareQuery {
  plan_group: string;
  uuid: string;
}
