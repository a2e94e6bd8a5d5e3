/**
 * The raw JSON of an account as the API returns it, built from the sandbox's records.
 */
import {
  currentContract,
  enrollmentFlags,
  SANDBOX_APP,
  type AccountRecord,
  type LocationRecord,
  type SandboxState,
} from './state.js';
import { addMonths, daysBetween } from './time.js';
import { usageRange } from './usage.js';

/** Raw JSON of `account.locations[]`. */
function locationJson(location: LocationRecord, now: Date, today: string) {
  const contract = currentContract(location, today);
  const range = usageRange(location, now);
  return {
    uuid: location.uuid,
    address_1: location.address.address_1,
    // Left out when there is none: the example app types it `address_2?: string` (`app/types/account.ts`).
    ...(location.address.address_2 === null ? {} : { address_2: location.address.address_2 }),
    city: location.address.city,
    state: location.address.state,
    postal_code: location.address.postal_code,
    utility_number: location.address.esi_id,
    service_start_date: location.service_start_date,
    final_service_date: location.final_service_date,
    is_service_active: location.is_service_active,
    has_usage_history: range !== null,
    estimated_next_reading_date: location.is_service_active ? nextReadingDate(location, today) : null,
    plan_name: contract?.plan.json.name ?? null,
    plan_uuid: contract?.plan.json.uuid ?? null,
  };
}

/** Meters are read monthly on the day of the month service started. */
function nextReadingDate(location: LocationRecord, today: string): string {
  const start = location.service_start_date;
  let months = Math.max(0, Math.floor(daysBetween(start, today) / 31));
  while (addMonths(start, months) <= today) months++;
  return addMonths(start, months);
}

/**
 * Raw JSON of GET /account. Its `app` is `{ uuid, name }`, as the example app types it (`app/types/account.ts`):
 * the docs put `app.stripe_public_key` on the app-token account payload only ("9. Add a payment method"), so the
 * key is echoed here only with the sandbox's `echoStripeKeyOnAccount` option.
 */
export function accountJson(state: SandboxState, account: AccountRecord) {
  const now = state.now();
  const today = state.today();
  return {
    uuid: account.uuid,
    account_number: account.account_number,
    created_at: account.created_at,
    first_name: account.first_name,
    last_name: account.last_name,
    email: account.email,
    phone_number: account.phone_number,
    // inferred: the docs name preliminary_address only as a create field; echoed here, when set, for the
    // enrollment to start its address search from it.
    ...(account.preliminary_address ? { preliminary_address: account.preliminary_address } : {}),
    status: account.status,
    status_reason: account.status_reason,
    app: (state.config.echoStripeKey ? { ...SANDBOX_APP } : { uuid: SANDBOX_APP.uuid, name: SANDBOX_APP.name }) as {
      uuid: string;
      name: string;
      stripe_public_key?: string;
    },
    enrollment: enrollmentFlags(account),
    locations: account.locations.map((l) => locationJson(l, now, today)),
  };
}

/**
 * Raw JSON of the app-token account payload (GET /app/accounts/{uuid}): the account plus partner-only fields, and
 * `app.stripe_public_key` where the docs put it ("9. Add a payment method").
 */
export function appAccountJson(state: SandboxState, account: AccountRecord) {
  return {
    ...accountJson(state, account),
    app: { ...SANDBOX_APP },
    date_of_birth: account.date_of_birth,
    renewals_url: account.renewals_url,
    client_agent_accepted: account.client_agent_accepted_at !== null,
    client_agent_accepted_at: account.client_agent_accepted_at,
  };
}
