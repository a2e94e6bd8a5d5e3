import { html } from '@open-wc/testing';
import '../../src/elements/invoices/light-invoices.js';
import { invoicesMsg as msg } from '../../src/elements/invoices/light-invoices.messages.js';
import { HOSTILE, HOSTILE_NAME, rewriteFetch, runDataElementContract } from '../support/contract.js';

type Json = Record<string, unknown>;

runDataElementContract({
  tag: 'light-invoices',
  content: html`<light-invoices></light-invoices>`,
  scenario: 'active',
  route: 'invoices',
  ready: { shows: 'tbody tr.row', colour: 'tbody tr.row th' },
  empty: { scenario: 'new-service', text: msg('en', 'emptyTitle') },
  hostile: {
    fetch: ({ sandbox }) =>
      rewriteFetch(sandbox, (path, json) => {
        if (path !== '/account/billing/invoices') return json;
        const [first, second, ...rest] = json.data as Json[];
        return {
          ...json,
          data: [
            { ...first, pdf: HOSTILE.javascriptUrl },
            { ...second, number: HOSTILE_NAME, pdf: HOSTILE.dataUrl },
            ...rest,
          ],
        };
      }),
    text: [HOSTILE.markup, HOSTILE.script, HOSTILE.longWord],
  },
  spanish: (locale) => [msg(locale, 'heading'), msg(locale, 'colAmount'), msg(locale, 'loadMore')],
  narrow: ['table', 'tbody tr.row'],
});
