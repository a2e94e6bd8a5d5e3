import { expect } from '@open-wc/testing';
import { getAccount, listInvoices } from '../../src/api/endpoints.js';
import { LightApiError } from '../../src/api/errors.js';
import { LightClient } from '../../src/api/http.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { API, call, tokenFor } from './helpers.js';

async function setup(scenario: 'active' | 'new-customer' = 'active') {
  const sandbox = createSandbox({ seed: 11 });
  const session = await tokenFor(sandbox, scenario);
  let providerCalls = 0;
  const client = new LightClient({
    tokenProvider: () => {
      providerCalls++;
      return session.tokenProvider();
    },
    fetch: sandbox.fetch,
    sleep: async () => {},
  });
  return { sandbox, session, client, providerCalls: () => providerCalls };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('sandbox faults', () => {
  it('status: fails the chosen calls of a route with the error shape, then recovers', async () => {
    const { sandbox, session } = await setup();
    sandbox.faults.add({ route: 'invoices', kind: 'status', status: 503, times: 1 });
    const failed = await call(sandbox, session.token, 'GET', '/account/billing/invoices');
    expect(failed.status).to.equal(503);
    expect(failed.body).to.deep.equal({ error: 'The Light API is temporarily unavailable.' });
    expect((await call(sandbox, session.token, 'GET', '/account/billing/invoices')).status).to.equal(200);
    expect((await call(sandbox, session.token, 'GET', '/account')).status).to.equal(200);
  });

  it('counts calls: `after` lets some through, `times` limits how many fail, `method` narrows', async () => {
    const { sandbox, session } = await setup();
    const fault = sandbox.faults.add({
      route: 'account',
      method: 'GET',
      kind: 'status',
      status: 500,
      after: 2,
      times: 2,
    });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await call(sandbox, session.token, 'GET', '/account')).status);
    expect(statuses).to.deep.equal([200, 200, 500, 500, 200]);
    expect([fault.seen, fault.applied]).to.deep.equal([5, 2]);
    sandbox.faults.add({ route: '*', method: 'POST', kind: 'status', status: 500 });
    expect((await call(sandbox, session.token, 'GET', '/account')).status).to.equal(200);
    expect((await call(sandbox, session.token, 'POST', '/account/billing/payment-session')).status).to.equal(500);
    sandbox.faults.clear();
    expect(sandbox.faults.list()).to.have.length(0);
  });

  it('429 carries Retry-After, and the client waits it out and retries', async () => {
    const { sandbox, session, client } = await setup();
    sandbox.faults.add({ route: 'account', kind: 'status', status: 429, retryAfter: 2, times: 1 });
    const limited = await call(sandbox, session.token, 'GET', '/account');
    expect(limited.status).to.equal(429);
    expect(limited.headers.get('Retry-After')).to.equal('2');
    sandbox.faults.add({ route: 'account', kind: 'status', status: 429, times: 1 });
    const account = await getAccount(client);
    expect(account.uuid).to.equal(session.accountUuid);
    expect(sandbox.requests.filter((r) => r.route === 'account').map((r) => r.status)).to.deep.equal([429, 429, 200]);
  });

  it('401: the client drops its token, asks the provider again and retries once', async () => {
    const { sandbox, client, providerCalls } = await setup();
    await getAccount(client);
    sandbox.faults.add({ route: 'account', kind: 'status', status: 401, times: 1 });
    await getAccount(client);
    expect(providerCalls()).to.equal(2);
  });

  it('network: the fetch rejects like an offline one; the client retries a GET', async () => {
    const { sandbox, session, client } = await setup();
    const fault = sandbox.faults.add({ route: 'invoices', kind: 'network', times: 1 });
    const error = await rejection(
      sandbox.fetch(`${API}/account/billing/invoices`, { headers: { Authorization: `Bearer ${session.token}` } }),
    );
    expect(error).to.be.instanceOf(TypeError);
    expect((error as Error).message).to.equal('Failed to fetch');
    expect(sandbox.requests.at(-1)!.status).to.equal(0);
    fault.remove();
    sandbox.faults.add({ route: 'invoices', kind: 'network', times: 1 });
    const page = await listInvoices(client);
    expect(page.data.length).to.be.greaterThan(0);
  });

  it('malformed: 200 with a body that is not JSON, which the client reports as bad_response', async () => {
    const { sandbox, session, client } = await setup();
    sandbox.faults.add({ route: 'account', kind: 'malformed', times: 1 });
    const response = await sandbox.fetch(`${API}/account`, { headers: { Authorization: `Bearer ${session.token}` } });
    expect(response.status).to.equal(200);
    await rejection(response.json());
    sandbox.faults.add({ route: 'account', kind: 'malformed', times: 3 });
    const error = await rejection(getAccount(client));
    expect(error).to.be.instanceOf(LightApiError);
    expect((error as LightApiError).code).to.equal('bad_response');
  });

  it('latency: answers late, and rejects with an AbortError when the request is aborted', async () => {
    const { sandbox, session } = await setup();
    sandbox.faults.add({ route: 'account', kind: 'latency', delayMs: 40, times: 1 });
    const started = performance.now();
    expect((await call(sandbox, session.token, 'GET', '/account')).status).to.equal(200);
    expect(performance.now() - started).to.be.at.least(35);

    sandbox.faults.add({ route: 'account', kind: 'latency', delayMs: 10_000 });
    const controller = new AbortController();
    const pending = sandbox.fetch(`${API}/account`, {
      headers: { Authorization: `Bearer ${session.token}` },
      signal: controller.signal,
    });
    controller.abort();
    const error = await rejection(pending);
    expect((error as DOMException).name).to.equal('AbortError');
    // The core itself stops waiting too (what MSW relies on).
    const direct = new AbortController();
    const handled = sandbox.handle(
      new Request(`${API}/account`, { headers: { Authorization: `Bearer ${session.token}` }, signal: direct.signal }),
    );
    direct.abort();
    expect(((await rejection(handled)) as DOMException).name).to.equal('AbortError');
  });

  it('slow: headers at once, the body later; aborting mid-body fails the read', async () => {
    const { sandbox, session } = await setup();
    sandbox.faults.add({ route: 'invoices', kind: 'slow', delayMs: 30, times: 1 });
    const response = await sandbox.fetch(`${API}/account/billing/invoices`, {
      headers: { Authorization: `Bearer ${session.token}` },
    });
    expect(response.status).to.equal(200);
    expect((await response.json()).data.length).to.be.greaterThan(0);

    sandbox.faults.add({ route: 'invoices', kind: 'slow', delayMs: 10_000, times: 1 });
    const controller = new AbortController();
    const slow = await sandbox.fetch(`${API}/account/billing/invoices`, {
      headers: { Authorization: `Bearer ${session.token}` },
      signal: controller.signal,
    });
    const reading = slow.text();
    controller.abort();
    expect(((await rejection(reading)) as DOMException).name).to.equal('AbortError');
  });

  it('the client times out on a slow answer and reports a timeout', async () => {
    const sandbox = createSandbox();
    const session = sandbox.session('new-customer');
    const client = new LightClient({
      tokenProvider: session.tokenProvider,
      fetch: sandbox.fetch,
      timeoutMs: 20,
      maxAttempts: 1,
    });
    sandbox.faults.add({ route: 'account', kind: 'latency', delayMs: 5_000 });
    const error = await rejection(getAccount(client));
    expect((error as LightApiError).code).to.equal('timeout');
  });
});
