/**
 * The account: `GET /v1/account`, read into the `Account` shape (see `../types.ts`).
 */
import type { LightClient } from '../http.js';
import { PATHS, type Opts } from '../paths.js';
import { bool, list, pick, record, text, textOr } from '../parse.js';
import type { Account, EnrollmentFlags, Location } from '../types.js';
export function toEnrollment(raw: unknown): EnrollmentFlags {
  const json = record(raw);
  return {
    has_accepted_plan: bool(json.has_accepted_plan),
    has_payment_method: bool(json.has_payment_method),
    is_billing_address_confirmed: bool(json.is_billing_address_confirmed),
    is_identity_verified: bool(json.is_identity_verified),
    is_enrollment_finalized: bool(json.is_enrollment_finalized),
    is_service_active: bool(json.is_service_active),
    can_finalize_enrollment: bool(json.can_finalize_enrollment),
    finalized_at: text(json.finalized_at),
  };
}

export function toLocation(raw: unknown): Location {
  const json = record(raw);
  return {
    uuid: textOr(json.uuid),
    address_1: textOr(json.address_1),
    address_2: text(json.address_2) || null,
    city: textOr(json.city),
    state: textOr(json.state),
    postal_code: textOr(json.postal_code),
    utility_number: textOr(pick(json, ['utility_number', 'esi_id'], text)),
    service_start_date: text(json.service_start_date),
    final_service_date: text(json.final_service_date),
    is_service_active: bool(json.is_service_active),
    has_usage_history: bool(json.has_usage_history),
    estimated_next_reading_date: text(json.estimated_next_reading_date),
    plan_name: text(json.plan_name),
    plan_uuid: text(json.plan_uuid),
  };
}

export function toAccount(raw: unknown): Account {
  const json = record(raw);
  const app = json.app ? record(json.app) : null;
  return {
    uuid: textOr(json.uuid),
    account_number: text(json.account_number),
    created_at: text(json.created_at),
    first_name: text(json.first_name),
    last_name: text(json.last_name),
    email: text(json.email),
    phone_number: text(json.phone_number),
    date_of_birth: text(json.date_of_birth),
    preliminary_address: text(json.preliminary_address),
    status: textOr(json.status, 'created'),
    status_reason: textOr(json.status_reason, 'unresolved'),
    app: app && {
      uuid: textOr(app.uuid),
      name: textOr(app.name),
      stripe_public_key: text(app.stripe_public_key),
    },
    enrollment: toEnrollment(json.enrollment),
    locations: list(json.locations).map(toLocation),
  };
}

export async function getAccount(client: LightClient, opts: Opts = {}): Promise<Account> {
  return toAccount(await client.request('GET', PATHS.account, opts));
}
