/**
 * The enrollment's requests: one at a time, each failure kept with its step and a retry, and the POSTs whose
 * effect the account shows (accepting the plan, finalizing) settled by reading the account when their answer
 * is lost, so nothing the server already did is sent twice. Finalizing also says where the customer goes when
 * the server is not ready for it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LightApiError } from '../../api/errors.js';
import type { Account } from '../../api/types.js';
import { isOutcomeUnknown } from '../../core/outcome.js';
import { toLightError } from '../../core/templates.js';
import { missingForFinalize, type Stage, type StepName } from './enrollment-steps.js';
import { isExpiredPlan } from './plan-offers.js';

/** The request in flight. */
export type Busy = 'accept' | 'identity' | 'credit' | 'finalize' | 'consent';

/** The POSTs whose effect the account shows. */
export type Settled = 'accept' | 'finalize';

/** A failed request, shown on its step with a retry. */
export interface StepFailure {
  step: Stage;
  error: LightApiError;
  retry: () => void;
}

/** Where accepting the plan leaves the customer: on to identity, or back at the offers (the plan is gone). */
export type AcceptResult = 'accepted' | 'expired';

/** Where finalizing leaves the customer. */
export type FinalizeResult =
  /** Submitted (now or by an earlier try): the account as read afterwards, if it could be. */
  | { kind: 'finalized'; account: Account | undefined }
  /** Not sent: the account shows a step still missing. */
  | { kind: 'missing'; step: StepName }
  /** Not sent: `can_finalize_enrollment` is false though no step it checks is missing (the account lags). */
  | { kind: 'not-ready' }
  /** Refused (422): the step to do again. */
  | { kind: 'rejected'; step: StepName };

export interface EnrollmentSubmissionOptions {
  /** Reads the account again (and shares it with every element on the client). */
  refresh: () => Promise<Account | undefined>;
}

/** Whether the account shows the plan accepted for the address (a location with no plan yet counts). */
export function isPlanAccepted(account: Account, esiId: string, planUuid: string): boolean {
  return (
    account.enrollment.has_accepted_plan &&
    account.locations.some((l) => l.utility_number === esiId && (!l.plan_uuid || l.plan_uuid === planUuid))
  );
}

/** Whether the account shows the enrollment submitted. */
export function isFinalized(account: Account): boolean {
  return account.enrollment.is_enrollment_finalized;
}

/**
 * The step to go back to when finalizing was refused: the first one the account still misses, else the credit
 * check (the one step the account cannot show).
 */
export function finalizeRejectedStep(latest: Account | undefined): StepName {
  return (latest && missingForFinalize(latest)) ?? 'credit';
}

export class EnrollmentSubmission implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: EnrollmentSubmissionOptions;
  #busy: Busy | null = null;
  #failure: StepFailure | null = null;
  /** POSTs whose last try lost its answer and whose effect the account has not shown yet either way. */
  readonly #unsure = new Set<Settled>();

  constructor(host: ReactiveControllerHost, options: EnrollmentSubmissionOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The request in flight, or `null`. */
  get busy(): Busy | null {
    return this.#busy;
  }

  /** The last request's failure, until the next request or until cleared. */
  get failure(): StepFailure | null {
    return this.#failure;
  }

  /** Forgets the shown failure (the customer moved elsewhere). */
  clearFailure(): void {
    this.#setFailure(null);
  }

  /**
   * Runs one request for a step: one at a time, errors kept with a retry that resends the same data (or runs
   * `retry`, for a form that must be read again).
   */
  async send(
    busy: Busy,
    step: Stage,
    action: () => Promise<void>,
    retry: () => void = () => void this.send(busy, step, action),
  ): Promise<void> {
    if (this.#busy) return;
    this.#setBusy(busy);
    this.#setFailure(null);
    try {
      await action();
    } catch (error) {
      const failure = toLightError(error);
      this.#setFailure({ step, error: failure, retry });
    } finally {
      this.#setBusy(null);
    }
  }

  /**
   * Sends a POST whose effect the account shows (`applied`). When its answer is lost (the outcome is unknown),
   * reads the account instead of guessing: done there → resolves with that account; not done → rethrows, and
   * the retry sends it again; the account unreadable too → rethrows, and the retry reads the account first, so
   * nothing the server already did is sent twice. Resolves `null` when the POST itself answered.
   */
  async post(
    kind: Settled,
    send: () => Promise<void>,
    applied: (account: Account) => boolean,
  ): Promise<Account | null> {
    if (this.#unsure.has(kind)) {
      const account = await this.#options.refresh();
      this.#unsure.delete(kind);
      if (account && applied(account)) return account;
    }
    try {
      await send();
      return null;
    } catch (error) {
      if (!isOutcomeUnknown(error)) throw error;
      this.#unsure.add(kind);
      const account = await this.#options.refresh().catch(() => undefined);
      if (!account) throw error;
      this.#unsure.delete(kind);
      if (applied(account)) return account;
      throw error;
    }
  }

  /**
   * Accepts the plan with `request` (its effect shown by `applied`), then makes sure the account shows it.
   * Refused because the offer is gone → `'expired'`; other failures reject (for `send` to show).
   */
  async accept(request: () => Promise<void>, applied: (account: Account) => boolean): Promise<AcceptResult> {
    let reread: Account | null = null;
    try {
      reread = await this.post('accept', request, applied);
    } catch (error) {
      if (isExpiredPlan(error)) return 'expired';
      throw error;
    }
    if (!reread) await this.#options.refresh();
    return 'accepted';
  }

  /**
   * Submits the enrollment with `request`, after reading the account as the docs ask ("confirm
   * `enrollment.can_finalize_enrollment` is `true`"): already submitted → done; not allowed → the step its flags
   * show missing (or `not-ready`), unsent; refused anyway (422) → the step to do again. Other failures reject (for
   * `send` to show).
   */
  async finalize(request: () => Promise<void>): Promise<FinalizeResult> {
    const refresh = this.#options.refresh;
    const account = await refresh();
    // Read just now, so an earlier try whose answer was lost is settled by it.
    this.#unsure.delete('finalize');
    if (account && isFinalized(account)) return { kind: 'finalized', account };
    if (account && !account.enrollment.can_finalize_enrollment) {
      const missing = missingForFinalize(account);
      return missing ? { kind: 'missing', step: missing } : { kind: 'not-ready' };
    }
    let reread: Account | null = null;
    try {
      reread = await this.post('finalize', request, isFinalized);
    } catch (error) {
      if (toLightError(error).status === 422) {
        const latest = await refresh();
        if (latest && isFinalized(latest)) return { kind: 'finalized', account: latest };
        return { kind: 'rejected', step: finalizeRejectedStep(latest) };
      }
      throw error;
    }
    return { kind: 'finalized', account: reread ?? (await refresh()) };
  }

  #setBusy(busy: Busy | null): void {
    if (busy === this.#busy) return;
    this.#busy = busy;
    this.#host.requestUpdate();
  }

  #setFailure(failure: StepFailure | null): void {
    if (failure === this.#failure) return;
    this.#failure = failure;
    this.#host.requestUpdate();
  }
}
