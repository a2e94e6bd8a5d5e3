import { expect } from '@open-wc/testing';
import { APP_PATHS, fillPath, PATHS } from '../../src/api/endpoints.js';
import { messageFromBody } from '../../src/api/errors.js';
import { SANDBOX_APP_TOKEN } from '../../src/sandbox/index.js';
import { API, call, fixedSandbox, tokenFor } from './helpers.js';

describe('sandbox core: routing, auth and the request log', () => {
  it('serves every account-token and app-token path of the API layer', async () => {
    const { sandbox } = fixedSandbox();
    const { token, locationUuid } = await tokenFor(sandbox, 'active');
    const params = {
      location_uuid: locationUuid!,
      invoice_number: 'x',
      account_uuid: sandbox.session().accountUuid,
      usage_profile_uuid: 'p',
    };
    for (const [name, template] of Object.entries(PATHS)) {
      // Any method: an unserved route would be a 404 "no endpoint", a served one never is.
      const reply = await call(sandbox, token, 'OPTIONS', fillPath(template, params));
      expect(reply.status, name).to.equal(405);
      expect(reply.headers.get('Allow'), name).to.match(/GET|POST|PUT|PATCH/);
    }
    for (const [name, template] of Object.entries(APP_PATHS)) {
      const reply = await call(sandbox, SANDBOX_APP_TOKEN, 'OPTIONS', fillPath(template, params));
      expect(reply.status, name).to.equal(405);
    }
    expect((await call(sandbox, token, 'GET', '/account/nothing-here')).status).to.equal(404);
    expect((await call(sandbox, token, 'GET', '/account/billing/invoices/%E0%A4%A')).status).to.equal(404);
  });

  it('answers on any origin, matching the path after /v1', async () => {
    const { sandbox } = fixedSandbox();
    const { token } = await tokenFor(sandbox);
    const response = await sandbox.fetch('http://localhost:6006/proxy/light/v1/account', {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status).to.equal(200);
  });

  it('rejects a missing, unknown, expired or app token with 401 and one error shape', async () => {
    const { sandbox, clock } = fixedSandbox();
    const session = sandbox.session();
    const { token, expires_at } = await session.tokenProvider();
    expect(Date.parse(expires_at!) - clock.now().getTime()).to.equal(60 * 60 * 1000);

    for (const bad of [null, 'sbx_acct_unknown', SANDBOX_APP_TOKEN]) {
      const reply = await call(sandbox, bad, 'GET', '/account');
      expect(reply.status).to.equal(401);
      // The documented form: the message alone, under `error`.
      expect(Object.keys(reply.body)).to.deep.equal(['error']);
      expect(reply.body.error).to.be.a('string').and.not.equal('');
      expect(messageFromBody(reply.body)).to.equal(reply.body.error);
    }
    expect((await call(sandbox, token, 'GET', '/account')).status).to.equal(200);
    clock.advance(60 * 60 * 1000);
    const expired = await call(sandbox, token, 'GET', '/account');
    expect(expired.status).to.equal(401);
    expect(expired.body.error).to.contain('expired');
  });

  it('expires tokens on demand and honours a custom token lifetime', async () => {
    const { sandbox } = fixedSandbox({ tokenTtlSeconds: 120 });
    const session = sandbox.session();
    const { token, expires_at } = await session.tokenProvider();
    expect(Date.parse(expires_at!) - sandbox.now().getTime()).to.equal(120_000);
    sandbox.expireTokens();
    expect((await call(sandbox, token, 'GET', '/account')).status).to.equal(401);
    const fresh = sandbox.mintToken(session.accountUuid);
    expect((await call(sandbox, fresh.token, 'GET', '/account')).status).to.equal(200);
  });

  it('scopes data to the token’s account', async () => {
    const { sandbox } = fixedSandbox();
    const a = await tokenFor(sandbox, 'active');
    const b = await tokenFor(sandbox, 'active');
    expect((await call(sandbox, b.token, 'GET', '/account')).body.uuid).to.equal(b.accountUuid);
    for (const path of ['plan', 'documents', 'all-documents', 'support-info', 'usage/daily']) {
      expect(
        (await call(sandbox, b.token, 'GET', `/account/locations/${a.locationUuid}/${path}`)).status,
        path,
      ).to.equal(404);
    }
    const invoice = (await call(sandbox, a.token, 'GET', '/account/billing/invoices')).body.data[0].number;
    expect((await call(sandbox, b.token, 'GET', `/account/billing/invoices/${invoice}`)).status).to.equal(404);
    expect((await call(sandbox, a.token, 'GET', `/account/billing/invoices/${invoice}`)).status).to.equal(200);
  });

  it('keeps the app side behind the app token', async () => {
    const { sandbox } = fixedSandbox();
    const { token, accountUuid } = await tokenFor(sandbox);
    expect((await call(sandbox, token, 'POST', `/app/accounts/${accountUuid}/token`)).status).to.equal(401);
    const minted = await call(sandbox, SANDBOX_APP_TOKEN, 'POST', `/app/accounts/${accountUuid}/token`);
    expect(minted.status).to.equal(200);
    expect(minted.body).to.have.keys('token', 'expires_at');
  });

  it('answers 400 for a body that is not JSON', async () => {
    const { sandbox } = fixedSandbox();
    const { token } = await tokenFor(sandbox);
    const response = await sandbox.fetch(`${API}/account/enroll/address-search`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).to.equal(400);
    expect((await response.json()).error).to.contain('JSON');
  });

  it('logs method, path, route and status, never bodies', async () => {
    const { sandbox } = fixedSandbox();
    const { token } = await tokenFor(sandbox, 'mid-enrollment-identity-submitted');
    await call(sandbox, token, 'POST', '/account/enroll/credit-check', { ssn: '987-65-4321', consent: true });
    await call(sandbox, token, 'GET', '/account/billing/invoices?limit=5');
    const log = sandbox.requests;
    expect(log.map((r) => r.route)).to.deep.equal(['creditCheck', 'invoices']);
    expect(log[1]).to.include({ method: 'GET', path: '/account/billing/invoices', query: '?limit=5', status: 200 });
    expect(log[0].account).to.be.a('string');
    expect(JSON.stringify(log)).not.to.contain('4321');
    sandbox.clearRequests();
    expect(sandbox.requests).to.have.length(0);
  });

  it('can enforce the documented rate limit of 10 requests a second per account', async () => {
    const { sandbox, clock } = fixedSandbox({ enforceRateLimits: true });
    const { token } = await tokenFor(sandbox);
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await call(sandbox, token, 'GET', '/account')).status);
    expect(statuses.slice(0, 10).every((s) => s === 200)).to.equal(true);
    const limited = await call(sandbox, token, 'GET', '/account');
    expect(limited.status).to.equal(429);
    expect(limited.headers.get('Retry-After')).to.equal('1');
    clock.advance(1000);
    expect((await call(sandbox, token, 'GET', '/account')).status).to.equal(200);
  });
});
