// light-elements/server: POST /energy/usage-profiles, Smart Meter Texas history for personal rates, on the sandbox.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { post, sandboxModule, server, testClock } from './helpers.mjs';

const { createLightBackend } = server;
const { createSandbox, SANDBOX_APP_TOKEN, PLAN_GROUPS } = sandboxModule;

/** A backend signed in as a customer whose bill has been read, and that bill's uuid. */
async function setup(scenario = 'bill-compared') {
  const clock = testClock();
  const sandbox = createSandbox({ now: clock.date });
  const session = sandbox.session(scenario);
  let signedIn = session.accountUuid;
  const backend = createLightBackend({
    appToken: SANDBOX_APP_TOKEN,
    fetch: sandbox.fetch,
    getAccountUuid: () => signedIn,
    now: clock.now,
    sleep: (ms) => clock.sleep(ms),
  });
  const { token } = await session.tokenProvider();
  const call = (path) =>
    sandbox.fetch(`${sandbox.apiBase}/v1${path}`, { headers: { Authorization: `Bearer ${token}` } });
  const invoice = await (await call('/account/comparison-invoice')).json();
  const count = (route) => sandbox.requests.filter((entry) => entry.route === route).length;
  return { sandbox, backend, invoice, call, count, signInAs: (uuid) => (signedIn = uuid) };
}

describe('POST /energy/usage-profiles', () => {
  test("fetches a usage profile for the customer's own bill, with consent, and comparisons then use it", async () => {
    const { backend, invoice, call, count } = await setup();
    const response = await backend(
      post('/energy/usage-profiles', { comparison_invoice_uuid: invoice.uuid, user_authorizes_usage_fetch: true }),
    );
    assert.equal(response.status, 202);
    const profile = await response.json();
    assert.equal(profile.status, 'pending');
    assert.equal(typeof profile.uuid, 'string');
    assert.ok('utility_account_number' in profile && 'error_message' in profile && 'start_date' in profile);
    assert.equal(count('app.usageProfilesFetch'), 1);
    const query = `plan_group=${PLAN_GROUPS[0].uuid}&uuid=${invoice.uuid}`;
    const simple = await (await call(`/account/comparison-invoice/simple-compare?${query}`)).json();
    assert.equal(simple.plan_comparison.usage_profile_uuid, profile.uuid);
  });

  test('400 without consent or an invoice uuid; nothing reaches Light', async () => {
    const { backend, invoice, count } = await setup();
    for (const body of [
      { comparison_invoice_uuid: invoice.uuid },
      { comparison_invoice_uuid: invoice.uuid, user_authorizes_usage_fetch: 'true' },
      { user_authorizes_usage_fetch: true },
      { comparison_invoice_uuid: 42, user_authorizes_usage_fetch: true },
    ]) {
      const response = await backend(post('/energy/usage-profiles', body));
      assert.equal(response.status, 400, JSON.stringify(body));
    }
    assert.equal(count('app.usageProfilesFetch'), 0);
  });

  test("404 for another customer's bill: the app token never fetches someone else's meter data", async () => {
    const first = await setup();
    const other = first.sandbox.session('bill-compared');
    first.signInAs(other.accountUuid);
    const response = await first.backend(
      post('/energy/usage-profiles', {
        comparison_invoice_uuid: first.invoice.uuid,
        user_authorizes_usage_fetch: true,
      }),
    );
    assert.equal(response.status, 404);
    assert.equal(first.count('app.usageProfilesFetch'), 0);
  });

  test('the sandbox reads the profile as completed afterwards', async () => {
    const { sandbox, backend, invoice } = await setup();
    const profile = await (
      await backend(
        post('/energy/usage-profiles', { comparison_invoice_uuid: invoice.uuid, user_authorizes_usage_fetch: true }),
      )
    ).json();
    const read = await sandbox.fetch(`${sandbox.apiBase}/v1/app/usage-profiles/${profile.uuid}`, {
      headers: { Authorization: `Bearer ${SANDBOX_APP_TOKEN}` },
    });
    const body = await read.json();
    assert.equal(body.status, 'completed');
    assert.match(body.start_date, /^\d{4}-\d{2}-\d{2}$/);
  });
});
