import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LazyPaymentSetup } from '../../src/elements/enrollment/payment-setup.js';

type StripeModule = typeof import('../../src/core/stripe.js');

/** A stand-in for the controller's module: a controller that opens at once. */
const fakeModule = {
  PaymentSetupController: class {
    state = 'idle';
    error = null;
    paymentMethodId = null;
    async start() {
      this.state = 'ready';
    }
  },
} as unknown as StripeModule;

class PaymentHost extends LitElement {}
customElements.define('lazy-payment-host', PaymentHost);

const options = {
  client: () => undefined,
  publishableKey: () => 'pk_test_x',
  factory: () => undefined,
  locale: () => 'en',
};

/** The enrollment's card form, its code fetched on demand. */
describe('LazyPaymentSetup', () => {
  it('reads as not started while its code is only fetched ahead, and as loading once asked to open', async () => {
    const host = await fixture<PaymentHost>(html`<lazy-payment-host></lazy-payment-host>`);
    let fail!: (error: Error) => void;
    const code = new Promise<StripeModule>((_, reject) => (fail = reject));
    const setup = new LazyPaymentSetup(host, options, () => code);
    setup.prepare();
    expect(setup.state, 'fetched ahead: not started').to.equal('idle');
    const started = setup.start();
    expect(setup.state).to.equal('loading');
    fail(new TypeError('Failed to fetch dynamically imported module'));
    await started;
    expect(setup.state).to.equal('error');
    expect(setup.error?.code).to.equal('network');
    expect(setup.error?.message).to.contain('could not load');
  });

  it('fetches its code again on retry after going offline, then hands over to the controller', async () => {
    const host = await fixture<PaymentHost>(html`<lazy-payment-host></lazy-payment-host>`);
    let calls = 0;
    const setup = new LazyPaymentSetup(host, options, async () => {
      if (++calls === 1) throw new TypeError('offline');
      return fakeModule;
    });
    await setup.start();
    expect(setup.state).to.equal('error');
    await setup.start();
    expect(calls).to.equal(2);
    expect(setup.state, "the controller's own state").to.equal('ready');
    expect(setup.error).to.equal(null);
  });

  it('a failed fetch ahead of the step shows nothing, and the step itself tries again', async () => {
    const host = await fixture<PaymentHost>(html`<lazy-payment-host></lazy-payment-host>`);
    let calls = 0;
    const setup = new LazyPaymentSetup(host, options, async () => {
      if (++calls === 1) throw new TypeError('offline');
      return fakeModule;
    });
    setup.prepare();
    await Promise.resolve();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(setup.state).to.equal('idle');
    expect(setup.error).to.equal(null);
    await setup.start();
    expect(calls).to.equal(2);
  });
});
