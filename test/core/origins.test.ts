import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configure, resetConfiguration } from '../../src/core/config.js';
import { checkSignIn, isSecureOrigin } from '../../src/core/origins.js';
import type { LightErrorDetail } from '../../src/core/events.js';
import '../../src/elements/account-status/light-account-status.js';
import '../../src/elements/provider/light-provider.js';
import { activeAccountJson, scriptedFetch } from '../support/fake-fetch.js';

const account = activeAccountJson;
const token = async () => 'secret-token';

/** Every request the page makes with `window.fetch` (the built-in token endpoint uses it). */
function watchWindowFetch() {
  const urls: string[] = [];
  const real = window.fetch;
  window.fetch = async (input) => {
    urls.push(String(input instanceof Request ? input.url : input));
    return new Response(JSON.stringify({ token: 'endpoint-token', expires_at: null }));
  };
  return { urls, restore: () => (window.fetch = real) };
}

describe('where the account token may go', () => {
  afterEach(() => resetConfiguration());

  describe('the rule', () => {
    const page = 'https://partner.example';
    const check = (apiBase: string, more: Partial<Parameters<typeof checkSignIn>[0]> = {}) =>
      checkSignIn({ apiBase, pageOrigin: page, allowed: [], ...more });

    it("allows Light's API, the page's own origin and origins allowed from script", () => {
      expect(check('https://api.light.dev')).to.equal(null);
      expect(check('https://partner.example/light-api')).to.equal(null);
      expect(check('https://proxy.example/v', { allowed: ['https://proxy.example'] })).to.equal(null);
    });

    it('refuses any other origin, plain http off loopback, and non-URLs', () => {
      expect(check('https://evil.example')).to.deep.equal({ what: 'api-base', origin: 'https://evil.example' });
      expect(check('http://proxy.example', { allowed: ['http://proxy.example'] })!.what).to.equal('api-base');
      expect(check('http://partner.example', { pageOrigin: 'http://partner.example' })!.what).to.equal('api-base');
      expect(check('javascript:alert(1)')!.what).to.equal('api-base');
      expect(isSecureOrigin(new URL('http://127.0.0.1:8000'))).to.equal(true);
      expect(isSecureOrigin(new URL('http://[::1]:8000'))).to.equal(true);
      expect(isSecureOrigin(new URL('http://localhost.evil.example'))).to.equal(false);
    });

    it('refuses a token endpoint from markup on another origin unless allowed from script', () => {
      expect(check('https://api.light.dev', { markupTokenEndpoint: 'https://partner.example/energy/token' })).to.equal(
        null,
      );
      expect(check('https://api.light.dev', { markupTokenEndpoint: 'https://evil.example/token' })).to.deep.equal({
        what: 'token-endpoint',
        origin: 'https://evil.example',
      });
      expect(
        check('https://api.light.dev', {
          markupTokenEndpoint: 'https://auth.partner.example/token',
          allowed: ['https://auth.partner.example'],
        }),
      ).to.equal(null);
    });
  });

  it('injected markup cannot send the token elsewhere: api-base="https://evil.example" is refused, visibly', async () => {
    const fetch = scriptedFetch({ status: 200, body: account });
    configure({ tokenProvider: token, fetch });
    const errors: LightErrorDetail[] = [];
    const el = await fixture(
      html`<light-account-status
        api-base="https://evil.example"
        @light-error=${(e: CustomEvent<LightErrorDetail>) => errors.push(e.detail)}
      ></light-account-status>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the not-set-up state');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.contain('This widget is not set up yet');
    expect(alert).to.contain('https://evil.example');
    expect(alert).to.contain('configure({ apiOrigins })');
    expect(fetch.calls, 'no request at all').to.have.length(0);
    expect(errors.map((e) => e.code)).to.deep.equal(['config']);
    expect(errors[0].message).to.contain('https://evil.example');
    await expect(el).to.be.accessible();
  });

  it('a provider api-base from markup is refused too, and allowed by its apiOrigins property', async () => {
    const fetch = scriptedFetch({ status: 200, body: account });
    const refused = await fixture(
      html`<light-provider .tokenProvider=${token} .fetch=${fetch} api-base="https://other.example">
        <light-account-status></light-account-status>
      </light-provider>`,
    );
    const inner = refused.querySelector('light-account-status')!;
    await waitUntil(() => inner.shadowRoot!.querySelector('[role="alert"]'), 'refused');
    expect(fetch.calls).to.have.length(0);

    const allowed = await fixture(
      html`<light-provider
        .tokenProvider=${token}
        .fetch=${fetch}
        .apiOrigins=${['https://other.example']}
        api-base="https://other.example"
      >
        <light-account-status></light-account-status>
      </light-provider>`,
    );
    await waitUntil(() =>
      allowed.querySelector('light-account-status')!.shadowRoot!.textContent!.includes('Service active'),
    );
    expect(fetch.calls.map((c) => c.url)).to.deep.equal(['https://other.example/v1/account']);
    expect(fetch.calls[0].headers.get('Authorization')).to.equal('Bearer secret-token');
  });

  it('an api-base given to configure() is script, so its origin is allowed', async () => {
    const fetch = scriptedFetch({ status: 200, body: account });
    configure({ tokenProvider: token, fetch, apiBase: 'https://proxy.partner.example/light' });
    const el = await fixture(html`<light-account-status></light-account-status>`);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Service active'));
    expect(fetch.calls[0].url).to.equal('https://proxy.partner.example/light/v1/account');
  });

  it('a path api-base means the page itself (a same-origin proxy)', async () => {
    const fetch = scriptedFetch({ status: 200, body: account });
    configure({ tokenProvider: token, fetch });
    const el = await fixture(html`<light-account-status api-base="/light-api"></light-account-status>`);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Service active'));
    expect(fetch.calls[0].url).to.equal(`${location.origin}/light-api/v1/account`);
  });

  it('a token-endpoint attribute on another origin is never called', async () => {
    const watch = watchWindowFetch();
    try {
      const errors: LightErrorDetail[] = [];
      const el = await fixture(
        html`<light-account-status
          token-endpoint="https://evil.example/token"
          @light-error=${(e: CustomEvent<LightErrorDetail>) => errors.push(e.detail)}
        ></light-account-status>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'refused');
      expect(errors.map((e) => e.code)).to.deep.equal(['config']);
      expect(el.shadowRoot!.textContent).to.contain('https://evil.example');
      expect(watch.urls).to.deep.equal([]);
    } finally {
      watch.restore();
    }
  });

  it('a same-origin token-endpoint attribute signs in', async () => {
    const fetch = scriptedFetch({ status: 200, body: account });
    configure({ fetch });
    const watch = watchWindowFetch();
    try {
      const el = await fixture(html`<light-account-status token-endpoint="/energy/token"></light-account-status>`);
      await waitUntil(() => el.shadowRoot!.textContent!.includes('Service active'));
      expect(watch.urls).to.deep.equal([`${location.origin}/energy/token`]);
      expect(fetch.calls[0].headers.get('Authorization')).to.equal('Bearer endpoint-token');
    } finally {
      watch.restore();
    }
  });
});
