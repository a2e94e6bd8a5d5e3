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

declare global {
  interface GlobalEventHandlersEventMap {
    'light-enrollment-step': CustomEvent<EnrollmentStepDetail>;
    'light-plan-accepted': CustomEvent<PlanAcceptedDetail>;
    'light-payment-method-added': CustomEvent<{ accountUuid: string }>;
    'light-enrollment-complete': CustomEvent<EnrollmentCompleteDetail>;
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
