import { html } from '@open-wc/testing';
import '../../src/elements/documents/light-documents.js';
import { documentsMsg as msg } from '../../src/elements/documents/light-documents.messages.js';
import { HOSTILE, HOSTILE_NAME, rewriteFetch, runDataElementContract } from '../support/contract.js';

runDataElementContract({
  tag: 'light-documents',
  content: html`<light-documents></light-documents>`,
  scenario: 'active',
  route: 'documents',
  ready: { shows: '#panel-current .doc-list', colour: 'h2' },
  empty: { scenario: 'new-customer', text: msg('en', 'emptyNoLocation') },
  hostile: {
    fetch: ({ sandbox }) =>
      rewriteFetch(sandbox, (path, json) => {
        if (path.endsWith('/documents')) return { ...json, efl: HOSTILE.javascriptUrl, tos: HOSTILE.dataUrl };
        if (path === '/account') {
          const locations = (json.locations as Array<Record<string, unknown>>).map((l) => ({
            ...l,
            plan_name: HOSTILE_NAME,
          }));
          return { ...json, locations };
        }
        return json;
      }),
    text: [HOSTILE.markup, HOSTILE.script, HOSTILE.longWord],
  },
  spanish: (locale) => [msg(locale, 'title'), msg(locale, 'currentTab'), msg(locale, 'allTab'), msg(locale, 'efl')],
  narrow: ['[role="tablist"]', '#panel-current'],
});
