/**
 * The client's path table (`PATHS`, `APP_PATHS`) against the sandbox's own route table: every path the client calls
 * must be one the sandbox serves with the same method, and every sandbox route must say where it comes from. The
 * client's methods are observed, not declared: each endpoint function is called on a client whose `fetch` only
 * records what it was asked.
 */
import { expect } from '@open-wc/testing';
import * as comparison from '../../src/api/comparison.js';
import * as endpoints from '../../src/api/endpoints.js';
import { APP_PATHS, PATHS } from '../../src/api/endpoints.js';
import { LightClient } from '../../src/api/http.js';
import { getSupportInfo } from '../../src/api/support-info.js';
import { ROUTE_TABLE, type RouteDeclaration } from '../../src/sandbox/routes.js';

/** `/account/locations/:location_uuid/plan` and `/v1/account/locations/{location_uuid}/plan` both become the same. */
const shape = (path: string) =>
  path
    .replace(/^\/v1(?=\/)/, '')
    .replace(/:[a-z_]+/g, '{}')
    .replace(/\{[a-z_]+\}/g, '{}');

const patternOf = (template: string) =>
  new RegExp(`^${template.replace(/:[a-z_]+/g, '[^/]+').replace(/[.]/g, '\\.')}$`);

/** Every method/path the client's endpoint functions send, as `METHOD path-template` (client notation). */
async function clientCalls(): Promise<Set<string>> {
  const seen: Array<{ method: string; path: string }> = [];
  const client = new LightClient({
    tokenProvider: async () => ({ token: 'recording', expires_at: '2999-01-01T00:00:00Z' }),
    apiBase: 'https://api.example.test',
    requestsPerSecond: 1000,
    maxAttempts: 1,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      seen.push({ method: request.method, path: new URL(request.url).pathname.replace(/^\/v1/, '') });
      return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    },
  });
  const location = 'loc-1';
  const compare = { plan_group: 'group-1', uuid: 'upload-1' };
  await Promise.all([
    endpoints.getAccount(client),
    endpoints.searchAddresses(client, '123 Main'),
    endpoints.searchEsiId(client, '10443720000000000'),
    endpoints.requestPlans(client, '10443720000000000'),
    endpoints.acceptPlan(client, {
      plan_uuid: 'plan-1',
      esi_id: '10443720000000000',
      service_start_date: '2026-04-01',
      terms_accepted: true,
    }),
    endpoints.submitIdentity(client, {
      first_name: 'Ana',
      last_name: 'Ruiz',
      phone_number: '2145550100',
      email: 'ana@example.com',
      date_of_birth: '1990-01-01',
    }),
    endpoints.submitCreditCheck(client, { ssn: '123456789', consent: true }),
    endpoints.finalizeEnrollment(client),
    endpoints.createPaymentSession(client),
    endpoints.ensurePaymentMethodAdded(client, 'pm_1'),
    endpoints.getPaymentMethod(client),
    endpoints.listInvoices(client),
    endpoints.getInvoice(client, '1234-0001'),
    endpoints.getBillingAddress(client),
    endpoints.updateBillingAddress(client, {
      address_1: '1 Main St',
      address_2: null,
      city: 'Dallas',
      state: 'TX',
      postal_code: '75201',
      same_as_service_address: false,
    }),
    endpoints.getLocationPlan(client, location),
    endpoints.getDocuments(client, location),
    endpoints.getAllDocuments(client, location),
    getSupportInfo(client, location),
    endpoints.getMonthlyUsage(client, location, { year: 2026 }),
    endpoints.getDailyUsage(client, location, { year: 2026, month: 3 }),
    endpoints.getIntervalUsage(client, location, { year: 2026, month: 3 }),
    endpoints.requestRenewalPlans(client, location),
    endpoints.acceptRenewal(client, location, {
      plan_uuid: 'plan-1',
      service_start_date: '2026-04-01',
      terms_accepted: true,
    }),
    comparison.uploadComparisonInvoice(client, new Blob(['%PDF'], { type: 'application/pdf' })),
    comparison.getComparisonInvoice(client),
    comparison.getSimpleCompare(client, compare),
    comparison.getAnnualCompare(client, compare),
  ]);
  const templates = Object.values(PATHS);
  const calls = new Set<string>();
  for (const { method, path } of seen) {
    const template = templates.find((t) => patternOf(t).test(path));
    calls.add(`${method} ${template ?? `(no PATHS template) ${path}`}`);
  }
  return calls;
}

const served = (method: string | null, path: string) =>
  ROUTE_TABLE.some((r: RouteDeclaration) => shape(r.path) === shape(path) && (method === null || r.method === method));

const describeSource = (r: RouteDeclaration) => `${r.method} ${r.path} (${r.route})`;

/** PATHS entries no endpoint function calls: only their path can be compared. */
const WITHOUT_FUNCTION: Array<keyof typeof PATHS> = ['sandboxSeed', 'sandboxDeleteEnrollment'];

const INFERRED = ROUTE_TABLE.filter((r: RouteDeclaration) => r.source.source === 'inferred');

describe('route table: the client and the sandbox agree on the API', () => {
  it('every account-token call the client makes is served by the sandbox with the same method', async () => {
    const calls = await clientCalls();
    const unknown = [...calls].filter((c) => c.includes('(no PATHS template)'));
    expect(unknown, 'calls to a path outside PATHS').to.deep.equal([]);
    const missing = [...calls].filter((c) => {
      const [method, path] = c.split(' ');
      return !served(method, path);
    });
    const wrongMethod = missing.filter((c) => served(null, c.split(' ')[1]));
    expect(
      missing,
      `client calls the sandbox does not serve: ${missing.join('; ')}` +
        (wrongMethod.length ? ` (served with another method: ${wrongMethod.join('; ')})` : ''),
    ).to.deep.equal([]);
  });

  it('every PATHS entry is exercised by a client call above, except the sandbox-app paths no function calls', async () => {
    const calls = [...(await clientCalls())].map((c) => c.split(' ')[1]);
    const unexercised = Object.entries(PATHS)
      .filter(([, template]) => !calls.includes(template))
      .map(([name]) => name);
    // A new endpoint function must be called in clientCalls(); these two have none (the client never calls them).
    expect(unexercised, 'PATHS entries no endpoint function was seen calling').to.deep.equal(WITHOUT_FUNCTION);
    const unserved = WITHOUT_FUNCTION.filter((name) => !served(null, PATHS[name]));
    expect(unserved, 'PATHS entries without a function that the sandbox does not serve').to.deep.equal([]);
  });

  it('every APP_PATHS entry is a path the sandbox serves', () => {
    const missing = Object.entries(APP_PATHS)
      .filter(([, template]) => !served(null, template))
      .map(([name, template]) => `${name}: ${template}`);
    expect(missing, `app-token paths the sandbox does not serve: ${missing.join('; ')}`).to.deep.equal([]);
  });

  it('lists, both ways, what only one side has', async () => {
    const clientShapes = new Set([...Object.values(PATHS), ...Object.values(APP_PATHS)].map(shape));
    const sandboxOnly = ROUTE_TABLE.filter((r: RouteDeclaration) => !clientShapes.has(shape(r.path))).map(
      describeSource,
    );
    // The sandbox may serve more than the client calls (a partner backend's routes); today it serves exactly
    // the client's paths, so any extra is listed here to be looked at.
    expect(sandboxOnly, `sandbox routes the client has no path for: ${sandboxOnly.join('; ')}`).to.deep.equal([]);
  });

  it('names one route per path, and every route has a source', () => {
    const names = new Map<string, string>();
    for (const r of ROUTE_TABLE as readonly RouteDeclaration[]) {
      const known = names.get(r.path);
      expect(known ?? r.route, `${r.path} named twice`).to.equal(r.route);
      names.set(r.path, r.route);
      const { source } = r;
      const detail =
        source.source === 'docs' ? source.section : source.source === 'example app' ? source.file : source.why;
      expect(detail, describeSource(r)).to.be.a('string').and.not.equal('');
    }
    const pairs = ROUTE_TABLE.map((r) => `${r.method} ${r.path}`);
    expect(new Set(pairs).size, 'a method and path declared twice').to.equal(pairs.length);
  });

  it(`marks ${INFERRED.length} routes inferred: ${INFERRED.map(describeSource).join('; ')}`, () => {
    // Visible on purpose: these are the sandbox's guesses, to be confirmed against the API reference.
    for (const r of INFERRED) {
      expect(r.source.source === 'inferred' && r.source.why.length, describeSource(r)).to.be.greaterThan(20);
    }
    expect(INFERRED.map((r) => r.route).sort()).to.deep.equal(['addressSearch', 'esiIdSearch', 'plansRequest']);
  });
});
