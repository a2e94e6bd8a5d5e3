import { expect } from '@open-wc/testing';
import { toAccount, toPlan } from '../../src/api/normalize.js';
import { completeDetail, planAcceptedDetail } from '../../src/elements/enrollment/enrollment-events.js';

describe('enrollment events', () => {
  it('describes a submitted account by its status and first location', () => {
    const account = toAccount({
      uuid: 'acct-1',
      status: 'pending',
      status_reason: 'awaiting_switch',
      enrollment: { is_enrollment_finalized: true, finalized_at: '2026-12-01T10:00:00Z' },
      locations: [{ plan_name: 'Simple 12', service_start_date: '2026-12-05' }, { plan_name: 'Other' }],
    });
    expect(completeDetail(account)).to.deep.equal({
      accountUuid: 'acct-1',
      status: 'pending',
      statusReason: 'awaiting_switch',
      planName: 'Simple 12',
      serviceStartDate: '2026-12-05',
      finalizedAt: '2026-12-01T10:00:00Z',
    });
  });

  it('says null for what an account without a location lacks', () => {
    const detail = completeDetail(toAccount({ uuid: 'acct-2' }));
    expect(detail.planName).to.equal(null);
    expect(detail.serviceStartDate).to.equal(null);
    expect(detail.finalizedAt).to.equal(null);
  });

  it('describes an accepted plan with plain data only', () => {
    const plan = toPlan({ uuid: 'plan-1', name: 'Simple 12', efl_url: 'https://example.com/efl' });
    expect(planAcceptedDetail(plan, 'esi-1', '2026-12-05')).to.deep.equal({
      planUuid: 'plan-1',
      planName: 'Simple 12',
      esiId: 'esi-1',
      serviceStartDate: '2026-12-05',
    });
  });
});
