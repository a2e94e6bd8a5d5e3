import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure, resetConfiguration } from '../../src/core/config.js';
import { loadLocale } from '../../src/core/i18n.js';
import '../../src/elements/provider/light-provider.js';
import { coreMsg } from '../../src/core/messages.js';
import type { EligibilityProvider, LightEligibility } from '../../src/elements/eligibility/light-eligibility.js';
import '../../src/elements/eligibility/light-eligibility.js';
import { eligibilityMsg as msg } from '../../src/elements/eligibility/light-eligibility.messages.js';
import * as stories from '../../stories/light-eligibility.stories.js';
import { eligibilityBackend, ZIPS, type EligibilityBackend } from '../../stories/support/eligibility.js';
import { $, deepActive, shadow, text } from '../support/dom.js';
import { renderStory, storiesOf, storyReached } from '../support/stories.js';

const input = (el: LightEligibility) => $<HTMLInputElement>(el, '#zip')!;
const result = (el: LightEligibility) => $(el, '[part~="result"]')!;
const ctaBox = (el: LightEligibility) => $(el, '[part~="cta"]')!;

/** Types a ZIP code into the field and presses Enter, as a customer does. */
async function typeAndEnter(el: LightEligibility, zip: string) {
  input(el).focus();
  input(el).select();
  if (zip) await sendKeys({ type: zip });
  else await sendKeys({ press: 'Backspace' });
  await sendKeys({ press: 'Enter' });
}

const answered = (el: LightEligibility) =>
  waitUntil(() => $(el, '.answer, [role="alert"]'), 'an answer or an error', { timeout: 5000 });

/**
 * The page's `fetch`, answering `/energy/*` with the `light-elements/server` handler on a sandbox (as a partner's
 * backend would), and recording the bodies it was sent.
 */
function standInBackend(backend: EligibilityBackend) {
  const original = window.fetch;
  const bodies: unknown[] = [];
  window.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith('/energy/')) return original(input, init);
    bodies.push(JSON.parse(String(init?.body)));
    expect(init?.credentials, 'the page cookie, on the same origin only').to.equal('same-origin');
    expect(JSON.stringify(init?.headers ?? {})).to.not.match(/authorization/i);
    return backend.handler(new Request(url, init));
  };
  return { bodies, restore: () => (window.fetch = original) };
}

describe('light-eligibility', () => {
  before(() => loadLocale('es'));
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
    expect((window as { __pwned?: number }).__pwned, 'no injected script ran').to.equal(undefined);
  });

  it("POSTs { postal_code } to the backend attribute's /eligibility on Enter and answers in plain words", async () => {
    const backend = eligibilityBackend();
    const stand = standInBackend(backend);
    restore = stand.restore;
    const el = await fixture<LightEligibility>(
      html`<light-eligibility
        backend="/energy"
        cta-href="https://partner.example/sign-up"
        cta-label="See plans"
      ></light-eligibility>`,
    );
    expect(ctaBox(el).hidden, 'no call to action before an answer').to.equal(true);
    const event = oneEvent(el, 'light-eligibility-result');
    await typeAndEnter(el, ZIPS.likely);
    const { detail, bubbles, composed } = await event;
    expect({ bubbles, composed }).to.deep.equal({ bubbles: true, composed: true });
    expect(detail).to.deep.equal({ postalCode: ZIPS.likely, likelihood: 85, utilities: ['ONCOR'], eligible: true });
    expect(stand.bodies).to.deep.equal([{ postal_code: ZIPS.likely }]);
    await answered(el);
    expect(text(result(el))).to.contain(msg('en', 'likelyTitle', { zip: ZIPS.likely }));
    expect(text(result(el))).to.contain('The power lines in this area belong to ONCOR.');
    expect(ctaBox(el).hidden).to.equal(false);
    const link = $<HTMLAnchorElement>(el, '[part~="cta-link"]')!;
    expect(link.getAttribute('href')).to.equal('https://partner.example/sign-up');
    expect(text(link)).to.equal('See plans');
    await expect(el).to.be.accessible();
  });

  it('takes the backend from <light-provider backend> or configure({ backend }) too', async () => {
    const stand = standInBackend(eligibilityBackend());
    restore = stand.restore;
    const provided = await fixture<HTMLElement>(
      html`<light-provider backend="/energy"><light-eligibility></light-eligibility></light-provider>`,
    );
    const inProvider = provided.querySelector('light-eligibility')!;
    await inProvider.updateComplete;
    await typeAndEnter(inProvider, ZIPS.none);
    await answered(inProvider);
    configure({ backend: '/energy' });
    try {
      const alone = await fixture<LightEligibility>(html`<light-eligibility></light-eligibility>`);
      await typeAndEnter(alone, ZIPS.possible);
      await answered(alone);
    } finally {
      resetConfiguration();
    }
    expect(stand.bodies).to.deep.equal([{ postal_code: ZIPS.none }, { postal_code: ZIPS.possible }]);
  });

  it('says so plainly when the area has no retail choice, without a call to action', async () => {
    const backend = eligibilityBackend();
    const el = await fixture<LightEligibility>(
      html`<light-eligibility
        .eligibilityProvider=${backend.provider}
        cta-href="https://p.example"
        cta-label="Go"
      ></light-eligibility>`,
    );
    const event = oneEvent(el, 'light-eligibility-result');
    await typeAndEnter(el, ZIPS.none);
    expect((await event).detail).to.deep.equal({
      postalCode: ZIPS.none,
      likelihood: 0,
      utilities: [],
      eligible: false,
    });
    await answered(el);
    expect(text(result(el))).to.contain(msg('en', 'noneTitle', { zip: ZIPS.none }));
    expect(text(result(el))).to.contain('city-owned utility or an electric co-op');
    expect(ctaBox(el).hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('words a middling likelihood as possible', async () => {
    const el = await fixture<LightEligibility>(
      html`<light-eligibility .eligibilityProvider=${eligibilityBackend().provider}></light-eligibility>`,
    );
    await typeAndEnter(el, ZIPS.possible);
    await answered(el);
    expect(text(result(el))).to.contain(msg('en', 'possibleTitle', { zip: ZIPS.possible }));
    expect(text(result(el))).to.contain(msg('en', 'possibleBody'));
  });

  it('asks for a 5-digit ZIP code, sends nothing, and clears the message once the field is right', async () => {
    let calls = 0;
    const provider: EligibilityProvider = () => {
      calls++;
      return { eligibility_likelihood: 85, utilities: [] };
    };
    const el = await fixture<LightEligibility>(
      html`<light-eligibility .eligibilityProvider=${provider}></light-eligibility>`,
    );
    expect(input(el).inputMode).to.equal('numeric');
    expect(input(el).autocomplete).to.equal('postal-code');
    expect(text($(el, 'label[for="zip"]'))).to.equal(msg('en', 'zipLabel'));
    await typeAndEnter(el, '7870');
    await el.updateComplete;
    expect(calls).to.equal(0);
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(input(el).getAttribute('aria-describedby')).to.contain('zip-error');
    expect(text($(el, '#zip-error'))).to.equal(msg('en', 'zipInvalid'));
    expect(deepActive()).to.equal(input(el));
    await expect(el).to.be.accessible();
    await sendKeys({ type: '1' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-invalid')).to.equal('false');
    expect($(el, '#zip-error')!.hidden).to.equal(true);
  });

  it('on a backend failure: an alert with a retry that resends the same ZIP code, which the field keeps', async () => {
    const backend = eligibilityBackend({ faults: [{ route: 'app.eligibility', kind: 'status', status: 503 }] });
    const errors: unknown[] = [];
    const sent: string[] = [];
    const provider: EligibilityProvider = (zip, options) => {
      sent.push(zip);
      return backend.provider(zip, options);
    };
    const el = await fixture<LightEligibility>(
      html`<light-eligibility
        .eligibilityProvider=${provider}
        @light-error=${(e: CustomEvent) => errors.push(e.detail)}
      ></light-eligibility>`,
    );
    await typeAndEnter(el, ZIPS.likely);
    await answered(el);
    const alert = $(el, '[role="alert"]')!;
    expect(text(alert)).to.contain(msg('en', 'errorTitle'));
    expect(text(alert)).to.contain(coreMsg('en', 'serverError'));
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ code: 'server', retryable: true });
    expect(input(el).value).to.equal(ZIPS.likely);
    await expect(el).to.be.accessible();
    backend.sandbox.faults.clear();
    const retry = $<HTMLButtonElement>(el, '[part~="retry-button"]')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.answer'), 'the answer after the retry', { timeout: 5000 });
    expect(sent).to.deep.equal([ZIPS.likely, ZIPS.likely]);
    expect(input(el).value).to.equal(ZIPS.likely);
  });

  it("keeps the backend's status: a 401 asks the customer to sign in again, with no retry that cannot help", async () => {
    const original = window.fetch;
    restore = () => (window.fetch = original);
    window.fetch = async () =>
      new Response(JSON.stringify({ error: 'Not signed in' }), {
        status: 401,
        headers: { 'Content-Type': 'application/json' },
      });
    const errors: Array<{ code: string; status: number }> = [];
    const el = await fixture<LightEligibility>(
      html`<light-eligibility
        backend="/energy"
        @light-error=${(e: CustomEvent) => errors.push(e.detail)}
      ></light-eligibility>`,
    );
    await typeAndEnter(el, ZIPS.likely);
    await answered(el);
    const alert = $(el, '[role="alert"]')!;
    expect(text(alert)).to.contain(coreMsg('en', 'authError')).and.not.contain(coreMsg('en', 'serverError'));
    expect($(el, '[part~="retry-button"]')).to.equal(null);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ code: 'auth', status: 401, retryable: false });
  });

  it('tells a lost connection and an unreadable answer apart', async () => {
    const offline: EligibilityProvider = () => Promise.reject(new TypeError('Failed to fetch'));
    const el = await fixture<LightEligibility>(
      html`<light-eligibility .eligibilityProvider=${offline}></light-eligibility>`,
    );
    await typeAndEnter(el, ZIPS.likely);
    await answered(el);
    expect(text($(el, '[role="alert"]'))).to.contain(coreMsg('en', 'networkError'));
    el.eligibilityProvider = () => ({ eligibility_likelihood: 'soon' });
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    await waitUntil(() => text($(el, '[role="alert"]')).includes(coreMsg('en', 'badResponseError')), 'bad response');
  });

  it('sends one request per check: the button is disabled while it is in flight', async () => {
    let calls = 0;
    let answer: (value: unknown) => void = () => undefined;
    const provider: EligibilityProvider = () => {
      calls++;
      return new Promise((resolve) => (answer = resolve));
    };
    const el = await fixture<LightEligibility>(
      html`<light-eligibility .eligibilityProvider=${provider}></light-eligibility>`,
    );
    await typeAndEnter(el, ZIPS.likely);
    await el.updateComplete;
    expect($<HTMLButtonElement>(el, '[part~="submit"]')!.disabled).to.equal(true);
    expect($(el, '[part~="skeleton"]')).to.exist;
    await expect(el).to.be.accessible();
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    expect(calls).to.equal(1);
    answer({ eligibility_likelihood: 85, utilities: [] });
    await answered(el);
    expect(text(result(el))).to.contain(msg('en', 'noUtilities'));
  });

  it('renders hostile names as text and offers no link for a javascript: call to action', async () => {
    const provider: EligibilityProvider = () => ({
      eligibility_likelihood: 85,
      utilities: [{ display_name: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>' }],
    });
    const el = await fixture<LightEligibility>(
      html`<light-eligibility
        .eligibilityProvider=${provider}
        cta-href="javascript:window.__pwned=1"
        cta-label="Go"
      ></light-eligibility>`,
    );
    await typeAndEnter(el, ZIPS.likely);
    await answered(el);
    expect(text(result(el))).to.contain('<script>window.__pwned=1</script>');
    expect($(el, 'img, script, a')).to.equal(null);
  });

  it("shows the partner's slotted call to action only for an eligible area", async () => {
    let likelihood = 0;
    const provider: EligibilityProvider = () => ({ eligibility_likelihood: likelihood, utilities: [] });
    const el = await fixture<LightEligibility>(
      html`<light-eligibility .eligibilityProvider=${provider}
        ><a slot="cta" href="/plans">Our plans</a></light-eligibility
      >`,
    );
    await typeAndEnter(el, ZIPS.none);
    await answered(el);
    expect(ctaBox(el).hidden).to.equal(true);
    likelihood = 85;
    await typeAndEnter(el, ZIPS.likely);
    await waitUntil(() => !ctaBox(el).hidden, 'the call to action');
    const slot = $<HTMLSlotElement>(el, 'slot[name="cta"]')!;
    expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['Our plans']);
  });

  it('without a backend: the "not set up" state and a config error; a foreign backend in HTML is refused', async () => {
    const errors: Array<{ code: string }> = [];
    const el = await fixture<LightEligibility>(
      html`<div @light-error=${(e: CustomEvent) => errors.push(e.detail)}>
        <light-eligibility></light-eligibility>
      </div>`,
    );
    const inner = el.querySelector('light-eligibility')!;
    await inner.updateComplete;
    expect(text(shadow(inner))).to.contain(coreMsg('en', 'configTitle'));
    expect(errors.map((e) => e.code)).to.deep.equal(['config']);
    inner.backend = 'https://evil.example/energy';
    await inner.updateComplete;
    expect(text(shadow(inner))).to.contain('https://evil.example');
    expect(shadow(inner).querySelector('form')).to.equal(null);
  });

  it('speaks Spanish', async () => {
    const el = await fixture<LightEligibility>(
      html`<light-eligibility locale="es" .eligibilityProvider=${eligibilityBackend().provider}></light-eligibility>`,
    );
    expect(text($(el, 'label[for="zip"]'))).to.equal('Código postal');
    await typeAndEnter(el, ZIPS.none);
    await answered(el);
    expect(text(result(el))).to.contain(`En ${ZIPS.none} no se puede elegir proveedor`);
    await expect(el).to.be.accessible();
  });

  it('on a phone, the hint and the error sit between the label and the field, not under the wrapped button', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px">
        <light-eligibility .eligibilityProvider=${eligibilityBackend().provider}></light-eligibility>
      </div>`,
    );
    const el = wrapper.querySelector('light-eligibility')!;
    await typeAndEnter(el, '7870');
    await el.updateComplete;
    const box = (selector: string) => $(el, selector)!.getBoundingClientRect();
    expect(box('button[type="submit"]').top, 'the button wraps below the field').to.be.at.least(box('#zip').bottom);
    for (const note of ['#zip-hint', '#zip-error']) {
      expect(box(note).top, `${note} below the label`).to.be.at.least(box('label[for="zip"]').bottom);
      expect(box(note).bottom, `${note} above the field`).to.be.at.most(box('#zip').top);
    }
  });

  it('fits 320 px without scrolling sideways', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px">
        <light-eligibility
          .eligibilityProvider=${eligibilityBackend().provider}
          cta-href="https://p.example"
          cta-label="See plans and sign up today"
        ></light-eligibility>
      </div>`,
    );
    const el = wrapper.querySelector('light-eligibility')!;
    await typeAndEnter(el, ZIPS.likely);
    await answered(el);
    for (const node of [el, $(el, '[part~="base"]')!, $(el, 'form')!]) {
      expect(node.scrollWidth, node.localName).to.be.at.most(node.clientWidth + 1);
    }
  });

  describe('stories', () => {
    for (const [name, story] of storiesOf(stories)) {
      it(`renders ${name} accessibly`, async () => {
        const root = await renderStory(stories.default, story);
        const el = root.querySelector('light-eligibility')!;
        expect(el).to.exist;
        await storyReached(root, story);
        await expect(root).to.be.accessible();
      });
    }
  });
});
