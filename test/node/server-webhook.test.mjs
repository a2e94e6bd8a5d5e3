// light-elements/server: verifyWebhook, signed here with node:crypto (independently of the module's own signer).
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import { sandboxModule, server } from './helpers.mjs';

const { verifyWebhook, WebhookVerificationError, WEBHOOK_EVENT_NAMES, signWebhook } = server;

const SECRET = 'whsec_test_secret';
const NOW = Date.parse('2026-12-01T18:00:00Z');
const TS = Math.floor(NOW / 1000);
const BODY = JSON.stringify({
  uuid: '123e4567-e89b-12d3-a456-426614174000',
  created_at: '2026-12-01T18:00:00Z',
  api_version: 'v1',
  event: 'enrollment.plan_accepted',
  data: { account: { uuid: 'acc-1', first_name: 'Jo' }, location: { uuid: 'loc-1', service_start_date: '2026-12-10' } },
});

const hmac = (secret, timestamp, body) =>
  createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
const header = (body = BODY, { secret = SECRET, timestamp = TS } = {}) =>
  `${timestamp}.${hmac(secret, timestamp, body)}`;

async function rejectsWith(promise, reason) {
  await assert.rejects(promise, (error) => {
    assert.ok(error instanceof WebhookVerificationError, `${error}`);
    assert.equal(error.name, 'WebhookVerificationError');
    assert.equal(error.reason, reason);
    assert.ok(!error.message.includes(SECRET));
    return true;
  });
}

describe('verifyWebhook', () => {
  test('a valid signature returns the typed event', async () => {
    const event = await verifyWebhook(BODY, header(), SECRET, { now: NOW });
    assert.equal(event.event, 'enrollment.plan_accepted');
    assert.equal(event.data.account.uuid, 'acc-1');
    assert.equal(event.data.location.uuid, 'loc-1');
  });

  test('a Buffer, a Uint8Array and a string of the same bytes all verify', async () => {
    const signature = header();
    for (const body of [BODY, Buffer.from(BODY), new TextEncoder().encode(BODY)]) {
      assert.equal((await verifyWebhook(body, signature, SECRET, { now: NOW })).uuid, JSON.parse(BODY).uuid);
    }
    // Non-ASCII bodies are signed as UTF-8 bytes.
    const unicode = BODY.replace('Jo', 'José ☀');
    assert.ok(await verifyWebhook(Buffer.from(unicode), header(unicode), SECRET, { now: NOW }));
  });

  test('the raw-body pitfall: a re-serialised body does not match', async () => {
    const raw = Buffer.from(JSON.stringify(JSON.parse(BODY), null, 2));
    const signature = header(raw.toString());
    assert.ok(await verifyWebhook(raw, signature, SECRET, { now: NOW }));
    // The docs' sample: JSON.stringify on an express.raw Buffer.
    await rejectsWith(verifyWebhook(JSON.stringify(raw), signature, SECRET, { now: NOW }), 'signature-mismatch');
    // Parsing and stringifying again changes the spacing.
    await rejectsWith(
      verifyWebhook(JSON.stringify(JSON.parse(raw)), signature, SECRET, { now: NOW }),
      'signature-mismatch',
    );
  });

  test('a tampered body or a wrong secret is a mismatch', async () => {
    await rejectsWith(
      verifyWebhook(BODY.replace('acc-1', 'acc-2'), header(), SECRET, { now: NOW }),
      'signature-mismatch',
    );
    await rejectsWith(
      verifyWebhook(BODY, header(BODY, { secret: 'other' }), SECRET, { now: NOW }),
      'signature-mismatch',
    );
    // The timestamp is signed too.
    const [, digest] = header().split('.');
    await rejectsWith(verifyWebhook(BODY, `${TS - 1}.${digest}`, SECRET, { now: NOW }), 'signature-mismatch');
  });

  test('a signature of another length is a mismatch, never a throw of another kind', async () => {
    const [, digest] = header().split('.');
    for (const other of [digest.slice(0, 32), digest.slice(0, 62), `${digest}00`, `${digest}${digest}`, '00']) {
      await rejectsWith(verifyWebhook(BODY, `${TS}.${other}`, SECRET, { now: NOW }), 'signature-mismatch');
    }
  });

  test('upper-case hex is accepted', async () => {
    const [, digest] = header().split('.');
    assert.ok(await verifyWebhook(BODY, `${TS}.${digest.toUpperCase()}`, SECRET, { now: NOW }));
  });

  test('stale and future timestamps are refused; the window is configurable', async () => {
    const old = TS - 3601;
    await rejectsWith(verifyWebhook(BODY, header(BODY, { timestamp: old }), SECRET, { now: NOW }), 'stale-timestamp');
    assert.ok(await verifyWebhook(BODY, header(BODY, { timestamp: TS - 3600 }), SECRET, { now: NOW }));
    assert.ok(
      await verifyWebhook(BODY, header(BODY, { timestamp: old }), SECRET, { now: NOW, toleranceSeconds: 7200 }),
    );
    await rejectsWith(
      verifyWebhook(BODY, header(BODY, { timestamp: TS - 61 }), SECRET, { now: () => NOW, toleranceSeconds: 60 }),
      'stale-timestamp',
    );
    const future = TS + 301;
    await rejectsWith(
      verifyWebhook(BODY, header(BODY, { timestamp: future }), SECRET, { now: NOW }),
      'future-timestamp',
    );
    assert.ok(await verifyWebhook(BODY, header(BODY, { timestamp: TS + 30 }), SECRET, { now: NOW }));
  });

  test('a missing or malformed header', async () => {
    for (const missing of [null, undefined, '']) {
      await rejectsWith(verifyWebhook(BODY, missing, SECRET, { now: NOW }), 'missing-header');
    }
    for (const malformed of [
      'nope',
      `${TS}`,
      `${TS}.`,
      `.${'a'.repeat(64)}`,
      `${TS}.xyz`,
      `${TS}.abc`,
      `t=${TS},v1=ab`,
    ]) {
      await rejectsWith(verifyWebhook(BODY, malformed, SECRET, { now: NOW }), 'malformed-header');
    }
  });

  test('a signed body that is not a webhook, or an undocumented event', async () => {
    await rejectsWith(verifyWebhook('not json', header('not json'), SECRET, { now: NOW }), 'invalid-payload');
    await rejectsWith(verifyWebhook('[1]', header('[1]'), SECRET, { now: NOW }), 'invalid-payload');
    const unknown = BODY.replace('enrollment.plan_accepted', 'enrollment.teleported');
    await assert.rejects(verifyWebhook(unknown, header(unknown), SECRET, { now: NOW }), (error) => {
      assert.equal(error.reason, 'unknown-event');
      assert.equal(error.event, 'enrollment.teleported');
      return true;
    });
  });

  test('every documented event name verifies', async () => {
    assert.equal(WEBHOOK_EVENT_NAMES.length, 18);
    for (const name of WEBHOOK_EVENT_NAMES) {
      const body = BODY.replace('enrollment.plan_accepted', name);
      assert.equal((await verifyWebhook(body, header(body), SECRET, { now: NOW })).event, name);
    }
  });

  test('events the sandbox fires verify, and signWebhook agrees with node:crypto', async () => {
    const events = [];
    const sandbox = sandboxModule.createSandbox({ onWebhook: (event) => events.push(event) });
    const session = sandbox.session('client-agent-ready');
    const { token } = sandbox.mintToken(session.accountUuid);
    const call = (path, body) =>
      sandbox.fetch(`https://api.light.dev/v1${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const { plans } = await (await call('/account/enroll/plans/request', { esi_id: '10443720000000000' })).json();
    const start = plans[0].earliest_start_date;
    await call('/account/enroll/plans/accept', {
      plan_uuid: plans[0].uuid,
      esi_id: '10443720000000000',
      service_start_date: start,
      terms_accepted: true,
    });
    assert.ok(events.length > 0, 'the sandbox fired an event');
    for (const event of events) {
      const body = JSON.stringify(event);
      const timestamp = Math.floor(Date.now() / 1000);
      assert.equal(await signWebhook(body, SECRET, timestamp), header(body, { timestamp }));
      const verified = await verifyWebhook(Buffer.from(body), header(body, { timestamp }), SECRET);
      assert.ok(WEBHOOK_EVENT_NAMES.includes(verified.event));
    }
  });
});

describe('the documented event list', () => {
  // Written twice on purpose: the sandbox is evidence of the API, so it keeps its own copy of the docs' list.
  test('is the same in light-elements/server and in the sandbox', () => {
    assert.deepEqual([...WEBHOOK_EVENT_NAMES].sort(), [...sandboxModule.WEBHOOK_EVENTS].sort());
  });
});
