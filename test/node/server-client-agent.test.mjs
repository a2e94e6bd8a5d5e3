// light-elements/server: client-agent (power of attorney) enrollment against the sandbox.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fakeLight, sandboxModule, server, testClock } from './helpers.mjs';

const { createLightBackend, createLightClient, daysFromToday, LightUpstreamError } = server;
const { createSandbox, SANDBOX_APP_TOKEN } = sandboxModule;

const ESI = '10443720000000000';

/** 2026-12-01 at noon in Texas: "today" is 2026-12-01. */
function setup(scenario = 'client-agent-ready') {
  const clock = testClock(Date.parse('2026-12-01T18:00:00Z'));
  const sandbox = createSandbox({ now: clock.date });
  const session = sandbox.session(scenario);
  const client = createLightClient({ appToken: SANDBOX_APP_TOKEN, fetch: sandbox.fetch, now: clock.now });
  return { clock, sandbox, session, client };
}

/** Plans for the account, through the account-token route the sandbox serves. */
async function offeredPlan(sandbox, accountUuid) {
  const { token } = sandbox.mintToken(accountUuid);
  const response = await sandbox.fetch('https://api.light.dev/v1/account/enroll/plans/request', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ esi_id: ESI }),
  });
  assert.equal(response.status, 200);
  return (await response.json()).plans[0].uuid;
}

describe('recordClientAgent', () => {
  test('records the authorization with the app token, at the given time or now', async () => {
    const { sandbox, session, client } = setup('new-customer');
    await client.recordClientAgent(session.accountUuid, '2026-11-20T10:00:00Z');
    assert.equal(sandbox.inspect(session.accountUuid).client_agent_accepted_at, '2026-11-20T10:00:00.000Z');
    const entry = sandbox.requests.at(-1);
    assert.equal(entry.route, 'app.recordClientAgent');
    assert.equal(entry.status, 200);

    const other = sandbox.session('new-customer');
    await client.recordClientAgent(other.accountUuid, new Date('2026-11-21T00:00:00Z'));
    assert.equal(sandbox.inspect(other.accountUuid).client_agent_accepted_at, '2026-11-21T00:00:00.000Z');
    const third = sandbox.session('new-customer');
    await client.recordClientAgent(third.accountUuid);
    assert.equal(sandbox.inspect(third.accountUuid).client_agent_accepted_at, sandbox.now().toISOString());
  });

  test('the documented path and body', async () => {
    const light = fakeLight();
    const client = createLightClient({ appToken: 'app_secret', fetch: light.fetch });
    await client.recordClientAgent('acc-1', '2026-03-01T14:30:00Z');
    assert.equal(light.calls[0].url, 'https://api.light.dev/v1/app/accounts/acc-1/record-client-agent');
    assert.equal(light.calls[0].auth, 'Bearer app_secret');
    assert.deepEqual(light.calls[0].body, { client_agent_accepted_at: '2026-03-01T14:30:00Z' });
    await client.requestPlans('acc-1', ESI, { rate: 2 });
    assert.equal(light.calls[1].url, 'https://api.light.dev/v1/app/accounts/acc-1/enroll/plans/request');
    assert.deepEqual(light.calls[1].body, { rate: 2, esi_id: ESI });
  });
});

describe('acceptOnBehalf', () => {
  for (const [date, days] of [
    ['2026-12-08', 7],
    ['2026-12-31', 30],
  ]) {
    test(`accepts and finalizes ${days} days out, with is_client_agent_enrollment`, async () => {
      const { sandbox, session, client } = setup();
      const planUuid = await offeredPlan(sandbox, session.accountUuid);
      sandbox.clearRequests();
      const result = await client.acceptOnBehalf({
        accountUuid: session.accountUuid,
        planUuid,
        esiId: ESI,
        serviceStartDate: date,
      });
      assert.deepEqual(result, { serviceStartDate: date });
      assert.deepEqual(
        sandbox.requests.map((e) => [e.route, e.status]),
        [
          ['app.token', 200],
          ['plansAccept', 200],
          ['finalize', 200],
        ],
      );
      const record = sandbox.inspect(session.accountUuid);
      assert.equal(record.client_agent_enrollment, true);
      assert.ok(record.finalized_at);
      assert.equal(sandbox.getAccount(session.accountUuid).locations[0].service_start_date, date);
    });
  }

  for (const [date, days] of [
    ['2026-12-07', 6],
    ['2027-01-01', 31],
    ['2026-12-01', 0],
    ['2026-11-30', -1],
  ]) {
    test(`refuses ${days} days out before calling Light`, async () => {
      const { sandbox, session, client } = setup();
      sandbox.clearRequests();
      await assert.rejects(
        client.acceptOnBehalf({ accountUuid: session.accountUuid, planUuid: 'p', esiId: ESI, serviceStartDate: date }),
        (error) => error instanceof RangeError && error.message.includes(`${days} days away`),
      );
      assert.equal(sandbox.requests.length, 0);
    });
  }

  test('"today" is the Texas date, and `now` overrides the clock', async () => {
    // 03:00 UTC on Dec 2 is still Dec 1 in Chicago: Dec 8 is 7 days out.
    assert.equal(daysFromToday('2026-12-08', new Date('2026-12-02T03:00:00Z')), 7);
    assert.equal(daysFromToday('2026-12-08', new Date('2026-12-02T03:00:00Z'), 'UTC'), 6);
    assert.equal(daysFromToday('2026-02-30', new Date('2026-02-01T12:00:00Z')), null);
    const light = fakeLight(() => ({ body: { token: 't', expires_at: '2027-01-01T00:00:00Z' } }));
    const client = createLightClient({ appToken: 'app_secret', fetch: light.fetch });
    await client.acceptOnBehalf({
      accountUuid: 'acc-1',
      planUuid: 'p1',
      esiId: ESI,
      serviceStartDate: '2026-12-08',
      now: new Date('2026-12-02T03:00:00Z'),
    });
    assert.deepEqual(
      light.calls.map((c) => [c.path, c.auth]),
      [
        ['/v1/app/accounts/acc-1/token', 'Bearer app_secret'],
        ['/v1/account/enroll/plans/accept', 'Bearer t'],
        ['/v1/account/enroll/finalize', 'Bearer t'],
      ],
    );
    assert.deepEqual(light.calls[1].body, {
      plan_uuid: 'p1',
      esi_id: ESI,
      service_start_date: '2026-12-08',
      terms_accepted: true,
    });
    assert.deepEqual(light.calls[2].body, { is_client_agent_enrollment: true });
    await assert.rejects(
      client.acceptOnBehalf({
        accountUuid: 'acc-1',
        planUuid: 'p1',
        esiId: ESI,
        serviceStartDate: '2026-12-08',
        now: new Date('2026-12-02T06:00:00Z'),
      }),
      RangeError,
    );
  });

  test('without power of attorney Light refuses finalize, as a LightUpstreamError', async () => {
    const { sandbox, session, client } = setup('mid-enrollment-payment-added');
    const planUuid = await offeredPlan(sandbox, session.accountUuid);
    await assert.rejects(
      client.acceptOnBehalf({ accountUuid: session.accountUuid, planUuid, esiId: ESI, serviceStartDate: '2026-12-10' }),
      (error) =>
        error instanceof LightUpstreamError && error.status >= 400 && !error.message.includes(SANDBOX_APP_TOKEN),
    );
    assert.equal(sandbox.inspect(session.accountUuid).finalized_at, null);
  });

  test('the backend’s client shares its token cache', async () => {
    const { sandbox, session, clock } = setup();
    const backend = createLightBackend({
      appToken: SANDBOX_APP_TOKEN,
      fetch: sandbox.fetch,
      now: clock.now,
      getAccountUuid: () => session.accountUuid,
    });
    const planUuid = await offeredPlan(sandbox, session.accountUuid);
    sandbox.clearRequests();
    const minted = await (
      await backend(new Request('https://partner.example/energy/token', { method: 'POST' }))
    ).json();
    await backend.client.acceptOnBehalf({
      accountUuid: session.accountUuid,
      planUuid,
      esiId: ESI,
      serviceStartDate: '2026-12-15',
    });
    assert.equal(sandbox.requests.filter((e) => e.route === 'app.token').length, 1);
    assert.ok(minted.token);
    assert.equal(sandbox.inspect(session.accountUuid).client_agent_enrollment, true);
  });
});
