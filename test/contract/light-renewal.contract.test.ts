import { html } from '@open-wc/testing';
import '../../src/elements/renewal/light-renewal.js';
import { renewalMsg as msg } from '../../src/elements/renewal/light-renewal.messages.js';
import { planCardMsg } from '../../src/elements/plan-card/light-plan-card.messages.js';
import { HOSTILE, HOSTILE_NAME, rewriteFetch, runDataElementContract } from '../support/contract.js';

type Json = Record<string, unknown>;

runDataElementContract({
  tag: 'light-renewal',
  content: html`<light-renewal></light-renewal>`,
  scenario: 'renewal-due',
  // The plans request is what the customer waits for; the contract in force comes first, from the documents.
  route: 'renewalRequest',
  ready: { shows: 'light-plan-card', colour: 'h2' },
  empty: { scenario: 'new-customer', shows: '[part~="notice"]', text: msg('en', 'noLocationTitle') },
  hostile: {
    fetch: ({ sandbox }) =>
      rewriteFetch(sandbox, (path, json) =>
        path.endsWith('/renewal-plans/request')
          ? {
              ...json,
              plans: (json.plans as Json[]).map((plan) => ({
                ...plan,
                name: HOSTILE_NAME,
                description: HOSTILE.markup,
                efl_url: HOSTILE.javascriptUrl,
                tos_url: HOSTILE.dataUrl,
                yrac_url: '//evil.example.com/yrac.pdf',
              })),
            }
          : json,
      ),
    text: [HOSTILE.markup, HOSTILE.script, HOSTILE.longWord],
  },
  spanish: (locale) => [msg(locale, 'title'), planCardMsg(locale, 'select')],
  narrow: ['[part~="base"]', 'light-plan-card'],
});
