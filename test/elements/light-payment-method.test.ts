import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { now } from '../../src/api/clock.js';
import { createPaymentSession, ensurePaymentMethodAdded, getPaymentMethod } from '../../src/api/endpoints.js';
import { LightClient } from '../../src/api/http.js';
import type { FlowScope } from '../../src/api/types.js';
import type { LightFlowFrame } from '../../src/elements/flow-frame/light-flow-frame.js';
import '../../src/elements/payment-method/light-payment-method.js';
import type { LightPaymentMethod } from '../../src/elements/payment-method/light-payment-method.js';
import {
  createFakeStripe,
  fillTestCard,
  type Sandbox,
  type SandboxSession,
  type ScenarioName,
} from '../../src/sandbox/index.js';
import * as stories from '../../stories/light-payment-method.stories.js';
import { cardExpiringFetch, monthFromNow } from '../../stories/support/fixtures/payment-method.js';
import { part, shadow, text } from '../support/dom.js';
import { mountOnSandbox, type MountOptions } from '../support/mount.js';
import { settled } from '../support/settled.js';
import { renderStory, storiesOf, storyReached } from '../support/stories.js';

const button = (el: Element, name: string) => part(el, name) as HTMLButtonElement | null;
const fakeForm = (el: Element) => el.querySelector('.light-fake-stripe');
const routes = (sandbox: Sandbox, route: string, method = 'POST') =>
  sandbox.requests.filter((r) => r.route === route && r.method === method);

/** Waits until the card on file, the empty state or an error is shown. */
const cardShown = (el: LightPaymentMethod) =>
  settled(el, { shows: '[part~="card"], [part~="empty"], [part~="error"]', message: 'the card on file did not load' });

/** Waits until the fake Stripe form is mounted and shown. */
async function formReady(el: LightPaymentMethod) {
  await waitUntil(() => fakeForm(el) && button(el, 'save-button'), 'the card form did not open');
  await el.updateComplete;
}

/** A payment method element (or `content` holding one) on a sandbox account. */
const mountPayment = (
  scenario: ScenarioName,
  content: TemplateResult = html`<light-payment-method></light-payment-method>`,
  options: MountOptions = {},
) => mountOnSandbox<LightPaymentMethod>('light-payment-method', content, scenario, options);

async function cardOnFile(sandbox: Sandbox, session: SandboxSession) {
  return getPaymentMethod(new LightClient({ tokenProvider: session.tokenProvider, fetch: sandbox.fetch }));
}

/** A flow provider that hands out the stand-in flow page (served by the test runner under /public/), counting calls. */
function standInProvider() {
  const provider = Object.assign(
    async (scope: FlowScope) => {
      provider.scopes.push(scope);
      return {
        login_link: new URL(`/public/sandbox-flow.html?scope=${scope}`, location.href).href,
        expires_at: new Date(now() + 60 * 60 * 1000).toISOString(),
      };
    },
    { scopes: [] as FlowScope[] },
  );
  return provider;
}

const flowFrame = (el: Element) => shadow(el).querySelector<LightFlowFrame>('light-flow-frame');
// The flow frame's code loads on demand: until then the tag has no shadow root.
const flowIframe = (el: Element) => flowFrame(el)?.shadowRoot?.querySelector('iframe') ?? null;
const cardLoads = (sandbox: Sandbox) => routes(sandbox, 'paymentMethod', 'GET').length;
const announced = (el: Element) => text(shadow(el).querySelector('.base > [role="status"]'));

/** Waits until the flow's stand-in page has loaded in the modal. */
async function flowReady(el: LightPaymentMethod): Promise<HTMLIFrameElement> {
  await waitUntil(
    () =>
      flowIframe(el)?.contentDocument?.getElementById('flow-done') &&
      !flowFrame(el)!.shadowRoot?.querySelector('[part~="loading"]'),
    'the flow did not open',
  );
  await flowFrame(el)!.updateComplete;
  return flowIframe(el)!;
}

/** What the customer does in the flow, done through the sandbox: a new card confirmed with Stripe and put on file. */
async function changeCardInSandbox(sandbox: Sandbox, session: SandboxSession) {
  const client = new LightClient({ tokenProvider: session.tokenProvider, fetch: sandbox.fetch });
  const { client_secret } = await createPaymentSession(client);
  const confirmed = sandbox.confirmSetupIntent(client_secret, {
    brand: 'mastercard',
    last4: '4444',
    exp_month: 8,
    exp_year: 2039,
    postal_code: '78701',
  });
  if (!('setupIntent' in confirmed)) throw new Error(confirmed.error.message);
  await ensurePaymentMethodAdded(client, confirmed.setupIntent.payment_method);
}

describe('light-payment-method', () => {
  it('shows the card on file: brand, last four, expiry and ZIP code', async () => {
    const { el } = await mountPayment('active');
    await cardShown(el);
    const card = text(part(el, 'card'));
    expect(card).to.contain('Visa ending in 4242');
    expect(card).to.match(/Expires 12\/\d{4}/);
    expect(card).to.contain('Billing ZIP code');
    expect(part(el, 'warning')).to.equal(null);
    expect(button(el, 'update-button')).to.not.equal(null);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('a cancelled account: the card on file without the auto-pay promise or "Update card"', async () => {
    const { el } = await mountPayment('cancelled');
    await cardShown(el);
    await waitUntil(() => text(part(el, 'card')).includes('Service on this account has ended.'), 'cancelled note');
    const card = text(part(el, 'card'));
    expect(card).to.contain('Visa ending in 4242');
    expect(card).to.not.contain('pays your bills automatically');
    expect(button(el, 'update-button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a clear empty state with "Add a card" when none is on file', async () => {
    const { el } = await mountPayment('mid-enrollment-identity-submitted');
    await cardShown(el);
    expect(text(part(el, 'empty'))).to.contain('No payment method on file');
    expect(text(button(el, 'add-button'))).to.equal('Add a card');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  for (const [offset, kind, phrase] of [
    [-1, 'expired', 'This card has expired'],
    [1, 'expiring', 'This card expires at the end of'],
  ] as const) {
    it(`warns about an ${kind} card`, async () => {
      const { el } = await mountPayment('active', undefined, {
        fetch: ({ sandbox }) => cardExpiringFetch(sandbox, monthFromNow(offset)),
        stripe: ({ stripe }) => stripe,
      });
      await cardShown(el);
      const warning = part(el, 'warning')!;
      expect(warning.classList.contains(kind)).to.equal(true);
      expect(text(warning)).to.contain(phrase);
      expect(text(warning)).to.contain('Warning:');
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('replaces the card with the fake Stripe end to end: one save, one request, event without the number', async () => {
    const { el, sandbox, session } = await mountPayment('active');
    await cardShown(el);
    const accountLoads = sandbox.requests.filter((r) => r.route === 'account').length;
    button(el, 'update-button')!.click();
    await el.updateComplete;
    expect(shadow(el).activeElement!.id).to.equal('form-heading');
    await formReady(el);
    expect(fakeForm(el)!.parentElement!.slot).to.equal('light-stripe');
    await expect(el).to.be.accessible();

    fillTestCard(el, { number: '5555 5555 5555 4444', expiry: '08 / 39', postal: '78701' });
    // Hold the save long enough to see the in-flight state, however fast the machine.
    sandbox.faults.add({ route: 'ensurePaymentMethod', kind: 'latency', delayMs: 300, times: 1 });
    const updated = oneEvent(el, 'light-payment-method-updated');
    const save = button(el, 'save-button')!;
    save.click();
    await el.updateComplete;
    expect(save.getAttribute('aria-disabled')).to.equal('true');
    save.click(); // a second press while saving sends nothing
    const { detail } = await updated;
    expect(detail).to.deep.equal({ brand: 'mastercard', last4: '4444', expMonth: 8, expYear: 2039 });
    expect(JSON.stringify(detail)).not.to.contain('5555');

    await el.updateComplete;
    expect(el.editing).to.equal(false);
    expect(fakeForm(el)).to.equal(null);
    expect(text(part(el, 'card'))).to.contain('Mastercard ending in 4444');
    expect(text(shadow(el).querySelector('[role="status"]'))).to.contain('Mastercard ending in 4444 is saved');
    expect(shadow(el).activeElement!.id).to.equal('heading');
    expect(routes(sandbox, 'paymentSession')).to.have.length(1);
    expect(routes(sandbox, 'ensurePaymentMethod')).to.have.length(1);
    expect(sandbox.requests.filter((r) => r.route === 'account').length).to.be.greaterThan(accountLoads);
    const onFile = await cardOnFile(sandbox, session);
    expect(onFile).to.include({ card_brand: 'mastercard', card_last4: '4444', card_exp_month: 8, card_exp_year: 2039 });
  });

  it('adds a first card from the empty state', async () => {
    const { el, sandbox, session } = await mountPayment('mid-enrollment-identity-submitted');
    await cardShown(el);
    button(el, 'add-button')!.click();
    await formReady(el);
    expect(text(shadow(el).querySelector('#form-heading'))).to.equal('Add a card');
    fillTestCard(el);
    const updated = oneEvent(el, 'light-payment-method-updated');
    button(el, 'save-button')!.click();
    expect((await updated).detail).to.include({ brand: 'visa', last4: '4242' });
    await el.updateComplete;
    expect(text(part(el, 'card'))).to.contain('Visa ending in 4242');
    expect((await cardOnFile(sandbox, session))!.card_last4).to.equal('4242');
  });

  it("shows Stripe's message for a declined card and keeps the form and what was typed", async () => {
    const { el, sandbox } = await mountPayment('active');
    await cardShown(el);
    button(el, 'update-button')!.click();
    await formReady(el);
    fillTestCard(el, { number: '4000 0000 0000 0002' });
    const errored = oneEvent(el, 'light-error');
    button(el, 'save-button')!.click();
    expect((await errored).detail.code).to.equal('validation');
    await el.updateComplete;
    const alert = shadow(el).querySelector('.save-error')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.contain('Your card was declined.');
    expect(fakeForm(el)).to.not.equal(null);
    expect(el.querySelector<HTMLInputElement>('input[name="cardnumber"]')!.value).to.equal('4000 0000 0000 0002');
    expect(routes(sandbox, 'ensurePaymentMethod')).to.have.length(0);
    expect(text(part(el, 'card'))).to.contain('Visa ending in 4242');
    await expect(el).to.be.accessible();

    fillTestCard(el);
    const updated = oneEvent(el, 'light-payment-method-updated');
    button(el, 'save-button')!.click();
    expect((await updated).detail.last4).to.equal('4242');
    expect(routes(sandbox, 'ensurePaymentMethod')).to.have.length(1);
  });

  it('shows a clear error with a retry when Stripe.js cannot load, keeping the card on file', async () => {
    let loads = 0;
    const flaky = ({ sandbox }: { sandbox: Sandbox }) => {
      const fake = createFakeStripe(sandbox);
      return async (key: string) => {
        if (++loads === 1) throw new Error('Failed to load Stripe.js');
        return fake(key);
      };
    };
    const { el, sandbox } = await mountPayment('active', undefined, { stripe: flaky });
    await cardShown(el);
    const errored = oneEvent(el, 'light-error');
    button(el, 'update-button')!.click();
    expect((await errored).detail.code).to.equal('network');
    await el.updateComplete;
    const error = shadow(el).querySelector<HTMLElement>('.form [part~="error"]')!;
    expect(text(error)).to.contain('The secure card form could not load');
    expect(text(part(el, 'card'))).to.contain('Visa ending in 4242');
    expect(routes(sandbox, 'paymentSession')).to.have.length(0);
    await expect(el).to.be.accessible();

    error.querySelector('button')!.click();
    await formReady(el);
    expect(loads).to.equal(2);
  });

  it('shows the Stripe failure story state from setupSandbox(stripeFails)', async () => {
    const { el } = await mountPayment('active', html`<light-payment-method editing></light-payment-method>`, {
      stripeFails: true,
    });
    await waitUntil(() => shadow(el).querySelector('.form [part~="error"]'));
    expect(text(shadow(el).querySelector('.form [part~="error"]'))).to.contain('Try again');
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('cancels with the keyboard, returning focus to "Update card"', async () => {
    const { el, sandbox } = await mountPayment('active');
    await cardShown(el);
    button(el, 'update-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await formReady(el);
    button(el, 'cancel-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.editing).to.equal(false);
    expect(fakeForm(el)).to.equal(null);
    expect(shadow(el).activeElement).to.equal(button(el, 'update-button'));
    expect(routes(sandbox, 'ensurePaymentMethod')).to.have.length(0);
  });

  it('shows a skeleton while loading, and an error with a retry on a 500', async () => {
    const loading = await mountPayment('active', undefined, { latencyMs: 60_000 });
    await waitUntil(() => part(loading.el, 'skeleton'));
    await expect(loading.el).to.be.accessible();
    loading.el.theme = 'dark';
    await loading.el.updateComplete;
    await expect(loading.el).to.be.accessible();

    const { el, sandbox } = await mountPayment('active', undefined, {
      faults: [{ route: 'paymentMethod', kind: 'status', status: 500, times: 3 }],
    });
    await cardShown(el);
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    error.querySelector('button')!.click();
    await waitUntil(() => part(el, 'card'));
    expect(sandbox.requests.filter((r) => r.route === 'paymentMethod')).to.have.length(4);
  });

  it('fits 320px with the form open', async () => {
    const { el } = await mountPayment(
      'active',
      html`<div style="width: 320px"><light-payment-method editing></light-payment-method></div>`,
    );
    await formReady(el);
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    const { el } = await mountPayment('active', html`<light-payment-method locale="es"></light-payment-method>`);
    await cardShown(el);
    expect(text(part(el, 'card'))).to.contain('Visa que termina en 4242');
    expect(text(button(el, 'update-button'))).to.equal('Actualizar tarjeta');
  });

  describe('through the update-payment-method flow', () => {
    it('opens the flow in a modal instead of the Stripe form; an unchanged card fires nothing', async () => {
      const provider = standInProvider();
      const { el, sandbox } = await mountPayment(
        'active',
        html`<light-payment-method .flowProvider=${provider}></light-payment-method>`,
      );
      await cardShown(el);
      const opener = button(el, 'update-button')!;
      expect(opener.getAttribute('aria-haspopup')).to.equal('dialog');
      const updates: unknown[] = [];
      el.addEventListener('light-payment-method-updated', (event) => updates.push(event.detail));
      const loadsBefore = cardLoads(sandbox);

      opener.focus();
      opener.click();
      const frame = await flowReady(el);
      const flow = flowFrame(el)!;
      expect(flow.open).to.equal(true);
      expect(flow.mode).to.equal('modal');
      expect(flow.scope).to.equal('update-payment-method');
      expect(flow.shadowRoot!.querySelector('dialog')!.matches(':modal')).to.equal(true);
      expect(provider.scopes).to.deep.equal(['update-payment-method']);
      expect(el.editing).to.equal(false);
      expect(fakeForm(el)).to.equal(null);
      expect(routes(sandbox, 'paymentSession')).to.have.length(0);
      await expect(el).to.be.accessible();

      // The stand-in's Done button posts { type: 'light-flow-close' } to this page, as Light's flow does.
      const closed = oneEvent(el, 'light-flow-close');
      frame.contentDocument!.getElementById('flow-done')!.click();
      expect((await closed).detail).to.deep.equal({ scope: 'update-payment-method', reason: 'flow' });
      await waitUntil(() => announced(el).includes('did not change'), 'the card was not checked again');
      await el.updateComplete;
      expect(cardLoads(sandbox)).to.equal(loadsBefore + 1);
      expect(flow.open).to.equal(false);
      expect(shadow(el).activeElement).to.equal(button(el, 'update-button'));
      expect(updates).to.deep.equal([]);
      expect(text(part(el, 'card'))).to.contain('Visa ending in 4242');
      await expect(el).to.be.accessible();
    });

    it('reloads the card when the flow closes and fires the update when the card changed', async () => {
      const { el, sandbox, session } = await mountPayment(
        'active',
        html`<light-payment-method .flowProvider=${standInProvider()}></light-payment-method>`,
      );
      await cardShown(el);
      const accountLoads = routes(sandbox, 'account', 'GET').length;
      button(el, 'update-button')!.focus();
      button(el, 'update-button')!.click();
      await flowReady(el);
      const loadsBefore = cardLoads(sandbox);

      await changeCardInSandbox(sandbox, session);
      const updated = oneEvent(el, 'light-payment-method-updated');
      flowFrame(el)!.close();
      const { detail } = await updated;
      expect(detail).to.deep.equal({ brand: 'mastercard', last4: '4444', expMonth: 8, expYear: 2039 });
      await el.updateComplete;
      expect(cardLoads(sandbox)).to.equal(loadsBefore + 1);
      expect(text(part(el, 'card'))).to.contain('Mastercard ending in 4444');
      expect(announced(el)).to.contain('Mastercard ending in 4444 is saved');
      expect(shadow(el).activeElement).to.equal(button(el, 'update-button'));
      await waitUntil(
        () => routes(sandbox, 'account', 'GET').length > accountLoads,
        'the shared account was not refreshed',
      );
    });

    it('adds a first card through the flow, closed from the inner frame, focusing "Update card" after', async () => {
      const { el, sandbox, session } = await mountPayment(
        'mid-enrollment-identity-submitted',
        html`<light-payment-method locale="es" .flowProvider=${standInProvider()}></light-payment-method>`,
      );
      await cardShown(el);
      button(el, 'add-button')!.focus();
      button(el, 'add-button')!.click();
      await flowReady(el);
      expect(flowFrame(el)!.shadowRoot!.querySelector('dialog')!.getAttribute('aria-label')).to.equal(
        'Actualizar su método de pago',
      );
      await expect(el).to.be.accessible();

      await changeCardInSandbox(sandbox, session);
      const updated = oneEvent(el, 'light-payment-method-updated');
      // The flow frame's own close event, as if the customer had closed it.
      flowFrame(el)!.dispatchEvent(
        new CustomEvent('light-flow-close', {
          detail: { scope: 'update-payment-method', reason: 'user' },
          bubbles: true,
          composed: true,
        }),
      );
      expect((await updated).detail).to.include({ brand: 'mastercard', last4: '4444' });
      await el.updateComplete;
      expect(text(part(el, 'card'))).to.contain('Mastercard que termina en 4444');
      expect(shadow(el).activeElement).to.equal(button(el, 'update-button'));
    });

    it('opens the flow, not the form, when editing is set', async () => {
      const provider = standInProvider();
      const { el } = await mountPayment(
        'active',
        html`<light-payment-method editing .flowProvider=${provider}></light-payment-method>`,
      );
      await flowReady(el);
      expect(el.editing).to.equal(false);
      expect(fakeForm(el)).to.equal(null);
      expect(provider.scopes).to.deep.equal(['update-payment-method']);
    });
  });

  describe('stories', () => {
    for (const [name, story] of storiesOf(stories)) {
      it(`renders ${name} accessibly`, async () => {
        const root = await renderStory(stories.default, story);
        const el = root.querySelector('light-payment-method')!;
        if (name !== 'Loading') await cardShown(el);
        if (el.editing) {
          await waitUntil(() => fakeForm(el) || shadow(el).querySelector('.form [part~="error"]'), `${name}: no form`);
        }
        await el.updateComplete;
        await storyReached(root, story);
        await expect(root).to.be.accessible();
      });
    }
  });
});
