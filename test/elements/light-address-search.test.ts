import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { LightAddressSearch } from '../../src/elements/address-search/light-address-search.js';
import '../../src/elements/address-search/light-address-search.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import * as stories from '../../stories/light-address-search.stories.js';
import { shadow } from '../support/dom.js';
import { mountOnSandbox, type MountOptions } from '../support/mount.js';
import { renderStory, storiesOf, storyReached } from '../support/stories.js';

/** An address search (or `content` holding one) on a new customer's sandbox account. */
const mountOn = (content: TemplateResult, options: MountOptions = {}) =>
  mountOnSandbox<LightAddressSearch>('light-address-search', content, 'new-customer', options);

/** The search as most tests use it: a 200 ms debounce, optionally a query and `confirm`. */
const mountSearch = (options: { attrs?: string; query?: string } = {}) =>
  mountOn(
    html`<light-address-search
      debounce="200"
      query=${options.query ?? ''}
      ?confirm=${options.attrs?.includes('confirm')}
    ></light-address-search>`,
  );
const input = (el: Element) => shadow(el).querySelector<HTMLInputElement>('#input')!;
const options = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[role="option"]')];
const searches = (setup: { sandbox: { requests: readonly { route: string | null; status: number | null }[] } }) =>
  setup.sandbox.requests.filter((r) => r.route === 'addressSearch');

async function type(el: LightAddressSearch, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
}

describe('light-address-search', () => {
  it('goes from typing to a chosen address with the keyboard', async () => {
    const setup = await mountSearch();
    const { el } = setup;
    await type(el, '3409 oak lawn');
    await waitUntil(
      () => shadow(el).querySelector('[role="status"]')!.textContent!.includes('2 addresses found'),
      'two Oak Lawn apartments announced',
    );
    expect(options(el)).to.have.length(2);
    const field = input(el);
    expect(field.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(field.getAttribute('aria-activedescendant')).to.equal('option-0');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(field.getAttribute('aria-activedescendant')).to.equal('option-1');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(field.getAttribute('aria-activedescendant'), 'wraps around').to.equal('option-0');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;

    const chosen = oneEvent(el, 'light-address-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await chosen;
    expect(detail.esiId).to.equal('10443720871506362');
    expect(detail.address.address_2).to.equal('APT 211');
    expect(detail.source).to.equal('address');
    expect(el.value).to.equal('10443720871506362');
    expect(field.value).to.equal('3409 OAK LAWN AVE APT 211, DALLAS, TX 75219');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('selects with the mouse, and Escape closes then clears', async () => {
    const { el } = await mountSearch();
    await type(el, 'montrose');
    await waitUntil(() => options(el).length === 1);
    const chosen = oneEvent(el, 'light-address-select');
    options(el)[0].click();
    expect((await chosen).detail.address.city).to.equal('HOUSTON');

    await sendKeys({ press: 'Backspace' });
    await waitUntil(() => options(el).length > 0);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).value).to.equal('');
  });

  it('waits for the minimum characters and debounces typing into one request', async () => {
    const setup = await mountSearch();
    await type(setup.el, '12');
    await setup.el.updateComplete;
    expect(searches(setup)).to.have.length(0);
    await type(setup.el, '00 main st');
    await waitUntil(() => options(setup.el).length > 0);
    // Ten keystrokes past the minimum would be eight searches without the debounce (even on a busy machine
    // where a keystroke can take longer than the quiet period, most are merged).
    expect(searches(setup).length, 'typing fast sends one search, not one per key').to.be.below(4);
  });

  it('never shows results of an older query: a slow first answer after a fast second one is ignored', async () => {
    const setup = await mountSearch();
    const { el, sandbox } = setup;
    // The first search is slow; the second is fast.
    sandbox.faults.add({ route: 'addressSearch', kind: 'latency', delayMs: 400, times: 1 });
    await type(el, 'hous');
    await waitUntil(() => searches(setup).length === 1);
    input(el).select();
    await sendKeys({ type: 'ocean dr' });
    await waitUntil(() => options(el).length === 1, 'the newer query answers');
    expect(options(el)[0].textContent).to.contain('CORPUS CHRISTI');
    // The aborted slow request must not replace the list when it settles.
    await waitUntil(() => sandbox.requests.filter((r) => r.route === 'addressSearch').every((r) => r.status !== null));
    await el.updateComplete;
    expect(options(el).map((o) => o.textContent)).to.have.length(1);
    expect(options(el)[0].textContent).to.contain('CORPUS CHRISTI');
    expect(searches(setup)[0].status, 'the old request was aborted').to.equal(0);
  });

  it('answers a repeated query from its cache', async () => {
    const setup = await mountSearch();
    // Whole queries at once (as a paste would): keystrokes slower than the debounce on a busy machine would each
    // search, which is not what this counts.
    const replace = (text: string) => {
      input(setup.el).value = text;
      input(setup.el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    };
    replace('lakewood');
    await waitUntil(() => options(setup.el).length === 1);
    const before = searches(setup).length;
    replace('gaston');
    await waitUntil(() => options(setup.el)[0]?.textContent?.includes('GASTON'));
    replace('lakewood');
    await waitUntil(() => options(setup.el)[0]?.textContent?.includes('LAKEWOOD'));
    expect(searches(setup).length).to.equal(before + 1);
  });

  it('says when nothing matches and offers the ESI ID search', async () => {
    const { el } = await mountSearch();
    await type(el, 'zzzz nowhere');
    await waitUntil(() => shadow(el).textContent!.includes('No addresses match'));
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain('No addresses match');
    await expect(el).to.be.accessible();
    const fallback = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes('ESI ID'))!;
    fallback.click();
    await waitUntil(() => shadow(el).activeElement?.id === 'esi');
  });

  it('validates an ESI ID before sending and finds its address', async () => {
    const setup = await mountSearch();
    const { el } = setup;
    [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes('ESI ID'))!.click();
    await waitUntil(() => shadow(el).activeElement?.id === 'esi');
    await sendKeys({ type: '12345' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('#esi-error'));
    expect(shadow(el).querySelector('#esi-error')!.textContent).to.contain('17 or 22 digits');
    expect(shadow(el).querySelector('#esi')!.getAttribute('aria-invalid')).to.equal('true');
    expect(setup.sandbox.requests.filter((r) => r.route === 'esiIdSearch')).to.have.length(0);
    await expect(el).to.be.accessible();

    const field = shadow(el).querySelector<HTMLInputElement>('#esi')!;
    field.select();
    await sendKeys({ type: '1008 9013 8284 4037 8795 83' });
    const chosen = oneEvent(el, 'light-address-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await chosen;
    expect(detail.source).to.equal('esi-id');
    expect(detail.address.address_1).to.equal('2100 MONTROSE BLVD');
  });

  it('says so when an ESI ID is unknown', async () => {
    const { el } = await mountSearch();
    [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes('ESI ID'))!.click();
    await waitUntil(() => shadow(el).activeElement?.id === 'esi');
    await sendKeys({ type: '10443720999999999' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).textContent!.includes('could not find a service address'));
  });

  it('shows an error with a retry that works, and emits light-error', async () => {
    const setup = await mountSearch();
    const { el } = setup;
    const outage = setup.sandbox.faults.add({ route: 'addressSearch', kind: 'status', status: 503 });
    const failed = oneEvent(el, 'light-error');
    await type(el, '1200 main');
    expect((await failed).detail.code).to.equal('server');
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'));
    await expect(el).to.be.accessible();
    outage.remove();
    shadow(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await waitUntil(() => options(el).length > 0, 'retry succeeded');
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('survives malformed JSON and being offline', async () => {
    const setup = await mountSearch();
    const garbled = setup.sandbox.faults.add({ route: 'addressSearch', kind: 'malformed' });
    await type(setup.el, 'gaston');
    await waitUntil(() => shadow(setup.el).textContent!.includes('could not read'));
    garbled.remove();
    setup.sandbox.faults.add({ route: 'addressSearch', kind: 'network' });
    input(setup.el).select();
    await sendKeys({ type: 'camp bowie' });
    await waitUntil(() => shadow(setup.el).textContent!.includes('could not connect'));
  });

  it('runs a prefilled query at once', async () => {
    const { el } = await mountSearch({ query: '500 congress' });
    await waitUntil(() => options(el).length === 1);
    expect(options(el)[0].textContent).to.contain('55512345671234567');
  });

  it('asks for confirmation with the ESI ID shown, then emits light-address-confirm', async () => {
    const { el } = await mountSearch({ query: '500 congress', attrs: 'confirm' });
    await waitUntil(() => options(el).length === 1);
    options(el)[0].click();
    await waitUntil(() => shadow(el).activeElement?.id === 'confirm-title');
    const text = shadow(el).textContent!;
    expect(text).to.contain('Is this your service address?');
    expect(text).to.contain('55512345671234567');
    expect(text).to.contain('ONCOR');
    await expect(el).to.be.accessible();
    const confirmed = oneEvent(el, 'light-address-confirm');
    [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Yes'))!.click();
    expect((await confirmed).detail.esiId).to.equal('55512345671234567');
    await waitUntil(() => shadow(el).activeElement?.id === 'confirmed-title');
  });

  for (const [width, stacked] of [
    [300, true],
    [720, false],
  ] as const) {
    it(`at ${width}px, the confirmation's buttons are ${stacked ? 'stacked, as wide as each other' : 'side by side'}, each on one line, and a unit stays whole`, async () => {
      const { el } = await mountOn(
        html`<div style="width: ${width}px">
          <light-address-search confirm query="3409 oak lawn" debounce="0"></light-address-search>
        </div>`,
      );
      await waitUntil(() => options(el).length === 2);
      options(el)[0].click();
      await waitUntil(() => shadow(el).activeElement?.id === 'confirm-title');
      const lineHeight = (node: Element) => parseFloat(getComputedStyle(node).lineHeight);
      const buttons = [...shadow(el).querySelectorAll('.confirm .actions button')].map((b) =>
        b.getBoundingClientRect(),
      );
      expect(buttons).to.have.length(2);
      for (const button of shadow(el).querySelectorAll('.confirm .actions button')) {
        const label = document.createRange();
        label.selectNodeContents(button);
        expect(label.getBoundingClientRect().height, button.textContent!.trim()).to.be.below(1.5 * lineHeight(button));
      }
      if (stacked) {
        expect(buttons[1].top).to.be.at.least(buttons[0].bottom);
        expect(Math.abs(buttons[0].width - buttons[1].width)).to.be.below(1);
      } else {
        expect(Math.round(buttons[1].top)).to.equal(Math.round(buttons[0].top));
      }
      const unit = shadow(el).querySelector('address .unit')!;
      expect(unit.textContent).to.equal('APT 210');
      expect(unit.getClientRects()).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }

  it('looks up an ESI ID given as its value, without firing a select event', async () => {
    const { el } = await mountOn(html`<light-address-search confirm value="55512345671234567"></light-address-search>`);
    let selected = false;
    el.addEventListener('light-address-select', () => (selected = true));
    await waitUntil(() => shadow(el).textContent!.includes('Is this your service address?'));
    expect(shadow(el).textContent).to.contain('500 CONGRESS AVE');
    expect(el.value).to.equal('55512345671234567');
    expect(selected).to.equal(false);
  });

  it('renders hostile API strings as text', async () => {
    const hostile = (sandbox: Sandbox) => async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/address-search')) {
        return new Response(
          JSON.stringify({
            results: [
              {
                address_1: '<img src=x onerror="window.__pwned=1">1 MAIN',
                city: '<script>window.__pwned=1</script>',
                state: 'TX',
                postal_code: '75201',
                esi_id: '10443720000000001',
                utility: '<b>X</b>',
              },
            ],
          }),
        );
      }
      return sandbox.fetch(input, init);
    };
    const { el } = await mountOn(html`<light-address-search debounce="0"></light-address-search>`, {
      fetch: ({ sandbox }) => hostile(sandbox),
    });
    await type(el, 'main');
    await waitUntil(() => options(el).length === 1);
    expect(shadow(el).querySelector('img, script, b')).to.equal(null);
    expect(options(el)[0].textContent).to.contain('<script>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  describe('in a form', () => {
    it('submits the ESI ID, validates required, and resets', async () => {
      const { el, root } = await mountOn(
        html`<form><light-address-search name="esi_id" required debounce="0"></light-address-search></form>`,
      );
      const form = root.querySelector('form')!;
      expect(form.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      await type(el, 'boll st');
      await waitUntil(() => options(el).length === 1);
      options(el)[0].click();
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(true);
      expect(new FormData(form).get('esi_id')).to.equal('10443720873715227');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(input(el).value).to.equal('');
      expect(new FormData(form).get('esi_id')).to.equal(null);
    });

    it('follows a disabled fieldset', async () => {
      const { el } = await mountOn(
        html`<form>
          <fieldset disabled><light-address-search name="a"></light-address-search></fieldset>
        </form>`,
      );
      expect(input(el).disabled).to.equal(true);
    });
  });

  it('speaks Spanish', async () => {
    const { el } = await mountOn(html`<light-address-search locale="es"></light-address-search>`);
    expect(shadow(el).textContent).to.contain('Dirección del servicio');
    expect(shadow(el).textContent).to.contain('Buscar por ESI ID');
  });

  describe('stories', () => {
    for (const [name, story] of storiesOf(stories)) {
      it(`renders ${name} accessibly`, async () => {
        const root = await renderStory(stories.default, story);
        const el = root.querySelector('light-address-search')!;
        await el.updateComplete;
        await storyReached(root, story);
        expect(el.shadowRoot!.querySelector('label')).to.exist;
        await expect(root).to.be.accessible();
      });
    }
  });
});
