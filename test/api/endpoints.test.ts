import { expect } from '@open-wc/testing';
import {
  acceptRenewal,
  createPaymentSession,
  fillPath,
  getAccount,
  getDailyUsage,
  getInvoice,
  getLocationPlan,
  INFERRED_CALLS,
  type InferredCall,
  PATHS,
  requestPlans,
  searchAddresses,
  submitCreditCheck,
  submitIdentity,
} from '../../src/api/endpoints.js';
import { getSupportInfo } from '../../src/api/support-info.js';
import { LightApiError } from '../../src/api/errors.js';
import { directed, INFERRED_ROUTES } from '../../src/api/inferred-routes.js';
import { missingClientSecret } from '../../src/core/stripe-key.js';
import { LightClient } from '../../src/api/http.js';
import { errorMessage } from '../../src/core/templates.js';
import { recordingSleep, scriptedFetch, type Step } from '../support/fake-fetch.js';

function clientWith(...script: Step[]) {
  const fetch = scriptedFetch(...(script.length ? script : [{ status: 200, body: {} }]));
  let tokenCalls = 0;
  const client = new LightClient({
    tokenProvider: () => `token-${++tokenCalls}`,
    apiBase: 'https://api.example.test',
    fetch,
    sleep: recordingSleep(),
  });
  return { client, fetch, tokenCalls: () => tokenCalls };
}

/** Values that, interpolated into a path, could reach another path on the API host. */
const HOSTILE = [
  '',
  '.',
  '..',
  '...',
  '../app/accounts',
  'loc/../../app',
  'a/b',
  '/',
  'a\\b',
  '..\\app',
  '%2e%2e',
  '%2E%2E',
  '.%2e',
  '%2f',
  'a%2Fb',
  '%252e%252e',
  'a?b=1',
  'a#b',
  ' ',
  'a b',
  '\n',
  'a\u0000b',
  '\uff0e\uff0e',
  'a\uff0fb',
  'caf\u00e9',
];

describe('path parameters', () => {
  it('rejects values that could leave their path segment, before any request', async () => {
    for (const value of HOSTILE) {
      const { client, fetch, tokenCalls } = clientWith();
      for (const call of [
        () => getLocationPlan(client, value),
        () => getSupportInfo(client, value),
        () => getDailyUsage(client, value, { year: 2026, month: 6 }),
        () => acceptRenewal(client, value, { plan_uuid: 'p', service_start_date: '2026-07-01', terms_accepted: true }),
        () => getInvoice(client, value),
      ]) {
        const error = (await call().catch((e: unknown) => e)) as LightApiError;
        expect(error, JSON.stringify(value)).to.be.instanceOf(LightApiError);
        expect(error.code, JSON.stringify(value)).to.be.oneOf(['validation', 'config']);
        expect(error.retryable, JSON.stringify(value)).to.equal(false);
      }
      expect(fetch.calls, JSON.stringify(value)).to.have.length(0);
      expect(tokenCalls(), JSON.stringify(value)).to.equal(0);
    }
  });

  it('rejects them in fillPath itself, and a missing one too', () => {
    for (const value of ['..', 'a/b', '%2e']) {
      expect(() => fillPath(PATHS.invoice, { invoice_number: value })).to.throw(LightApiError);
    }
    expect(() => fillPath(PATHS.invoice, {})).to.throw(LightApiError);
  });

  it('encodes what it accepts and keeps ordinary identifiers as they are', async () => {
    const { client, fetch } = clientWith();
    await getLocationPlan(client, '4f0c2b9e-6d1a-4c55-9a51-2f0e8d1c7b3a');
    await getInvoice(client, 'INV-2026-06.001');
    await getInvoice(client, 'INV:7@a+b');
    expect(fetch.calls.map((c) => c.url)).to.deep.equal([
      'https://api.example.test/v1/account/locations/4f0c2b9e-6d1a-4c55-9a51-2f0e8d1c7b3a/plan',
      'https://api.example.test/v1/account/billing/invoices/INV-2026-06.001',
      'https://api.example.test/v1/account/billing/invoices/INV%3A7%40a%2Bb',
    ]);
  });

  it('refuses a request path that the URL parser would move elsewhere', async () => {
    const { client, fetch } = clientWith();
    for (const path of ['/account/../app/accounts', '/account/%2e%2e/app', '/account/./x', '/account\\..\\app']) {
      const error = (await client.request('GET', path).catch((e: unknown) => e)) as LightApiError;
      expect(error, path).to.be.instanceOf(LightApiError);
      expect(error.code, path).to.be.oneOf(['validation', 'config']);
    }
    expect(fetch.calls).to.have.length(0);
  });
});

/** Each inferred call, made the way the elements make it. */
const INFERRED_REQUESTS: Record<InferredCall, (client: LightClient) => Promise<unknown>> = {
  addressSearch: (client) => searchAddresses(client, '1200 main'),
  plansRequest: (client) => requestPlans(client, '10443720000000001'),
  identity: (client) =>
    submitIdentity(client, {
      first_name: 'Ana',
      last_name: 'Reyes',
      phone_number: '2145550142',
      email: 'ana@example.test',
      date_of_birth: '1988-04-12',
    }),
  creditCheck: (client) => submitCreditCheck(client, { ssn: '123456789', consent: true }),
  paymentSession: (client) => createPaymentSession(client),
};

const failure = (promise: Promise<unknown>) => promise.then(() => null).catch((e: unknown) => e as LightApiError);

describe('inferred calls', () => {
  it('are marked with the path and method they use, what is inferred, and how to route them', () => {
    expect(Object.keys(INFERRED_CALLS).sort()).to.deep.equal(
      ['addressSearch', 'creditCheck', 'identity', 'paymentSession', 'plansRequest'].sort(),
    );
    expect(INFERRED_CALLS).to.deep.equal({
      addressSearch: 'POST',
      plansRequest: 'POST',
      identity: 'PATCH',
      creditCheck: 'POST',
      paymentSession: 'POST',
    });
    expect(Object.keys(INFERRED_ROUTES).sort()).to.deep.equal(Object.keys(INFERRED_CALLS).sort());
    for (const route of Object.values(INFERRED_ROUTES)) expect(route.length).to.be.greaterThan(20);
  });

  for (const status of [404, 405]) {
    it(`name the call that answered ${status}, with directions for the developer and a friendly sentence for the customer`, async () => {
      for (const [call, send] of Object.entries(INFERRED_REQUESTS) as Array<
        [InferredCall, (client: LightClient) => Promise<unknown>]
      >) {
        const { client, fetch } = clientWith({ status, body: { error: 'Not Found' } });
        const error = await failure(send(client));
        const method = INFERRED_CALLS[call];
        expect(error, call).to.be.instanceOf(LightApiError);
        expect(error!.call, call).to.equal(call);
        expect(error!.status, call).to.equal(status);
        expect(error!.code, call).to.equal('not_found');
        expect(error!.retryable, call).to.equal(false);
        expect(error!.outcomeUnknown, call).to.equal(false);
        expect(error!.message, call).to.contain(
          `Light call ${call} (/v1${PATHS[call]}) answered HTTP ${status}; it is inferred, not documented.`,
        );
        expect(error!.message, call).to.contain(INFERRED_ROUTES[call]);
        // What the customer reads is the element's own sentence, never the directions.
        expect(errorMessage(error!, 'en'), call).to.equal('We could not find that. It may have moved or been removed.');
        expect(errorMessage(error!, 'en'), call).not.to.contain('/v1');
        expect(fetch.calls, `${call}: sent once`).to.have.length(1);
        expect(fetch.calls[0].method, call).to.equal(method);
      }
    });
  }

  it('tell the plans request to go through plansProvider', async () => {
    const { client } = clientWith({ status: 404, body: {} });
    const error = await failure(requestPlans(client, '10443720000000001'));
    expect(error!.message).to.contain('plansProvider');
    expect(error!.message).to.contain('(/v1/account/enroll/plans/request)');
  });

  it('name a way through the backend for every inferred call', () => {
    for (const call of ['addressSearch', 'identity', 'plansRequest', 'creditCheck', 'paymentSession'] as const) {
      expect(INFERRED_ROUTES[call], call).to.contain('configure({ fetch })');
    }
    expect(INFERRED_ROUTES.plansRequest).to.contain('plansProvider');
    expect(INFERRED_ROUTES.creditCheck).to.contain('hide-steps="credit"');
    expect(INFERRED_ROUTES.paymentSession).to.contain('flowProvider');
  });

  it('keep other failures as they were', async () => {
    const cases: Array<[Step, string]> = [
      [{ status: 422, body: { error: 'Bad ESI ID' } }, 'validation'],
      [{ status: 403, body: {} }, 'forbidden'],
      [{ status: 429, body: {} }, 'rate_limited'],
    ];
    for (const [step, code] of cases) {
      const { client } = clientWith(step);
      const error = await failure(requestPlans(client, '10443720000000001'));
      expect(error!.code).to.equal(code);
      expect(error!.call).to.equal(null);
    }
  });

  it('leave documented calls alone: a 404 there is not about the integration', async () => {
    const { client } = clientWith({ status: 404, body: {} });
    const error = await failure(getAccount(client));
    expect(error!.code).to.equal('not_found');
    expect(error!.call).to.equal(null);
    expect(error!.message).not.to.contain('Route');
  });

  it('name the payment session when its answer has no client secret under any name tried', async () => {
    const { client } = clientWith({ status: 200, body: { secret_key: 'seti_1' } });
    expect(await createPaymentSession(client)).to.deep.equal({ client_secret: '' });
    const error = missingClientSecret();
    expect(error.call).to.equal('paymentSession');
    expect(error.code).to.equal('bad_response');
    expect(error.retryable).to.equal(false);
    expect(error.message).to.contain('(/v1/account/billing/payment-session)');
    expect(error.message).to.contain('client_secret');
    expect(errorMessage(error, 'en')).not.to.contain('client_secret');
  });

  it('turn only 404 and 405 into directions', () => {
    const request = PATHS.plansRequest;
    const refused = new LightApiError('validation', 'Bad ESI ID', { status: 422 });
    expect(directed(LightApiError, refused, 'plansRequest', request)).to.equal(refused);
    expect(directed(LightApiError, new TypeError('x'), 'plansRequest', request)).to.be.instanceOf(TypeError);
    const gone = directed(LightApiError, new LightApiError('not_found', 'x', { status: 404 }), 'plansRequest', request);
    expect((gone as LightApiError).call).to.equal('plansRequest');
  });
});
