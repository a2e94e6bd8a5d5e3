// The sandbox over HTTP, on the built module: `node --test test/node/` (LIGHT_DIST points at another build).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const dist = process.env.LIGHT_DIST
  ? `${process.env.LIGHT_DIST}/sandbox-server.js`
  : new URL('../../dist/sandbox-server.js', import.meta.url).href;
const { startSandboxServer } = await import(dist.startsWith('/') ? `file://${dist}` : dist);

const BIN = fileURLToPath(new URL('../../bin/light-elements-sandbox.mjs', import.meta.url));

/** The docs' verification: split, check the age, HMAC `${timestamp}.${rawBody}`, constant-time compare. */
function verify(secret, rawBody, header) {
  const parts = header.split('.');
  if (parts.length !== 2) return false;
  const [timestamp, digest] = parts;
  if (Number(timestamp) < Math.floor(Date.now() / 1000) - 3600) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
  return digest.length === expected.length && timingSafeEqual(Buffer.from(digest, 'hex'), Buffer.from(expected, 'hex'));
}

/** Resolves once `condition()` holds, checking after each turn of the event loop (10 s at most). */
async function waitFor(condition, what) {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A local webhook receiver answering `statuses` in turn (then 200); `next()` resolves with the next delivery. */
async function webhookReceiver(statuses = []) {
  const received = [];
  const waiting = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const delivery = { headers: req.headers, raw: Buffer.concat(chunks).toString('utf8') };
      received.push(delivery);
      res.writeHead(statuses[received.length - 1] ?? 200).end('OK');
      waiting.shift()?.(delivery);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${server.address().port}/webhook`,
    received,
    next: () => new Promise((resolve) => waiting.push(resolve)),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('sandbox over HTTP', () => {
  let server;
  const json = { 'Content-Type': 'application/json' };
  const app = () => ({ Authorization: `Bearer ${server.appToken}` });

  async function api(method, path, { token, body, headers = {} } = {}) {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : json),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
  }

  /** An account created with the app token, and a token minted for it. */
  async function account(email = 'a@b.c') {
    const created = await api('POST', '/v1/app/accounts', { token: server.appToken, body: { email } });
    assert.equal(created.status, 200);
    const minted = await api('POST', `/v1/app/accounts/${created.body.uuid}/token`, { token: server.appToken });
    assert.equal(minted.status, 200);
    return { uuid: created.body.uuid, token: minted.body.token };
  }

  before(async () => {
    server = await startSandboxServer({ port: 0, seed: 5, log: () => {} });
  });
  after(() => server.close());

  it('creates an account with the app token, mints its token, and answers GET /v1/account with it', async () => {
    const created = await api('POST', '/v1/app/accounts', { token: server.appToken, body: { email: 'a@b.c' } });
    assert.equal(created.status, 200);
    assert.equal(created.body.email, 'a@b.c');
    assert.equal(created.body.status, 'created');
    const minted = await api('POST', `/v1/app/accounts/${created.body.uuid}/token`, { headers: app() });
    assert.match(minted.body.token, /^sbx_acct_/);
    assert.ok(Date.parse(minted.body.expires_at) > Date.now());
    const me = await api('GET', '/v1/account', { token: minted.body.token });
    assert.equal(me.status, 200);
    assert.equal(me.body.uuid, created.body.uuid);
    assert.equal(me.headers.get('content-type'), 'application/json');
  });

  it('answers 401 without a token, with the app token on an account route, and on app routes without it', async () => {
    const missing = await api('GET', '/v1/account');
    assert.equal(missing.status, 401);
    assert.match(missing.body.error, /bearer token/i);
    assert.equal((await api('GET', '/v1/account', { token: server.appToken })).status, 401);
    assert.equal((await api('GET', '/v1/app/accounts')).status, 401);
    assert.equal((await api('GET', '/v1/app/accounts', { token: 'sbx_acct_nope' })).status, 401);
  });

  it('answers a CORS preflight and puts CORS headers on every answer, echoing the origin', async () => {
    const origin = 'https://partner.example';
    const preflight = await fetch(`${server.url}/v1/account`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), origin);
    assert.match(preflight.headers.get('access-control-allow-headers'), /Authorization/);
    assert.match(preflight.headers.get('access-control-allow-headers'), /Content-Type/);
    assert.match(preflight.headers.get('access-control-allow-methods'), /PATCH/);
    const denied = await api('GET', '/v1/account', { headers: { Origin: origin } });
    assert.equal(denied.status, 401);
    assert.equal(denied.headers.get('access-control-allow-origin'), origin);
    assert.match(denied.headers.get('access-control-expose-headers'), /Retry-After/);
  });

  it('sets up one account as a scenario without touching another', async () => {
    const one = await account('one@example.com');
    const other = await account('other@example.com');
    const set = await api('POST', `/__sandbox/accounts/${one.uuid}/scenario`, { body: { scenario: 'active' } });
    assert.equal(set.status, 200);
    assert.equal((await api('GET', '/v1/account', { token: one.token })).body.status, 'active');
    const invoices = await api('GET', '/v1/account/billing/invoices', { token: one.token });
    assert.equal(invoices.status, 200);
    assert.ok(invoices.body.data.length > 0);
    assert.equal((await api('GET', '/v1/account', { token: other.token })).body.status, 'created');
    const unknown = await api('POST', `/__sandbox/accounts/${one.uuid}/scenario`, { body: { scenario: 'nope' } });
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.error, /new-customer/);
    assert.equal(
      (await api('POST', '/__sandbox/accounts/nobody/scenario', { body: { scenario: 'active' } })).status,
      404,
    );
  });

  it('fails one account’s calls with a fault scoped by header, leaves the other account alone, then clears', async () => {
    const one = await account('fault-one@example.com');
    const other = await account('fault-other@example.com');
    const added = await api('POST', '/__sandbox/faults', {
      headers: { 'X-Light-Sandbox-Account': one.uuid },
      body: { route: 'account', kind: 'status', status: 429, times: 1 },
    });
    assert.equal(added.status, 201);
    assert.equal(added.body.account, one.uuid);
    assert.equal((await api('GET', '/v1/account', { token: other.token })).status, 200);
    const limited = await api('GET', '/v1/account', { token: one.token });
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '1');
    assert.equal((await api('GET', '/v1/account', { token: one.token })).status, 200);

    const byBody = await api('POST', '/__sandbox/faults', {
      body: { route: '*', kind: 'status', status: 503, account: other.uuid },
    });
    assert.equal(byBody.status, 201);
    assert.equal((await api('GET', '/v1/account', { token: other.token })).status, 503);
    assert.equal((await api('GET', '/v1/account', { token: one.token })).status, 200);
    const listed = await api('GET', '/__sandbox/faults');
    assert.deepEqual(
      listed.body.faults.map((f) => [f.account, f.applied]),
      [
        [one.uuid, 1],
        [other.uuid, 1],
      ],
    );
    const cleared = await api('DELETE', '/__sandbox/faults', { headers: { 'X-Light-Sandbox-Account': other.uuid } });
    assert.equal(cleared.body.removed, 1);
    assert.equal((await api('GET', '/v1/account', { token: other.token })).status, 200);
    assert.equal((await api('DELETE', '/__sandbox/faults')).body.removed, 1);
    assert.equal((await api('POST', '/__sandbox/faults', { body: { route: 'nope', kind: 'status' } })).status, 400);
    assert.equal((await api('POST', '/__sandbox/faults', { body: { route: '*', kind: 'boom' } })).status, 400);
  });

  it('drops the connection for a network fault, like a failed fetch', async () => {
    const one = await account('network@example.com');
    await api('POST', '/__sandbox/faults', {
      body: { route: 'account', kind: 'network', times: 1, account: one.uuid },
    });
    await assert.rejects(
      fetch(`${server.url}/v1/account`, { headers: { Authorization: `Bearer ${one.token}` } }),
      TypeError,
    );
    assert.equal((await api('GET', '/v1/account', { token: one.token })).status, 200);
  });

  it('logs requests, per account on request, and clears the log', async () => {
    await api('DELETE', '/__sandbox/requests');
    const one = await account('log@example.com');
    await api('GET', '/v1/account', { token: one.token });
    await api('GET', '/v1/account/billing/invoices?page=2', { token: one.token });
    const all = await api('GET', '/__sandbox/requests');
    assert.deepEqual(
      all.body.requests.map((r) => `${r.method} ${r.path}${r.query} ${r.status}`),
      [
        'POST /app/accounts 200',
        `POST /app/accounts/${one.uuid}/token 200`,
        'GET /account 200',
        'GET /account/billing/invoices?page=2 200',
      ],
    );
    const mine = await api('GET', `/__sandbox/requests?account=${one.uuid}`);
    assert.deepEqual(
      mine.body.requests.map((r) => r.route),
      ['account', 'invoices'],
    );
  });

  it('streams a multipart upload through to the sandbox', async () => {
    const one = await account('upload@example.com');
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4 fake invoice'], { type: 'application/pdf' }), 'invoice.pdf');
    const response = await fetch(`${server.url}/v1/account/comparison-invoice`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${one.token}` },
      body: form,
    });
    const body = await response.json();
    assert.equal(response.status, 201, JSON.stringify(body));
    assert.equal(body.status, 'pending');
    const status = await api('GET', '/v1/account/comparison-invoice', { token: one.token });
    assert.equal(status.body.uuid, body.uuid);
  });

  it('documents its controls at GET /__sandbox', async () => {
    const doc = await api('GET', '/__sandbox');
    assert.equal(doc.status, 200);
    assert.equal(doc.body.app_token, server.appToken);
    assert.ok(doc.body.controls['POST /__sandbox/faults']);
    assert.ok(doc.body.scenarios.includes('active'));
    assert.equal((await api('GET', '/__sandbox/nothing')).status, 404);
  });

  it('POSTs signed webhook events to a registered URL', async () => {
    const receiver = await webhookReceiver();
    try {
      const secret = 'whsec_node_test';
      assert.equal((await api('POST', '/__sandbox/webhooks', { body: { url: receiver.url, secret } })).status, 200);
      const session = await api('POST', '/__sandbox/sessions', {
        body: { scenario: 'mid-enrollment-ready-to-finalize' },
      });
      assert.equal(session.status, 201);
      const arrived = receiver.next();
      const finalized = await api('POST', '/v1/account/enroll/finalize', { token: session.body.token, body: {} });
      assert.equal(finalized.status, 200);
      const delivery = await arrived;

      const signature = delivery.headers['light-signature-v1'];
      assert.match(signature, /^\d+\.[0-9a-f]{64}$/);
      assert.equal(delivery.headers['content-type'], 'application/json');
      assert.ok(verify(secret, delivery.raw, signature), 'the signature verifies with the secret');
      assert.ok(!verify('another secret', delivery.raw, signature));
      assert.ok(!verify(secret, `${delivery.raw} `, signature));
      const payload = JSON.parse(delivery.raw);
      assert.deepEqual(Object.keys(payload).sort(), ['api_version', 'created_at', 'data', 'event', 'uuid']);
      assert.equal(payload.event, 'enrollment.finalized');
      assert.equal(payload.api_version, 'v1');
      assert.equal(payload.data.account.uuid, session.body.account_uuid);
      assert.equal(payload.data.location.uuid, session.body.location_uuid);

      await waitFor(() => server.deliveries.at(-1)?.status !== null, 'the delivery to be recorded');
      const log = await api('GET', '/__sandbox/webhooks');
      assert.equal(log.body.url, receiver.url);
      assert.equal(log.body.deliveries.at(-1).delivered, true);
      assert.equal(log.body.deliveries.at(-1).event_uuid, payload.uuid);

      const status = receiver.next();
      const active = await api('POST', `/__sandbox/accounts/${session.body.account_uuid}/status`, {
        body: { status: 'active', status_reason: 'active' },
      });
      assert.equal(active.status, 200);
      assert.equal(JSON.parse((await status).raw).event, 'location.service_active');
    } finally {
      await api('DELETE', '/__sandbox/webhooks');
      await receiver.close();
    }
  });

  it('tries a webhook again when the receiver does not answer 2xx', async () => {
    const receiver = await webhookReceiver([500]);
    try {
      await api('POST', '/__sandbox/webhooks', { body: { url: receiver.url, secret: 'retry' } });
      const session = await api('POST', '/__sandbox/sessions', {
        body: { scenario: 'mid-enrollment-ready-to-finalize' },
      });
      const first = receiver.next();
      const second = receiver.next();
      await api('POST', '/v1/account/enroll/finalize', { token: session.body.token, body: {} });
      const [a, b] = await Promise.all([first, second]);
      assert.equal(JSON.parse(a.raw).uuid, JSON.parse(b.raw).uuid);
      assert.ok(verify('retry', b.raw, b.headers['light-signature-v1']));
      const delivery = server.deliveries.at(-1);
      await waitFor(() => delivery.delivered, 'the second attempt to be recorded');
      assert.equal(delivery.attempts, 2);
      assert.equal(delivery.status, 200);
      assert.equal(delivery.delivered, true);
    } finally {
      await api('DELETE', '/__sandbox/webhooks');
      await receiver.close();
    }
  });
});

describe('the light-elements-sandbox bin', () => {
  it('starts on --port 0 and prints its URL, app token and a curl line; the URL answers', async () => {
    const receiver = await webhookReceiver();
    const args = ['--port', '0', '--seed', '2', '--webhook-url', receiver.url, '--webhook-secret', 'from_flags'];
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, PORT: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    try {
      await new Promise((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          out += chunk;
          if (/Controls/.test(out)) resolve();
        });
        child.once('exit', (code) => reject(new Error(`the bin exited (${code}): ${err}`)));
      });
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      assert.ok(url, out);
      assert.match(out, /App token: sandbox_app_token/);
      assert.match(
        out,
        /curl -s -X POST http:\/\/127\.0\.0\.1:\d+\/v1\/app\/accounts -H 'Authorization: Bearer sandbox_app_token'/,
      );
      const response = await fetch(`${url}/v1/app/accounts`, {
        headers: { Authorization: 'Bearer sandbox_app_token' },
      });
      assert.equal(response.status, 200);
      assert.match(out, /Webhooks: POSTed to http:\/\/127\.0\.0\.1:\d+\/webhook/);

      const session = await (
        await fetch(`${url}/__sandbox/sessions`, {
          method: 'POST',
          body: '{"scenario":"mid-enrollment-ready-to-finalize"}',
        })
      ).json();
      const arrived = receiver.next();
      const finalize = await fetch(`${url}/v1/account/enroll/finalize`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' },
        body: '{}',
      });
      assert.equal(finalize.status, 200);
      const delivery = await arrived;
      assert.ok(verify('from_flags', delivery.raw, delivery.headers['light-signature-v1']));
    } finally {
      await receiver.close();
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = await exited;
      assert.equal(code, 0, `stopped cleanly on SIGTERM: ${err}`);
    }
  });
});
