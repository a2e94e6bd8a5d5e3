import { expect } from '@open-wc/testing';
import type { Location, Plan } from '../../src/api/types.js';
import { checkAccept } from '../../src/elements/renewal/renewal-accept.js';
import {
  afterRefusal,
  asRenewalPlans,
  customPlansSource,
  missingPlansSource,
  requestCustomPlans,
  type RenewalPlansContext,
} from '../../src/elements/renewal/renewal-custom.js';

const plan = (overrides: Partial<Plan> = {}): Plan =>
  ({
    uuid: 'plan-1',
    name: 'Partner Saver 12',
    earliest_start_date: '2026-03-01',
    latest_start_date: '2026-03-31',
    ...overrides,
  }) as Plan;

const location = { uuid: 'loc-1', utility_number: '10443720000000000' } as Location;

describe('renewal with custom plans', () => {
  it('uses the provider when set, the backend only when custom plans are asked for, and nothing by default', () => {
    const provider = async () => [];
    expect(customPlansSource({ provider, customPlans: false, backend: '/energy' })).to.equal(provider);
    expect(customPlansSource({ provider: undefined, customPlans: false, backend: '/energy' })).to.equal(undefined);
    expect(customPlansSource({ provider: undefined, customPlans: true, backend: '/energy' })).to.equal('/energy');
    expect(customPlansSource({ provider: undefined, customPlans: true, backend: undefined })).to.equal(null);
    const refused = { what: 'backend', origin: 'https://evil.example' } as const;
    expect(customPlansSource({ provider: undefined, customPlans: true, backend: refused })).to.equal(null);
    expect(missingPlansSource().code).to.equal('config');
  });

  it('makes every plan start the day after the contract ends, so accepting sends that date', () => {
    const [renewal] = asRenewalPlans([plan()], '2026-04-30', '2026-03-18');
    expect([renewal.earliest_start_date, renewal.latest_start_date]).to.deep.equal(['2026-05-01', '2026-05-01']);
    const check = checkAccept({
      plan: renewal,
      chosenStart: null,
      termsAccepted: true,
      contractEnd: '2026-04-30',
      today: '2026-03-18',
    });
    expect(check).to.deep.equal({
      ok: true,
      body: { plan_uuid: 'plan-1', service_start_date: '2026-05-01', terms_accepted: true },
    });
    // A contract that already ended (month-to-month): tomorrow.
    expect(asRenewalPlans([plan()], '2026-03-01', '2026-03-18')[0].earliest_start_date).to.equal('2026-03-19');
  });

  it("asks the provider with the location's ESI ID and contract end, and reads { plans } or a list", async () => {
    const calls: Array<[string, RenewalPlansContext]> = [];
    const signal = new AbortController().signal;
    const provider = async (esiId: string, context: RenewalPlansContext) => {
      calls.push([esiId, context]);
      return { plans: [{ uuid: 'p-9', name: 'Partner Green 24', term_months: 24 }] };
    };
    const plans = await requestCustomPlans(provider, {
      location,
      contractEnd: '2026-04-30',
      today: '2026-03-18',
      signal,
    });
    expect(calls).to.deep.equal([['10443720000000000', { locationUuid: 'loc-1', contractEnd: '2026-04-30', signal }]]);
    expect(plans.map((p) => [p.uuid, p.term_months, p.earliest_start_date])).to.deep.equal([['p-9', 24, '2026-05-01']]);
  });

  it('says a plan offered again after a refusal is refused, a renamed offer expired, and a missing one gone', () => {
    const previous = { uuid: 'plan-1', name: 'Partner Saver 12' };
    expect(afterRefusal([plan()], previous).kind).to.equal('refused');
    const repriced = plan({ uuid: 'plan-2' });
    expect(afterRefusal([repriced], previous)).to.deep.equal({ kind: 'expired', match: repriced });
    expect(afterRefusal([plan({ uuid: 'plan-3', name: 'Other' })], previous)).to.deep.equal({
      kind: 'gone',
      match: null,
    });
  });
});
