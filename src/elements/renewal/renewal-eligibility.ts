/**
 * Where a location stands for renewal, decided from what the API already told us, before any renewal plans are
 * requested: renewal offers open 90 days before the contract ends (renewal guide), only for active service, and
 * not again once a renewal is queued. Pure: no DOM, no requests.
 */
import type { IsoDate, Location, LocationDocument, Plan } from '../../api/types.js';
import { addDays, daysBetween, parseIsoDate } from '../../core/dates.js';

/** Renewal plans are offered from this many days before the contract ends (the docs' rule). */
export const RENEWAL_WINDOW_DAYS = 90;

/** A renewal the customer already accepted: its plan starts after the current contract. */
export interface QueuedRenewal {
  planName: string | null;
  startDate: IsoDate | null;
}

export type RenewalStanding =
  /** The account has no service location (a new customer), or not the one asked for. */
  | { kind: 'no-location' }
  /** Service is not active here: it has not started yet, or it ended (`finalServiceDate`). */
  | { kind: 'inactive'; serviceStartDate: IsoDate | null; finalServiceDate: IsoDate | null }
  /** A renewal is already accepted and waiting to start. */
  | { kind: 'scheduled'; renewal: QueuedRenewal; contractEnd: IsoDate | null }
  /** Too early: renewal opens on `opensOn`. */
  | { kind: 'not-yet'; contractEnd: IsoDate; daysLeft: number; opensOn: IsoDate }
  /**
   * Renewal is open. `contractEnd` is `null` when the API did not say (the server decides then);
   * `daysLeft` is negative once the contract has ended and the customer is on month-to-month.
   */
  | { kind: 'open'; contractEnd: IsoDate | null; daysLeft: number | null };

/** The first day renewal plans are offered for a contract ending on `contractEnd`. */
export function renewalOpensOn(contractEnd: IsoDate): IsoDate {
  return addDays(contractEnd, -RENEWAL_WINDOW_DAYS);
}

/** What can be said from the location alone; `null` when the contract must be looked at. */
export function locationStanding(location: Location | null | undefined): RenewalStanding | null {
  if (!location) return { kind: 'no-location' };
  if (!location.is_service_active) {
    return {
      kind: 'inactive',
      serviceStartDate: location.service_start_date,
      finalServiceDate: location.final_service_date,
    };
  }
  return null;
}

/**
 * A renewal already accepted for this location: a `queued` document set, or documents that start after the
 * current contract ends (for an API that labels them differently).
 */
export function findQueuedRenewal(
  documents: readonly LocationDocument[],
  contractEnd: IsoDate | null,
): QueuedRenewal | null {
  const queued =
    documents.find((d) => d.state === 'queued') ??
    (contractEnd && parseIsoDate(contractEnd) !== null
      ? documents.find(
          (d) => d.start_date !== null && parseIsoDate(d.start_date) !== null && d.start_date > contractEnd,
        )
      : undefined);
  return queued ? { planName: queued.plan_name, startDate: queued.start_date } : null;
}

/** The standing of an active location, given its contract end, any queued renewal and today's date. */
export function contractStanding(input: {
  contractEnd: IsoDate | null;
  queued: QueuedRenewal | null;
  today: IsoDate;
}): RenewalStanding {
  const { contractEnd, queued, today } = input;
  const knownEnd = contractEnd && parseIsoDate(contractEnd) !== null ? contractEnd : null;
  if (queued) return { kind: 'scheduled', renewal: queued, contractEnd: knownEnd };
  if (!knownEnd) return { kind: 'open', contractEnd: null, daysLeft: null };
  const daysLeft = daysBetween(today, knownEnd);
  if (daysLeft > RENEWAL_WINDOW_DAYS) {
    return { kind: 'not-yet', contractEnd: knownEnd, daysLeft, opensOn: renewalOpensOn(knownEnd) };
  }
  return { kind: 'open', contractEnd: knownEnd, daysLeft };
}

/**
 * After plans are requested again (the chosen offer expired), the same plan in the new list: the same uuid if it
 * is still offered, else the offer with the same name. `null` when it is no longer offered at all.
 */
export function matchPlan(plans: readonly Plan[], previous: { uuid: string; name: string }): Plan | null {
  return plans.find((p) => p.uuid === previous.uuid) ?? plans.find((p) => p.name === previous.name) ?? null;
}
