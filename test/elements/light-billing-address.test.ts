import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { getAccount, getBillingAddress, updateBillingAddress } from '../../src/api/endpoints.js';
import '../../src/elements/billing-address/light-billing-address.js';
import '../../src/elements/payment-method/light-payment-method.js';
import type { LightBillingAddress } from '../../src/elements/billing-address/light-billing-address.js';
import type { Sandbox, ScenarioName } from '../../src/sandbox/index.js';
import * as stories from '../../stories/light-billing-address.stories.js';
import { POST_OFFICE_BOX } from '../../stories/support/fixtures/billing-address.js';
import { mountOnSandbox, type MountOptions } from '../support/mount.js';
import { part, shadow, text } from '../support/dom.js';
import { settled } from '../support/settled.js';
import { renderStory, storiesOf, storyReached } from '../support/stories.js';

const field = (el: Element, id: string) => shadow(el).querySelector<HTMLInputElement>(`#${id}`)!;
const toggle = (el: Element) => shadow(el).querySelector<HTMLInputElement>('#same');
const saveButton = (el: Element) => part(el, 'save-button') as HTMLButtonElement;
const puts = (sandbox: Sandbox) => sandbox.requests.filter((r) => r.route === 'billingAddress' && r.method === 'PUT');

/** Waits until the form or an error is shown. */
const loaded = (el: LightBillingAddress) =>
  settled(el, { shows: '[part~="form"], [part~="error"]', message: 'the billing address did not load' });

function type(el: LightBillingAddress, id: string, value: string) {
  const input = field(el, id);
  input.value = value;
  input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
}

/** The error text linked to a field through aria-describedby. */
function describedError(el: LightBillingAddress, id: string): string {
  const ids = (field(el, id).getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((ref) => shadow(el).getElementById(ref))
    .filter((node) => node?.classList.contains('field-error'))
    .map((node) => text(node))
    .join(' ');
}

/** A billing address element (or `content` holding one) on a sandbox account. */
const mountBilling = (
  scenario: ScenarioName,
  content: TemplateResult = html`<light-billing-address></light-billing-address>`,
  options: MountOptions = {},
) => mountOnSandbox<LightBillingAddress>('light-billing-address', content, scenario, options);

/** Stores the post office box as the billing address before the element loads. */
const withPostOfficeBox: MountOptions['before'] = ({ client }) => updateBillingAddress(client, POST_OFFICE_BOX);

describe('light-billing-address', () => {
  it('"same as service address" on: the service address once, as text, no fields, and nothing to save', async () => {
    const { el, client, sandbox } = await mountBilling('active');
    await loaded(el);
    const account = await getAccount(client);
    const location = account.locations[0];
    await waitUntil(() => toggle(el));
    expect(toggle(el)!.checked).to.equal(true);
    expect(shadow(el).querySelectorAll('input:not([type="checkbox"]), select'), 'no fields').to.have.length(0);
    const said = text(part(el, 'form'));
    expect(text(shadow(el).querySelector('#same-hint'))).to.contain(location.address_1);
    expect(said.split(location.address_1).length - 1, 'the address once').to.equal(1);
    expect(saveButton(el).getAttribute('aria-disabled'), 'nothing changed: nothing to save').to.equal('true');
    saveButton(el).click();
    await el.updateComplete;
    expect(puts(sandbox)).to.have.length(0);
    await expect(el).to.be.accessible();
    // Turned off and on again: the choice is what is on file, still nothing to save.
    toggle(el)!.click();
    await el.updateComplete;
    expect(field(el, 'address_1')).to.exist;
    expect(saveButton(el).getAttribute('aria-disabled')).to.equal('false');
    toggle(el)!.click();
    await el.updateComplete;
    expect(saveButton(el).getAttribute('aria-disabled')).to.equal('true');
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('checks fields before sending: errors linked to their fields, focus on the first, nothing sent', async () => {
    const { el, sandbox } = await mountBilling('active');
    await loaded(el);
    toggle(el)!.click();
    await el.updateComplete;
    expect(field(el, 'address_1').readOnly).to.equal(false);
    expect(field(el, 'address_1').value).to.equal('');
    expect((field(el, 'state') as unknown as HTMLSelectElement).value).to.equal('TX');

    type(el, 'postal_code', '7520');
    saveButton(el).click();
    await el.updateComplete;
    expect(puts(sandbox)).to.have.length(0);
    expect(shadow(el).activeElement).to.equal(field(el, 'address_1'));
    expect(field(el, 'address_1').getAttribute('aria-invalid')).to.equal('true');
    expect(describedError(el, 'address_1')).to.contain('Enter the street address.');
    expect(describedError(el, 'city')).to.contain('Enter the city.');
    expect(describedError(el, 'postal_code')).to.contain('Enter a 5-digit ZIP code');
    expect(field(el, 'state').getAttribute('aria-invalid')).to.equal('false');
    expect(field(el, 'address_2').getAttribute('aria-invalid')).to.equal('false');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();

    // Errors clear as each field is fixed.
    type(el, 'address_1', '500 Congress Ave');
    await el.updateComplete;
    expect(field(el, 'address_1').getAttribute('aria-invalid')).to.equal('false');
    expect(shadow(el).querySelector('#address_1-error')).to.equal(null);
    expect(describedError(el, 'city')).to.contain('Enter the city.');
  });

  it('saves a different address with the keyboard; the sandbox returns it afterwards', async () => {
    const { el, sandbox, client } = await mountBilling('active');
    await loaded(el);
    toggle(el)!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle(el)!.checked).to.equal(false);

    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(field(el, 'address_1'));
    await sendKeys({ type: 'PO Box 1234' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(field(el, 'city'));
    await sendKeys({ type: 'Austin' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(field(el, 'postal_code'));
    await sendKeys({ type: '787671234' });

    // Hold the save long enough for the button to render its in-flight state, however fast the machine; and
    // record each state it shows, so that a slow machine, where the save ends before the key press returns, sees
    // it too.
    const held = sandbox.faults.add({
      route: 'billingAddress',
      method: 'PUT',
      kind: 'latency',
      delayMs: 300,
      times: 1,
    });
    const shown: string[] = [];
    const button = saveButton(el);
    const watch = new MutationObserver(() => shown.push(`${button.getAttribute('aria-disabled')} ${text(button)}`));
    watch.observe(button, { attributes: true, childList: true, characterData: true, subtree: true });
    const updated = oneEvent(el, 'light-billing-address-updated');
    await sendKeys({ press: 'Enter' });
    const { detail } = await updated;
    watch.disconnect();
    expect(shown, 'the button while saving').to.include('true Saving…');
    expect(held.applied).to.equal(1);
    expect(detail).to.deep.equal({
      address: { address_1: 'PO Box 1234', address_2: null, city: 'Austin', state: 'TX', postal_code: '78767-1234' },
      sameAsServiceAddress: false,
    });
    await el.updateComplete;
    const success = part(el, 'success')!;
    expect(success.getAttribute('role')).to.equal('status');
    expect(text(success)).to.contain('Your billing address is saved.');
    expect(field(el, 'postal_code').value).to.equal('78767-1234');
    expect(puts(sandbox)).to.have.length(1);
    expect(await getBillingAddress(client)).to.deep.equal({ ...POST_OFFICE_BOX });
    await expect(el).to.be.accessible();
  });

  it('sends one request for two quick presses', async () => {
    const { el, sandbox } = await mountBilling('active', undefined, { before: withPostOfficeBox });
    await loaded(el);
    expect(toggle(el)!.checked).to.equal(false);
    expect(field(el, 'address_1').value).to.equal('PO Box 1234');
    sandbox.clearRequests();
    sandbox.faults.add({ route: 'billingAddress', method: 'PUT', kind: 'latency', delayMs: 200 });
    const updated = oneEvent(el, 'light-billing-address-updated');
    saveButton(el).click();
    saveButton(el).click();
    await updated;
    expect(puts(sandbox)).to.have.length(1);
  });

  it('goes back to the service address', async () => {
    const { el, client } = await mountBilling('active', undefined, { before: withPostOfficeBox });
    await loaded(el);
    toggle(el)!.click();
    await el.updateComplete;
    expect(field(el, 'address_1'), 'no fields for the service address').to.equal(null);
    expect(saveButton(el).getAttribute('aria-disabled'), 'a change to save').to.equal('false');
    const updated = oneEvent(el, 'light-billing-address-updated');
    saveButton(el).click();
    expect((await updated).detail.sameAsServiceAddress).to.equal(true);
    const stored = await getBillingAddress(client);
    expect(stored.same_as_service_address).to.equal(true);
    expect(stored.address_1).to.equal((await getAccount(client)).locations[0].address_1);
  });

  it("shows the API's 422 message and keeps what was typed", async () => {
    const { el, sandbox } = await mountBilling('active', undefined, {
      faults: [
        {
          route: 'billingAddress',
          method: 'PUT',
          kind: 'status',
          status: 422,
          times: 1,
          message: 'Billing address not accepted: the USPS does not know this street.',
        },
      ],
    });
    await loaded(el);
    toggle(el)!.click();
    await el.updateComplete;
    type(el, 'address_1', '1 Nowhere Ln');
    type(el, 'city', 'Dallas');
    type(el, 'postal_code', '75201');
    const errored = oneEvent(el, 'light-error');
    saveButton(el).click();
    expect((await errored).detail).to.include({ code: 'validation', status: 422 });
    await el.updateComplete;
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('the USPS does not know this street');
    expect(error.querySelector('button')).to.equal(null);
    expect(field(el, 'address_1').value).to.equal('1 Nowhere Ln');
    expect(field(el, 'postal_code').value).to.equal('75201');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();

    type(el, 'address_1', '1 Main St');
    await el.updateComplete;
    expect(part(el, 'error')).to.equal(null);
    const updated = oneEvent(el, 'light-billing-address-updated');
    saveButton(el).click();
    expect((await updated).detail.address.address_1).to.equal('1 Main St');
    expect(puts(sandbox)).to.have.length(2);
  });

  it('offers to send the same address again after a server error, without retrying on its own', async () => {
    const { el, sandbox, client } = await mountBilling('active', undefined, {
      faults: [{ route: 'billingAddress', method: 'PUT', kind: 'status', status: 500, times: 1 }],
    });
    await loaded(el);
    toggle(el)!.click();
    await el.updateComplete;
    type(el, 'address_1', '12 Elm St');
    type(el, 'city', 'Houston');
    type(el, 'state', 'TX');
    type(el, 'postal_code', '77002');
    saveButton(el).click();
    await waitUntil(() => part(el, 'error'));
    expect(puts(sandbox)).to.have.length(1);
    expect(field(el, 'city').value).to.equal('Houston');
    const retry = part(el, 'error')!.querySelector('button')!;
    expect(text(retry)).to.equal('Try again');
    const updated = oneEvent(el, 'light-billing-address-updated');
    retry.click();
    await updated;
    expect(puts(sandbox)).to.have.length(2);
    expect((await getBillingAddress(client)).address_1).to.equal('12 Elm St');
  });

  it('flags an address on file that fails the checks', async () => {
    const root = await renderStory(stories.default, stories.ValidationErrors);
    const el = root.querySelector('light-billing-address')!;
    await loaded(el);
    expect(describedError(el, 'city')).to.contain('Enter the city.');
    expect(describedError(el, 'state')).to.contain('Choose a US state.');
    expect(describedError(el, 'postal_code')).to.contain('Enter a 5-digit ZIP code');
    expect(shadow(el).activeElement).to.equal(null);
  });

  it('shows a skeleton while loading, and an error with a retry when loading fails', async () => {
    const loading = await mountBilling('active', undefined, { latencyMs: 60_000 });
    await waitUntil(() => part(loading.el, 'skeleton'));
    await expect(loading.el).to.be.accessible();
    loading.el.theme = 'dark';
    await loading.el.updateComplete;
    await expect(loading.el).to.be.accessible();

    // Listening before the element exists: the failure may come before mountBilling() returns.
    const errored = oneEvent(document, 'light-error') as Promise<CustomEvent>;
    const { el } = await mountBilling('active', undefined, {
      faults: [{ route: 'billingAddress', method: 'GET', kind: 'malformed', times: 1 }],
    });
    expect((await errored).detail.code).to.equal('bad_response');
    await loaded(el);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    part(el, 'error')!.querySelector('button')!.click();
    await waitUntil(() => part(el, 'form'));
  });

  it('lets a customer with no service address yet enter one, Texas preselected', async () => {
    const { el } = await mountBilling('new-customer');
    await loaded(el);
    expect(toggle(el)).to.equal(null);
    expect(text(part(el, 'empty'))).to.contain('No billing address on file yet');
    expect((field(el, 'state') as unknown as HTMLSelectElement).value).to.equal('TX');
    await expect(el).to.be.accessible();
  });

  it('fits 320px', async () => {
    const { el } = await mountBilling('active', undefined, { width: '320px', before: withPostOfficeBox });
    await loaded(el);
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it("side by side with <light-payment-method> in a partner's grid row, the two cards end level", async () => {
    const { el, root } = await mountBilling(
      'active',
      html`<div style="display: grid; grid-template-columns: 1fr 1fr; gap: 16px; width: 1040px">
        <light-payment-method></light-payment-method>
        <light-billing-address></light-billing-address>
      </div>`,
    );
    const payment = root.querySelector('light-payment-method')!;
    await loaded(el);
    await settled(payment, { shows: '[part~="card"]', message: 'the card on file did not load' });
    const card = (host: Element) => shadow(host).querySelector('.surface[part~="base"]')!.getBoundingClientRect();
    const lastLine = (host: Element) => shadow(host).querySelector('[part~="base"]')!.lastElementChild!;
    // The two have different amounts to show: without filling its host, the shorter card ends above the other.
    expect(
      Math.abs(lastLine(payment).getBoundingClientRect().bottom - lastLine(el).getBoundingClientRect().bottom),
    ).to.be.greaterThan(8);
    expect(card(payment).bottom).to.be.closeTo(card(el).bottom, 0.5);
    // The room it gains stays under its content: its button is no taller than the other's.
    const button = (host: Element) => shadow(host).querySelector('button')!.getBoundingClientRect().height;
    expect(button(payment)).to.be.closeTo(button(el), 0.5);
  });

  it('speaks Spanish', async () => {
    const { el } = await mountBilling('active', html`<light-billing-address locale="es"></light-billing-address>`);
    await loaded(el);
    const content = text(shadow(el));
    expect(content).to.contain('Dirección de facturación');
    expect(content).to.contain('Igual a mi dirección de servicio');
    expect(text(saveButton(el))).to.equal('Guardar dirección de facturación');
  });

  describe('stories', () => {
    for (const [name, story] of storiesOf(stories)) {
      it(`renders ${name} accessibly`, async () => {
        const root = await renderStory(stories.default, story);
        await waitUntil(() => root.querySelector('light-billing-address'), `${name}: no element`);
        const el = root.querySelector('light-billing-address')!;
        if (name !== 'Loading') await loaded(el);
        await storyReached(root, story);
        await expect(root).to.be.accessible();
      });
    }
  });
});
