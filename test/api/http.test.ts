import { expect } from '@open-wc/testing';
import { getAccount, listInvoices, PATHS, submitIdentity } from '../../src/api/endpoints.js';
import { LightApiError } from '../../src/api/errors.js';
import { LightClient, Pacer, parseRetryAfter, type LightClientOptions } from '../../src/api/http.js';
import { recordingSleep, scriptedFetch, type Step } from '../helpers/fake-fetch.js';

function clientWith(script: Step[], options: Partial<LightClientOptions> = {}) {
  const fetch = scriptedFetch(...script);
  const sleep = recordingSleep();
  let tokenCalls = 0;
  const client = new LightClient({
    tokenProvider: () => `token-${++tokenCalls}`,
    apiBase: 'https://api.example.test',
    fetch,
    sleep,
    random: () => 0.5,
    ...options,
  });
  return { client, fetch, sleep, tokenCalls: () => tokenCalls };
}

const account = { uuid: 'acc-1', status: 'active', status_reason: 'active', enrollment: {}, locations: [] };

describe('LightClient', () => {
  it('sends the token only in the Authorization header', async () => {
    const { client, fetch } = clientWith([{ status: 200, body: account }]);
    await getAccount(client);
    const [call] = fetch.calls;
    expect(call.url).to.equal('https://api.example.test/v1/account');
    expect(call.headers.get('Authorization')).to.equal('Bearer token-1');
    expect(call.url).not.to.contain('token');
  });

  it('refreshes the token once on a 401 and retries the request', async () => {
    const { client, fetch, tokenCalls } = clientWith([{ status: 401 }, { status: 200, body: account }]);
    const result = await getAccount(client);
    expect(result.uuid).to.equal('acc-1');
    expect(tokenCalls()).to.equal(2);
    expect(fetch.calls.map((c) => c.headers.get('Authorization'))).to.deep.equal(['Bearer token-1', 'Bearer token-2']);
  });

  it('reports a second 401 as an auth error', async () => {
    const { client, fetch } = clientWith([{ status: 401, body: { message: 'Token expired' } }]);
    const error = (await getAccount(client).catch((e: unknown) => e)) as LightApiError;
    expect(error.code).to.equal('auth');
    expect(error.status).to.equal(401);
    expect(fetch.calls).to.have.length(2);
  });

  it('never echoes the token in an error message', async () => {
    const { client } = clientWith([{ status: 400, body: { message: 'bad token token-1 here' } }]);
    const error = (await getAccount(client).catch((e: unknown) => e)) as LightApiError;
    expect(error.message).not.to.contain('token-1');
  });

  it('honours Retry-After on a 429', async () => {
    const { client, sleep, fetch } = clientWith([
      { status: 429, headers: { 'Retry-After': '2' } },
      { status: 200, body: account },
    ]);
    await getAccount(client);
    expect(fetch.calls).to.have.length(2);
    expect(sleep.waits).to.include(2000);
  });

  it('retries a 429 on a POST too (the server did not act) but gives up after three tries', async () => {
    const { client, fetch } = clientWith([{ status: 429, headers: { 'Retry-After': '0' }, body: { message: 'Slow down' } }]);
    const error = (await submitIdentity(client, {
      first_name: 'A',
      last_name: 'B',
      phone_number: '1',
      email: 'a@b.c',
      date_of_birth: '1990-01-01',
    }).catch((e: unknown) => e)) as LightApiError;
    expect(fetch.calls).to.have.length(3);
    expect(error.code).to.equal('rate_limited');
    expect(error.retryable).to.equal(true);
  });

  it('backs off exponentially with jitter when there is no Retry-After', async () => {
    const { client, sleep } = clientWith([{ status: 503 }, { status: 503 }, { status: 200, body: account }]);
    await getAccount(client);
    expect(sleep.waits).to.deep.equal([188, 375]);
  });

  it('retries a 503 on a GET and succeeds', async () => {
    const { client, fetch } = clientWith([{ status: 503 }, { status: 200, body: account }]);
    expect((await getAccount(client)).uuid).to.equal('acc-1');
    expect(fetch.calls).to.have.length(2);
  });

  it('does not retry a 503 on a POST', async () => {
    const { client, fetch } = clientWith([{ status: 503 }, { status: 200 }]);
    const error = (await client.request('POST', PATHS.finalize, { body: {} }).catch((e: unknown) => e)) as LightApiError;
    expect(fetch.calls).to.have.length(1);
    expect(error.code).to.equal('server');
    expect(error.retryable).to.equal(true);
  });

  it('maps a network failure to code network, after retrying a GET', async () => {
    const { client, fetch } = clientWith([{ throws: new TypeError('Failed to fetch') }]);
    const error = (await getAccount(client).catch((e: unknown) => e)) as LightApiError;
    expect(error.code).to.equal('network');
    expect(fetch.calls).to.have.length(3);
  });

  it('maps a timeout to code timeout', async () => {
    const { client } = clientWith([{ hang: true }], { timeoutMs: 20, maxAttempts: 1 });
    const error = (await getAccount(client).catch((e: unknown) => e)) as LightApiError;
    expect(error.code).to.equal('timeout');
  });

  it('maps malformed JSON to bad_response', async () => {
    const { client } = clientWith([{ status: 200, raw: '{"uuid": "acc' }]);
    const error = (await getAccount(client).catch((e: unknown) => e)) as LightApiError;
    expect(error.code).to.equal('bad_response');
  });

  it('tolerates unknown keys and decimal strings', async () => {
    const { client } = clientWith([
      {
        status: 200,
        body: {
          data: [{ number: 'INV-1', total_cents: '1234', total_kwh: '812.5', surprise: { nested: true } }],
          has_more: false,
          limit: 10,
          offset: 0,
          new_field: 'ignored',
        },
      },
    ]);
    const page = await listInvoices(client, { limit: 10 });
    expect(page.data[0].total_cents).to.equal(1234);
    expect(page.data[0].total_kwh).to.equal(812.5);
    expect(page.data[0]).not.to.have.property('surprise');
  });

  it('uses the API message for validation errors', async () => {
    const { client } = clientWith([{ status: 422, body: { error: { code: 'invalid', message: 'Start date is outside the window' } } }]);
    const error = (await client.request('POST', PATHS.plansAccept, { body: {} }).catch((e: unknown) => e)) as LightApiError;
    expect(error.code).to.equal('validation');
    expect(error.message).to.equal('Start date is outside the window');
    expect(error.retryable).to.equal(false);
  });

  it('cancels on abort and rethrows the AbortError', async () => {
    const { client } = clientWith([{ hang: true }]);
    const controller = new AbortController();
    const pending = getAccount(client, { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('paces itself under the rate limit', async () => {
    let now = 0;
    const waits: number[] = [];
    const pacer = new Pacer(
      3,
      () => now,
      async (ms) => {
        waits.push(ms);
        now += ms;
      },
    );
    for (let i = 0; i < 7; i++) await pacer.take();
    expect(waits).to.deep.equal([1000, 1000]);
  });

  it('reads Retry-After in seconds or as a date', () => {
    expect(parseRetryAfter('3', 0)).to.equal(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).to.equal(6000);
    expect(parseRetryAfter('soon', 0)).to.equal(null);
  });
});
