/**
 * Where an account stands on its way to electricity service, from `GET /v1/account`: what decides whether an
 * element keeps re-reading the account and when it announces that service has started.
 */
import type { Account } from '../api/types.js';

/** Statuses of an enrollment that is finalized and travelling to the utility: nothing left for the customer. */
const ON_THE_WAY: ReadonlySet<string> = new Set(['reviewing', 'ready', 'scheduled', 'activating']);

/** Whether the account's electricity service is active (`enrollment.is_service_active`, or status `active`). */
export function isServiceActive(account: Pick<Account, 'status' | 'enrollment'>): boolean {
  return account.enrollment?.is_service_active === true || account.status === 'active';
}

/** Whether the enrollment is on its way to service (finalized, not active, nothing for the customer to do). */
export function isServiceOnTheWay(account: Pick<Account, 'status' | 'enrollment'>): boolean {
  return ON_THE_WAY.has(account.status) && !isServiceActive(account);
}
