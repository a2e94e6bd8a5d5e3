import { expect } from '@open-wc/testing';
import type { Location, LocationDocument, Plan } from '../../src/api/types.js';
import {
  contractStanding,
  findQueuedRenewal,
  locationStanding,
  matchPlan,
  renewalOpensOn,
  RENEWAL_WINDOW_DAYS,
} from '../../src/elements/renewal/renewal-eligibility.js';

const location = (overrides: Partial<Location> = {}): Location => ({
  uuid: 'loc-1',
  address_1: '1 Main St',
  address_2: null,
  city: 'Dallas',
  state: 'TX',
  postal_code: '75201',
  utility_number: '10443720000000000',
  service_start_date: '2025-03-01',
  final_service_date: null,
  is_service_active: true,
  has_usage_history: true,
  estimated_next_reading_date: null,
  plan_name: 'Light Simple 12',
  plan_uuid: 'plan-1',
  ...overrides,
});

const doc = (overrides: Partial<LocationDocument>): LocationDocument => ({
  kind: 'efl',
  name: null,
  url: 'https://example.com/efl.pdf',
  state: 'active',
  start_date: '2025-03-01',
  end_date: '2026-02-28',
  plan_name: 'Light Simple 12',
  ...overrides,
});

const plan = (overrides: Partial<Plan>): Plan =>
  ({ uuid: 'p', name: 'Plan', earliest_start_date: null, latest_start_date: null, ...overrides }) as Plan;

describe('renewal eligibility', () => {
  it('needs an active location before anything else', () => {
    expect(locationStanding(null)).to.deep.equal({ kind: 'no-location' });
    expect(locationStanding(undefined)).to.deep.equal({ kind: 'no-location' });
    expect(locationStanding(location({ is_service_active: false, final_service_date: '2026-01-10' }))).to.deep.equal({
      kind: 'inactive',
      serviceStartDate: '2025-03-01',
      finalServiceDate: '2026-01-10',
    });
    expect(locationStanding(location())).to.equal(null);
  });

  it('opens 90 days before the contract ends, counting calendar days', () => {
    expect(RENEWAL_WINDOW_DAYS).to.equal(90);
    expect(renewalOpensOn('2026-03-31')).to.equal('2025-12-31');
    // 91 days out: not yet; 90 days out: open (the sandbox and the docs use the same rule).
    expect(contractStanding({ contractEnd: '2026-03-31', queued: null, today: '2025-12-30' })).to.deep.equal({
      kind: 'not-yet',
      contractEnd: '2026-03-31',
      daysLeft: 91,
      opensOn: '2025-12-31',
    });
    expect(contractStanding({ contractEnd: '2026-03-31', queued: null, today: '2025-12-31' })).to.deep.equal({
      kind: 'open',
      contractEnd: '2026-03-31',
      daysLeft: 90,
    });
  });

  it('stays open after the contract ended (month-to-month), with negative days left', () => {
    expect(contractStanding({ contractEnd: '2026-03-31', queued: null, today: '2026-04-05' })).to.deep.equal({
      kind: 'open',
      contractEnd: '2026-03-31',
      daysLeft: -5,
    });
  });

  it('crosses a daylight-saving change without losing a day', () => {
    expect(contractStanding({ contractEnd: '2026-03-09', queued: null, today: '2026-03-07' })).to.include({
      daysLeft: 2,
    });
  });

  it('lets the server decide when the contract end is unknown or not a date', () => {
    for (const contractEnd of [null, '', 'soon', '2026-02-30']) {
      expect(contractStanding({ contractEnd, queued: null, today: '2026-01-01' })).to.deep.equal({
        kind: 'open',
        contractEnd: null,
        daysLeft: null,
      });
    }
  });

  it('reports a renewal already queued, whatever the date', () => {
    const queued = { planName: 'Light Green 12', startDate: '2026-04-01' };
    expect(contractStanding({ contractEnd: '2026-03-31', queued, today: '2025-06-01' })).to.deep.equal({
      kind: 'scheduled',
      renewal: queued,
      contractEnd: '2026-03-31',
    });
  });

  it('finds a queued renewal by state, or by a start after the contract ends', () => {
    const current = doc({});
    expect(findQueuedRenewal([current], '2026-02-28')).to.equal(null);
    expect(
      findQueuedRenewal(
        [current, doc({ state: 'queued', plan_name: 'Light Green 12', start_date: '2026-03-01' })],
        '2026-02-28',
      ),
    ).to.deep.equal({ planName: 'Light Green 12', startDate: '2026-03-01' });
    expect(
      findQueuedRenewal(
        [current, doc({ state: 'scheduled', plan_name: 'Next', start_date: '2026-03-01' })],
        '2026-02-28',
      ),
    ).to.deep.equal({ planName: 'Next', startDate: '2026-03-01' });
    expect(findQueuedRenewal([doc({ state: 'past', start_date: '2024-03-01' })], '2026-02-28')).to.equal(null);
    expect(findQueuedRenewal([doc({ state: 'other', start_date: '2026-03-01' })], null)).to.equal(null);
  });

  it('finds the same plan in a new list: by uuid, else by name', () => {
    const plans = [plan({ uuid: 'a2', name: 'Light Simple 12' }), plan({ uuid: 'b2', name: 'Light Green 12' })];
    expect(matchPlan(plans, { uuid: 'b2', name: 'Light Green 12' })!.uuid).to.equal('b2');
    expect(matchPlan(plans, { uuid: 'b1', name: 'Light Green 12' })!.uuid).to.equal('b2');
    expect(matchPlan(plans, { uuid: 'c1', name: 'Light Saver 6' })).to.equal(null);
  });
});
