import { expect } from '@open-wc/testing';
import {
  acceptPlan,
  getAccount,
  listInvoices,
  PATHS,
  submitCreditCheck,
  submitIdentity,
} from '../../src/api/endpoints.js';
import { LightApiError } from '../../src/api/errors.js';
import { LightClient, Pacer, parseRetryAfter, type LightClientOptions } from '../../src/api/http.js';
import { recordingSleep, scriptedFetch, type Step } from '../support/fake-fetch.js';
import { deferred, keepingInits, manualTimers } from './support.js';

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
const identity = {
  first_name: 'A',
  last_name: 'B',
  phone_number: '1',
  email: 'a@b.c',
  date_of_birth: '1990-01-01',
} as const;

describe('LightClient', () => {
  it('sends the token only in the Authorization header', async () => {
    const { client, fetch } = clientWith([{ status: 200, body: account }]);
    await getAccount(client);
    const [call] = fetch.calls;
    expect(call.url).to.equal('https://api.example.test/v1/account');
    expect(call.headers.get('Authorization')).to.equal('Bearer token-1');
    expect(call.url).not.to.contain('token');
  });

  it('a GET started ahead is taken by the first request for the same URL, once', async () => {
    const page = { data: [], has_more: false, limit: 4, offset: 0 };
    const { client, fetch } = clientWith([
      { status: 200, body: page },
      { status: 200, body: page },
      { status: 200, body: page },
    ]);
    client.prefetch(PATHS.invoices, { limit: 4, offset: 0 });
    client.prefetch(PATHS.invoices, { limit: 4, offset: 0 });
    expect((await listInvoices(client, { limit: 4, offset: 0 })).limit).to.equal(4);
    expect(fetch.calls.length, 'one request for the early start and the first caller').to.equal(1);
    await listInvoices(client, { limit: 4, offset: 0 });
    expect(fetch.calls.length, 'the next caller sends its own').to.equal(2);
    await listInvoices(client, { limit: 12, offset: 0 });
    expect(fetch.calls.map((c) => new URL(c.url).search)).to.deep.equal([
      '?limit=4&offset=0',
      '?limit=4&offset=0',
      '?limit=12&offset=0',
    ]);
  });

  it('a GET asked to start ahead while a caller is already getting that URL starts nothing', async () => {
    const page = { data: [], has_more: false, limit: 4, offset: 0 };
    const { client, fetch } = clientWith([{ status: 200, body: page }]);
    const first = listInvoices(client, { limit: 4, offset: 0 });
    client.prefetch(PATHS.invoices, { limit: 4, offset: 0 });
    await first;
    expect(fetch.calls.length).to.equal(1);
  });

  it('a GET started ahead and not taken in time is dropped; its failure reaches the caller who takes it', async () => {
    let time = 1_000_000;
    const { client, fetch } = clientWith(
      [
        { status: 404, body: { message: 'No such thing' } },
        { status: 200, body: account },
      ],
      { now: () => time },
    );
    client.prefetch(PATHS.account);
    const error = (await getAccount(client).catch((e: unknown) => e)) as LightApiError;
    expect(error.code).to.equal('not_found');
    client.prefetch(PATHS.account);
    time += 10_001;
    expect((await getAccount(client)).uuid, 'a fresh request after the early one expired').to.equal('acc-1');
    expect(fetch.calls.length).to.equal(3);
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
    const { client, fetch } = clientWith([
      { status: 429, headers: { 'Retry-After': '0' }, body: { message: 'Slow down' } },
    ]);
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
    const error = (await client
      .request('POST', PATHS.finalize, { body: {} })
      .catch((e: unknown) => e)) as LightApiError;
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
    const { client } = clientWith([
      { status: 422, body: { error: { code: 'invalid', message: 'Start date is outside the window' } } },
    ]);
    const error = (await client
      .request('POST', PATHS.plansAccept, { body: {} })
      .catch((e: unknown) => e)) as LightApiError;
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

  describe('redirects', () => {
    it('asks fetch not to follow redirects, and reports a 307 as a config error without resending', async () => {
      const fetch = keepingInits(
        scriptedFetch({ status: 307, headers: { Location: 'https://elsewhere.test/v1/account/enroll/credit-check' } }),
      );
      const { client } = clientWith([], { fetch });
      const error = (await submitCreditCheck(client, { ssn: '123-45-6789', consent: true }).catch(
        (e: unknown) => e,
      )) as LightApiError;
      expect(error).to.be.instanceOf(LightApiError);
      expect(error.code).to.equal('config');
      expect(error.retryable).to.equal(false);
      expect(error.message).to.contain('redirect');
      expect(fetch.inits).to.have.length(1);
      expect(fetch.inits[0].redirect).to.be.oneOf(['error', 'manual']);
    });

    it('does not retry a GET that is redirected', async () => {
      const { client, fetch } = clientWith([{ status: 302, headers: { Location: 'https://elsewhere.test/' } }]);
      const error = (await getAccount(client).catch((e: unknown) => e)) as LightApiError;
      expect(error.code).to.equal('config');
      expect(fetch.calls).to.have.length(1);
    });

    it("reports the browser's opaque redirect (redirect: 'manual') the same way", async () => {
      let calls = 0;
      const opaque = async () => {
        calls++;
        return {
          type: 'opaqueredirect',
          status: 0,
          ok: false,
          headers: new Headers(),
          body: null,
          text: async () => '',
        } as unknown as Response;
      };
      const { client } = clientWith([], { fetch: opaque as typeof fetch });
      const error = (await getAccount(client).catch((e: unknown) => e)) as LightApiError;
      expect(error.code).to.equal('config');
      expect(calls).to.equal(1);
    });
  });

  describe('timeouts', () => {
    it('times out a response whose body never finishes', async () => {
      const timers = manualTimers();
      // The body stalls once it is read; the timeout runs out exactly then.
      const stalled = async () => {
        const body = new ReadableStream<Uint8Array>(
          {
            pull: () => {
              timers.fire();
              return new Promise<void>(() => undefined);
            },
          },
          { highWaterMark: 0 },
        );
        return new Response(body, { status: 200 });
      };
      const { client } = clientWith([], {
        fetch: stalled as typeof fetch,
        timer: timers,
        timeoutMs: 50,
        maxAttempts: 1,
      });
      const error = (await getAccount(client).catch((e: unknown) => e)) as LightApiError;
      expect(error).to.be.instanceOf(LightApiError);
      expect(error.code).to.equal('timeout');
      expect(timers.started).to.include(50);
    });

    it('bounds a token provider that never answers, and says so', async () => {
      const timers = manualTimers();
      const asked = deferred();
      const { client, fetch } = clientWith([{ status: 200, body: account }], {
        tokenProvider: () => {
          asked.resolve();
          return new Promise<string>(() => undefined);
        },
        timer: timers,
        timeoutMs: 5000,
      });
      const pending = getAccount(client).catch((e: unknown) => e);
      await asked.promise;
      timers.fire();
      const error = (await pending) as LightApiError;
      expect(error).to.be.instanceOf(LightApiError);
      expect(error.code).to.be.oneOf(['timeout', 'auth']);
      expect(error.message).to.contain("partner's token provider did not answer");
      expect(error.outcomeUnknown).to.equal(false);
      expect(fetch.calls).to.have.length(0);
    });

    it('ends a wait on a token provider that never answers when the caller aborts', async () => {
      const asked = deferred();
      const { client } = clientWith([{ status: 200, body: account }], {
        tokenProvider: () => {
          asked.resolve();
          return new Promise<string>(() => undefined);
        },
        timer: manualTimers(),
      });
      const controller = new AbortController();
      const pending = getAccount(client, { signal: controller.signal }).catch((e: unknown) => e);
      await asked.promise;
      controller.abort();
      expect(((await pending) as DOMException).name).to.equal('AbortError');
    });

    it('gives each attempt its own timeout and stops the timer once the answer is read', async () => {
      const timers = manualTimers();
      const { client } = clientWith([{ status: 200, body: account }], { timer: timers, timeoutMs: 1234 });
      await getAccount(client);
      expect(timers.started.filter((ms) => ms === 1234)).to.have.length.greaterThan(0);
      expect(timers.live).to.equal(0);
    });
  });

  describe('429 without a readable Retry-After', () => {
    for (const retryAfter of [undefined, 'soon', '']) {
      it(`waits at least the API's one-second window (Retry-After ${JSON.stringify(retryAfter)})`, async () => {
        const headers: Record<string, string> = retryAfter === undefined ? {} : { 'Retry-After': retryAfter };
        for (const random of [0, 0.5, 0.999]) {
          const { client, sleep } = clientWith(
            [
              { status: 429, headers },
              { status: 429, headers },
              { status: 200, body: account },
            ],
            {
              random: () => random,
            },
          );
          await getAccount(client);
          expect(sleep.waits, `random ${random}`).to.have.length(2);
          for (const wait of sleep.waits) expect(wait, `random ${random}`).to.be.at.least(1000);
        }
      });
    }

    it('adds jitter above the second', async () => {
      const waitsFor = async (random: number) => {
        const { client, sleep } = clientWith([{ status: 429 }, { status: 200, body: account }], {
          random: () => random,
        });
        await getAccount(client);
        return sleep.waits[0];
      };
      const low = await waitsFor(0);
      const high = await waitsFor(0.99);
      expect(low).to.be.at.least(1000);
      expect(high).to.be.greaterThan(low);
    });
  });

  describe('empty bodies', () => {
    for (const raw of ['', '   \n']) {
      it(`reports an empty 200 body (${JSON.stringify(raw)}) where JSON is expected as bad_response`, async () => {
        const { client } = clientWith([{ status: 200, raw }]);
        const error = (await getAccount(client).catch((e: unknown) => e)) as LightApiError;
        expect(error).to.be.instanceOf(LightApiError);
        expect(error.code).to.equal('bad_response');
      });
    }

    it('accepts a 204', async () => {
      const { client } = clientWith([{ status: 204 }]);
      expect(await client.request('GET', PATHS.account)).to.equal(null);
    });

    it('accepts an empty body from the calls that read nothing from their answer', async () => {
      const { client } = clientWith([{ status: 200, raw: '' }]);
      await submitIdentity(client, identity);
      await acceptPlan(client, { plan_uuid: 'p', esi_id: '1', service_start_date: '2026-07-01', terms_accepted: true });
      await submitCreditCheck(client, { ssn: '123-45-6789', consent: true });
    });
  });

  describe('what the customer typed never reaches an error message', () => {
    it('redacts every string of the request body that the API echoes back', async () => {
      const { client } = clientWith([
        {
          status: 422,
          body: {
            message:
              'Zelda Quartermaine (ZELDA@EXAMPLE.COM, +1 5125550100) could not be verified; born 1990-02-03; token-1',
          },
        },
      ]);
      const error = (await submitIdentity(client, {
        first_name: 'Zelda',
        last_name: 'Quartermaine',
        phone_number: '(512) 555-0100',
        email: 'zelda@example.com',
        date_of_birth: '1990-02-03',
      }).catch((e: unknown) => e)) as LightApiError;
      expect(error.code).to.equal('validation');
      for (const typed of [
        'Zelda',
        'Quartermaine',
        'ZELDA@EXAMPLE.COM',
        '5125550100',
        '0100',
        '1990-02-03',
        'token-1',
      ]) {
        expect(error.message.toLowerCase()).not.to.contain(typed.toLowerCase());
      }
      expect(error.message).to.contain('could not be verified');
    });

    it('redacts an echoed SSN in any of its forms, and nested strings', async () => {
      const { client } = clientWith([
        {
          status: 400,
          body: { error: { message: 'SSN 123456789 (ending 6789, given as 123-45-6789) is invalid for Ana' } },
        },
      ]);
      const error = (await client
        .request('POST', PATHS.creditCheck, { body: { ssn: '123-45-6789', consent: true, person: { names: ['Ana'] } } })
        .catch((e: unknown) => e)) as LightApiError;
      expect(error.message).not.to.match(/\d{4}/);
      expect(error.message).not.to.contain('123-45');
      expect(error.message).not.to.contain('Ana');
      expect(error.message).to.contain('is invalid for');
    });
  });

  describe('retryable and outcomeUnknown', () => {
    const post = (client: LightClient) =>
      client.request('POST', PATHS.finalize, { body: {} }).catch((e: unknown) => e) as Promise<LightApiError>;

    it('marks a POST that got a 5xx as retryable with an unknown outcome, and does not resend it', async () => {
      const { client, fetch } = clientWith([{ status: 503 }]);
      const error = await post(client);
      expect(error).to.include({ code: 'server', retryable: true, outcomeUnknown: true });
      expect(fetch.calls).to.have.length(1);
    });

    it('marks a POST that timed out or lost its connection as of unknown outcome', async () => {
      const timedOut = await post(clientWith([{ hang: true }], { timeoutMs: 20 }).client);
      expect(timedOut).to.include({ code: 'timeout', retryable: true, outcomeUnknown: true });
      const { client, fetch } = clientWith([{ throws: new TypeError('Failed to fetch') }]);
      expect(await post(client)).to.include({ code: 'network', retryable: true, outcomeUnknown: true });
      expect(fetch.calls).to.have.length(1);
    });

    it('marks a POST whose 2xx answer could not be read as of unknown outcome', async () => {
      const { client } = clientWith([{ status: 200, raw: '{"oops' }]);
      const error = (await client.request('POST', PATHS.paymentSession).catch((e: unknown) => e)) as LightApiError;
      expect(error).to.include({ code: 'bad_response', outcomeUnknown: true });
    });

    it('knows the outcome when the server refused the request', async () => {
      const refused = await post(clientWith([{ status: 422, body: { message: 'No' } }]).client);
      expect(refused).to.include({ code: 'validation', retryable: false, outcomeUnknown: false });
      const limited = await post(clientWith([{ status: 429, headers: { 'Retry-After': '0' } }]).client);
      expect(limited).to.include({ code: 'rate_limited', retryable: true, outcomeUnknown: false });
    });

    it('knows the outcome of a POST that never left because signing in failed', async () => {
      const { client, fetch } = clientWith([{ status: 200 }], {
        tokenProvider: () => {
          throw new Error('down');
        },
      });
      expect(await post(client)).to.include({ code: 'auth', retryable: true, outcomeUnknown: false });
      expect(fetch.calls).to.have.length(0);
    });

    it('never marks a GET as of unknown outcome (it changes nothing)', async () => {
      const server = (await getAccount(clientWith([{ status: 503 }]).client).catch((e: unknown) => e)) as LightApiError;
      expect(server).to.include({ code: 'server', retryable: true, outcomeUnknown: false });
      const network = (await getAccount(clientWith([{ throws: new TypeError('x') }]).client).catch(
        (e: unknown) => e,
      )) as LightApiError;
      expect(network).to.include({ code: 'network', outcomeUnknown: false });
    });

    it('defaults outcomeUnknown to false, and follows what it is given', () => {
      expect(new LightApiError('server', 'x').outcomeUnknown).to.equal(false);
      expect(new LightApiError('server', 'x', { outcomeUnknown: true }).outcomeUnknown).to.equal(true);
      expect(new LightApiError('validation', 'x').retryable).to.equal(false);
      expect(new LightApiError('network', 'x').retryable).to.equal(true);
    });
  });
});
