import { expect, waitUntil } from '@open-wc/testing';
import { configure, resetConfiguration } from '../../src/core/config.js';
import { firstRequest, startEarly } from '../../src/bundle/early-start.js';

/** Early sign-in from the markup an element has before its code loads, under the element's own origin rules. */
describe('startEarly', () => {
  const realFetch = window.fetch;
  let posted: string[];
  let unique = 0;

  beforeEach(() => {
    posted = [];
    window.fetch = async (input: RequestInfo | URL) => {
      posted.push(String(input));
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
