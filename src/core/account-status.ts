/**
 * Every documented `status` / `status_reason` pair, explained to the customer in plain words, with what they
 * should do where they must act. Used by the account status element and the enrollment confirmation.
 */
import type { Account } from '../api/types.js';
import { defineMessages, type SupportedLocale } from './i18n.js';

export type StatusTone = 'info' | 'progress' | 'success' | 'warning' | 'danger';

export interface StatusExplanation {
  tone: StatusTone;
  title: string;
  body: string;
  /** What the customer should do, when they must act. */
  action: string | null;
}

const en = {
  'created/unresolved.title': 'Account created',
  'created/unresolved.body': 'Your account is set up. Next, tell us where you need electricity.',
  'created/missing_address.title': 'Service address needed',
  'created/missing_address.body': 'We need the address where you want service before we can show you plans.',
  'applying/plan_not_accepted.title': 'Choose a plan',
  'applying/plan_not_accepted.body':
    'You have not accepted a plan yet. Confirm your service address, then pick a plan and accept its terms to continue.',
  'applying/missing_identity.title': 'Confirm your identity',
  'applying/missing_identity.body': 'We need a few personal details, like your date of birth, to set up service.',
  'applying/missing_payment_method.title': 'Add a payment method',
  'applying/missing_payment_method.body':
    'Add a payment method for automatic bill payments. Nothing is charged now; by default, each bill is charged 16 days after it is issued.',
  'applying/enrollment_not_finalized.title': 'Almost done',
  'applying/enrollment_not_finalized.body':
    'You have completed most steps. Review and submit your enrollment to finish.',
  'reviewing/verification_pending.title': 'We are reviewing your enrollment',
  'reviewing/verification_pending.body': 'Thanks for signing up. We are verifying your enrollment.',
  'reviewing/credit_check_pending.title': 'Credit check in progress',
  'reviewing/credit_check_pending.body':
    'We are running a soft credit check. If it does not pass, our support team will email you about other ways to verify your credit.',
  'needs_attention/credit_not_found.title': 'We could not find your credit history',
  'needs_attention/credit_not_found.body': 'We have emailed you to ask for more information to verify your credit.',
  'needs_attention/credit_not_found.action': 'Check your email and send the information it asks for.',
  'needs_attention/credit_declined.title': 'Additional credit information needed',
  'needs_attention/credit_declined.body':
    'Your credit check did not meet the requirements on its own, so we have emailed you to ask for more information to verify your credit.',
  'needs_attention/credit_declined.action': 'Check your email and send the information it asks for.',
  'needs_attention/credit_check_frozen.title': 'Your credit is frozen',
  'needs_attention/credit_check_frozen.body': 'We could not run the credit check because your credit file is frozen.',
  'needs_attention/credit_check_frozen.action':
    'Use the link in the email we sent to unfreeze your credit with Experian. We will retry the check automatically once it is unfrozen.',
  'needs_attention/credit_check_error.title': 'Credit check delayed',
  'needs_attention/credit_check_error.body':
    'The credit bureau could not complete the check right now. We will keep trying; you do not need to do anything.',
  'needs_attention/enrollment_blocked_switch_hold.title': 'Another provider placed a hold',
  'needs_attention/enrollment_blocked_switch_hold.body':
    'Your current or previous electricity provider has placed a hold on your account, usually because of a deferred payment plan.',
  'needs_attention/enrollment_blocked_switch_hold.action':
    'Contact that provider about lifting the hold. Your enrollment cannot go ahead until it is lifted.',
  'needs_attention/enrollment_blocked_deactivated.title': 'Your meter is not active',
  'needs_attention/enrollment_blocked_deactivated.body':
    'The utility has this meter in its system but lists it as not active. This needs further investigation before your enrollment can go ahead.',
  'needs_attention/utility_blocked.title': 'The utility reported a problem',
  'needs_attention/utility_blocked.body':
    'We sent your enrollment to the local utility, but there was a problem with it. This needs further investigation.',
  'ready/enrollment_pending_client_agent.title': 'Approved and ready',
  'ready/enrollment_pending_client_agent.body':
    'Your credit check and payment method are complete. Your provider will choose your plan and start date when the time is right.',
  'scheduled/service_pending.title': 'Service scheduled',
  'scheduled/service_pending.body': 'Your electricity service is scheduled to start on a later date.',
  'activating/utility_submitted.title': 'Switching your service',
  'activating/utility_submitted.body':
    'Your enrollment has been sent to your local utility. Switching usually takes 2 to 72 business hours.',
  'active/active.title': 'Service active',
  'active/active.body': 'Your electricity service is active.',
  'cancelled/enrollment_blocked_verification_hold.title': 'Enrollment cancelled',
  'cancelled/enrollment_blocked_verification_hold.body':
    'This enrollment was permanently blocked because the credit check was not resolved in time.',
  'cancelled/cancelled_pre_start.title': 'Service cancelled',
  'cancelled/cancelled_pre_start.body': 'This service was cancelled before it started.',
  'cancelled/expire_pre_active.title': 'Offer expired',
  'cancelled/expire_pre_active.body': 'The plan rates expired before verification was complete.',
  'cancelled/expire_pre_active.action': 'Start a new enrollment to see current plans.',
  'cancelled/cancelled_post_start.title': 'Service ended',
  'cancelled/cancelled_post_start.body': 'This service was cancelled after it had started.',
  'unknown.title': 'Account status',
  'unknown.body': 'We are working on your account. Contact support if you have questions.',
};

type Key = keyof typeof en;
type StatusKey = { [K in Key]: K extends `${infer S}.title` ? S : never }[Key];

/** The English catalog, which the Spanish one must cover completely. */
export type StatusMessages = typeof en;

const msg = defineMessages(en, { es: () => import('./account-status.es.js') });

const TONES: Record<StatusKey, StatusTone> = {
  'created/unresolved': 'info',
  'created/missing_address': 'info',
  'applying/plan_not_accepted': 'info',
  'applying/missing_identity': 'info',
  'applying/missing_payment_method': 'info',
  'applying/enrollment_not_finalized': 'info',
  'reviewing/verification_pending': 'progress',
  'reviewing/credit_check_pending': 'progress',
  'needs_attention/credit_not_found': 'warning',
  'needs_attention/credit_declined': 'warning',
  'needs_attention/credit_check_frozen': 'warning',
  'needs_attention/credit_check_error': 'progress',
  'needs_attention/enrollment_blocked_switch_hold': 'warning',
  'needs_attention/enrollment_blocked_deactivated': 'warning',
  'needs_attention/utility_blocked': 'warning',
  'ready/enrollment_pending_client_agent': 'success',
  'scheduled/service_pending': 'success',
  'activating/utility_submitted': 'progress',
  'active/active': 'success',
  'cancelled/enrollment_blocked_verification_hold': 'danger',
  'cancelled/cancelled_pre_start': 'danger',
  'cancelled/expire_pre_active': 'danger',
  'cancelled/cancelled_post_start': 'danger',
  unknown: 'info',
};

/** Every documented status pair, as `status/status_reason`. */
export const DOCUMENTED_STATUSES = Object.keys(TONES).filter((k) => k !== 'unknown') as StatusKey[];

/** The customer-facing explanation of an account's status. Unknown pairs get a neutral sentence. */
export function explainStatus(
  account: Pick<Account, 'status' | 'status_reason'>,
  locale: SupportedLocale,
): StatusExplanation {
  const pair = `${account.status}/${account.status_reason}`;
  const key = (pair in TONES ? pair : 'unknown') as StatusKey;
  const actionKey = `${key}.action` as Key;
  return {
    tone: TONES[key],
    title: msg(locale, `${key}.title` as Key),
    body: msg(locale, `${key}.body` as Key),
    action: actionKey in en ? msg(locale, actionKey) : null,
  };
}
