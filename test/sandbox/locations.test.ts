import { expect } from '@open-wc/testing';
import {
  getAnnualCompare,
  getComparisonInvoice,
  getSimpleCompare,
  uploadComparisonInvoice,
} from '../../src/api/comparison.js';
import { LightClient } from '../../src/api/http.js';
import { PLAN_GROUPS } from '../../src/sandbox/index.js';
import { call, fixedSandbox } from './helpers.js';

async function located(scenario: 'active' | 'renewal-due' | 'enrolled-pending' | 'new-customer') {
  const { sandbox, clock } = fixedSandbox();
  const session = sandbox.session(scenario);
  const api = async (method: string, path: string, body?: unknown) =>
    call(sandbox, (await session.tokenProvider()).token, method, path, body);
  const at = (path: string) => `/account/locations/${session.locationUuid}/${path}`;
  return { sandbox, clock, session, api, at };
}

type Located = Awaited<ReturnType<typeof located>>;

/** Renewal accepts of one plan, from 2026-05-10 unless `body` says otherwise. */
function renewalAccept(api: Located['api'], at: Located['at'], planUuid: string) {
  return (body: Record<string, unknown>) =>
    api('POST', at('renewal-plans/accept'), {
      plan_uuid: planUuid,
      service_start_date: '2026-05-10',
      terms_accepted: true,
      ...body,
    });
}

describe('sandbox locations: plan, documents, support, renewal', () => {
  it('describes the plan, the active documents and every document', async () => {
    const { api, at } = await located('active');
    const plan = (await api('GET', at('plan'))).body;
    expect(plan).to.have.keys('name', 'uuid', 'plan_type', 'rate_structure');
    expect(plan.name).to.equal('Light Simple 12');
    const docs = (await api('GET', at('documents'))).body;
    expect(docs).to.have.keys('efl', 'tos', 'yrac', 'contract_start', 'contract_end');
    expect(docs.efl).to.match(/^https:\/\//);
    expect([docs.contract_start, docs.contract_end]).to.deep.equal(['2025-07-10', '2026-07-09']);
    const all = (await api('GET', at('all-documents'))).body.documents;
    expect(all.map((d: { state: string }) => d.state)).to.deep.equal([
      'active',
      'active',
      'active',
      'past',
      'past',
      'past',
    ]);
    expect(all[0]).to.have.keys('kind', 'name', 'url', 'state', 'start_date', 'end_date', 'plan_name');
    expect(all.map((d: { kind: string }) => d.kind).slice(0, 3)).to.deep.equal(['efl', 'tos', 'yrac']);
    expect(all[3].plan_name).to.equal('Light Saver 6');
  });

  it('gives the partner’s support contacts and the TDU’s', async () => {
    const { api, at } = await located('active');
    const info = (await api('GET', at('support-info'))).body;
    expect(info.support).to.have.keys('name', 'phone', 'email', 'url');
    expect(info.tdu).to.deep.equal({ name: 'Oncor', phone: '1-888-313-4747', url: 'https://www.oncor.com' });
  });

  it('offers renewal only within 90 days of the contract end', async () => {
    const early = await located('active');
    const tooEarly = await early.api('POST', early.at('renewal-plans/request'));
    expect(tooEarly.status).to.equal(422);
    expect(tooEarly.body.error).to.contain('90 days').and.contain('2026-07-09').and.contain('2026-04-10');

    const pending = await located('enrolled-pending');
    expect((await pending.api('POST', pending.at('renewal-plans/request'))).status).to.equal(422);

    const { api, at } = await located('renewal-due');
    const r = await api('POST', at('renewal-plans/request'));
    expect(r.status).to.equal(200);
    expect(r.body.plans.length).to.be.within(3, 5);
    for (const plan of r.body.plans) {
      expect([plan.earliest_start_date, plan.latest_start_date]).to.deep.equal(['2026-05-10', '2026-05-10']);
    }
  });

  it('accepts a renewal like a plan, then queues the new contract', async () => {
    const { api, at, clock } = await located('renewal-due');
    const [plan] = (await api('POST', at('renewal-plans/request'))).body.plans;
    const accept = renewalAccept(api, at, plan.uuid);
    expect((await accept({ terms_accepted: false })).status).to.equal(422);
    const wrongDay = await accept({ service_start_date: '2026-05-11' });
    expect(wrongDay.status).to.equal(422);
    expect(wrongDay.body.error).to.contain('2026-05-10');
    expect((await accept({ plan_uuid: 'unknown' })).status).to.equal(404);
    // An enrollment offer is not a renewal offer for this location.
    const enrollmentOffer = (await api('POST', '/account/enroll/plans/request', { esi_id: '10443720636966187' })).body
      .plans[0];
    expect((await accept({ plan_uuid: enrollmentOffer.uuid })).status).to.equal(404);

    expect((await accept({})).status).to.equal(200);
    const documents = (await api('GET', at('all-documents'))).body.documents;
    const queued = documents.filter((d: { state: string }) => d.state === 'queued');
    expect(queued).to.have.length(3);
    expect(queued[0]).to.include({ start_date: '2026-05-10', plan_name: plan.name });
    expect((await api('GET', at('documents'))).body.contract_end).to.equal('2026-05-09');
    expect((await api('POST', at('renewal-plans/request'))).body.error).to.contain('already scheduled');

    // Once it starts, the renewal is the active contract.
    clock.set('2026-05-11T18:00:00Z');
    expect((await api('GET', at('documents'))).body.contract_start).to.equal('2026-05-10');
    const account = (await api('GET', '/account')).body;
    expect(account.locations[0].plan_uuid).to.equal(plan.uuid);
  });

  it('accepts a custom-rate plan from the app-token plans request as a renewal, from the day after the contract ends', async () => {
    const { api, at, sandbox, session } = await located('renewal-due');
    const esiId = sandbox.inspect(session.accountUuid).locations[0].address.esi_id;
    const appPlans = await call(
      sandbox,
      sandbox.appToken,
      'POST',
      `/app/accounts/${session.accountUuid}/enroll/plans/request`,
      { esi_id: esiId },
    );
    expect(appPlans.status).to.equal(200);
    const plan = appPlans.body.plans[1];
    expect(sandbox.inspect(session.accountUuid).offers.get(plan.uuid)?.kind).to.equal('app');
    // Priced for an enrollment window (today onward); as a renewal it starts the day after the contract ends.
    expect(plan.earliest_start_date).to.equal('2026-03-18');
    const accept = renewalAccept(api, at, plan.uuid);
    const inItsWindow = await accept({ service_start_date: '2026-03-20' });
    expect(inItsWindow.status).to.equal(422);
    expect(inItsWindow.body.error).to.contain('2026-05-10');
    const unknown = await accept({ plan_uuid: '00000000-0000-4000-8000-00000000beef' });
    expect(unknown.status).to.equal(404);
    expect(unknown.body.error).to.contain('No plan with that plan_uuid was offered');
    expect((await accept({})).status).to.equal(200);

    const location = sandbox.inspect(session.accountUuid).locations[0];
    const renewed = location.contracts.at(-1)!;
    expect(renewed.plan.json.uuid).to.equal(plan.uuid);
    expect(renewed.start_date).to.equal('2026-05-10');
    const queued = (await api('GET', at('all-documents'))).body.documents.filter(
      (d: { state: string }) => d.state === 'queued',
    );
    expect(queued.map((d: { plan_name: string }) => d.plan_name)).to.deep.equal([plan.name, plan.name, plan.name]);
    // Once used, the plan is not accepted a second time.
    expect((await accept({})).status).to.equal(404);
  });

  it('refuses an app-token plan for another address as a renewal, and the app plans route needs the app token', async () => {
    const { api, at, sandbox, session } = await located('renewal-due');
    const other = (
      await call(sandbox, sandbox.appToken, 'POST', `/app/accounts/${session.accountUuid}/enroll/plans/request`, {
        esi_id: '10443720000000000',
      })
    ).body.plans[0];
    const refused = await api('POST', at('renewal-plans/accept'), {
      plan_uuid: other.uuid,
      service_start_date: '2026-05-10',
      terms_accepted: true,
    });
    expect(refused.status).to.equal(404);
    const { token } = await session.tokenProvider();
    const asAccount = await call(sandbox, token, 'POST', `/app/accounts/${session.accountUuid}/enroll/plans/request`, {
      esi_id: '10443720000000000',
    });
    expect(asAccount.status).to.equal(401);
  });

  it('404s for a location that is not on the account', async () => {
    const { api } = await located('active');
    expect((await api('GET', '/account/locations/00000000-0000-4000-8000-000000000000/plan')).status).to.equal(404);
  });
});

describe('sandbox plan comparison from an uploaded bill', () => {
  it('uploads, processes after a poll or two, and compares simply and over a year', async () => {
    const { sandbox, session } = await located('new-customer');
    const client = new LightClient({
      tokenProvider: session.tokenProvider,
      fetch: sandbox.fetch,
      sleep: async () => {},
    });
    const before = await call(sandbox, (await session.tokenProvider()).token, 'GET', '/account/comparison-invoice');
    expect(before.status).to.equal(404);

    const pdf = new File(['%PDF-1.4 bill'], 'bill.pdf', { type: 'application/pdf' });
    const uploaded = await uploadComparisonInvoice(client, pdf);
    expect(uploaded).to.include({ status: 'pending', processed_at: null, processing_error: null });
    const query = { plan_group: PLAN_GROUPS[0].uuid, uuid: uploaded.uuid };
    const early = await call(
      sandbox,
      (await session.tokenProvider()).token,
      'GET',
      `/account/comparison-invoice/simple-compare?plan_group=${query.plan_group}&uuid=${query.uuid}`,
    );
    expect(early.status).to.equal(422);

    expect((await getComparisonInvoice(client)).status).to.equal('pending');
    const processed = await getComparisonInvoice(client);
    expect(processed.status).to.equal('processed');
    expect(processed.processed_at).to.be.a('string');

    const simple = await getSimpleCompare(client, query);
    expect(simple.parsed_invoice_data!.total_kwh).to.be.greaterThan(0);
    expect(simple.plan_comparison).to.include({ group_uuid: PLAN_GROUPS[0].uuid, name: 'Light Simple 12' });
    const annual = await getAnnualCompare(client, query);
    expect(annual.months).to.have.length(12);
    const offered = annual.months.reduce((s, m) => s + m.offered_plan_dollars!, 0);
    expect(annual.annual_totals!.annual_offered_plan_dollars).to.be.closeTo(offered, 0.001);

    const token = (await session.tokenProvider()).token;
    expect(
      (await call(sandbox, token, 'GET', `/account/comparison-invoice/simple-compare?uuid=${query.uuid}`)).status,
    ).to.equal(422);
    expect(
      (
        await call(
          sandbox,
          token,
          'GET',
          `/account/comparison-invoice/annual-compare?plan_group=nope&uuid=${query.uuid}`,
        )
      ).status,
    ).to.equal(404);
  });

  it('reports a processing error for a file that is not a bill', async () => {
    const { sandbox, session } = await located('new-customer');
    const client = new LightClient({ tokenProvider: session.tokenProvider, fetch: sandbox.fetch });
    await uploadComparisonInvoice(client, new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    await getComparisonInvoice(client);
    const done = await getComparisonInvoice(client);
    expect(done.processing_error).to.be.a('string');
    const empty = new FormData();
    const r = await sandbox.fetch('https://api.light.dev/v1/account/comparison-invoice', {
      method: 'POST',
      body: empty,
      headers: { Authorization: `Bearer ${(await session.tokenProvider()).token}` },
    });
    expect(r.status).to.equal(422);
  });
});
