import { expect } from '@open-wc/testing';
import { SANDBOX_APP_TOKEN } from '../../src/sandbox/index.js';
import { call, fixedSandbox } from './helpers.js';

describe('sandbox app side (partner backend)', () => {
  it('creates an account over HTTP, mints its token, and the token reaches the account', async () => {
    const { sandbox, clock } = fixedSandbox();
    const bad = await call(sandbox, SANDBOX_APP_TOKEN, 'POST', '/app/accounts', { first_name: 'Ana' });
    expect(bad.status).to.equal(422);
    expect((await call(sandbox, SANDBOX_APP_TOKEN, 'POST', '/app/accounts', { email: 'nope' })).status).to.equal(422);
    const created = await call(sandbox, SANDBOX_APP_TOKEN, 'POST', '/app/accounts', {
      email: 'ana.garcia@example.com',
      first_name: 'Ana',
      last_name: 'Garcia',
      phone_number: '5125550123',
      date_of_birth: '1979-11-02',
    });
    expect(created.status).to.equal(200);
    expect(created.body).to.include({
      email: 'ana.garcia@example.com',
      status: 'created',
      status_reason: 'unresolved',
      date_of_birth: '1979-11-02',
    });
    expect(created.body.app.stripe_public_key).to.match(/^pk_test_/);

    const minted = await call(sandbox, SANDBOX_APP_TOKEN, 'POST', `/app/accounts/${created.body.uuid}/token`);
    expect(minted.body.expires_at).to.equal(new Date(clock.now().getTime() + 3_600_000).toISOString());
    const account = await call(sandbox, minted.body.token, 'GET', '/account');
    expect(account.body.uuid).to.equal(created.body.uuid);
    expect(account.body).not.to.have.property('date_of_birth');
    // The docs put the key on the app-token payload only; the account-token one has `app: { uuid, name }`.
    expect(account.body.app).to.deep.equal({ uuid: created.body.app.uuid, name: created.body.app.name });
    expect((await call(sandbox, SANDBOX_APP_TOKEN, 'POST', '/app/accounts/unknown/token')).status).to.equal(404);
    const list = await call(sandbox, SANDBOX_APP_TOKEN, 'GET', '/app/accounts?limit=5');
    expect(list.body.data.map((a: { uuid: string }) => a.uuid)).to.include(created.body.uuid);
  });

  it('echoes app.stripe_public_key on GET /account only with echoStripeKeyOnAccount', async () => {
    const { sandbox } = fixedSandbox({ echoStripeKeyOnAccount: true });
    const session = sandbox.session();
    const { token, stripe_public_key } = await session.tokenProvider();
    const account = await call(sandbox, token, 'GET', '/account');
    expect(account.body.app.stripe_public_key).to.match(/^pk_test_/);
    expect(stripe_public_key).to.equal(account.body.app.stripe_public_key);
    expect(sandbox.getAppAccount(session.accountUuid).app.stripe_public_key).to.equal(stripe_public_key);
  });

  it('updates account details and renewals_url', async () => {
    const { sandbox } = fixedSandbox();
    const { uuid } = sandbox.createAccount({ email: 'lee@example.com' });
    const r = await call(sandbox, SANDBOX_APP_TOKEN, 'PATCH', `/app/accounts/${uuid}`, {
      phone_number: '8065550101',
      renewals_url: 'https://partner.example/renew',
    });
    expect(r.body).to.include({ phone_number: '8065550101', renewals_url: 'https://partner.example/renew' });
    expect(
      (await call(sandbox, SANDBOX_APP_TOKEN, 'PATCH', `/app/accounts/${uuid}`, { renewals_url: 'http://insecure' }))
        .status,
    ).to.equal(422);
  });

  it('makes embedded-flow login links for the documented scopes', async () => {
    const { sandbox, clock } = fixedSandbox();
    const { uuid } = sandbox.createAccount({ email: 'kim@example.com' });
    const r = await call(sandbox, SANDBOX_APP_TOKEN, 'POST', `/app/accounts/${uuid}/flow-login`, { scope: 'billing' });
    expect(r.body.scope).to.equal('billing');
    expect(r.body.login_link).to.match(/^https:\/\/flow\.light\.dev\/login\?token=[0-9a-f]{32}$/);
    expect(r.body.expires_at).to.equal(new Date(clock.now().getTime() + 3_600_000).toISOString());
    expect(
      (await call(sandbox, SANDBOX_APP_TOKEN, 'POST', `/app/accounts/${uuid}/flow-login`, { scope: 'admin' })).status,
    ).to.equal(422);
    expect(sandbox.flowLogin(uuid, 'renewal').scope).to.equal('renewal');
  });

  it('estimates eligibility by ZIP code', async () => {
    const { sandbox } = fixedSandbox();
    const check = async (postal_code: string) =>
      (await call(sandbox, SANDBOX_APP_TOKEN, 'POST', '/app/accounts/enroll/eligibility', { postal_code })).body;
    expect(await check('78701')).to.deep.equal({
      eligibility_likelihood: 85,
      utilities: [{ display_name: 'ONCOR', name: 'ONCOR' }],
    });
    expect((await check('77002')).utilities[0].name).to.equal('CENTERPOINT');
    expect((await check('75001')).eligibility_likelihood).to.equal(60);
    expect(await check('10001')).to.deep.equal({ eligibility_likelihood: 0, utilities: [] });
    expect(
      (await call(sandbox, SANDBOX_APP_TOKEN, 'POST', '/app/accounts/enroll/eligibility', { postal_code: '7870' }))
        .status,
    ).to.equal(422);
  });

  it('finds exact matches only, after normalization, for the full-address search', async () => {
    const { sandbox } = fixedSandbox();
    const search = async (body: Record<string, unknown>) =>
      (await call(sandbox, SANDBOX_APP_TOKEN, 'POST', '/app/accounts/enroll/full-address-search', body)).body;
    const esiIds = async (body: Record<string, unknown>) =>
      ((await search(body)).addresses as Array<{ esi_id: string }>).map((a) => a.esi_id);
    // The docs' example: "123 Main Street Apt 1" finds "123 Main St #1".
    expect(await esiIds({ address_1: '1200 Main Street #1402', postal_code: '75202' })).to.deep.equal([
      '10443720000000000',
    ]);
    expect(
      await esiIds({ address_1: '1200 main st', address_2: 'Apartment 1402', city: 'Dallas', postal_code: '75202' }),
    ).to.deep.equal(['10443720000000000']);
    // No fuzzy matching: a wrong number or a typo finds nothing.
    expect(await esiIds({ address_1: '1201 Main St Apt 1402', postal_code: '75202' })).to.deep.equal([]);
    expect(await esiIds({ address_1: '1200 Mian St Apt 1402', postal_code: '75202' })).to.deep.equal([]);
    // Without a unit, every meter at the street address.
    expect(await esiIds({ address_1: '3409 Oak Lawn Ave', postal_code: '75219' })).to.have.length(2);
    const missing = await call(sandbox, SANDBOX_APP_TOKEN, 'POST', '/app/accounts/enroll/full-address-search', {
      address_1: '1200 Main St',
    });
    expect(missing.status).to.equal(422);
  });

  it('records power of attorney, after which a preapproved account waits for the client agent', async () => {
    const { sandbox } = fixedSandbox();
    const session = sandbox.session('client-agent-ready');
    expect(sandbox.getAccount(session.accountUuid).status_reason).to.equal('enrollment_pending_client_agent');
    const { uuid } = sandbox.createAccount({ email: 'pat@example.com' });
    expect(
      (
        await call(sandbox, SANDBOX_APP_TOKEN, 'POST', `/app/accounts/${uuid}/record-client-agent`, {
          client_agent_accepted_at: 'yesterday',
        })
      ).status,
    ).to.equal(422);
    const r = await call(sandbox, SANDBOX_APP_TOKEN, 'POST', `/app/accounts/${uuid}/record-client-agent`, {
      client_agent_accepted_at: '2026-03-01T14:30:00Z',
    });
    expect(r.status).to.equal(200);
    const account = (await call(sandbox, SANDBOX_APP_TOKEN, 'GET', `/app/accounts/${uuid}`)).body;
    expect(account).to.include({ client_agent_accepted: true, client_agent_accepted_at: '2026-03-01T14:30:00.000Z' });
  });

  it('is deterministic: the same seed gives the same accounts and tokens', () => {
    const a = fixedSandbox().sandbox;
    const b = fixedSandbox().sandbox;
    const sa = a.session('active');
    const sb = b.session('active');
    expect(sa.accountUuid).to.equal(sb.accountUuid);
    expect(a.getAccount(sa.accountUuid)).to.deep.equal(b.getAccount(sb.accountUuid));
  });
});
