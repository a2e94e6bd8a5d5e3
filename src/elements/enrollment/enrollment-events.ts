/** The enrollment's events, and their details made from the account (plain data, never the SSN or card data). */
import type { Account, Plan } from '../../api/types.js';
import type { EnrollmentStepDetail } from './enrollment-flow.js';

export type { EnrollmentStepDetail };

export interface PlanAcceptedDetail {
  planUuid: string;
  planName: string;
  esiId: string;
  serviceStartDate: string;
}

export interface EnrollmentCompleteDetail {
  accountUuid: string;
  status: string;
  statusReason: string;
  planName: string | null;
  serviceStartDate: string | null;
  finalizedAt: string | null;
}

/**
 * `light-client-agent-consent`: the customer authorized the partner to enroll them later (limited power of
 * attorney). The partner's backend keeps it as its record and attests it with `record-client-agent`.
 */
export interface ClientAgentConsentDetail {
  accountUuid: string;
  /** The service address's ESI ID the customer confirmed: the partner passes it to `plans/accept`. */
  esiId: string | null;
  /** The consent exactly as the customer read it, in their language. */
  consent: string;
  locale: string;
  /** When the customer agreed (ISO 8601): the `client_agent_accepted_at` to record. */
  acceptedAt: string;
  /** Whether the element recorded it through the partner's backend (`${backend}/client-agent`). */
  recorded: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'light-enrollment-step': CustomEvent<EnrollmentStepDetail>;
    'light-plan-accepted': CustomEvent<PlanAcceptedDetail>;
    'light-payment-method-added': CustomEvent<{ accountUuid: string }>;
    'light-enrollment-complete': CustomEvent<EnrollmentCompleteDetail>;
    'light-client-agent-consent': CustomEvent<ClientAgentConsentDetail>;
  }
}

/** The `light-enrollment-complete` detail: the submitted account's status and its first location's plan. */
export function completeDetail(account: Account): EnrollmentCompleteDetail {
  const location = account.locations[0];
  return {
    accountUuid: account.uuid,
    status: account.status,
    statusReason: account.status_reason,
    planName: location?.plan_name ?? null,
    serviceStartDate: location?.service_start_date ?? null,
    finalizedAt: account.enrollment.finalized_at,
  };
}

/** The `light-plan-accepted` detail. */
export function planAcceptedDetail(plan: Plan, esiId: string, serviceStartDate: string): PlanAcceptedDetail {
  return { planUuid: plan.uuid, planName: plan.name, esiId, serviceStartDate };
}
