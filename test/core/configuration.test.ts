import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { now } from '../../src/api/clock.js';
import { configure, resetConfiguration } from '../../src/core/config.js';
import '../../src/elements/account-status/light-account-status.js';
import '../../src/elements/provider/light-provider.js';
import '../../src/elements/enrollment/light-enrollment.js';
import '../../src/elements/renewal/light-renewal.js';
import { sendKeys } from '@web/test-runner-commands';
import { createSandbox } from '../../src/sandbox/index.js';
import type { LightAccountStatus } from '../../src/elements/account-status/light-account-status.js';
import { activeAccountJson, scriptedFetch } from '../support/fake-fetch.js';

const account = activeAccountJson;

/** A provider that names itself in its token, so a request shows which provider was used. */
const named = (name: string) => Object.assign(async () => `${name}-token`, { calls: 0 });

function authOf(fetch: ReturnType<typeof scriptedFetch>) {
  return fetch.calls.map((c) => c.headers.get('Authorization'));
}

describe('client resolution', () => {
  afterEach(() => resetConfiguration());

  it('uses configure() when nothing closer is set', async () => {
    const fetch = scriptedFetch({ status: 200, body: account });
    configure({ tokenProvider: named('global'), fetch, apiBase: 'https://global.test' });
    const el = await fixture<LightAccountStatus>(html`<light-account-status></light-account-status>`);
    await waitUntil(() => fetch.calls.length === 1);
    expect(authOf(fetch)).to.deep.equal(['Bearer global-token']);
    expect(fetch.calls[0].url).to.equal('https://global.test/v1/account');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Service active'));
  });

  it('prefers the nearest <light-provider> over configure()', async () => {
    const fetch = scriptedFetch({ status: 200, body: account });
    configure({ tokenProvider: named('global'), fetch });
    await fixture(
      html`<light-provider
        .tokenProvider=${named('provider')}
        .apiOrigins=${['https://provider.test']}
        api-base="https://provider.test"
      >
        <light-account-status></light-account-status>
      </light-provider>`,
    );
    await waitUntil(() => fetch.calls.length === 1);
    expect(authOf(fetch)).to.deep.equal(['Bearer provider-token']);
    expect(fetch.calls[0].url).to.equal('https://provider.test/v1/account');
  });

  it('prefers the token-endpoint attribute over the provider', async () => {
    const fetch = scriptedFetch({ status: 200, body: account });
    const realFetch = window.fetch;
    const endpointCalls: RequestInit[] = [];
    window.fetch = async (input, init) => {
      if (String(input).endsWith('/energy/token')) {
        endpointCalls.push(init ?? {});
        return new Response(JSON.stringify({ token: 'endpoint-token', expires_at: null }));
      }
      return realFetch(input, init);
    };
    try {
      await fixture(
        html`<light-provider .tokenProvider=${named('provider')} .fetch=${fetch}>
          <light-account-status token-endpoint="/energy/token"></light-account-status>
        </light-provider>`,
      );
      await waitUntil(() => fetch.calls.length === 1);
      expect(authOf(fetch)).to.deep.equal(['Bearer endpoint-token']);
      expect(endpointCalls[0].method).to.equal('POST');
      expect(endpointCalls[0].credentials).to.equal('include');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('prefers the tokenProvider property over everything', async () => {
    const fetch = scriptedFetch({ status: 200, body: account });
    configure({ tokenProvider: named('global'), fetch });
    await fixture(
      html`<light-provider .tokenProvider=${named('provider')}>
        <light-account-status .tokenProvider=${named('own')} token-endpoint="/never"></light-account-status>
      </light-provider>`,
    );
    await waitUntil(() => fetch.calls.length === 1);
    expect(authOf(fetch)).to.deep.equal(['Bearer own-token']);
  });

  it('picks up configure() called after the element is on the page', async () => {
    const el = await fixture<LightAccountStatus>(html`<light-account-status></light-account-status>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    const fetch = scriptedFetch({ status: 200, body: account });
    configure({ tokenProvider: named('late'), fetch });
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Service active'));
  });
});

describe('no configuration', () => {
  it('renders a visible, accessible error and emits light-error with code config', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('light-account-status');
    const event = oneEvent(wrapper, 'light-error');
    wrapper.append(el);
    const { detail } = await event;
    expect(detail.code).to.equal('config');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('This widget is not set up yet');
    expect(alert.textContent).to.contain('token-endpoint');
    await expect(el).to.be.accessible();
  });
});

describe('sharing', () => {
  afterEach(() => resetConfiguration());

  it('three elements on one page make one token request and one account request', async () => {
    const fetch = scriptedFetch({ status: 200, body: account });
    let tokenCalls = 0;
    const provider = async () => {
      tokenCalls++;
      return { token: 'shared', expires_at: new Date(now() + 3600_000).toISOString() };
    };
    const page = await fixture<HTMLElement>(
      html`<div>
        <light-provider .tokenProvider=${provider} .fetch=${fetch}>
          <light-account-status></light-account-status>
          <light-account-status></light-account-status>
          <light-account-status></light-account-status>
        </light-provider>
      </div>`,
    );
    const elements = [...page.querySelectorAll('light-account-status')];
    await waitUntil(() => elements.every((el) => el.shadowRoot!.textContent!.includes('Service active')));
    expect(tokenCalls).to.equal(1);
    expect(fetch.calls.filter((c) => c.url.endsWith('/v1/account'))).to.have.length(1);
  });
});

describe('elements rendered by elements', () => {
  afterEach(() => resetConfiguration());

  it("share the outer element's own token provider, client and language", async () => {
    const sandbox = createSandbox({ seed: 3 });
    const session = sandbox.session('new-customer');
    let tokenCalls = 0;
    const provider = () => {
      tokenCalls++;
      return session.tokenProvider();
    };
    // Only the fetch is page-wide: the sign-in is the enrollment's own property, which nothing else sees.
    configure({ fetch: sandbox.fetch });
    const el = await fixture<HTMLElement>(
      html`<light-enrollment no-history locale="es" .tokenProvider=${provider}></light-enrollment>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('light-address-search')?.shadowRoot, 'address step');
    const search = el.shadowRoot!.querySelector('light-address-search')!;
    await waitUntil(() => search.shadowRoot!.querySelector('input'), 'the inner search is configured');
    const input = search.shadowRoot!.querySelector('input')!;
    expect(search.shadowRoot!.querySelector('[role="alert"]'), 'no "not set up" state').to.equal(null);
    expect(search.shadowRoot!.textContent).to.contain('Dirección del servicio');
    input.focus();
    await sendKeys({ type: '1200 main' });
    await waitUntil(() => search.shadowRoot!.querySelectorAll('[role="option"]').length > 0, 'results from the API');
    expect(tokenCalls, 'one token for the outer and inner elements').to.equal(1);
    expect(sandbox.requests.filter((r) => r.route === 'addressSearch').length).to.be.greaterThan(0);
  });

  it("follow the outer element's theme and language, with no attribute of their own", async () => {
    const sandbox = createSandbox({ seed: 3 });
    const session = sandbox.session('renewal-due');
    const el = await fixture<HTMLElement>(
      html`<light-provider .tokenProvider=${session.tokenProvider} .fetch=${sandbox.fetch}>
        <light-renewal theme="dark" locale="es"></light-renewal>
      </light-provider>`,
    ).then((provider) => provider.querySelector('light-renewal')!);
    const cards = () => [...el.shadowRoot!.querySelectorAll('light-plan-card')];
    await waitUntil(
      () => cards().length > 0 && cards().every((card) => card.shadowRoot?.textContent?.includes('Elegir este plan')),
      'Spanish plan cards',
      { timeout: 5000 },
    );
    for (const card of cards()) {
      expect(card.hasAttribute('theme'), 'no attribute of its own').to.equal(false);
      expect(card.getAttribute('data-theme')).to.equal('dark');
    }
  });
});
