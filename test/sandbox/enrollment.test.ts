import { expect } from '@open-wc/testing';
import { SCENARIOS, type ScenarioName } from '../../src/sandbox/index.js';
import { call, fixedSandbox, tokenFor } from './helpers.js';

async function enrolling(scenario: ScenarioName = 'new-customer', options: Parameters<typeof fixedSandbox>[0] = {}) {
  const { sandbox, clock } = fixedSandbox(options);
  const session = await tokenFor(sandbox, scenario);
  const api = (method: string, path: string, body?: unknown) => call(sandbox, session.token, method, path, body);
  const account = async () => (await api('GET', '/account')).body;
  return { sandbox, clock, session, api, account };
}

const ESI = '10443720636966187'; // 4521 GASTON AVE, DALLAS (ONCOR)

async function plansFor(api: Awaited<ReturnType<typeof enrolling>>['api'], esiId = ESI) {
  const reply = await api('POST', '/account/enroll/plans/request', { esi_id: esiId });
  expect(reply.status).to.equal(200);
  return reply.body.plans;
}

describe('sandbox enrollment rules', () => {
  describe('address search', () => {
    it('matches type-ahead text fuzzily, ranked, at most 10 results, with ESI IDs', async () => {
      const { api } = await enrolling();
      const search = async (query: string) =>
        (await api('POST', '/account/enroll/address-search', { query })).body.results;
      const [first] = await search('4521 gaston');
      // No unit: `address_2` left out, as on a location.
      expect(first).to.deep.equal({
        address_1: '4521 GASTON AVE',
        city: 'DALLAS',
        state: 'TX',
        postal_code: '75246',
        esi_id: ESI,
        utility: 'ONCOR',
      });
      expect((await search('4521 Gastn Avenue'))[0].esi_id).to.equal(ESI); // a typo and the long form
      expect((await search('3409 oak lawn #211'))[0].address_2).to.equal('APT 211');
      expect((await search('montrose houston'))[0].esi_id).to.have.length(22);
      expect(await search('corpus')).to.have.length(3);
      expect((await search('dallas')).length).to.equal(9);
      expect((await search('tx')).length).to.equal(10);
      expect(await search('99999 nowhere lane')).to.deep.equal([]);
      expect((await api('POST', '/account/enroll/address-search', { query: '  ' })).status).to.equal(422);
    });

    it('validates ESI IDs (17 or 22 digits) and returns the matching address', async () => {
      const { api } = await enrolling();
      const byEsi = (esi_id: unknown) => api('POST', '/account/enroll/esi-id-search', { esi_id });
      expect((await byEsi('10443720000000000')).body.results[0].address_1).to.equal('1200 MAIN ST');
      expect((await byEsi('1008901 382844037879583')).body.results[0].city).to.equal('HOUSTON');
      expect((await byEsi('10443720000000001')).body).to.deep.equal({ results: [] });
      const bad = await byEsi('12345');
      expect(bad.status).to.equal(422);
      expect(bad.body.error).to.contain('17 or 22 digits');
    });
  });

  describe('plans', () => {
    it('prices 3–5 plans with the fields the client reads, rates depending on the TDU', async () => {
      const { api } = await enrolling();
      const oncor = await plansFor(api);
      const houston = await plansFor(api, '1008901382844037879583');
      expect(oncor.length).to.be.within(3, 5);
      const plan = oncor[0];
      for (const key of [
        'uuid',
        'name',
        'description',
        'term_months',
        'energy_rate_cents_per_kwh',
        'tdu_charges',
        'base_charge_dollars',
        'average_price_500_cents',
        'average_price_1000_cents',
        'average_price_2000_cents',
        'renewable_percent',
        'efl_url',
        'tos_url',
        'yrac_url',
        'earliest_start_date',
        'latest_start_date',
        'expires_at',
      ]) {
        expect(plan, key).to.have.property(key);
      }
      expect(plan.efl_url).to.match(/^https:\/\//);
      expect(plan.tdu_charges[0]).to.have.keys('name', 'cents_per_kwh');
      expect(plan.tdu_charges[1]).to.have.keys('name', 'dollars_per_month');
      expect(plan.average_price_500_cents).to.be.greaterThan(plan.average_price_2000_cents);
      expect(houston[0].energy_rate_cents_per_kwh).not.to.equal(plan.energy_rate_cents_per_kwh);
      expect(houston[0].tdu_charges[0].name).to.contain('CenterPoint');
      expect([plan.earliest_start_date, plan.latest_start_date]).to.deep.equal(['2026-03-18', '2026-04-17']);
      // Five business days from Wednesday 18 March.
      expect(plan.expires_at).to.equal('2026-03-25T18:00:00.000Z');
      expect((await api('POST', '/account/enroll/plans/request', { esi_id: '10443720000000001' })).status).to.equal(
        422,
      );
    });
  });

  describe('accepting a plan', () => {
    it('rejects terms not accepted, a start date outside the window, an unknown or expired plan', async () => {
      const { api, clock, sandbox, session } = await enrolling();
      const [plan] = await plansFor(api);
      const accept = (body: Record<string, unknown>) =>
        api('POST', '/account/enroll/plans/accept', {
          plan_uuid: plan.uuid,
          esi_id: ESI,
          service_start_date: '2026-03-25',
          terms_accepted: true,
          ...body,
        });

      let r = await accept({ terms_accepted: false });
      expect(r.status).to.equal(422);
      expect(r.body.error).to.contain('terms_accepted');
      r = await accept({ terms_accepted: 'yes' });
      expect(r.status).to.equal(422);
      r = await accept({ service_start_date: '2026-04-18' });
      expect(r.status).to.equal(422);
      expect(r.body.error).to.contain('between 2026-03-18 and 2026-04-17');
      expect((await accept({ service_start_date: '2026-03-17' })).status).to.equal(422);
      expect((await accept({ service_start_date: '2026-02-30' })).status).to.equal(422);
      expect((await accept({ esi_id: '1008901382844037879583' })).status).to.equal(422);
      expect((await accept({ plan_uuid: 'not-offered' })).status).to.equal(404);

      clock.set('2026-03-25T18:00:00Z');
      r = await call(sandbox, (await session.tokenProvider()).token, 'POST', '/account/enroll/plans/accept', {
        plan_uuid: plan.uuid,
        esi_id: ESI,
        service_start_date: '2026-03-26',
        terms_accepted: true,
      });
      expect(r.status).to.equal(422);
      expect(r.body.error.toLowerCase()).to.contain('plan expired');
      expect(
        (await call(sandbox, (await session.tokenProvider()).token, 'GET', '/account')).body.enrollment
          .has_accepted_plan,
      ).to.equal(false);
    });

    it('can make plans born expired, or expire them on demand', async () => {
      const born = await enrolling('new-customer', { planLifetimeMs: 0 });
      const [plan] = await plansFor(born.api);
      const r = await born.api('POST', '/account/enroll/plans/accept', {
        plan_uuid: plan.uuid,
        esi_id: ESI,
        service_start_date: '2026-03-20',
        terms_accepted: true,
      });
      expect(r.status).to.equal(422);

      const later = await enrolling();
      const [offer] = await plansFor(later.api);
      later.sandbox.expirePlans(later.session.accountUuid);
      const expired = await later.api('POST', '/account/enroll/plans/accept', {
        plan_uuid: offer.uuid,
        esi_id: ESI,
        service_start_date: '2026-03-20',
        terms_accepted: true,
      });
      expect(expired.body.error).to.contain('Plan expired');
    });

    it('creates the location with its plan and start date and flips has_accepted_plan', async () => {
      const { api, account } = await enrolling();
      const plans = await plansFor(api);
      const plan = plans.find((p: { name: string }) => p.name === 'Light Green 12');
      const r = await api('POST', '/account/enroll/plans/accept', {
        plan_uuid: plan.uuid,
        esi_id: ESI,
        service_start_date: '2026-04-01',
        terms_accepted: true,
      });
      expect([r.status, r.body]).to.deep.equal([200, {}]);
      const { enrollment, locations, status, status_reason } = await account();
      expect(enrollment.has_accepted_plan).to.equal(true);
      expect(locations).to.have.length(1);
      expect(locations[0]).to.deep.include({
        address_1: '4521 GASTON AVE',
        utility_number: ESI,
        plan_name: 'Light Green 12',
        plan_uuid: plan.uuid,
        service_start_date: '2026-04-01',
        is_service_active: false,
        has_usage_history: false,
      });
      expect([status, status_reason]).to.deep.equal(['applying', 'missing_identity']);
    });
  });

  describe('identity and credit check', () => {
    it('needs the minimum identity fields and validates them', async () => {
      const { api, account } = await enrolling('mid-enrollment-plan-accepted');
      let r = await api('PATCH', '/account/enroll/identity', { phone_number: '214-555-0100' });
      expect(r.status).to.equal(422);
      expect(r.body.error).to.contain('date_of_birth');
      r = await api('PATCH', '/account/enroll/identity', { date_of_birth: '2015-01-01' });
      expect(r.body.error).to.contain('18');
      r = await api('PATCH', '/account/enroll/identity', { email: 'not-an-email' });
      expect(r.status).to.equal(422);
      expect((await account()).enrollment.is_identity_verified).to.equal(false);
      r = await api('PATCH', '/account/enroll/identity', { date_of_birth: '1984-02-29', occupation: 'teacher' });
      expect(r.status).to.equal(200);
      const after = await account();
      expect(after.enrollment.is_identity_verified).to.equal(true);
      expect(after.phone_number).to.equal('214-555-0100');
      expect([after.status, after.status_reason]).to.deep.equal(['applying', 'missing_payment_method']);
    });

    it('needs consent and a 9-digit SSN, and keeps only its last four digits', async () => {
      const { api, sandbox, session } = await enrolling('mid-enrollment-identity-submitted');
      let r = await api('POST', '/account/enroll/credit-check', { ssn: '123456789', consent: false });
      expect(r.status).to.equal(422);
      expect(r.body.error).to.contain('consent');
      r = await api('POST', '/account/enroll/credit-check', { ssn: '12345678', consent: true });
      expect(r.status).to.equal(422);
      expect(r.body.error).not.to.contain('12345678');
      r = await api('POST', '/account/enroll/credit-check', { ssn: '555-12-3456', consent: true });
      expect(r.status).to.equal(200);
      const kept = sandbox.inspect(session.accountUuid);
      expect(kept.credit_check).to.include({ ssn_last4: '3456', consent: true });
      expect(JSON.stringify(kept, (_k, v) => (v instanceof Map ? [...v] : v))).not.to.match(/555-?12-?3456/);
    });
  });

  describe('finalize', () => {
    it('answers 422 "Cannot finalize enrollment" until plan, identity and payment are done', async () => {
      for (const scenario of [
        'new-customer',
        'mid-enrollment-plan-accepted',
        'mid-enrollment-identity-submitted',
        'mid-enrollment-payment-added',
      ] as const) {
        const { api, account } = await enrolling(scenario);
        expect((await account()).enrollment.can_finalize_enrollment, scenario).to.equal(false);
        const r = await api('POST', '/account/enroll/finalize', {});
        expect(r.status, scenario).to.equal(422);
        expect(r.body.error).to.equal('Cannot finalize enrollment');
      }
    });

    it('finalizes once everything is done, then refuses a second time', async () => {
      const { api, account, clock } = await enrolling('mid-enrollment-ready-to-finalize');
      const before = await account();
      expect(before.enrollment).to.include({
        has_accepted_plan: true,
        has_payment_method: true,
        is_identity_verified: true,
        can_finalize_enrollment: true,
      });
      clock.advance(60_000);
      const r = await api('POST', '/account/enroll/finalize');
      expect([r.status, r.body]).to.deep.equal([200, {}]);
      const after = await account();
      expect(after.enrollment).to.include({
        is_enrollment_finalized: true,
        can_finalize_enrollment: false,
        finalized_at: '2026-03-18T18:01:00.000Z',
      });
      expect([after.status, after.status_reason]).to.deep.equal(['reviewing', 'verification_pending']);
      expect((await api('POST', '/account/enroll/finalize', {})).status).to.equal(422);
      const [plan] = await plansFor(api);
      const late = await api('POST', '/account/enroll/plans/accept', {
        plan_uuid: plan.uuid,
        esi_id: ESI,
        service_start_date: '2026-03-20',
        terms_accepted: true,
      });
      expect(late.status).to.equal(422);
    });

    it('needs recorded power of attorney for a client-agent enrollment', async () => {
      const { api } = await enrolling('mid-enrollment-ready-to-finalize');
      const r = await api('POST', '/account/enroll/finalize', { is_client_agent_enrollment: true });
      expect(r.status).to.equal(422);
      expect(r.body.error).to.contain('client agent');
    });
  });

  describe('statuses', () => {
    it('moves through the documented pairs as steps complete', async () => {
      const { api, account } = await enrolling();
      const pair = async () => {
        const a = await account();
        return `${a.status}/${a.status_reason}`;
      };
      expect(await pair()).to.equal('created/unresolved');
      await api('POST', '/account/enroll/address-search', { query: 'gaston' });
      expect(await pair()).to.equal('created/missing_address');
      const [plan] = await plansFor(api);
      expect(await pair()).to.equal('applying/plan_not_accepted');
      await api('POST', '/account/enroll/plans/accept', {
        plan_uuid: plan.uuid,
        esi_id: ESI,
        service_start_date: '2026-03-20',
        terms_accepted: true,
      });
      expect(await pair()).to.equal('applying/missing_identity');
    });

    it('sets up every scenario in its declared status, together covering the whole table', async () => {
      const { sandbox } = fixedSandbox();
      const seen = new Set<string>();
      for (const scenario of SCENARIOS) {
        const session = sandbox.session(scenario.name);
        const account = sandbox.getAccount(session.accountUuid);
        expect(`${account.status}/${account.status_reason}`, scenario.name).to.equal(
          `${scenario.status}/${scenario.status_reason}`,
        );
        seen.add(`${account.status}/${account.status_reason}`);
      }
      expect(seen.size).to.equal(23);
    });

    it('setStatus puts an account in any documented pair and refuses others', async () => {
      const { sandbox, session, account } = await enrolling('enrolled-pending');
      sandbox.setStatus(session.accountUuid, 'needs_attention', 'credit_check_frozen');
      expect((await account()).status_reason).to.equal('credit_check_frozen');
      sandbox.setStatus(session.accountUuid, 'active', 'active');
      const active = await account();
      expect(active.enrollment.is_service_active).to.equal(true);
      expect(active.locations[0].is_service_active).to.equal(true);
      expect(() => sandbox.setStatus(session.accountUuid, 'active', 'credit_declined')).to.throw(RangeError);
    });

    it('scenario mid-enrollment-payment-added says which step is missing', async () => {
      const { account } = await enrolling('mid-enrollment-payment-added');
      const { enrollment } = await account();
      expect(enrollment).to.include({
        has_accepted_plan: true,
        has_payment_method: true,
        is_identity_verified: false,
        can_finalize_enrollment: false,
      });
    });
  });

  describe('sandbox endpoints', () => {
    it('delete-enrollment forgets the enrollment; seed-demo-data makes the account active with history', async () => {
      const { api, account } = await enrolling('mid-enrollment-ready-to-finalize');
      expect((await api('POST', '/account/sandbox/delete-enrollment')).status).to.equal(200);
      let a = await account();
      expect(a.locations).to.deep.equal([]);
      expect(a.enrollment).to.include({
        has_accepted_plan: false,
        has_payment_method: false,
        is_identity_verified: false,
      });
      expect(`${a.status}/${a.status_reason}`).to.equal('created/unresolved');
      expect((await api('POST', '/account/sandbox/seed-demo-data')).status).to.equal(200);
      a = await account();
      expect(a.status).to.equal('active');
      expect((await api('GET', '/account/billing/invoices')).body.data.length).to.be.greaterThan(0);
    });

    it('seed-demo-data seeds usage and invoices onto the existing location, keeping it', async () => {
      const { api, account } = await enrolling('enrolled-pending');
      const before = (await account()).locations[0];
      expect(before.has_usage_history).to.equal(false);
      expect((await api('GET', '/account/billing/invoices')).body.data).to.deep.equal([]);
      expect((await api('POST', '/account/sandbox/seed-demo-data')).status).to.equal(200);
      const a = await account();
      expect(a.locations).to.have.length(1);
      const after = a.locations[0];
      for (const key of ['uuid', 'address_1', 'address_2', 'city', 'postal_code', 'utility_number', 'plan_name']) {
        expect(after[key], key).to.equal(before[key]);
      }
      expect(after).to.include({ is_service_active: true, has_usage_history: true });
      expect(`${a.status}/${a.status_reason}`).to.equal('active/active');
      const invoices = (await api('GET', '/account/billing/invoices?limit=100')).body.data;
      expect(invoices).to.have.length.greaterThan(10);
      const usage = await api('GET', `/account/locations/${before.uuid}/usage/monthly?year=2025`);
      expect(usage.body.months.length).to.be.greaterThan(0);
      // Seeding again changes nothing.
      await api('POST', '/account/sandbox/seed-demo-data');
      expect((await api('GET', '/account/billing/invoices?limit=100')).body.data).to.deep.equal(invoices);
    });
  });
});
