import { html } from '@open-wc/testing';
import '../../src/elements/plan-comparison/light-plan-comparison.js';
import { planComparisonMsg as msg } from '../../src/elements/plan-comparison/light-plan-comparison.messages.js';
import { PLAN_GROUPS } from '../../src/sandbox/index.js';
import { HOSTILE, HOSTILE_NAME, rewriteFetch, runDataElementContract } from '../support/contract.js';

runDataElementContract({
  tag: 'light-plan-comparison',
  content: html`<light-plan-comparison plan-group=${PLAN_GROUPS[0].uuid}></light-plan-comparison>`,
  scenario: 'bill-compared',
  route: 'comparisonInvoice',
  method: 'GET',
  ready: { shows: '[part~="annual"]', colour: 'h2' },
  empty: { scenario: 'new-customer', shows: '[part~="picker"]', text: msg('en', 'emptyTitle') },
  hostile: {
    fetch: ({ sandbox }) =>
      rewriteFetch(sandbox, (path, json) => {
        if (!path.includes('-compare')) return json;
        const parsed = json.parsed_invoice_data as Record<string, unknown>;
        const plan = json.plan_comparison as Record<string, unknown>;
        return {
          ...json,
          parsed_invoice_data: { ...parsed, provider_display_name: HOSTILE_NAME },
          plan_comparison: { ...plan, name: HOSTILE_NAME },
        };
      }),
    text: [HOSTILE.markup, HOSTILE.script, HOSTILE.longWord],
  },
  spanish: (locale) => [msg(locale, 'title'), msg(locale, 'simpleTitle'), msg(locale, 'annualTitle')],
  narrow: ['[part~="simple"]', '[part~="annual"]', '.plot-area'],
});
