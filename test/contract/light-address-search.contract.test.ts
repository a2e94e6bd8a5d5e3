import { html } from '@open-wc/testing';
import '../../src/elements/address-search/light-address-search.js';
import { addressSearchMsg as msg } from '../../src/elements/address-search/light-address-search.messages.js';
import { HOSTILE, HOSTILE_NAME, rewriteFetch, runDataElementContract } from '../support/contract.js';

type Json = Record<string, unknown>;

runDataElementContract({
  tag: 'light-address-search',
  // A prefilled query searches at once, as a customer's typing would after the debounce.
  content: html`<light-address-search query="500 congress" debounce="0"></light-address-search>`,
  scenario: 'new-customer',
  route: 'addressSearch',
  ready: { shows: '[role="option"]', colour: '#label' },
  // A type-ahead marks its field busy and announces the search, rather than drawing a skeleton.
  loading: { shows: '#input[aria-busy="true"]', announced: '[role="status"]', text: msg('en', 'searching') },
  empty: {
    content: html`<light-address-search query="zzzz nowhere" debounce="0"></light-address-search>`,
    text: msg('en', 'noResults'),
  },
  hostile: {
    fetch: ({ sandbox }) =>
      rewriteFetch(sandbox, (path, json) =>
        path === '/account/enroll/address-search'
          ? {
              ...json,
              results: (json.results as Json[]).map((r) => ({ ...r, address_1: HOSTILE_NAME, city: HOSTILE.script })),
            }
          : json,
      ),
    text: [HOSTILE.markup, HOSTILE.script, HOSTILE.longWord],
  },
  spanish: (locale) => [msg(locale, 'label'), msg(locale, 'useEsiId')],
  narrow: ['[part~="listbox"]', '[role="option"]'],
});
