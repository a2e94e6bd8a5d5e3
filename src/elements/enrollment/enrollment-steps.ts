/**
 * Where an enrollment stands, derived — never stored — from the server's account and what the customer has
 * entered on this page. Reloading the page therefore resumes at the right step.
 *
 * The server knows: whether a plan is accepted (and so the service address), identity, payment method, and
 * finalization. It cannot tell whether the address was confirmed before a plan was accepted, or whether the
 * credit check was submitted before finalize: for those the page's own memory decides, and after a reload the
 * customer is asked again (resubmitting is harmless; an SSN is never persisted to avoid asking).
 */
import type { Account } from '../../api/types.js';

export const STEPS = ['address', 'plan', 'terms', 'identity', 'credit', 'payment', 'review'] as const;
/**
 * The client-agent (power of attorney) enrollment: the customer gives everything but the plan, then consents to
 * the partner enrolling them later; the partner accepts the plan and submits when the time comes.
 */
export const CLIENT_AGENT_STEPS = ['address', 'identity', 'credit', 'payment', 'consent'] as const;
export type StepName = (typeof STEPS)[number] | (typeof CLIENT_AGENT_STEPS)[number];
/** A step, or the confirmation shown once the enrollment is finalized. */
export type Stage = StepName | 'done';

/** What the customer did on this page (none of it is sent or kept anywhere else). */
export interface PageProgress {
  /** An address (ESI ID) confirmed by the customer. */
  addressConfirmed: boolean;
  /** A plan chosen from the offers. */
  planChosen: boolean;
  /** The credit check was submitted on this page. */
  creditSubmitted: boolean;
  /** A client-agent enrollment (see {@link CLIENT_AGENT_STEPS}). */
  clientAgent?: boolean;
  /** The client-agent consent was given on this page. */
  consented?: boolean;
}

/** The steps of the enrollment the page runs. */
export function stepsOf(page: Pick<PageProgress, 'clientAgent'>): readonly StepName[] {
  return page.clientAgent ? CLIENT_AGENT_STEPS : STEPS;
}

export type EnrollmentSnapshot = Pick<Account, 'enrollment' | 'locations' | 'status'>;

/** Whether the client-agent enrollment is as far as the customer takes it: consented, or approved already. */
function clientAgentDone(account: EnrollmentSnapshot, page: PageProgress): boolean {
  return !!page.consented || account.status === 'ready';
}

/** The step the customer should be on. */
export function currentStage(account: EnrollmentSnapshot, page: PageProgress): Stage {
  const flags = account.enrollment;
  if (flags.is_enrollment_finalized) return 'done';
  if (page.clientAgent) {
    if (clientAgentDone(account, page)) return 'done';
    if (!page.addressConfirmed) return 'address';
    if (!flags.is_identity_verified) return 'identity';
    if (!page.creditSubmitted) return 'credit';
    if (!flags.has_payment_method) return 'payment';
    return 'consent';
  }
  if (!flags.has_accepted_plan) {
    if (!page.addressConfirmed) return 'address';
    if (!page.planChosen) return 'plan';
    return 'terms';
  }
  if (!flags.is_identity_verified) return 'identity';
  if (!page.creditSubmitted) return 'credit';
  if (!flags.has_payment_method) return 'payment';
  return 'review';
}

/** Whether `step` is complete (so it shows as done and can be opened for review). */
export function isStepDone(step: StepName, account: EnrollmentSnapshot, page: PageProgress): boolean {
  const flags = account.enrollment;
  if (flags.is_enrollment_finalized) return true;
  switch (step) {
    case 'address':
      return flags.has_accepted_plan || page.addressConfirmed;
    case 'plan':
      return flags.has_accepted_plan || page.planChosen;
    case 'terms':
      return flags.has_accepted_plan;
    case 'identity':
      return flags.is_identity_verified;
    case 'credit':
      return page.creditSubmitted;
    case 'payment':
      return flags.has_payment_method;
    case 'review':
      return false;
    case 'consent':
      return clientAgentDone(account, page);
  }
}

/**
 * The first step `can_finalize_enrollment` still waits for, by the documented rule (plan accepted, payment
 * method, identity, not yet finalized), or `null` when nothing the server checks is missing.
 */
export function missingForFinalize(account: EnrollmentSnapshot): StepName | null {
  const flags = account.enrollment;
  if (!flags.has_accepted_plan) return 'terms';
  if (!flags.is_identity_verified) return 'identity';
  if (!flags.has_payment_method) return 'payment';
  return null;
}

/** 1-based position of a step among `steps`, for "Step 3 of 7". */
export function stepNumber(step: StepName, steps: readonly StepName[] = STEPS): number {
  return steps.indexOf(step) + 1;
}
