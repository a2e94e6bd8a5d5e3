import { html } from '@open-wc/testing';
import '../../src/elements/usage-chart/light-usage-chart.js';
import { usageChartMsg as msg } from '../../src/elements/usage-chart/light-usage-chart.messages.js';
import { HOSTILE_NAME, HOSTILE, rewriteFetch, runDataElementContract } from '../support/contract.js';

runDataElementContract({
  tag: 'light-usage-chart',
  // One calendar year: one usage request, so a fault on it is the whole first load.
  content: html`<light-usage-chart view="year"></light-usage-chart>`,
  scenario: 'active',
  route: 'usageMonthly',
  ready: { shows: '.plot', colour: '[part="heading"]' },
  empty: { scenario: 'new-service', text: msg('en', 'emptyTitle') },
  hostile: {
    fetch: ({ sandbox }) =>
      rewriteFetch(sandbox, (path, json) => (path.includes('/usage/') ? { ...json, units: HOSTILE_NAME } : json)),
    text: [HOSTILE.markup, HOSTILE.script, HOSTILE.longWord],
  },
  spanish: (locale) => [msg(locale, 'title'), msg(locale, 'viewYear'), msg(locale, 'consumption')],
  narrow: ['.plot'],
});
