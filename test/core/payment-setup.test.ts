/**
 * `PaymentSetupController.start()` stops when its host is disconnected or the controller is reset while it is
 * still starting: nothing is mounted, its state does not move, and no request goes out (the one in flight is
 * aborted).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LightClient } from '../../src/api/http.js';
import { PaymentSetupController, STRIPE_SLOT } from '../../src/core/stripe.js';
import { createFakeStripe, createSandbox } from '../../src/sandbox/index.js';

class PaymentSetupHost extends LitElement {
  controller!: PaymentSetupController;
  override render() {
    return html`<slot name=${STRIPE_SLOT}></slot>`;
  }
}
customElements.define('payment-setup-host', PaymentSetupHost);

/** A host with a controller on a fresh sandbox account; Stripe.js "loads" when `releaseStripe` is called. */
async function setup({ holdStripe = false, sessionDelayMs = 0 } = {}) {
  const sandbox = createSandbox({ seed: 5 });
  const session = sandbox.session('mid-enrollment-identity-submitted');
  if (sessionDelayMs) sandbox.faults.add({ route: 'paymentSession', kind: 'latency', delayMs: sessionDelayMs });
  const client = new LightClient({ tokenProvider: session.tokenProvider, fetch: sandbox.fetch });
  const fake = createFakeStripe(sandbox);
  let releaseStripe = () => {};
  const stripeAsked = { count: 0 };
  const factory = async (key: string) => {
    stripeAsked.count++;
    if (holdStripe) await new Promise<void>((release) => (releaseStripe = release));
    return fake(key);
  };
  const host = await fixture<PaymentSetupHost>(html`<payment-setup-host></payment-setup-host>`);
  const controller = new PaymentSetupController(host, {
    client: () => client,
    publishableKey: () => 'pk_test_setup',
    factory: () => factory,
    locale: () => 'en',
  });
  host.controller = controller;
  const sessions = () => sandbox.requests.filter((r) => r.route === 'paymentSession');
  return { sandbox, host, controller, sessions, stripeAsked, release: () => releaseStripe() };
}

const mounted = (host: HTMLElement) => host.querySelector(`[slot="${STRIPE_SLOT}"]`);

describe('PaymentSetupController.start', () => {
  it('mounts the card form when nothing interrupts it', async () => {
    const { host, controller, sessions } = await setup();
    await controller.start();
    expect(controller.state).to.equal('ready');
    expect(mounted(host)?.querySelector('.light-fake-stripe')).to.exist;
    expect(sessions()).to.have.length(1);
  });

  it('sends nothing and mounts nothing when the host is disconnected while Stripe.js loads', async () => {
    const { host, controller, sessions, stripeAsked, release } = await setup({ holdStripe: true });
    const started = controller.start();
    await waitUntil(() => stripeAsked.count === 1, 'Stripe.js requested');
    host.remove();
    release();
    await started;
    expect(sessions(), 'no payment session after disconnect').to.have.length(0);
    expect(mounted(host)).to.equal(null);
    expect(controller.state).to.equal('idle');
    expect(controller.error).to.equal(null);
  });

  it('aborts the payment-session request and mounts nothing when reset mid-start', async () => {
    const { host, controller, sessions } = await setup({ sessionDelayMs: 2000 });
    const started = controller.start();
    await waitUntil(() => sessions().length === 1, 'payment session requested');
    controller.reset();
    await started;
    expect(sessions()[0].status, 'the request was aborted').to.equal(0);
    expect(mounted(host)).to.equal(null);
    expect(controller.state).to.equal('idle');
    expect(controller.error).to.equal(null);
  });

  it('aborts the payment-session request when the host is disconnected, and can start again once back', async () => {
    const { host, controller, sessions, sandbox } = await setup({ sessionDelayMs: 2000 });
    const parent = host.parentElement!;
    const started = controller.start();
    await waitUntil(() => sessions().length === 1, 'payment session requested');
    host.remove();
    await started;
    expect(sessions()[0].status).to.equal(0);
    expect(mounted(host)).to.equal(null);
    expect(controller.state).to.equal('idle');

    sandbox.faults.clear();
    parent.append(host);
    await controller.start();
    expect(controller.state).to.equal('ready');
    expect(host.querySelectorAll(`[slot="${STRIPE_SLOT}"]`)).to.have.length(1);
    expect(sessions().map((r) => r.status)).to.deep.equal([0, 200]);
  });
});
