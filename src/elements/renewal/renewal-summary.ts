/**
 * What the renewal element says about where a location stands, decided without words or DOM: the contract
 * summary's time left and what happens without a renewal, and why a location without active service cannot
 * renew. The views turn these into sentences.
 */
import type { Account, AccountStatus, IsoDate } from '../../api/types.js';
import { daysBetween, parseIsoDate } from '../../core/dates.js';
import type { RenewalStanding } from './renewal-eligibility.js';

export interface ContractSummary {
  /** The contract's last day, when known. */
  end: IsoDate | null;
  /** Time left: days until the end, the end today, days since it ended, or `null` when the end is unknown. */
  left: { kind: 'days'; days: number } | { kind: 'today' } | { kind: 'ended'; days: number } | null;
  /**
   * What happens without a renewal: month-to-month once the contract ends (`ahead`), already (`now`), when it
   * ends on a day not known (`unknown-end`); nothing to say once a renewal is scheduled (`null`).
   */
  consequence: 'ahead' | 'now' | 'unknown-end' | null;
}

/** The summary above the plans, for a location whose contract was read. */
export function contractSummary(standing: RenewalStanding, today: IsoDate): ContractSummary {
  const end = 'contractEnd' in standing ? standing.contractEnd : null;
  const daysLeft = end ? daysBetween(today, end) : null;
  const left: ContractSummary['left'] =
    daysLeft === null
      ? null
      : daysLeft > 0
        ? { kind: 'days', days: daysLeft }
        : daysLeft === 0
          ? { kind: 'today' }
          : { kind: 'ended', days: -daysLeft };
  const consequence = standing.kind === 'scheduled' ? null : !end ? 'unknown-end' : daysLeft! < 0 ? 'now' : 'ahead';
  return { end, left, consequence };
}

/**
 * Account statuses under which a service that starts later is on course to start on its date. Under any other
 * (a credit check declined or pending, a hold, a review), that date is not promised.
 */
const START_ON_COURSE: readonly AccountStatus[] = ['scheduled', 'activating', 'active'];

/**
 * Why a location without active service cannot renew: the account was `cancelled` (no final date known), service
 * `ended` (it has a final date, or started in the past), it is `pending` (it starts later), or it is `waiting` on
 * the account (it would start later, but the account's `accountStatus` does not promise that date yet).
 */
export function inactiveReason(input: {
  finalServiceDate: IsoDate | null;
  accountCancelled: boolean;
  /** The location's service start date. */
  serviceStartDate: IsoDate | null;
  today: IsoDate;
  /** The account's status, when known. */
  accountStatus?: Account['status'] | null;
}): 'cancelled' | 'ended' | 'pending' | 'waiting' {
  if (!input.finalServiceDate && input.accountCancelled) return 'cancelled';
  const start = input.serviceStartDate;
  const startsLater = !!start && parseIsoDate(start) !== null && start > input.today;
  if (input.finalServiceDate || !startsLater) return 'ended';
  return input.accountStatus && !(START_ON_COURSE as readonly string[]).includes(input.accountStatus)
    ? 'waiting'
    : 'pending';
}
