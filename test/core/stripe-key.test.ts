/**
 * Which Stripe publishable key a payment form uses: configured, else the one the token endpoint returned beside the
 * token, else the account's `app.stripe_public_key`; with none, the form says what is missing. Both the sandbox's
 * token and its account are rewritten here, so each test decides which sources carry a key.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { LightClient } from '../../src/api/http.js';
import { TokenManager, type TokenProvider } from '../../src/api/token-manager.js';
import { endpointTokenProvider } from '../../src/core/clients.js';
import type { LightErrorDetail } from '../../src/core/events.js';
import { missingStripeKey, resolveStripeKey } from '../../src/core/stripe-key.js';
import { stripeKeyMsg } from '../../src/core/stripe-key.messages.js';
import '../../src/elements/enrollment/light-enrollment.js';
import type { LightEnrollment } from '../../src/elements/enrollment/light-enrollment.js';
import '../../src/elements/payment-method/light-payment-method.js';
import type { LightPaymentMethod } from '../../src/elements/payment-method/light-payment-method.js';
import '../../src/elements/provider/light-provider.js';
import { createFakeStripe, createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { part, shadowText } from '../support/dom.js';

const CONFIGURED = 'pk_test_configured';
const FROM_TOKEN = 'pk_test_from_token';
const FROM_ACCOUNT = 'pk_test_from_account';

interface Sources {
  /** `stripe_public_key` beside the token; absent when not given. */
  token?: string;
  /** `app.stripe_public_key` on `GET /v1/account`; absent when not given. */
  account?: string;
}

/** A sandbox account whose token and account answers carry exactly the keys of `sources`, counting both. */
function account(sources: Sources) {
  const sandbox = createSandbox({ seed: 9 });
  const session = sandbox.session('mid-enrollment-identity-submitted');
  const seen = { tokens: 0, accounts: 0 };
  const tokenProvider: TokenProvider = async () => {
    seen.tokens++;
    const minted: Record<string, unknown> = { ...(await session.tokenProvider()) };
    delete minted.stripe_public_key;
    if (sources.token) minted.stripe_public_key = sources.token;
    return minted as { token: string };
  };
  const fetch = accountRewriting(sandbox, sources.account, seen);
  const client = new LightClient({ tokenProvider, fetch, apiBase: sandbox.apiBase });
  return { sandbox, session, tokenProvider, fetch, client, seen };
}

/** The sandbox's fetch, with `app.stripe_public_key` of `GET /v1/account` set to `key` (removed without one). */
function accountRewriting(sandbox: Sandbox, key: string | undefined, seen: { accounts: number }): typeof fetch {
  return async (input, init) => {
    const response = await sandbox.fetch(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    if (!url.pathname.endsWith('/v1/account') || method !== 'GET' || !response.ok) return response;
    seen.accounts++;
    const json = (await response.json()) as { app?: Record<string, unknown> };
    json.app = { ...json.app };
    delete json.app.stripe_public_key;
    if (key) json.app.stripe_public_key = key;
    return new Response(JSON.stringify(json), { status: response.status, headers: response.headers });
  };
}

/** The sandbox's fake Stripe.js, recording the key each load was given. */
function recordingStripe(sandbox: Sandbox) {
  const fake = createFakeStripe(sandbox);
  const keys: string[] = [];
  const factory = async (key: string) => {
    keys.push(key);
    return fake(key);
  };
  return { keys, factory };
}

/** What `light-error` says when no key was found. */
const MISSING = stripeKeyMsg('en', 'missingBody');

const paymentSessions = (sandbox: Sandbox) => sandbox.requests.filter((r) => r.route === 'paymentSession');

/** `content` inside a provider signed in to `setup`'s account, recording every `light-error`. */
async function mount<E extends HTMLElement>(
  tag: string,
  setup: ReturnType<typeof account>,
  content: TemplateResult,
  provider: { key?: string } = {},
) {
  const stripe = recordingStripe(setup.sandbox);
  const errors: LightErrorDetail[] = [];
  const root = await fixture<HTMLElement>(
    html`<div @light-error=${(event: CustomEvent<LightErrorDetail>) => errors.push(event.detail)}>
      <light-provider
        .tokenProvider=${setup.tokenProvider}
        .fetch=${setup.fetch}
        .stripe=${stripe.factory}
        stripe-publishable-key=${provider.key ?? ''}
        >${content}</light-provider
      >
    </div>`,
  );
  const el = root.querySelector(tag) as E;
  return { el, errors, keys: stripe.keys };
}

const cardForm = (el: Element) => el.querySelector('.light-fake-stripe');

async function openPaymentMethod(setup: ReturnType<typeof account>, attrs: { key?: string; provider?: string } = {}) {
  const mounted = await mount<LightPaymentMethod>(
    'light-payment-method',
    setup,
    html`<light-payment-method editing stripe-publishable-key=${attrs.key ?? ''}></light-payment-method>`,
    { key: attrs.provider },
  );
  const { el } = mounted;
  await waitUntil(() => cardForm(el) || part(el, 'error'), 'the card form neither opened nor failed', {
    timeout: 5000,
  });
  await el.updateComplete;
  return mounted;
}

describe('resolveStripeKey', () => {
  it('takes a configured key first, without asking for a token or the account', async () => {
    const setup = account({ token: FROM_TOKEN, account: FROM_ACCOUNT });
    expect(await resolveStripeKey(` ${CONFIGURED} `, setup.client)).to.deep.equal({
      key: CONFIGURED,
      source: 'configured',
    });
    expect(setup.seen).to.deep.equal({ tokens: 0, accounts: 0 });
  });

  it("takes the token's key over the account's, without reading the account", async () => {
    const setup = account({ token: FROM_TOKEN, account: FROM_ACCOUNT });
    expect(await resolveStripeKey(undefined, setup.client)).to.deep.equal({ key: FROM_TOKEN, source: 'token' });
    expect(setup.seen).to.deep.equal({ tokens: 1, accounts: 0 });
  });

  it("takes the account's key when neither configuration nor the token has one", async () => {
    const setup = account({ account: FROM_ACCOUNT });
    expect(await resolveStripeKey('', setup.client)).to.deep.equal({ key: FROM_ACCOUNT, source: 'account' });
    expect(setup.seen).to.deep.equal({ tokens: 1, accounts: 1 });
  });

  it('finds none when no source has one', async () => {
    const setup = account({});
    expect(await resolveStripeKey(null, setup.client)).to.equal(null);
  });

  it('says what is missing and the three ways to give it, in order, as a config error', () => {
    const { error, text } = missingStripeKey();
    expect(text('en')).to.deep.equal({ title: 'The card form is not set up yet', body: MISSING });
    expect(error.code).to.equal('config');
    expect(error.retryable).to.equal(false);
    expect(error.message).to.equal(MISSING);
    const ways = [
      'stripe-publishable-key',
      'stripe_public_key beside token',
      'app.stripe_public_key on GET /v1/account',
    ];
    const at = ways.map((way) => error.message.indexOf(way));
    expect(at.every((index) => index > 0)).to.equal(true);
    expect([...at].sort((a, b) => a - b)).to.deep.equal(at);
    expect(error.message).to.contain('configure({ stripePublishableKey })');
  });
});

describe('TokenManager keeps the key that came with the token', () => {
  it('in memory only, replaced by each answer', async () => {
    const answers = [
      { token: 'first', expires_at: null, stripe_public_key: ` ${FROM_TOKEN} ` },
      { token: 'second', expires_at: null },
    ];
    const tokens = new TokenManager(async () => answers.shift()!);
    expect(await tokens.stripePublishableKey()).to.equal(FROM_TOKEN);
    const stored = [...Object.values(localStorage), ...Object.values(sessionStorage), document.cookie].join(' ');
    expect(stored).not.to.contain(FROM_TOKEN);
    // After a 401 the next answer replaces it; this one carries none.
    tokens.invalidate('first');
    expect(await tokens.stripePublishableKey()).to.equal(null);
    expect(await tokens.getToken()).to.equal('second');
  });

  it('ignores a key that is not a string or is blank', async () => {
    for (const key of [42, '  ', null, { pk: 'x' }]) {
      const tokens = new TokenManager(async () => ({ token: 't', stripe_public_key: key }) as never);
      expect(await tokens.stripePublishableKey()).to.equal(null);
    }
  });

  it("reads stripe_public_key from the token endpoint's answer", async () => {
    const realFetch = window.fetch;
    window.fetch = async () =>
      new Response(JSON.stringify({ token: 'tok', expires_at: null, stripe_public_key: FROM_TOKEN }), {
        headers: { 'Content-Type': 'application/json' },
      });
    try {
      const tokens = new TokenManager(endpointTokenProvider(`/energy/stripe-key-test-${Math.random()}`));
      expect(await tokens.stripePublishableKey()).to.equal(FROM_TOKEN);
      expect(await tokens.getToken()).to.equal('tok');
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('<light-payment-method> Stripe key', function () {
  this.timeout(20_000);

  it("loads Stripe with the element's own key over every other source", async () => {
    const setup = account({ token: FROM_TOKEN, account: FROM_ACCOUNT });
    const { el, keys, errors } = await openPaymentMethod(setup, { key: CONFIGURED, provider: 'pk_test_provider' });
    expect(cardForm(el)).to.exist;
    expect(keys).to.deep.equal([CONFIGURED]);
    expect(errors).to.deep.equal([]);
  });

  it("loads Stripe with the provider's key when the element has none", async () => {
    const setup = account({ token: FROM_TOKEN, account: FROM_ACCOUNT });
    const { el, keys } = await openPaymentMethod(setup, { provider: 'pk_test_provider' });
    expect(cardForm(el)).to.exist;
    expect(keys).to.deep.equal(['pk_test_provider']);
  });

  it('loads Stripe with the key the token came with, when none is configured', async () => {
    const setup = account({ token: FROM_TOKEN, account: FROM_ACCOUNT });
    const { el, keys } = await openPaymentMethod(setup);
    expect(cardForm(el)).to.exist;
    expect(keys).to.deep.equal([FROM_TOKEN]);
  });

  it("loads Stripe with the account's key when neither configuration nor the token has one", async () => {
    const setup = account({ account: FROM_ACCOUNT });
    const { el, keys } = await openPaymentMethod(setup);
    expect(cardForm(el)).to.exist;
    expect(keys).to.deep.equal([FROM_ACCOUNT]);
  });

  it('with no key anywhere, says what is missing and how to give it, and fires a config light-error', async () => {
    const setup = account({});
    const { el, keys, errors } = await openPaymentMethod(setup);
    const shown = shadowText(el);
    expect(shown).to.contain('The card form is not set up yet');
    for (const way of ['stripe-publishable-key', 'configure({ stripePublishableKey })', 'stripe_public_key']) {
      expect(shown).to.contain(way);
    }
    expect(shown).to.contain('GET /v1/account');
    expect(part(el, 'retry-button'), 'retrying cannot find a key').to.equal(null);
    expect(cardForm(el)).to.equal(null);
    expect(keys, 'Stripe.js is not loaded').to.deep.equal([]);
    expect(paymentSessions(setup.sandbox), 'no payment session is opened').to.have.length(0);
    const config = errors.filter((e) => e.code === 'config');
    expect(config).to.have.length(1);
    expect(config[0].message).to.equal(MISSING);
    await expect(el).to.be.accessible();
  });

  it('shows the missing-key message in Spanish', async () => {
    const setup = account({});
    const mounted = await mount<LightPaymentMethod>(
      'light-payment-method',
      setup,
      html`<light-payment-method editing locale="es"></light-payment-method>`,
    );
    await waitUntil(() => part(mounted.el, 'error'), 'no error shown', { timeout: 5000 });
    expect(shadowText(mounted.el)).to.contain('El formulario de tarjeta aún no está configurado');
    expect(shadowText(mounted.el)).to.contain('stripe_public_key');
  });
});

describe('<light-enrollment> payment step Stripe key', function () {
  this.timeout(20_000);

  const startAtPayment = async (sources: Sources) => {
    const setup = account(sources);
    const mounted = await mount<LightEnrollment>(
      'light-enrollment',
      setup,
      html`<light-enrollment no-history hide-steps="credit"></light-enrollment>`,
    );
    const { el } = mounted;
    await waitUntil(() => el.stage === 'payment', `stage payment (now ${el.stage})`, { timeout: 5000 });
    await waitUntil(() => cardForm(el) || part(el, 'error'), 'the card form neither opened nor failed', {
      timeout: 5000,
    });
    return { ...mounted, setup };
  };

  it('opens the card form with the key the token came with', async () => {
    const { el, keys } = await startAtPayment({ token: FROM_TOKEN, account: FROM_ACCOUNT });
    expect(cardForm(el)).to.exist;
    expect(keys).to.deep.equal([FROM_TOKEN]);
  });

  it('with no key anywhere, shows what is missing instead of a card form, and fires a config light-error', async () => {
    const { el, keys, errors, setup } = await startAtPayment({});
    const shown = shadowText(el);
    expect(shown).to.contain('The card form is not set up yet');
    expect(shown).to.contain('stripe-publishable-key');
    expect(shown).to.contain('stripe_public_key');
    expect(cardForm(el)).to.equal(null);
    expect(keys).to.deep.equal([]);
    expect(paymentSessions(setup.sandbox)).to.have.length(0);
    expect(errors.filter((e) => e.code === 'config').map((e) => e.message)).to.deep.equal([MISSING]);
  });
});
