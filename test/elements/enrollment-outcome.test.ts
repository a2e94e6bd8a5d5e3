import { expect } from '@open-wc/testing';
import { toAccount } from '../../src/api/normalize.js';
import { DOCUMENTED_STATUSES } from '../../src/core/account-status.js';
import { enrollmentOutcome, isStillMoving } from '../../src/elements/enrollment/enrollment-outcome.js';

const account = (pair: string, flags: Record<string, unknown> = { is_enrollment_finalized: true }) => {
  const [status, status_reason] = pair.split('/');
  return toAccount({ status, status_reason, enrollment: flags });
};

describe('enrollment outcome', () => {
  it('gives every documented status pair an outcome, the confirmation only while the enrollment is on its way', () => {
    const outcomes = Object.fromEntries(DOCUMENTED_STATUSES.map((pair) => [pair, enrollmentOutcome(account(pair))]));
    expect(outcomes).to.deep.equal({
      'created/unresolved': 'on-its-way',
      'created/missing_address': 'on-its-way',
      'applying/plan_not_accepted': 'on-its-way',
      'applying/missing_identity': 'on-its-way',
      'applying/missing_payment_method': 'on-its-way',
      'applying/enrollment_not_finalized': 'on-its-way',
      'reviewing/verification_pending': 'on-its-way',
      'reviewing/credit_check_pending': 'on-its-way',
      'needs_attention/credit_not_found': 'attention',
      'needs_attention/credit_declined': 'attention',
      'needs_attention/credit_check_frozen': 'attention',
      'needs_attention/credit_check_error': 'attention',
      'needs_attention/enrollment_blocked_switch_hold': 'attention',
      'needs_attention/enrollment_blocked_deactivated': 'attention',
      'needs_attention/utility_blocked': 'attention',
      'ready/enrollment_pending_client_agent': 'client-agent',
      'scheduled/service_pending': 'on-its-way',
      'activating/utility_submitted': 'on-its-way',
      'active/active': 'active',
      'cancelled/enrollment_blocked_verification_hold': 'cancelled',
      'cancelled/cancelled_pre_start': 'cancelled',
      'cancelled/expire_pre_active': 'cancelled',
      'cancelled/cancelled_post_start': 'cancelled',
    });
  });

  it('counts service active from the flag too, whatever the status says', () => {
    expect(enrollmentOutcome(account('activating/utility_submitted', { is_service_active: true }))).to.equal('active');
  });

  it('says a client-agent enrollment not yet approved is authorized, not submitted', () => {
    expect(enrollmentOutcome(account('applying/plan_not_accepted', {}), true)).to.equal('authorized');
    expect(enrollmentOutcome(account('ready/enrollment_pending_client_agent', {}), true)).to.equal('client-agent');
    expect(enrollmentOutcome(account('needs_attention/credit_check_frozen', {}), true)).to.equal('attention');
  });

  it('keeps reading the account until service is active or the enrollment is cancelled', () => {
    expect(['on-its-way', 'attention', 'client-agent', 'authorized'].every((o) => isStillMoving(o as never))).to.equal(
      true,
    );
    expect(isStillMoving('active')).to.equal(false);
    expect(isStillMoving('cancelled')).to.equal(false);
  });
});
