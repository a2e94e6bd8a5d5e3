import { expect, fixture, html } from '@open-wc/testing';
import {
  acceptPlan,
  createPaymentSession,
  ensurePaymentMethodAdded,
  finalizeEnrollment,
  getAccount,
  getPaymentMethod,
  requestPlans,
  searchAddresses,
  submitCreditCheck,
  submitIdentity,
} from '../../src/api/endpoints.js';
import { LightClient } from '../../src/api/http.js';
import { createFakeStripe, createSandbox, fillTestCard } from '../../src/sandbox/index.js';

describe('sandbox: a full enrollment through the API client', () => {
  it('goes from a new account to a finalized enrollment under review', async () => {
    const sandbox = createSandbox({ seed: 3 });
    // What a partner backend does: create the account, then mint tokens for it on demand.
    const created = sandbox.createAccount({
      email: 'casey.nguyen@example.com',
      first_name: 'Casey',
      last_name: 'Nguyen',
    });
    const tokenProvider = async () => sandbox.mintToken(created.uuid);
    const client = new LightClient({ tokenProvider, fetch: sandbox.fetch, apiBase: 'https://api.light.dev' });

    let account = await getAccount(client);
    expect(account.uuid).to.equal(created.uuid);
    expect([account.status, account.status_reason]).to.deep.equal(['created', 'unresolved']);

    const addresses = await searchAddresses(client, '4521 gaston');
    expect(addresses[0].address_1).to.equal('4521 GASTON AVE');
    const address = addresses[0];

    const plans = await requestPlans(client, address.esi_id);
    expect(plans.length).to.be.within(3, 5);
    const plan = plans[0];
    expect((await getAccount(client)).status_reason).to.equal('plan_not_accepted');

    await acceptPlan(client, {
      plan_uuid: plan.uuid,
      esi_id: address.esi_id,
      service_start_date: plan.earliest_start_date!,
      terms_accepted: true,
    });
    account = await getAccount(client);
    expect(account.enrollment.has_accepted_plan).to.equal(true);
    expect(account.locations[0].utility_number).to.equal(address.esi_id);
    expect(account.locations[0].plan_uuid).to.equal(plan.uuid);
    expect(account.status_reason).to.equal('missing_identity');

    await submitIdentity(client, {
      first_name: 'Casey',
      last_name: 'Nguyen',
      phone_number: '214-555-0199',
      email: 'casey.nguyen@example.com',
      date_of_birth: '1990-06-15',
    });
    await submitCreditCheck(client, { ssn: '123-45-6789', consent: true });
    account = await getAccount(client);
    expect(account.enrollment.is_identity_verified).to.equal(true);
    expect(account.enrollment.can_finalize_enrollment).to.equal(false);
    expect(account.status_reason).to.equal('missing_payment_method');

    // Payment: the fake Stripe confirms a SetupIntent with the 4242 test card.
    const { client_secret } = await createPaymentSession(client);
    expect(client_secret).to.match(/^seti_\w+_secret_\w+$/);
    // The key comes from the partner's side (the app-token payload), not from the account-token GET /account.
    expect(account.app!.stripe_public_key).to.equal(null);
    const stripe = createFakeStripe(sandbox)(sandbox.getAppAccount(account.uuid).app.stripe_public_key);
    const elements = stripe.elements({ clientSecret: client_secret, appearance: { theme: 'stripe' } });
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    elements.create('payment').mount(host);
    fillTestCard(host);
    const result = await stripe.confirmSetup({ elements, redirect: 'if_required' });
    if (!('setupIntent' in result)) throw new Error(result.error.message);
    expect(result.setupIntent.status).to.equal('succeeded');
    await ensurePaymentMethodAdded(client, result.setupIntent.payment_method);

    const card = await getPaymentMethod(client);
    expect(card).to.include({ card_brand: 'visa', card_last4: '4242' });
    account = await getAccount(client);
    expect(account.enrollment.has_payment_method).to.equal(true);
    expect(account.enrollment.can_finalize_enrollment).to.equal(true);
    expect([account.status, account.status_reason]).to.deep.equal(['applying', 'enrollment_not_finalized']);

    await finalizeEnrollment(client);
    account = await getAccount(client);
    expect(account.enrollment.is_enrollment_finalized).to.equal(true);
    expect(account.enrollment.finalized_at).to.be.a('string');
    expect(account.enrollment.can_finalize_enrollment).to.equal(false);
    expect([account.status, account.status_reason]).to.deep.equal(['reviewing', 'verification_pending']);

    // The sandbox kept only the SSN's last four digits.
    const kept = JSON.stringify(sandbox.inspect(created.uuid), (_k, v) => (v instanceof Map ? [...v] : v));
    expect(kept).not.to.contain('123456789');
    expect(kept).not.to.contain('123-45-6789');
    expect(sandbox.inspect(created.uuid).credit_check).to.include({ ssn_last4: '6789', consent: true });
  });
});
