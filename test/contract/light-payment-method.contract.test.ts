import { html } from '@open-wc/testing';
import '../../src/elements/payment-method/light-payment-method.js';
import { paymentMethodMsg as msg } from '../../src/elements/payment-method/light-payment-method.messages.js';
import { HOSTILE, HOSTILE_NAME, rewriteFetch, runDataElementContract } from '../support/contract.js';

runDataElementContract({
  tag: 'light-payment-method',
  content: html`<light-payment-method></light-payment-method>`,
  scenario: 'active',
  route: 'paymentMethod',
  method: 'GET',
  ready: { shows: '[part~="card"]', colour: '.card-name' },
  empty: { scenario: 'mid-enrollment-identity-submitted', text: msg('en', 'emptyTitle') },
  hostile: {
    fetch: ({ sandbox }) =>
      rewriteFetch(sandbox, (path, json) =>
        path === '/account/billing/payment-method'
          ? { ...json, card_brand: HOSTILE_NAME, card_postal_code: HOSTILE.javascriptUrl }
          : json,
      ),
    text: [HOSTILE.markup, HOSTILE.script, HOSTILE.longWord, HOSTILE.javascriptUrl],
  },
  spanish: (locale) => [msg(locale, 'heading'), msg(locale, 'autopay'), msg(locale, 'update')],
});
