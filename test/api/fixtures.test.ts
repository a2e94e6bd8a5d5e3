/**
 * The client against every Light API fixture (the docs' examples and the shapes of Light's example app): each
 * response is served as the API would send it, read through the endpoint function the elements call, and must
 * come out in the normalized shape, amounts as numbers.
 */
import { expect } from '@open-wc/testing';
import {
  acceptPlan,
  finalizeEnrollment,
  getAccount,
  getDailyUsage,
  getDocuments,
  getLocationPlan,
  getMonthlyUsage,
  getPaymentMethod,
  listInvoices,
} from '../../src/api/endpoints.js';
import {
  getAnnualCompare,
  getComparisonInvoice,
  getSimpleCompare,
  uploadComparisonInvoice,
} from '../../src/api/comparison.js';
import { LightApiError } from '../../src/api/errors.js';
import { LightClient } from '../../src/api/http.js';
import { record } from '../../src/api/parse.js';
import { TokenManager, type TokenResult } from '../../src/api/token-manager.js';
import type { AcceptPlanRequest, FinalizeRequest, UsageAmounts } from '../../src/api/types.js';
import { flowUrl } from '../../src/elements/flow-frame/flow-link.js';
import { FIELD_TYPES, FIXTURES, type LightApiFixture } from '../fixtures/light-api/index.js';
import { recordingSleep, scriptedFetch } from '../support/fake-fetch.js';

/** A client whose every request is answered with `status` and `body` (a string body is sent as JSON, quoted). */
function serving(status: number, body: unknown) {
  const fetch = scriptedFetch({ status, body });
  const client = new LightClient({
    tokenProvider: () => 'token',
    apiBase: 'https://api.example.test',
    fetch,
    sleep: recordingSleep(),
    random: () => 0.5,
  });
  return { client, fetch };
}

const AMOUNT_KEYS = ['consumption', 'generation', 'vehicle_charging', 'eligible_vehicle_charging'] as const;

/** The raw wire value as the number it stands for, `null` when absent. */
function wireNumber(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  expect(['string', 'number']).to.include(typeof value);
  return Number(value);
}

/** Each usage amount is a number equal to the wire's decimal, and summing them adds, never concatenates. */
function expectAmounts(rows: readonly UsageAmounts[], raw: unknown[]) {
  expect(rows).to.have.length(raw.length);
  for (const key of AMOUNT_KEYS) {
    const sum = rows.reduce((total, row) => total + (row[key] ?? 0), 0);
    const expected = raw.reduce<number>((total, r) => total + (wireNumber(record(r)[key]) ?? 0), 0);
    expect(sum, key).to.be.a('number').and.be.closeTo(expected, 1e-9);
    rows.forEach((row, i) => {
      const want = wireNumber(record(raw[i])[key]);
      if (want === null) expect(row[key], key).to.equal(null);
      else expect(row[key], key).to.be.a('number').and.equal(want);
    });
  }
}

/** `null` when the wire left the field out or sent `null`; the value otherwise. */
const optional = (value: unknown) => (value === undefined ? null : value);

type Check = (fixture: LightApiFixture) => Promise<void>;

const items = (body: unknown, key: string) => (record(body)[key] as unknown[] | undefined) ?? [];

/** How the client reads each endpoint's response, and what it must make of it. */
const RESPONSE_CHECKS: Record<string, Check> = {
  'GET /v1/account': async ({ body }) => {
    const account = await getAccount(serving(200, body).client);
    const raw = record(body);
    expect(account.uuid).to.equal(raw.uuid);
    expect(account.account_number).to.equal(optional(raw.account_number));
    expect(account.phone_number).to.equal(optional(raw.phone_number));
    const flags = record(raw.enrollment);
    expect(account.enrollment.has_accepted_plan).to.equal(flags.has_accepted_plan ?? false);
    expect(account.enrollment.is_service_active).to.equal(flags.is_service_active ?? false);
    const locations = items(body, 'locations');
    expect(account.locations).to.have.length(locations.length);
    account.locations.forEach((location, i) => {
      const rawLocation = record(locations[i]);
      expect(location.address_2).to.equal(optional(rawLocation.address_2));
      expect(location.final_service_date).to.equal(optional(rawLocation.final_service_date));
      expect(location.plan_name).to.equal(optional(rawLocation.plan_name));
      expect(location.utility_number).to.equal(rawLocation.utility_number);
    });
  },
  'GET /v1/account/locations/{location_uuid}/usage/monthly': async ({ body }) => {
    const raw = record(body);
    const usage = await getMonthlyUsage(serving(200, body).client, 'loc-1', { year: Number(raw.year) });
    expect(usage.year).to.equal(raw.year);
    expect(usage.units).to.equal(raw.units);
    const rows = items(body, 'months');
    expectAmounts(usage.months, rows);
    usage.months.forEach((row, i) => expect(row.month).to.equal(`${raw.year}-${String(i + 1).padStart(2, '0')}`));
    expect(usage.next).to.equal(optional(raw.next));
    expect(usage.previous).to.equal(optional(raw.previous));
  },
  'GET /v1/account/locations/{location_uuid}/usage/daily': async ({ body }) => {
    const raw = record(body);
    const usage = await getDailyUsage(serving(200, body).client, 'loc-1', {
      year: Number(raw.year),
      month: Number(raw.month),
    });
    expect([usage.year, usage.month]).to.deep.equal([raw.year, raw.month]);
    const rows = items(body, 'days');
    expectAmounts(usage.days, rows);
    expect(usage.days.map((d) => d.date)).to.deep.equal(rows.map((r) => record(r).date));
    // A link is kept as given, or null when left out.
    expect(usage.next).to.equal(optional(raw.next));
    expect(usage.previous).to.equal(optional(raw.previous));
  },
  'GET /v1/account/billing/invoices': async ({ body }) => {
    const page = await listInvoices(serving(200, body).client);
    const raw = record(body);
    expect([page.has_more, page.limit, page.offset]).to.deep.equal([raw.has_more, raw.limit, raw.offset]);
    expect(page.next_page_url).to.equal(optional(raw.next_page_url));
    const rows = items(body, 'data');
    expect(page.data).to.have.length(rows.length);
    page.data.forEach((invoice, i) => {
      const r = record(rows[i]);
      expect(invoice.total_cents).to.equal(r.total_cents);
      expect(invoice.total_cents).to.equal(Math.round(Number(r.total) * 100));
      expect(invoice.total_kwh).to.be.a('number').and.equal(Number(r.total_kwh));
      expect(invoice.avg_cents_per_kwh).to.be.a('number').and.equal(Number(r.avg_cents_per_kwh));
      expect(invoice.paid_at).to.equal(optional(r.paid_at));
      expect(invoice.voided_at).to.equal(optional(r.voided_at));
      expect(invoice.pdf).to.equal(optional(r.pdf));
    });
    const kwh = page.data.reduce((sum, invoice) => sum + (invoice.total_kwh ?? 0), 0);
    expect(kwh).to.be.closeTo(
      rows.reduce<number>((sum, r) => sum + Number(record(r).total_kwh), 0),
      1e-9,
    );
  },
  'GET /v1/account/locations/{location_uuid}/documents': async ({ body }) => {
    expect(await getDocuments(serving(200, body).client, 'loc-1')).to.deep.equal(body);
  },
  'GET /v1/account/locations/{location_uuid}/plan': async ({ body }) => {
    expect(await getLocationPlan(serving(200, body).client, 'loc-1')).to.deep.equal(body);
  },
  'GET /v1/account/billing/payment-method': async ({ body }) => {
    const method = await getPaymentMethod(serving(200, body).client);
    expect(method).to.deep.equal(body);
    expect(method!.card_exp_month).to.be.a('number');
  },
  'POST /v1/account/enroll/finalize': async ({ body, status }) => {
    const { client } = serving(status!, body);
    if (status === 200) {
      await finalizeEnrollment(client);
      return;
    }
    const error = await finalizeEnrollment(client).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(LightApiError);
    expect((error as LightApiError).code).to.equal('validation');
    expect((error as LightApiError).status).to.equal(422);
    expect((error as LightApiError).message).to.equal(body);
  },
  '* any failing call': async ({ body, status }) => {
    const error = await getAccount(serving(status!, body).client).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as LightApiError).code).to.equal('not_found');
    expect((error as LightApiError).message).to.equal(record(body).error);
  },
  'POST /v1/account/comparison-invoice': async ({ body }) => {
    const bill = new Blob(['%PDF-1.4'], { type: 'application/pdf' });
    expect(await uploadComparisonInvoice(serving(200, body).client, bill)).to.deep.equal(body);
  },
  'GET /v1/account/comparison-invoice': async ({ body }) => {
    expect(await getComparisonInvoice(serving(200, body).client)).to.deep.equal(body);
  },
  'GET /v1/account/comparison-invoice/simple-compare': async ({ body }) => {
    const compare = await getSimpleCompare(serving(200, body).client, { plan_group: 'g', uuid: 'u' });
    const parsed = record(record(body).parsed_invoice_data);
    const plan = record(record(body).plan_comparison);
    expect(compare.parsed_invoice_data!.total_dollars).to.be.a('number').and.equal(Number(parsed.total_dollars));
    expect(compare.parsed_invoice_data!.total_kwh).to.be.a('number').and.equal(Number(parsed.total_kwh));
    expect(compare.plan_comparison!.total_dollars).to.be.a('number').and.equal(Number(plan.total_dollars));
    expect(compare.plan_comparison!.usage_profile_uuid).to.equal(plan.usage_profile_uuid);
  },
  'GET /v1/account/comparison-invoice/annual-compare': async ({ body }) => {
    const compare = await getAnnualCompare(serving(200, body).client, { plan_group: 'g', uuid: 'u' });
    const months = items(body, 'months').map(record);
    expect(compare.months.map((m) => m.month)).to.deep.equal(months.map((m) => Number(m.month)));
    expect(compare.months.map((m) => m.import_kwh)).to.deep.equal(months.map((m) => Number(m.import_kwh)));
    const totals = record(record(body).annual_totals);
    expect(compare.annual_totals!.annual_offered_plan_dollars).to.equal(Number(totals.annual_offered_plan_dollars));
    const offered = compare.months.reduce((sum, m) => sum + (m.offered_plan_dollars ?? 0), 0);
    expect(offered).to.be.closeTo(96.4 + 88.8, 1e-9);
  },
  // What a partner's token endpoint passes on from Light is what the token manager reads.
  'POST /v1/app/accounts/{account_uuid}/token': async ({ body }) => {
    const manager = new TokenManager(
      () => body as TokenResult,
      () => Date.parse('2024-01-15T10:30:00Z'),
    );
    expect(await manager.getToken()).to.equal(record(body).token);
  },
  // What a partner's flow provider passes on from Light is what the flow frame loads.
  'POST /v1/app/accounts/{account_uuid}/flow-login': async ({ body }) => {
    expect(flowUrl(record(body).login_link as string)?.hostname).to.equal('flow.light.dev');
  },
};

/** Responses no element reads: app-token calls a partner's backend makes, and the webhook it receives. */
const NOT_READ_BY_THE_CLIENT = new Set([
  'POST /v1/app/accounts/enroll/eligibility',
  'POST /v1/app/accounts',
  'POST /v1/app/usage-profiles/fetch',
  'GET /v1/app/usage-profiles/{usage_profile_uuid}',
]);

/** Request bodies the client sends, and the body type it sends them as (a value of every key the type has). */
const SENT_AS: Record<string, Record<string, unknown>> = {
  'POST /v1/account/enroll/plans/accept': {
    plan_uuid: 'p',
    esi_id: 'e',
    service_start_date: '2026-04-01',
    terms_accepted: true,
  } satisfies Required<AcceptPlanRequest>,
  'POST /v1/account/enroll/finalize': { is_client_agent_enrollment: true } satisfies Required<FinalizeRequest>,
};

/** Request bodies only a partner's backend sends (app-token calls), and the webhook Light sends. */
const NOT_SENT_BY_THE_CLIENT = new Set([
  'POST /v1/app/accounts/enroll/eligibility',
  'POST /v1/app/accounts',
  'POST /v1/app/accounts/{account_uuid}/flow-login',
  'POST /v1/app/accounts/{account_uuid}/record-client-agent',
  'POST /v1/app/accounts/{account_uuid}/enroll/plans/request',
  'POST /v1/app/usage-profiles/fetch',
  'POST <partner webhook URL>',
]);

describe('Light API fixtures', () => {
  it('are many, uniquely named, and each from the docs or the example app', () => {
    expect(FIXTURES.length).to.be.at.least(40);
    expect(new Set(FIXTURES.map((f) => f.name)).size).to.equal(FIXTURES.length);
    for (const fixture of FIXTURES) {
      expect(fixture.source, fixture.name).to.match(/^(docs §.+|example app app\/.+)$/);
      expect(fixture.endpoint, fixture.name).to.match(/^(GET|POST|PATCH|PUT|DELETE) |^\* /);
      if (fixture.role === 'response') expect(fixture.status, fixture.name).to.be.a('number');
    }
  });

  it('say how every request and response is handled: read, sent, or left to a partner backend', () => {
    for (const { name, endpoint, role } of FIXTURES) {
      const known =
        role === 'response'
          ? endpoint in RESPONSE_CHECKS || NOT_READ_BY_THE_CLIENT.has(endpoint)
          : endpoint in SENT_AS || NOT_SENT_BY_THE_CLIENT.has(endpoint);
      expect(known, `${name} (${role} of ${endpoint})`).to.equal(true);
    }
  });

  for (const fixture of FIXTURES.filter((f) => f.role === 'response' && f.endpoint in RESPONSE_CHECKS)) {
    it(`reads ${fixture.name} (${fixture.endpoint}, ${fixture.source})`, async () => {
      await RESPONSE_CHECKS[fixture.endpoint](fixture);
    });
  }

  for (const fixture of FIXTURES.filter((f) => f.role === 'request' && f.endpoint in SENT_AS)) {
    it(`sends ${fixture.name} with the field names the docs use`, async () => {
      const ours = Object.keys(SENT_AS[fixture.endpoint]);
      expect(ours).to.include.members(Object.keys(record(fixture.body)));
    });
  }

  it('sends the documented accept body as it is', async () => {
    const fixture = FIXTURES.find((f) => f.name === 'docs/plans-accept-request')!;
    const { client, fetch } = serving(200, {});
    await acceptPlan(client, fixture.body as AcceptPlanRequest);
    expect(JSON.parse(fetch.calls[0].body!)).to.deep.equal(fixture.body);
  });

  it('give a wire type for every amount the elements read, with its source', () => {
    const usage = FIELD_TYPES.filter(
      (f) => f.endpoint.includes('/usage/') && /consumption|generation|vehicle/.test(f.field),
    );
    expect(usage).to.have.length(12);
    expect(usage.every((f) => f.type === 'decimal-string')).to.equal(true);
    for (const field of FIELD_TYPES) {
      expect(field.source, field.field).to.match(/^(docs §|example app |inferred: )/);
      if (field.type === 'omitted-or-value') expect(field.field).to.be.a('string');
    }
    const invoice = (name: string) =>
      FIELD_TYPES.find((f) => f.endpoint === 'GET /v1/account/billing/invoices' && f.field === `data[].${name}`);
    expect(invoice('total_kwh')?.type).to.equal('decimal-string');
    expect(invoice('total_cents')?.type).to.equal('number');
    expect(invoice('paid_at')?.type).to.equal('omitted-or-value');
  });

  it('agree with their own declared wire types', () => {
    // Every documented or example-app field type holds in the fixtures of its endpoint that carry the field.
    const valuesAt = (body: unknown, path: string): unknown[] =>
      path.split('.').reduce<unknown[]>(
        (values, part) =>
          values.flatMap((v) => {
            // Below a parent that is left out there is nothing to check.
            if (v === undefined || v === null) return [];
            const key = part.replace('[]', '');
            const next = record(v)[key];
            return part.endsWith('[]') ? ((next as unknown[] | undefined) ?? []) : [next];
          }),
        [body],
      );
    let checked = 0;
    for (const field of FIELD_TYPES.filter((f) => !f.source.startsWith('inferred') && !f.field.startsWith('('))) {
      for (const fixture of FIXTURES.filter((f) => f.endpoint === field.endpoint && f.role === 'response')) {
        for (const value of valuesAt(fixture.body, field.field)) {
          if (value === undefined || value === null) {
            expect(field.type, `${fixture.name} ${field.field}`).to.be.oneOf(['omitted-or-value']);
            continue;
          }
          const type = field.type === 'omitted-or-value' ? field.valueType : field.type;
          if (type === undefined) continue;
          checked++;
          if (type === 'decimal-string')
            expect(value, `${fixture.name} ${field.field}`)
              .to.be.a('string')
              .and.match(/^-?\d+(\.\d+)?$/);
          else expect(typeof value, `${fixture.name} ${field.field}`).to.equal(type);
        }
      }
    }
    expect(checked).to.be.greaterThan(200);
  });
});
