/**
 * The built bundles under Trusted Types (`require-trusted-types-for 'script'; trusted-types lit-html
 * light-elements`) and a strict CSP: the elements render, and the payment form loads Stripe.js from its real URL
 * through the real loader (answered by the test runner's stand-in), with no violation.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { STRIPE_JS_URL } from '../../src/core/stripe-js.js';
import { standInLoads, stripeRoute } from '../support/stripe-control.js';
import { elementSettled, TAGS } from './page-elements.js';

type PageWindow = Window & { __violations: string[]; __setupDone?: boolean };

async function openPage(path: string): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.style.cssText = 'width: 1024px; height: 800px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow as PageWindow;
}

/** The files the page fetched: bundle chunks and js.stripe.com. */
const fetched = (win: Window) => win.performance.getEntriesByType('resource').map((entry) => entry.name);
const stripeChunk = (name: string) => /\/dist\/bundle\/chunks\/stripe-js-[\w-]+\.js$/.test(name);

describe('under Trusted Types', function () {
  this.timeout(30_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders the elements and loads Stripe.js through the light-elements policy, with no violation', async () => {
    const requestsBefore = (await stripeRoute()).requests.length;
    const win = await openPage('/test/bundle/trusted-types.html');
    const doc = win.document;
    await waitUntil(() => win.__setupDone && TAGS.every((tag) => win.customElements.get(tag)), 'elements loaded', {
      timeout: 15_000,
    });

    const settled = (tag: string) => elementSettled(doc, tag);
    await waitUntil(
      () => TAGS.every(settled),
      `elements still loading: ${TAGS.filter((t) => !settled(t)).join(', ')}`,
      { timeout: 20_000 },
    );
    for (const tag of TAGS.filter((t) => t !== 'light-flow-frame')) {
      const alert = doc.querySelector(tag)!.shadowRoot!.querySelector('[role="alert"]');
      expect(alert?.textContent ?? null, `${tag} shows no error`).to.equal(null);
    }
    expect(fetched(win).filter(stripeChunk), 'the Stripe loader waits for the form to open').to.deep.equal([]);
    expect((await stripeRoute()).requests.length, 'Stripe.js waits for the form to open').to.equal(requestsBefore);

    const payment = doc.querySelector('light-payment-method')!;
    const opener = payment.shadowRoot!.querySelector<HTMLButtonElement>(
      '[part~="add-button"], [part~="update-button"]',
    )!;
    opener.click();
    const formOrError = () =>
      payment.querySelector('.light-fake-stripe') || payment.shadowRoot!.querySelector('[role="alert"]');
    await waitUntil(formOrError, 'the card form did not open', { timeout: 15_000 });
    const alert = payment.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent?.trim() ?? null, 'the card form shows no error').to.equal(null);
    await waitUntil(() => payment.shadowRoot!.querySelector('[part~="save-button"]'), 'the save button did not show');
    expect(standInLoads(win), 'Stripe.js ran once').to.equal(1);
    expect((await stripeRoute()).requests.slice(requestsBefore)).to.deep.equal([STRIPE_JS_URL]);
    const scripts = [...doc.querySelectorAll<HTMLScriptElement>('script[src^="https://js.stripe.com/"]')];
    expect(scripts.map((s) => s.src)).to.deep.equal([STRIPE_JS_URL]);
    expect(fetched(win).filter(stripeChunk)).to.have.length(1);

    expect(win.__violations).to.deep.equal([]);

    // Trusted Types really is enforced on this page: a plain string in a script sink is refused and reported.
    const probe = doc.createElement('script');
    expect(() => (probe.src = '/test/bundle/csp-watch.js')).to.throw(/TrustedScriptURL/);
    await waitUntil(() => win.__violations.length > 0, 'the refused assignment was reported');
    expect(win.__violations).to.deep.equal(['require-trusted-types-for: trusted-types-sink']);
  });

  it('leaves Stripe alone on a page without a payment form', async () => {
    const requestsBefore = (await stripeRoute()).requests.length;
    const win = await openPage('/test/bundle/script-tag.html');
    const el = win.document.querySelector('light-account-status')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'rendered', { timeout: 10_000 });
    await waitUntil(() => win.document.readyState === 'complete');
    expect(fetched(win).filter((name) => stripeChunk(name) || name.startsWith('https://js.stripe.com/'))).to.deep.equal(
      [],
    );
    expect((await stripeRoute()).requests.length).to.equal(requestsBefore);
    expect(standInLoads(win)).to.equal(0);
  });
});
