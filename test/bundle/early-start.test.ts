import { expect, waitUntil } from '@open-wc/testing';
import { configure, resetConfiguration } from '../../src/core/config.js';
import { endpointTokenProvider, sharedClient } from '../../src/core/clients.js';
import { firstRequest, startEarly } from '../../src/bundle/early-start.js';
import { start as startUsage, viewCode } from '../../src/bundle/early-usage.js';

/** Early sign-in from the markup an element has before its code loads, under the element's own origin rules. */
describe('startEarly', () => {
  const realFetch = window.fetch;
  let posted: string[];
  let unique = 0;

  beforeEach(() => {
    posted = [];
    window.fetch = async (input: RequestInfo | URL) => {
      const url = String(input);
      posted.push(url);
      // The account has one location in service; anything else is answered as a token.
      if (new URL(url).pathname === '/light-api/v1/account')
        return new Response(
          JSON.stringify({ uuid: 'acc-1', locations: [{ uuid: 'loc-early', is_service_active: true }] }),
        );
      return new Response(JSON.stringify({ token: 't', expires_at: null }));
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
    resetConfiguration();
  });

  /** An un-upgraded element of a data tag (by default one whose first need is the token alone). */
  function element(attributes: Record<string, string>, tag = 'light-plan-comparison'): Element {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    return el;
  }

  it('asks for the token of a token endpoint on the page’s own origin', () => {
    const url = `/energy/early-${++unique}`;
    startEarly(element({ 'token-endpoint': url, 'api-base': '/light-api' }));
    expect(posted).to.deep.equal([new URL(url, location.href).href]);
  });

  it("asks the backend's /token when only the backend is named", () => {
    startEarly(element({ backend: `/energy-${++unique}` }));
    expect(posted).to.deep.equal([new URL(`/energy-${unique}/token`, location.href).href]);
  });

  it('never posts to a token endpoint on another origin named in the markup', () => {
    startEarly(element({ 'token-endpoint': `https://elsewhere.example/token-${++unique}` }));
    startEarly(element({ backend: `https://elsewhere.example/energy-${unique}` }));
    expect(posted).to.deep.equal([]);
  });

  it('takes the token endpoint configured from script', () => {
    configure({ tokenEndpoint: `/energy/configured-${++unique}` });
    startEarly(element({}));
    expect(posted).to.deep.equal([new URL(`/energy/configured-${unique}`, location.href).href]);
  });

  it("starts invoices' first page right after the token, with the element's own query, before its code is here", async () => {
    const url = `/energy/early-${++unique}`;
    startEarly(element({ 'token-endpoint': url, 'api-base': '/light-api', 'page-size': '4' }, 'light-invoices'));
    const first = new URL('/light-api/v1/account/billing/invoices?limit=4&offset=0', location.href).href;
    await waitUntil(() => posted.includes(first), 'the invoices request after the token');
    expect(posted).to.deep.equal([new URL(url, location.href).href, first]);
    expect(customElements.get('light-invoices'), 'the element itself never loaded').to.equal(undefined);
  });

  it('starts the account right after the token for an element that begins with it', async () => {
    startEarly(element({ 'token-endpoint': `/energy/early-${++unique}`, 'api-base': '/light-api' }, 'light-documents'));
    const account = new URL('/light-api/v1/account', location.href).href;
    await waitUntil(() => posted.includes(account), 'the account request after the token');
    expect(posted).to.have.length(2);
  });

  const api = (path: string) => new URL(`/light-api/v1${path}`, location.href).href;

  it("starts a usage chart's usage right after the account, for the period it opens at, before its code is here", async () => {
    const url = `/energy/early-${++unique}`;
    const attributes = {
      'token-endpoint': url,
      'api-base': '/light-api',
      view: 'intervals',
      year: '2026',
      month: '10',
    };
    startEarly(element(attributes, 'light-usage-chart'));
    const usage = api('/account/locations/loc-early/usage/intervals?year=2026&month=10');
    await waitUntil(() => posted.includes(usage), 'the usage request after the account');
    expect(posted).to.deep.equal([new URL(url, location.href).href, api('/account'), usage]);
    expect(customElements.get('light-usage-chart'), 'the chart itself never loaded').to.equal(undefined);
  });

  it('a usage chart given its location asks for its usage after the token alone, with the properties set from script', async () => {
    const url = `/energy/early-${++unique}`;
    const chart = element(
      { 'token-endpoint': url, 'api-base': '/light-api', 'location-uuid': 'loc-9' },
      'light-usage-chart',
    );
    // Set before the element is upgraded, as a framework would: these win over the attributes, as in the chart.
    Object.assign(chart, { view: 'month', year: 2025, month: 2 });
    chart.setAttribute('view', 'year');
    startEarly(chart);
    const usage = api('/account/locations/loc-9/usage/daily?year=2025&month=2');
    await waitUntil(() => posted.includes(usage), 'the usage request after the token');
    expect(posted).to.deep.equal([new URL(url, location.href).href, usage]);
  });

  it('starts no usage for a period the chart could not read, or for the year of 15-minute data', async () => {
    const client = sharedClient(
      endpointTokenProvider(new URL(`/energy/early-${++unique}`, location.href).href),
      new URL('/light-api', location.href).href,
    );
    const chart = (attributes: Record<string, string>) =>
      element({ 'location-uuid': 'loc-1', ...attributes }, 'light-usage-chart');
    await startUsage(client, chart({ view: 'intervals', year: 'next', month: '10' }));
    await startUsage(client, chart({ view: 'month', year: '2026', month: '2.5' }));
    await startUsage(client, chart({ view: 'year-intervals', year: '2025' }));
    expect(posted, 'nothing asked').to.deep.equal([]);
    // The same chart with a period it reads: asked at once (the token first).
    await startUsage(client, chart({ view: 'year', year: '2025' }));
    const usage = api('/account/locations/loc-1/usage/monthly?year=2025');
    await waitUntil(() => posted.includes(usage), 'the year asked');
  });

  it("names the parts of a chart's code that the view it opens at draws with", () => {
    expect(viewCode('trailing', false)).to.deep.equal(['usage-inspect']);
    expect(viewCode('month', false)).to.deep.equal(['usage-inspect']);
    expect(viewCode('intervals', false)).to.deep.equal(['usage-inspect', 'usage-intervals']);
    expect(viewCode('day', true)).to.deep.equal(['usage-table', 'usage-intervals']);
    expect(viewCode('year-intervals', false)).to.deep.equal(['usage-inspect', 'usage-year']);
    expect(viewCode('year', true)).to.deep.equal(['usage-table']);
  });

  it('does nothing for elements that do not sign in, or without any configuration', () => {
    startEarly(element({ 'token-endpoint': `/energy/early-${++unique}` }, 'light-plan-card'));
    startEarly(element({}));
    expect(posted).to.deep.equal([]);
  });

  it('asks a usage chart given its location, or invoices opened at one invoice, for the token alone', () => {
    const chart = element({ 'location-uuid': 'loc-1' }, 'light-usage-chart');
    const invoice = element({ 'invoice-number': 'INV-1' }, 'light-invoices');
    expect([firstRequest(chart), firstRequest(invoice)]).to.deep.equal(['token', 'token']);
    expect(firstRequest(element({}, 'light-usage-chart'))).to.equal('account');
    expect(firstRequest(element({}, 'light-invoices'))).to.equal('invoices');
  });
});
