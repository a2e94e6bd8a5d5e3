/**
 * What the confirmation says once the enrollment is submitted, from the account's status (the docs' "Account
 * statuses" table): the confirmation only while the enrollment is on its way; otherwise the truth of where it
 * stands.
 */
import type { Account } from '../../api/types.js';

/**
 * - `on-its-way`: submitted and moving (reviewing, scheduled, activating): the confirmation and what happens next.
 * - `active`: the utility accepted it; service is on.
 * - `attention`: on hold until something is resolved (credit, a switch hold, the meter, the utility).
 * - `cancelled`: it will not go ahead.
 * - `client-agent`: approved; the partner enrolls the customer later under power of attorney.
 * - `authorized`: a client-agent enrollment the customer finished, its checks not done yet (not submitted).
 */
export type EnrollmentOutcome = 'on-its-way' | 'active' | 'attention' | 'cancelled' | 'client-agent' | 'authorized';

/** Where an enrollment the customer finished stands (`clientAgent`: one the partner submits later). */
export function enrollmentOutcome(
  account: Pick<Account, 'status' | 'enrollment'>,
  clientAgent = false,
): EnrollmentOutcome {
  if (account.status === 'active' || account.enrollment.is_service_active) return 'active';
  if (account.status === 'needs_attention') return 'attention';
  if (account.status === 'cancelled') return 'cancelled';
  if (account.status === 'ready') return 'client-agent';
  return clientAgent && !account.enrollment.is_enrollment_finalized ? 'authorized' : 'on-its-way';
}

/** Whether the account can still change on its own (so the confirmation keeps reading it): not active, not cancelled. */
export function isStillMoving(outcome: EnrollmentOutcome): boolean {
  return outcome !== 'active' && outcome !== 'cancelled';
}
