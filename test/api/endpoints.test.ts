import { expect } from '@open-wc/testing';
import {
  acceptRenewal,
  fillPath,
  getDailyUsage,
  getInvoice,
  getLocationPlan,
  getSupportInfo,
  PATHS,
} from '../../src/api/endpoints.js';
import { LightApiError } from '../../src/api/errors.js';
import { LightClient } from '../../src/api/http.js';
import { recordingSleep, scriptedFetch } from '../support/fake-fetch.js';

function clientWith() {
  const fetch = scriptedFetch({ status: 200, body: {} });
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
