import { html } from '@open-wc/testing';
import '../../src/elements/enrollment/light-enrollment.js';
import { enrollmentMsg as msg } from '../../src/elements/enrollment/light-enrollment.messages.js';
import { laterMsg } from '../../src/elements/enrollment/steps/later.messages.js';
import { HOSTILE, HOSTILE_NAME, rewriteFetch, runDataElementContract } from '../support/contract.js';

type Json = Record<string, unknown>;

runDataElementContract({
  tag: 'light-enrollment',
  content: html`<light-enrollment no-history></light-enrollment>`,
  // A plan accepted: the account says the next step is the customer's identity.
  scenario: 'mid-enrollment-plan-accepted',
  route: 'account',
  ready: { shows: '#phone_number', colour: '#step-title' },
  // Every account is at some step: there is no empty state.
  hostile: {
    // After finalize, the confirmation shows the plan and the address from the account.
    scenario: 'enrolled-pending',
    shows: 'dl.summary',
    fetch: ({ sandbox }) =>
      rewriteFetch(sandbox, (path, json) =>
        path === '/account'
          ? {
              ...json,
              locations: (json.locations as Json[]).map((l) => ({
                ...l,
                plan_name: HOSTILE_NAME,
                address_1: HOSTILE.longWord,
                address_2: HOSTILE.javascriptUrl,
              })),
            }
          : json,
      ),
    text: [HOSTILE.markup, HOSTILE.script, HOSTILE.longWord],
  },
  spanish: (locale) => [msg(locale, 'progress', { n: 4, total: 7 }), laterMsg(locale, 'saveDetails')],
});
