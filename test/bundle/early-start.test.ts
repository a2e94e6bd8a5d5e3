import { expect } from '@open-wc/testing';
import { configure, resetConfiguration } from '../../src/core/config.js';
import { startEarly } from '../../src/bundle/early-start.js';

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

  /** An un-upgraded element of a data tag, with these attributes. */
  function element(attributes: Record<string, string>, tag = 'light-invoices'): Element {
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

  it('does nothing for elements that do not sign in, or without any configuration', () => {
    startEarly(element({ 'token-endpoint': `/energy/early-${++unique}` }, 'light-plan-card'));
    startEarly(element({}));
    expect(posted).to.deep.equal([]);
  });
});
