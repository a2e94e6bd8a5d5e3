import { html } from '@open-wc/testing';
import '../../src/elements/billing-address/light-billing-address.js';
import { billingAddressMsg as msg } from '../../src/elements/billing-address/light-billing-address.messages.js';
import { HOSTILE, HOSTILE_NAME, rewriteFetch, runDataElementContract } from '../support/contract.js';

runDataElementContract({
  tag: 'light-billing-address',
  content: html`<light-billing-address></light-billing-address>`,
  scenario: 'active',
  route: 'billingAddress',
  method: 'GET',
  ready: { shows: 'input#same', colour: '[part~="heading"]' },
  empty: { scenario: 'new-customer', text: msg('en', 'emptyTitle') },
  hostile: {
    // The service address, shown as text beside "Same as my service address".
    fetch: ({ sandbox }) =>
      rewriteFetch(sandbox, (path, json) =>
        path === '/account'
          ? {
              ...json,
              locations: (json.locations as Array<Record<string, unknown>>).map((l) => ({
                ...l,
                address_1: HOSTILE_NAME,
                address_2: HOSTILE.javascriptUrl,
              })),
            }
          : json,
      ),
    text: [HOSTILE.markup, HOSTILE.script, HOSTILE.longWord],
  },
  spanish: (locale) => [msg(locale, 'heading'), msg(locale, 'same'), msg(locale, 'save')],
  narrow: ['[part~="form"]'],
});
