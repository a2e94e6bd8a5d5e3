import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { now } from '../../src/api/clock.js';
import { PATHS } from '../../src/api/endpoints.js';
import type { LightClient } from '../../src/api/http.js';
import { configure, resetConfiguration } from '../../src/core/config.js';
import { coreMsg } from '../../src/core/messages.js';
import type { LightErrorDetail } from '../../src/core/events.js';
import '../../src/elements/account-status/light-account-status.js';
import '../../src/elements/provider/light-provider.js';
import '../../src/elements/flow-frame/light-flow-frame.js';
import '../../src/elements/enrollment/light-enrollment.js';
import type { LightFlowFrame } from '../../src/elements/flow-frame/light-flow-frame.js';
import type { LightEnrollment } from '../../src/elements/enrollment/light-enrollment.js';
import { activeAccountJson, scriptedFetch } from '../support/fake-fetch.js';
import { mountOnSandbox } from '../support/mount.js';

/**
 * The `backend` option: where the partner mounted `light-elements/server`. Its routes are called with the page's
 * global `fetch` (as the token endpoint is), so that is what each test stands in for; API requests go through the
 * `fetch` given to configure() or the provider.
 */
interface BackendCall {
  url: string;
  init: RequestInit;
  body: unknown;
}

const realFetch = window.fetch;
let calls: BackendCall[];
/** Answers of the fake backend by route (path on this origin); anything else goes to the real fetch. */
let routes: Record<string, (body: unknown) => unknown>;

const standIn = (scope = 'billing') =>
  new URL(`/public/sandbox-flow.html?scope=${scope}&token=backend`, location.href).href;
const inAnHour = () => new Date(now() + 60 * 60 * 1000).toISOString();
const authOf = (init: RequestInit) => new Headers(init.headers).get('Authorization');
const paths = () => calls.map((c) => new URL(c.url, location.href).pathname);

beforeEach(() => {
  calls = [];
  routes = {
    '/energy/token': () => ({ token: 'backend-token', expires_at: null }),
    '/energy/flow-login': () => ({ login_link: standIn(), expires_at: inAnHour() }),
  };
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), location.href);
    const route = url.origin === location.origin ? routes[url.pathname] : undefined;
    if (!route && url.origin !== location.origin) {
      calls.push({ url: url.href, init, body: null });
      throw new TypeError('Not reachable in tests');
    }
    if (!route) return realFetch(input, init);
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : null;
    calls.push({ url: url.href, init, body });
    return new Response(JSON.stringify(route(body)), { headers: { 'Content-Type': 'application/json' } });
  };
});
afterEach(() => {
  window.fetch = realFetch;
  resetConfiguration();
});

describe('backend option: the token endpoint', () => {
  const signsInThroughBackend = async (api: ReturnType<typeof scriptedFetch>, el: Element) => {
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Service active'), 'account shown');
    expect(paths()).to.deep.equal(['/energy/token']);
    expect(calls[0].init.method).to.equal('POST');
    expect(api.calls[0].headers.get('Authorization')).to.equal('Bearer backend-token');
  };

  it('configure({ backend }) makes `${backend}/token` the token endpoint', async () => {
    const api = scriptedFetch({ status: 200, body: activeAccountJson });
    configure({ backend: '/energy', fetch: api });
    const el = await fixture(html`<light-account-status></light-account-status>`);
    await signsInThroughBackend(api, el);
  });

  it('<light-provider backend> does, for the elements inside', async () => {
    const api = scriptedFetch({ status: 200, body: activeAccountJson });
    const root = await fixture(
      html`<light-provider backend="/energy/" .fetch=${api}
        ><light-account-status></light-account-status
      ></light-provider>`,
    );
    await signsInThroughBackend(api, root.querySelector('light-account-status')!);
  });

  it('<light-provider>.backend (the property) does too', async () => {
    const api = scriptedFetch({ status: 200, body: activeAccountJson });
    const root = await fixture(
      html`<light-provider .backend=${'/energy'} .fetch=${api}
        ><light-account-status></light-account-status
      ></light-provider>`,
    );
    await signsInThroughBackend(api, root.querySelector('light-account-status')!);
  });

  it("an element's own backend attribute does", async () => {
    const api = scriptedFetch({ status: 200, body: activeAccountJson });
    configure({ fetch: api });
    const el = await fixture(html`<light-account-status backend="/energy"></light-account-status>`);
    await signsInThroughBackend(api, el);
  });

  it('an explicit token-endpoint or tokenProvider wins over the backend', async () => {
    routes['/elsewhere/token'] = () => ({ token: 'explicit-token', expires_at: null });
    const api = scriptedFetch({ status: 200, body: activeAccountJson });
    configure({ backend: '/energy', fetch: api });
    const el = await fixture(html`<light-account-status token-endpoint="/elsewhere/token"></light-account-status>`);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Service active'));
    expect(paths()).to.deep.equal(['/elsewhere/token']);
    expect(api.calls[0].headers.get('Authorization')).to.equal('Bearer explicit-token');

    const api2 = scriptedFetch({ status: 200, body: activeAccountJson });
    const own = Object.assign(async () => 'own-token');
    configure({ fetch: api2 });
    const el2 = await fixture(
      html`<light-account-status backend="/energy" .tokenProvider=${own}></light-account-status>`,
    );
    await waitUntil(() => el2.shadowRoot!.textContent!.includes('Service active'));
    expect(paths()).not.to.include('/energy/token');
    expect(api2.calls[0].headers.get('Authorization')).to.equal('Bearer own-token');
  });

  it('a backend attribute on another origin is refused: "not set up", nothing requested', async () => {
    const api = scriptedFetch({ status: 200, body: activeAccountJson });
    configure({ fetch: api });
    const errors: LightErrorDetail[] = [];
    const el = await fixture(
      html`<light-account-status
        backend="https://evil.example/energy"
        @light-error=${(e: CustomEvent<LightErrorDetail>) => errors.push(e.detail)}
      ></light-account-status>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'refused');
    expect(el.shadowRoot!.textContent).to.contain('This widget is not set up yet');
    expect(el.shadowRoot!.textContent).to.contain('https://evil.example');
    expect(errors.map((e) => e.code)).to.deep.equal(['config']);
    expect(calls).to.deep.equal([]);
    expect(api.calls).to.deep.equal([]);
  });

  it('the same backend on an origin allowed from script is used', async () => {
    const api = scriptedFetch({ status: 200, body: activeAccountJson });
    configure({ fetch: api, apiOrigins: ['https://energy.example'] });
    const el = await fixture(
      html`<light-account-status backend="https://energy.example/energy"></light-account-status>`,
    );
    await waitUntil(() => calls.length === 1, 'token endpoint asked');
    expect(calls[0].url).to.equal('https://energy.example/energy/token');
    expect(el.shadowRoot!.textContent).not.to.contain('https://energy.example');
  });
});

describe('backend option: <light-flow-frame>', () => {
  it('asks `${backend}/flow-login` for { scope }, without the account token, and shows the link', async () => {
    configure({ backend: '/energy' });
    const el = await fixture<LightFlowFrame>(
      html`<light-flow-frame mode="inline" scope="billing" open></light-flow-frame>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('iframe'), 'frame shown');
    expect(el.shadowRoot!.querySelector('iframe')!.src).to.equal(standIn());
    expect(paths()).to.deep.equal(['/energy/flow-login']);
    expect(calls[0].init.method).to.equal('POST');
    expect(calls[0].init.credentials).to.equal('same-origin');
    expect(calls[0].body).to.deep.equal({ scope: 'billing' });
    expect(authOf(calls[0].init)).to.equal(null);
  });

  it('a 401 from the backend asks the customer to sign in again, and offers no retry; a 5xx offers one', async () => {
    let status = 401;
    window.fetch = async () => new Response(JSON.stringify({ error: 'Not signed in' }), { status });
    const errors: LightErrorDetail[] = [];
    const el = await fixture<LightFlowFrame>(
      html`<light-flow-frame
        mode="inline"
        scope="billing"
        open
        backend="/energy"
        @light-error=${(e: CustomEvent<LightErrorDetail>) => errors.push(e.detail)}
      ></light-flow-frame>`,
    );
    const alert = () => el.shadowRoot!.querySelector('[part~="error"]');
    await waitUntil(alert, 'the error shown');
    expect(alert()!.textContent).to.contain(coreMsg('en', 'authError'));
    expect(el.shadowRoot!.querySelector('[part~="retry-button"]')).to.equal(null);
    expect(errors.map((e) => [e.code, e.retryable])).to.deep.equal([['auth', false]]);
    status = 503;
    const failing = await fixture<LightFlowFrame>(
      html`<light-flow-frame mode="inline" scope="billing" open backend="/energy"></light-flow-frame>`,
    );
    await waitUntil(() => failing.shadowRoot!.querySelector('[part~="retry-button"]'), 'a retry after a 5xx');
    expect(failing.shadowRoot!.textContent).not.to.contain(coreMsg('en', 'authError'));
  });

  it('takes the backend from its own attribute or a provider', async () => {
    const own = await fixture<LightFlowFrame>(
      html`<light-flow-frame mode="inline" scope="enrollment" open backend="/energy"></light-flow-frame>`,
    );
    await waitUntil(() => own.shadowRoot!.querySelector('iframe'), 'frame shown');
    const root = await fixture(
      html`<light-provider backend="/energy"
        ><light-flow-frame mode="inline" scope="billing" open></light-flow-frame
      ></light-provider>`,
    );
    const inside = root.querySelector<LightFlowFrame>('light-flow-frame')!;
    await waitUntil(() => inside.shadowRoot!.querySelector('iframe'), 'frame shown');
    expect(calls.map((c) => c.body)).to.deep.equal([{ scope: 'enrollment' }, { scope: 'billing' }]);
  });

  it('an explicit flowProvider or a fresh src wins over the backend', async () => {
    configure({ backend: '/energy' });
    const provider = async () => ({ login_link: standIn('explicit'), expires_at: inAnHour() });
    const el = await fixture<LightFlowFrame>(
      html`<light-flow-frame mode="inline" open .flowProvider=${provider}></light-flow-frame>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('iframe'), 'frame shown');
    expect(el.shadowRoot!.querySelector('iframe')!.src).to.equal(standIn('explicit'));
    const withSrc = await fixture<LightFlowFrame>(
      html`<light-flow-frame mode="inline" open src=${standIn('given')} expires-at=${inAnHour()}></light-flow-frame>`,
    );
    await waitUntil(() => withSrc.shadowRoot!.querySelector('iframe'), 'frame shown');
    expect(withSrc.shadowRoot!.querySelector('iframe')!.src).to.equal(standIn('given'));
    expect(calls).to.deep.equal([]);
  });

  it('a backend attribute on another origin is refused: "not set up", nothing requested', async () => {
    const errors: LightErrorDetail[] = [];
    const el = await fixture<LightFlowFrame>(
      html`<light-flow-frame
        mode="inline"
        open
        backend="https://evil.example/energy"
        src=${standIn()}
        @light-error=${(e: CustomEvent<LightErrorDetail>) => errors.push(e.detail)}
      ></light-flow-frame>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'refused');
    expect(el.shadowRoot!.textContent).to.contain('This widget is not set up yet');
    expect(el.shadowRoot!.textContent).to.contain('https://evil.example');
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
    expect(errors.length).to.be.greaterThan(0);
    expect(calls).to.deep.equal([]);
  });
});

describe('backend option: <light-enrollment>', () => {
  const ESI = '55512345671234567';

  /** The sandbox's own plans for the ESI ID, as the API answers them (the backend answers only the first). */
  let sandboxPlans: unknown[];
  const before = async ({ client }: { client: LightClient }) => {
    configure({ backend: '/energy' });
    const raw = (await client.request('POST', PATHS.plansRequest, { body: { esi_id: ESI } })) as
      unknown[] | { plans: unknown[] };
    sandboxPlans = Array.isArray(raw) ? raw : raw.plans;
    expect(sandboxPlans.length).to.be.greaterThan(1);
    routes['/energy/plans'] = () => [sandboxPlans[0]];
  };
  const planCards = (el: LightEnrollment) => el.shadowRoot!.querySelectorAll('light-plan-card').length;

  it('offers the plans of `${backend}/plans`, asked for { esi_id } without the account token', async () => {
    const { el } = await mountOnSandbox<LightEnrollment>(
      'light-enrollment',
      html`<light-enrollment no-history esi-id=${ESI} start-step="plan"></light-enrollment>`,
      'new-customer',
      { before },
    );
    await waitUntil(() => planCards(el) > 0, 'plans shown', { timeout: 5000 });
    expect(planCards(el)).to.equal(1);
    const asked = calls.filter((c) => c.url.endsWith('/energy/plans'));
    expect(asked.length).to.equal(1);
    expect(asked[0].body).to.deep.equal({ esi_id: ESI });
    expect(asked[0].init.credentials).to.equal('same-origin');
    expect(authOf(asked[0].init)).to.equal(null);
    for (const call of calls) expect(authOf(call.init), call.url).to.equal(null);
  });

  it('an explicit plansProvider wins over the backend', async () => {
    const asked: string[] = [];
    const plansProvider = async (esiId: string) => {
      asked.push(esiId);
      return sandboxPlans.slice(0, 2);
    };
    const { el } = await mountOnSandbox<LightEnrollment>(
      'light-enrollment',
      html`<light-enrollment
        no-history
        esi-id=${ESI}
        start-step="plan"
        .plansProvider=${plansProvider}
      ></light-enrollment>`,
      'new-customer',
      { before },
    );
    await waitUntil(() => planCards(el) > 0, 'plans shown', { timeout: 5000 });
    expect(planCards(el)).to.equal(2);
    expect(asked).to.deep.equal([ESI]);
    expect(paths().filter((p) => p.startsWith('/energy/'))).to.deep.equal([]);
  });
});
