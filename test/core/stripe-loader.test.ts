/**
 * Loading Stripe.js without a `stripe` factory: the script injected from js.stripe.com (answered by the test
 * runner's stand-in, see test/support/stripe-route.mjs), once per page, retried after a failure.
 *
 * `@stripe/stripe-js/pure` keeps the first `window.Stripe` it finds for the life of the page, so the test that
 * gives it one of its own runs first; the later ones check the script loading itself.
 */
import { expect } from '@open-wc/testing';
import { LightApiError } from '../../src/api/errors.js';
import { loadStripeFor } from '../../src/core/stripe.js';
import { loadStripeJs, STRIPE_JS_URL } from '../../src/core/stripe-js.js';
import { createFakeStripe, type FakeStripe } from '../../src/sandbox/fake-stripe.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { answerStripeJs, standInLoads, stripeRoute } from '../support/stripe-control.js';

const KEY = 'pk_test_loader';
const page = window as unknown as Record<string | symbol, unknown>;

const stripeScripts = () => [...document.querySelectorAll<HTMLScriptElement>('script[src^="https://js.stripe.com/"]')];

/** The page as it was before any payment form opened: no Stripe, no script, no load in flight. */
function freshPage(): void {
  delete page.Stripe;
  delete page.__stripeStandIn;
  const shared = page[Symbol.for('light-elements.stripe-js')] as { load: unknown } | undefined;
  if (shared) shared.load = null;
  for (const script of stripeScripts()) script.remove();
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

/** The js.stripe.com requests since the test began. */
let requestsBefore = 0;
const newRequests = async () => (await stripeRoute()).requests.slice(requestsBefore);

describe('loading Stripe.js', () => {
  beforeEach(async () => {
    freshPage();
    requestsBefore = (await stripeRoute()).requests.length;
  });
  afterEach(async () => {
    await answerStripeJs('answer');
    freshPage();
  });

  it('uses the window.Stripe a page already has, injecting nothing', async () => {
    const keys: string[] = [];
    const fake = createFakeStripe(createSandbox({ seed: 1 }));
    page.Stripe = Object.assign((key: string) => (keys.push(key), fake(key)), { version: fake.version });

    const stripe = (await loadStripeFor(KEY)) as unknown as FakeStripe;

    expect(stripe.publishableKey).to.equal(KEY);
    expect(keys).to.deep.equal([KEY]);
    expect(stripeScripts()).to.have.length(0);
    expect(await newRequests()).to.deep.equal([]);
  });

  it('injects Stripe.js once, from its URL, however many calls wait for it', async () => {
    await Promise.all([loadStripeJs(), loadStripeJs(), loadStripeFor(KEY), loadStripeFor(KEY)]);
    await loadStripeFor(KEY);

    expect(standInLoads()).to.equal(1);
    expect(stripeScripts().map((s) => s.src)).to.deep.equal([STRIPE_JS_URL]);
    expect(await newRequests()).to.deep.equal([STRIPE_JS_URL]);
    expect(page.Stripe).to.be.a('function');
  });

  it('reports a load that fails as a retryable error, and a retry injects a fresh script', async () => {
    await answerStripeJs('fail');
    const [first, second] = await Promise.all([rejection(loadStripeFor(KEY)), rejection(loadStripeFor(KEY))]);

    expect(first).to.be.instanceOf(LightApiError);
    const error = first as LightApiError;
    expect(error.code).to.equal('network');
    expect(error.retryable).to.equal(true);
    expect(error.message).to.contain('could not load: it was blocked or you are offline');
    expect(String((error.cause as Error).message)).to.contain('blocked, or the browser is offline');
    expect((second as LightApiError).code, 'a concurrent call shares the failed load').to.equal('network');
    expect(stripeScripts(), 'the failed script is removed').to.have.length(0);
    expect(await newRequests()).to.have.length(1);

    await answerStripeJs('answer');
    await loadStripeFor(KEY);
    expect(standInLoads()).to.equal(1);
    expect(stripeScripts()).to.have.length(1);
    expect(await newRequests()).to.deep.equal([STRIPE_JS_URL, STRIPE_JS_URL]);
  });

  it('gives up on a script that never arrives, and a retry starts over', async () => {
    await answerStripeJs('hang');
    const load = loadStripeJs(300);
    const [late] = stripeScripts();
    const error = await rejection(load);
    expect(error.message).to.contain('took longer than 0.3 s');
    expect(stripeScripts()).to.have.length(0);

    // The held request fails now; the browser could hand its failure to a script for the same URL injected
    // before it lands, so wait for it.
    const lateFailed = new Promise((resolve) => late.addEventListener('error', resolve, { once: true }));
    await answerStripeJs('answer');
    await lateFailed;
    await loadStripeJs();
    expect(standInLoads()).to.equal(1);
    expect(stripeScripts()).to.have.length(1);
  });

  it('signs the script URL with a light-elements Trusted Types policy that allows nothing else', async () => {
    type Rules = { createScriptURL(url: string): string };
    const factory = (window as unknown as { trustedTypes?: { createPolicy(name: string, rules: Rules): unknown } })
      .trustedTypes;
    expect(factory, 'Chromium has Trusted Types').to.exist;
    const created: Array<{ name: string; rules: Rules }> = [];
    const original = factory!.createPolicy;
    factory!.createPolicy = function (this: unknown, name: string, rules: Rules) {
      created.push({ name, rules });
      return original.call(this, name, rules);
    };
    try {
      // As on a page where no copy of the library made the policy yet.
      delete page[Symbol.for('light-elements.stripe-js')];
      await loadStripeJs();
    } finally {
      delete (factory as { createPolicy?: unknown }).createPolicy;
      if (factory!.createPolicy !== original) factory!.createPolicy = original;
    }
    expect(created.map((c) => c.name)).to.deep.equal(['light-elements']);
    const { rules } = created[0]!;
    expect(rules.createScriptURL(STRIPE_JS_URL)).to.equal(STRIPE_JS_URL);
    for (const url of [`${STRIPE_JS_URL}?x=1`, 'https://js.stripe.com/v3/', 'https://example.com/stripe.js']) {
      expect(() => rules.createScriptURL(url), url).to.throw(TypeError);
    }
    expect(standInLoads()).to.equal(1);
  });
});
