// light-elements/server: the backend routes, against the sandbox (and a fake Light for routes it lacks).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { describe, test } from 'node:test';
import { fakeLight, post, sandboxModule, server, testClock } from './helpers.mjs';

const { createLightBackend, toNodeHandler, REFRESH_MARGIN_MS } = server;
const { createSandbox, SANDBOX_APP_TOKEN } = sandboxModule;

function setup(options = {}) {
  const clock = testClock();
  const sandbox = createSandbox({ now: clock.date, ...options.sandbox });
  const session = sandbox.session('new-customer');
  const errors = [];
  const backend = createLightBackend({
    appToken: SANDBOX_APP_TOKEN,
    fetch: sandbox.fetch,
    getAccountUuid: () => session.accountUuid,
    now: clock.now,
    sleep: (ms) => clock.sleep(ms),
    onError: (error) => errors.push(error),
    ...options.backend,
  });
  const count = (route) => sandbox.requests.filter((entry) => entry.route === route).length;
  return { clock, sandbox, session, backend, count, errors };
}

describe('POST /energy/token', () => {
  test('mints an account token with the Stripe key, no-store', async () => {
    const { backend, sandbox, session } = setup();
    const response = await backend(post('/energy/token'));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const body = await response.json();
    assert.equal(typeof body.token, 'string');
    assert.ok(Date.parse(body.expires_at) > Date.now() - 1e12);
    assert.equal(body.stripe_public_key, sandbox.getAppAccount(session.accountUuid).app.stripe_public_key);
    assert.match(body.stripe_public_key, /^pk_test_/);
    // The token works on an account route.
    const account = await sandbox.fetch('https://api.light.dev/v1/account', {
      headers: { Authorization: `Bearer ${body.token}` },
    });
    assert.equal(account.status, 200);
  });

  test('caches per account until 10 minutes before expiry, then mints again', async () => {
    const { backend, clock, count } = setup();
    const first = await (await backend(post('/energy/token'))).json();
    const lifetime = Date.parse(first.expires_at) - clock.now();
    clock.advance(lifetime - REFRESH_MARGIN_MS - 1000);
    const second = await (await backend(post('/energy/token'))).json();
    assert.equal(second.token, first.token);
    assert.equal(count('app.token'), 1);
    clock.advance(2000);
    const third = await (await backend(post('/energy/token'))).json();
    assert.notEqual(third.token, first.token);
    assert.equal(count('app.token'), 2);
    // The Stripe key is read once.
    assert.equal(count('app.account'), 1);
  });

  test('concurrent calls share one mint (single flight)', async () => {
    const { backend, count } = setup();
    const bodies = await Promise.all(
      Array.from({ length: 8 }, () => backend(post('/energy/token')).then((r) => r.json())),
    );
    assert.equal(new Set(bodies.map((b) => b.token)).size, 1);
    assert.equal(count('app.token'), 1);
    assert.equal(count('app.account'), 1);
  });

  test('tokens are per account', async () => {
    const clock = testClock();
    const sandbox = createSandbox({ now: clock.date });
    const a = sandbox.session('new-customer');
    const b = sandbox.session('new-customer');
    const backend = createLightBackend({
      appToken: SANDBOX_APP_TOKEN,
      fetch: sandbox.fetch,
      now: clock.now,
      getAccountUuid: (request) => request.headers.get('x-user'),
    });
    const tokenA = (await (await backend(post('/energy/token', {}, { headers: { 'x-user': a.accountUuid } }))).json())
      .token;
    const tokenB = (await (await backend(post('/energy/token', {}, { headers: { 'x-user': b.accountUuid } }))).json())
      .token;
    assert.notEqual(tokenA, tokenB);
    assert.equal(sandbox.requests.filter((e) => e.route === 'app.token').length, 2);
  });

  test('401 when getAccountUuid returns null (sync or async), and Light is not called', async () => {
    for (const getAccountUuid of [() => null, async () => null, () => undefined]) {
      const { backend, sandbox } = setup({ backend: { getAccountUuid } });
      const response = await backend(post('/energy/token'));
      assert.equal(response.status, 401);
      assert.deepEqual(Object.keys(await response.json()), ['error']);
      assert.equal(sandbox.requests.length, 0);
    }
  });

  test('a 429 is retried after its Retry-After', async () => {
    const { backend, sandbox, clock, count } = setup();
    sandbox.faults.add({ route: 'app.token', kind: 'status', status: 429, retryAfter: 2, times: 1 });
    const response = await backend(post('/energy/token'));
    assert.equal(response.status, 200);
    assert.equal(count('app.token'), 2);
    assert.ok(clock.sleeps.includes(2000), `slept ${clock.sleeps}`);
  });

  test('429 retries are bounded: too long a Retry-After, or too many, answer 429', async () => {
    const long = setup();
    long.sandbox.faults.add({ route: 'app.token', kind: 'status', status: 429, retryAfter: 600 });
    const tooLong = await long.backend(post('/energy/token'));
    assert.equal(tooLong.status, 429);
    assert.equal(tooLong.headers.get('retry-after'), '600');
    assert.equal(long.count('app.token'), 1);
    assert.ok(!long.clock.sleeps.some((ms) => ms >= 600_000));

    const always = setup();
    always.sandbox.faults.add({ route: 'app.token', kind: 'status', status: 429, retryAfter: 1 });
    const response = await always.backend(post('/energy/token'));
    assert.equal(response.status, 429);
    assert.equal(always.count('app.token'), 3);
    assert.equal(typeof (await response.json()).error, 'string');
  });
});

describe('routing', () => {
  test('404 for other paths, 405 for other methods, under basePath', async () => {
    const { backend } = setup({ backend: { basePath: '/api/light/' } });
    assert.equal((await backend(post('/energy/token'))).status, 404);
    assert.equal((await backend(post('/api/light/nope'))).status, 404);
    assert.equal((await backend(post('/api/light'))).status, 404);
    const get = await backend(new Request('https://partner.example/api/light/token'));
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST');
    assert.deepEqual(Object.keys(await get.json()), ['error']);
    assert.equal((await backend(post('/api/light/token'))).status, 200);
  });

  test('400 for a body that is not a JSON object', async () => {
    const { backend } = setup();
    for (const body of ['{nope', '[1]', '"scope"']) {
      const response = await backend(post('/energy/flow-login', body));
      assert.equal(response.status, 400);
      assert.equal(typeof (await response.json()).error, 'string');
    }
  });
});

describe('POST /energy/flow-login', () => {
  test('passes a documented scope through and answers Light’s link', async () => {
    const { backend, count } = setup();
    for (const scope of ['enrollment', 'update-payment-method', 'billing', 'documents', 'renewal']) {
      const response = await backend(post('/energy/flow-login', { scope }));
      assert.equal(response.status, 200);
      const body = await response.json();
      assert.equal(body.scope, scope);
      assert.match(body.login_link, /^https:\/\//);
      assert.ok(body.expires_at);
    }
    assert.equal(count('app.flowLogin'), 5);
  });

  test('400 for other scopes, before calling Light', async () => {
    const { backend, sandbox } = setup();
    for (const body of [{ scope: 'admin' }, {}, { scope: ['billing'] }, { scope: 'Billing' }]) {
      const response = await backend(post('/energy/flow-login', body));
      assert.equal(response.status, 400);
      assert.match((await response.json()).error, /scope must be one of/);
    }
    assert.equal(sandbox.requests.length, 0);
  });
});

describe('POST /energy/eligibility', () => {
  test('passes a 5-digit postal code to Light', async () => {
    const { backend, count } = setup();
    const response = await backend(post('/energy/eligibility', { postal_code: '75202' }));
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.eligibility_likelihood, 85);
    assert.ok(Array.isArray(body.utilities));
    assert.equal(count('app.eligibility'), 1);
  });

  test('answers signed-out visitors only when made public', async () => {
    const { backend, count } = setup({ backend: { getAccountUuid: () => null } });
    assert.equal((await backend(post('/energy/eligibility', { postal_code: '75202' }))).status, 401);
    const open = setup({ backend: { getAccountUuid: () => null, eligibility: { public: true } } });
    const response = await open.backend(post('/energy/eligibility', { postal_code: '75202' }));
    assert.equal(response.status, 200);
    assert.equal((await response.json()).eligibility_likelihood, 85);
    // Only that route: the others still need a customer.
    assert.equal((await open.backend(post('/energy/token'))).status, 401);
    assert.equal(count('app.eligibility'), 0);
  });

  test('400 for anything else', async () => {
    const { backend, sandbox } = setup();
    for (const postal_code of ['7520', '752021', 'abcde', 75202, undefined]) {
      const response = await backend(post('/energy/eligibility', { postal_code }));
      assert.equal(response.status, 400, String(postal_code));
    }
    assert.equal(sandbox.requests.length, 0);
  });
});

describe('POST /energy/client-agent', () => {
  const consent = (clock, at = new Date(clock.now()).toISOString()) => ({
    client_agent_accepted_at: at,
    consent: 'Sunny Solar may enroll you in an electricity plan on your behalf.',
    locale: 'en',
    esi_id: '10443720000000000',
  });

  test('is off (404) unless the partner keeps the consents', async () => {
    const { backend, clock, sandbox } = setup();
    const response = await backend(post('/energy/client-agent', consent(clock)));
    assert.equal(response.status, 404);
    assert.equal(sandbox.requests.length, 0);
  });

  test('keeps the consent through onConsent, then records power of attorney at its time', async () => {
    const kept = [];
    const { backend, clock, sandbox, session, count } = setup({
      backend: { clientAgent: { onConsent: (c) => void kept.push(c) } },
    });
    const body = consent(clock);
    const response = await backend(post('/energy/client-agent', body));
    assert.equal(response.status, 200);
    assert.equal(kept.length, 1);
    assert.equal(kept[0].accountUuid, session.accountUuid);
    assert.equal(kept[0].consent, body.consent);
    assert.equal(kept[0].esi_id, body.esi_id);
    assert.equal(count('app.recordClientAgent'), 1);
    assert.equal(sandbox.getAppAccount(session.accountUuid).client_agent_accepted_at, body.client_agent_accepted_at);
  });

  test('400 for a backdated or future time, or no consent text; nothing recorded', async () => {
    const kept = [];
    const { backend, clock, sandbox } = setup({ backend: { clientAgent: { onConsent: (c) => void kept.push(c) } } });
    const hour = 60 * 60 * 1000;
    for (const body of [
      consent(clock, new Date(clock.now() - hour).toISOString()),
      consent(clock, new Date(clock.now() + hour).toISOString()),
      consent(clock, 'yesterday'),
      { ...consent(clock), consent: '  ' },
    ]) {
      assert.equal((await backend(post('/energy/client-agent', body))).status, 400, JSON.stringify(body));
    }
    assert.equal(kept.length, 0);
    assert.equal(sandbox.requests.length, 0);
  });

  test('does not record when keeping the consent fails (500)', async () => {
    const { backend, clock, count } = setup({
      backend: {
        clientAgent: {
          onConsent: () => {
            throw new Error('database down');
          },
        },
      },
    });
    assert.equal((await backend(post('/energy/client-agent', consent(clock)))).status, 500);
    assert.equal(count('app.recordClientAgent'), 0);
  });
});

describe('POST /energy/full-address-search', () => {
  test("passes the address to Light's full-address search", async () => {
    const { backend, count } = setup();
    const response = await backend(
      post('/energy/full-address-search', { address_1: '1200 Main Street Apt 1402', postal_code: '75202' }),
    );
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.deepEqual(
      body.addresses.map((a) => a.esi_id),
      ['10443720000000000'],
    );
    assert.equal(count('app.fullAddressSearch'), 1);
  });
});

// The sandbox serves no app-token plans request: a fake Light stands in.
describe('POST /energy/plans (fake Light: the sandbox has no app-token plans route)', () => {
  const esi = '10443720000000000';

  test('sends the app-token plans request with the custom rates; esi_id wins', async () => {
    const light = fakeLight(() => ({ body: { plans: [{ uuid: 'p1' }] } }));
    const seen = [];
    const backend = createLightBackend({
      appToken: 'app_secret',
      fetch: light.fetch,
      getAccountUuid: () => 'acc-1',
      plans: {
        customRates: async (context) => {
          seen.push(context);
          return { energy_rate_adjustment_cents: -0.5, esi_id: 'ignored' };
        },
      },
    });
    const response = await backend(post('/energy/plans', { esi_id: esi }));
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { plans: [{ uuid: 'p1' }] });
    assert.equal(light.calls.length, 1);
    const [call] = light.calls;
    assert.equal(call.method, 'POST');
    assert.equal(call.url, 'https://api.light.dev/v1/app/accounts/acc-1/enroll/plans/request');
    assert.equal(call.auth, 'Bearer app_secret');
    assert.deepEqual(call.body, { energy_rate_adjustment_cents: -0.5, esi_id: esi });
    assert.equal(seen[0].accountUuid, 'acc-1');
    assert.equal(seen[0].esiId, esi);
  });

  test('a static customRates object, a custom apiBase, and no custom rates', async () => {
    const light = fakeLight(() => ({ body: { plans: [] } }));
    const withRates = createLightBackend({
      appToken: 'app_secret',
      apiBase: 'https://light.test/',
      fetch: light.fetch,
      getAccountUuid: () => 'acc-1',
      plans: { customRates: { rate: 1 } },
    });
    await withRates(post('/energy/plans', { esi_id: esi }));
    assert.equal(light.calls[0].url, 'https://light.test/v1/app/accounts/acc-1/enroll/plans/request');
    assert.deepEqual(light.calls[0].body, { rate: 1, esi_id: esi });
    const plain = createLightBackend({ appToken: 'app_secret', fetch: light.fetch, getAccountUuid: () => 'acc-1' });
    await plain(post('/energy/plans', { esi_id: esi }));
    assert.deepEqual(light.calls[1].body, { esi_id: esi });
  });

  test('400 for an ESI ID that is not 17 or 22 digits', async () => {
    const light = fakeLight();
    const backend = createLightBackend({ appToken: 'app_secret', fetch: light.fetch, getAccountUuid: () => 'acc-1' });
    for (const esi_id of ['123', '1044372000000000X', 10443720000000000, undefined, `${esi}0`]) {
      assert.equal((await backend(post('/energy/plans', { esi_id }))).status, 400, String(esi_id));
    }
    assert.equal((await backend(post('/energy/plans', { esi_id: `${esi}00000` }))).status, 200);
    assert.equal(light.calls.length, 1);
  });
});

describe('POST /energy/full-address-search (fake Light: exactly what is sent)', () => {
  test('sends only the address fields to the documented path', async () => {
    const light = fakeLight(() => ({ body: { data: [{ esi_id: '10443720000000000' }] } }));
    const backend = createLightBackend({ appToken: 'app_secret', fetch: light.fetch, getAccountUuid: () => 'acc-1' });
    const response = await backend(
      post('/energy/full-address-search', {
        address_1: ' 1200 Main St ',
        address_2: 'Apt 1402',
        city: 'Dallas',
        state: 'TX',
        postal_code: '75202',
        extra: 'dropped',
      }),
    );
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { data: [{ esi_id: '10443720000000000' }] });
    assert.equal(light.calls[0].method, 'POST');
    assert.equal(light.calls[0].path, '/v1/app/accounts/enroll/full-address-search');
    assert.deepEqual(light.calls[0].body, {
      address_1: '1200 Main St',
      address_2: 'Apt 1402',
      city: 'Dallas',
      state: 'TX',
      postal_code: '75202',
    });
  });

  test('400 without address_1 or a 5-digit postal code', async () => {
    const light = fakeLight();
    const backend = createLightBackend({ appToken: 'app_secret', fetch: light.fetch, getAccountUuid: () => 'acc-1' });
    for (const body of [
      { postal_code: '75202' },
      { address_1: '1200 Main St' },
      { address_1: ' ', postal_code: '75202' },
    ]) {
      assert.equal((await backend(post('/energy/full-address-search', body))).status, 400);
    }
    assert.equal(light.calls.length, 0);
  });
});

describe('pacing', () => {
  test('app-token requests stay under 30 per second', async () => {
    const clock = testClock();
    const starts = [];
    const light = fakeLight(() => {
      starts.push(clock.now());
      return { body: { eligibility_likelihood: 85, utilities: [] } };
    });
    const backend = createLightBackend({
      appToken: 'app_secret',
      fetch: light.fetch,
      getAccountUuid: () => 'acc-1',
      now: clock.now,
      sleep: (ms) => clock.sleep(ms),
    });
    const responses = await Promise.all(
      Array.from({ length: 70 }, () => backend(post('/energy/eligibility', { postal_code: '75202' }))),
    );
    assert.ok(responses.every((r) => r.status === 200));
    assert.equal(starts.length, 70);
    for (const start of starts) {
      const inWindow = starts.filter((t) => t >= start && t < start + 1000).length;
      assert.ok(inWindow < 30, `${inWindow} requests within one second`);
    }
    assert.ok(clock.sleeps.length > 0, 'it had to wait');
  });
});

describe('the app token never leaks', () => {
  const appToken = 'app_tok_SECRET_123';
  const leaks = (text) => text.includes(appToken);

  test('not in error bodies when Light echoes it, nor in onError messages', async () => {
    const answers = [
      { status: 500, body: { error: `Invalid token ${appToken}` } },
      { status: 401, body: `Bearer ${appToken} rejected` },
      { status: 422, body: { error: { message: `bad ${appToken}` } } },
      { status: 400, body: { detail: appToken } },
    ];
    for (const answer of answers) {
      const errors = [];
      const light = fakeLight(() => answer);
      const backend = createLightBackend({
        appToken,
        fetch: light.fetch,
        getAccountUuid: () => 'acc-1',
        onError: (error) => errors.push(error),
      });
      for (const [path, body] of [
        ['/energy/token', undefined],
        ['/energy/flow-login', { scope: 'billing' }],
        ['/energy/eligibility', { postal_code: '75202' }],
        ['/energy/plans', { esi_id: '10443720000000000' }],
        ['/energy/full-address-search', { address_1: '1 Main', postal_code: '75202' }],
      ]) {
        const response = await backend(post(path, body));
        assert.ok(response.status >= 400, path);
        const text = await response.text();
        assert.ok(!leaks(text), `${path}: ${text}`);
        assert.equal(typeof JSON.parse(text).error, 'string');
      }
      for (const error of errors) assert.ok(!leaks(`${error.message} ${error.stack}`));
    }
  });

  test('not when Light is unreachable or getAccountUuid throws', async () => {
    const errors = [];
    const backend = createLightBackend({
      appToken,
      fetch: async () => {
        throw new TypeError(`connect failed with ${appToken}`);
      },
      getAccountUuid: () => 'acc-1',
      onError: (error) => errors.push(error),
    });
    const response = await backend(post('/energy/eligibility', { postal_code: '75202' }));
    assert.equal(response.status, 502);
    assert.ok(!leaks(await response.text()));
    const throwing = createLightBackend({
      appToken,
      fetch: fakeLight().fetch,
      getAccountUuid: () => {
        throw new Error(`session store down (${appToken})`);
      },
      onError: (error) => errors.push(error),
    });
    const failed = await throwing(post('/energy/token'));
    assert.equal(failed.status, 500);
    assert.ok(!leaks(await failed.text()));
    assert.ok(errors.length >= 2);
    for (const error of errors) assert.ok(!leaks(error.message), error.message);
  });

  test('not against the sandbox with a wrong app token', async () => {
    const sandbox = createSandbox();
    const session = sandbox.session('new-customer');
    const backend = createLightBackend({ appToken, fetch: sandbox.fetch, getAccountUuid: () => session.accountUuid });
    const response = await backend(post('/energy/token'));
    assert.equal(response.status, 502);
    assert.ok(!leaks(await response.text()));
    const errors = [];
    const reported = createLightBackend({
      appToken,
      fetch: sandbox.fetch,
      getAccountUuid: () => session.accountUuid,
      onError: (error) => errors.push(error),
    });
    await reported(post('/energy/eligibility', { postal_code: '75202' }));
    assert.equal(errors.length, 1);
    assert.equal(errors[0].status, 401);
    assert.ok(!leaks(errors[0].message));
  });
});

describe('toNodeHandler', () => {
  test('serves the backend over node:http', async () => {
    const { backend } = setup();
    const httpServer = createServer(toNodeHandler(backend));
    await new Promise((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${httpServer.address().port}`;
      const token = await fetch(`${base}/energy/token`, { method: 'POST' });
      assert.equal(token.status, 200);
      assert.equal(token.headers.get('cache-control'), 'no-store');
      assert.equal(typeof (await token.json()).token, 'string');
      const flow = await fetch(`${base}/energy/flow-login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scope: 'nope' }),
      });
      assert.equal(flow.status, 400);
      assert.equal((await fetch(`${base}/energy/token`)).status, 405);
    } finally {
      await new Promise((resolve) => httpServer.close(resolve));
    }
  });

  test('Express: mounted path from originalUrl, a body express.json already parsed', async () => {
    const { backend } = setup();
    const written = { headers: {} };
    const res = {
      statusCode: 0,
      setHeader: (name, value) => {
        written.headers[name.toLowerCase()] = value;
      },
      end: (body) => {
        written.body = Buffer.from(body).toString();
        written.done();
      },
    };
    const done = new Promise((resolve) => {
      written.done = resolve;
    });
    const req = {
      method: 'POST',
      url: '/flow-login',
      originalUrl: '/energy/flow-login',
      headers: { host: 'partner.example', 'content-type': 'application/json' },
      body: { scope: 'billing' },
      async *[Symbol.asyncIterator]() {},
    };
    toNodeHandler(backend)(req, res, (error) => assert.fail(error));
    await done;
    assert.equal(res.statusCode, 200);
    assert.equal(JSON.parse(written.body).scope, 'billing');
    assert.equal(written.headers['cache-control'], 'no-store');
  });
});
