import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { loadStripe } from '@stripe/stripe-js/pure';
import {
  createFakeStripe,
  createSandbox,
  fillTestCard,
  TEST_CARDS,
  type FakeChangeEvent,
} from '../../src/sandbox/index.js';
import { call } from './helpers.js';

async function payment(scenario: 'mid-enrollment-identity-submitted' = 'mid-enrollment-identity-submitted') {
  const sandbox = createSandbox({ seed: 5 });
  const session = sandbox.session(scenario);
  const { token } = await session.tokenProvider();
  const { client_secret } = (await call(sandbox, token, 'POST', '/account/billing/payment-session')).body;
  const stripe = createFakeStripe(sandbox)('pk_test_sandbox');
  const elements = stripe.elements({
    clientSecret: client_secret,
    appearance: { variables: { colorText: '#102030', borderRadius: '8px' } },
  });
  const host = await fixture<HTMLDivElement>(html`<div id="payment-host"></div>`);
  const element = elements.create('payment');
  const ready = new Promise((resolve) => element.on('ready', resolve));
  element.mount(host);
  await ready;
  return { sandbox, token, stripe, elements, element, host };
}

const input = (host: HTMLElement, name: string) => host.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

function type(host: HTMLElement, name: string, value: string) {
  const field = input(host, name);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('fake Stripe', () => {
  it('draws an accessible, labelled card form in the light DOM', async () => {
    const { host } = await payment();
    const labels = [...host.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels).to.deep.equal(['Card number', 'Expiration date (MM / YY)', 'Security code (CVC)', 'ZIP code']);
    expect(input(host, 'cardnumber').getAttribute('autocomplete')).to.equal('cc-number');
    expect(input(host, 'cardnumber').style.borderRadius).to.equal('8px');
    await expect(host).to.be.accessible();
  });

  it('emits change events with complete, empty and visible errors', async () => {
    const { host, element } = await payment();
    const events: FakeChangeEvent[] = [];
    element.on('change', (e) => events.push(e as FakeChangeEvent));
    type(host, 'cardnumber', '4242 4242');
    expect(events.at(-1)).to.include({ complete: false, empty: false });
    expect(events.at(-1)).not.to.have.property('error');
    type(host, 'cardnumber', '4242 4242 4242 4241');
    expect(events.at(-1)!.error).to.include({ type: 'validation_error', code: 'invalid_number' });
    expect(input(host, 'cardnumber').getAttribute('aria-invalid')).to.equal('true');
    fillTestCard(host);
    expect(events.at(-1)).to.include({ complete: true, empty: false });
    expect(input(host, 'cardnumber').hasAttribute('aria-invalid')).to.equal(false);
    element.clear();
    expect(events.at(-1)).to.include({ complete: false, empty: true });
  });

  it('confirms the 4242 card and creates a payment method the sandbox accepts', async () => {
    const { sandbox, token, stripe, elements, host } = await payment();
    fillTestCard(host, { postal: '78701' });
    const result = await stripe.confirmSetup({ elements, redirect: 'if_required' });
    if (!('setupIntent' in result)) throw new Error(result.error.message);
    expect(result.setupIntent).to.include({ status: 'succeeded' });
    expect(result.setupIntent.id).to.match(/^seti_/);
    expect(result.setupIntent.payment_method).to.match(/^pm_/);
    const added = await call(sandbox, token, 'POST', '/account/billing/ensure-payment-method-added', {
      payment_method_id: result.setupIntent.payment_method,
    });
    expect(added.status).to.equal(200);
    const card = (await call(sandbox, token, 'GET', '/account/billing/payment-method')).body;
    expect(card).to.include({ card_brand: 'visa', card_last4: '4242', card_exp_month: 12, card_postal_code: '78701' });
  });

  it('declines 4000 0000 0000 0002 with card_declined', async () => {
    const { stripe, elements, host } = await payment();
    fillTestCard(host, { number: '4000 0000 0000 0002' });
    const result = await stripe.confirmSetup({ elements, redirect: 'if_required' });
    expect(result).to.deep.equal({
      error: {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'generic_decline',
        message: 'Your card was declined.',
      },
    });
    fillTestCard(host, { number: TEST_CARDS.insufficientFunds });
    const poor = await stripe.confirmSetup({ elements, redirect: 'if_required' });
    expect('error' in poor && poor.error.decline_code).to.equal('insufficient_funds');
  });

  it('reports an incomplete or expired card as a validation error and marks the fields', async () => {
    const { stripe, elements, host } = await payment();
    type(host, 'cardnumber', '4242');
    let result = await stripe.confirmSetup({ elements, redirect: 'if_required' });
    expect('error' in result && result.error).to.include({ type: 'validation_error', code: 'incomplete_number' });
    expect(input(host, 'cvc').getAttribute('aria-invalid')).to.equal('true');
    const describedBy = input(host, 'cvc').getAttribute('aria-describedby')!;
    expect(host.querySelector(`#${describedBy}`)!.textContent).to.contain('security code');
    await expect(host).to.be.accessible();
    fillTestCard(host, { expiry: '01 / 20' });
    result = await stripe.confirmSetup({ elements, redirect: 'if_required' });
    expect('error' in result && result.error.code).to.equal('invalid_expiry_year_past');
    expect((await elements.submit()).error!.code).to.equal('invalid_expiry_year_past');
    fillTestCard(host);
    expect(await elements.submit()).to.deep.equal({});
  });

  it('refuses a client secret that did not come from payment-session, and an unmounted element', async () => {
    const sandbox = createSandbox();
    const stripe = createFakeStripe(sandbox)('pk_test_sandbox');
    const elements = stripe.elements({ clientSecret: 'seti_fake_secret_fake' });
    const element = elements.create('payment');
    let result = await stripe.confirmSetup({ elements, redirect: 'if_required' });
    expect('error' in result && result.error.code).to.equal('integration_error');
    const host = await fixture<HTMLDivElement>(html`<div class="mount-here"></div>`);
    element.mount('.mount-here');
    fillTestCard(host);
    result = await stripe.confirmSetup({ elements, redirect: 'if_required' });
    expect('error' in result && result.error.type).to.equal('invalid_request_error');
    expect(() => elements.create('payment')).to.throw();
    element.destroy();
    expect(host.querySelector('input')).to.equal(null);
    expect(elements.getElement('payment')).to.equal(null);
  });

  it('unmounts and mounts again keeping what was typed, and emits focus/blur', async () => {
    const { element, host } = await payment();
    type(host, 'cardnumber', '4242 4242 4242 4242');
    const focused = oneEvent(host, 'focusin');
    const fired: string[] = [];
    element.on('focus', () => fired.push('focus')).on('blur', () => fired.push('blur'));
    element.focus();
    await focused;
    element.blur();
    expect(fired).to.deep.equal(['focus', 'blur']);
    element.unmount();
    expect(host.children).to.have.length(0);
    element.mount(host);
    expect(input(host, 'cardnumber').value).to.equal('4242 4242 4242 4242');
  });

  it('is what @stripe/stripe-js loadStripe returns when installed as window.Stripe', async () => {
    const sandbox = createSandbox();
    const w = window as unknown as { Stripe?: unknown };
    w.Stripe = createFakeStripe(sandbox);
    try {
      const stripe = (await loadStripe('pk_test_sandbox')) as unknown as { publishableKey: string; elements: unknown };
      expect(stripe.publishableKey).to.equal('pk_test_sandbox');
      expect(stripe.elements).to.be.a('function');
    } finally {
      delete w.Stripe;
    }
  });
});
