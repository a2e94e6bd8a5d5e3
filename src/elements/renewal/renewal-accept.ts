/**
 * Accepting a renewal, without the DOM: what the accept form sends (or what must be fixed first), how its fixed
 * start date is worded, and sending it so that a lost answer is settled by the server's contract rather than by
 * sending the accept twice.
 */
import type { LightApiError } from '../../api/errors.js';
import type { AcceptRenewalRequest, IsoDate, Plan } from '../../api/types.js';
import { addDays, parseIsoDate } from '../../core/dates.js';
import { isOutcomeUnknown } from '../../core/outcome.js';
import { isStartAllowed, serviceStartDate, startWindow, type StartWindow } from '../../core/plan-terms.js';
import type { QueuedRenewal } from './renewal-eligibility.js';

function knownDate(date: IsoDate | null | undefined): IsoDate | null {
  return date && parseIsoDate(date) !== null ? date : null;
}

/** For a plan that names no start date: the day after the contract ends, or tomorrow when that is later. */
export function fallbackStart(contractEnd: IsoDate | null | undefined, today: IsoDate): IsoDate {
  const tomorrow = addDays(today, 1);
  const end = knownDate(contractEnd);
  const afterEnd = end ? addDays(end, 1) : null;
  return afterEnd && afterEnd > tomorrow ? afterEnd : tomorrow;
}

/**
 * How a fixed start is said: `unknown` when the plan names no date, `after-contract` when it is the day after the
 * current contract ends (a typical renewal), else `on-date`.
 */
export function fixedStartNote(
  window: StartWindow,
  contractEnd: IsoDate | null | undefined,
): 'unknown' | 'after-contract' | 'on-date' {
  if (!window.earliest) return 'unknown';
  const end = knownDate(contractEnd);
  return end && window.earliest === addDays(end, 1) ? 'after-contract' : 'on-date';
}

export type AcceptCheck =
  | { ok: true; body: AcceptRenewalRequest }
  /** The chosen start date is outside the window (`start`), or the terms are not accepted (`terms`). */
  | { ok: false; problem: 'start' | 'terms' };

/**
 * What accepting `plan` sends, or the first thing to fix. The start date: the one chosen (the earliest until the
 * customer changes it) when the window is wider than a day, else the fixed date, else the fallback.
 */
export function checkAccept(input: {
  plan: Plan;
  chosenStart: string | null;
  termsAccepted: boolean;
  contractEnd: IsoDate | null;
  today: IsoDate;
}): AcceptCheck {
  const { plan, chosenStart } = input;
  const window = startWindow(plan);
  if (!window.fixed && !isStartAllowed(window, chosenStart ?? window.earliest)) return { ok: false, problem: 'start' };
  if (!input.termsAccepted) return { ok: false, problem: 'terms' };
  const start = serviceStartDate(window, chosenStart) ?? fallbackStart(input.contractEnd, input.today);
  return { ok: true, body: { plan_uuid: plan.uuid, service_start_date: start, terms_accepted: true } };
}

/** A refused accept that means the offer expired or was withdrawn: current plans are requested instead. */
export function isOfferGone(error: LightApiError): boolean {
  return error.code === 'validation' || error.code === 'not_found';
}

/** How an accept reaches the server, for one location. */
export interface AcceptChannel {
  accept(body: AcceptRenewalRequest): Promise<unknown>;
  /** The renewal queued for the location, read from the server now. */
  queued(): Promise<QueuedRenewal | null>;
}

/**
 * Sends renewal accepts one at a time. When an accept's answer is lost (its outcome is unknown), the location's
 * contract says whether it took: a renewal now queued is the outcome; none → the error is rethrown and a retry
 * sends the accept again; the contract unreadable too → rethrown, and the retry reads the contract before
 * sending anything.
 */
export class RenewalAcceptor {
  #inFlight = false;
  /** The last accept lost its answer and the contract could not be read since: whether it took is not known. */
  #unsure = false;

  /** An accept is on its way (set synchronously, so a second click before the re-render sends nothing). */
  get inFlight(): boolean {
    return this.#inFlight;
  }

  /** Another location: what was not known about the previous one no longer matters. */
  reset(): void {
    this.#unsure = false;
  }

  /** Sends `body`. Resolves the renewal found queued when the answer was lost, `null` when the accept answered. */
  async send(channel: AcceptChannel, body: AcceptRenewalRequest): Promise<QueuedRenewal | null> {
    this.#inFlight = true;
    try {
      return await this.#accept(channel, body);
    } finally {
      this.#inFlight = false;
    }
  }

  async #accept(channel: AcceptChannel, body: AcceptRenewalRequest): Promise<QueuedRenewal | null> {
    if (this.#unsure) {
      const queued = await channel.queued();
      this.#unsure = false;
      if (queued) return queued;
    }
    try {
      await channel.accept(body);
      return null;
    } catch (error) {
      if (!isOutcomeUnknown(error)) throw error;
      this.#unsure = true;
      const queued = await channel.queued().catch(() => undefined);
      if (queued === undefined) throw error;
      this.#unsure = false;
      if (queued) return queued;
      throw error;
    }
  }
}
