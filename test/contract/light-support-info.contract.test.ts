import { html } from '@open-wc/testing';
import '../../src/elements/support-info/light-support-info.js';
import { supportInfoMsg as msg } from '../../src/elements/support-info/light-support-info.messages.js';
import { HOSTILE, HOSTILE_NAME, rewriteFetch, runDataElementContract } from '../support/contract.js';

runDataElementContract({
  tag: 'light-support-info',
  content: html`<light-support-info></light-support-info>`,
  scenario: 'active',
  route: 'supportInfo',
  ready: { shows: '.contacts [part~="contact"]', colour: '[part~="heading"]' },
  empty: { scenario: 'new-customer', text: msg('en', 'emptyNoLocation') },
  hostile: {
    fetch: ({ sandbox }) =>
      rewriteFetch(sandbox, (path, json) =>
        path.endsWith('/support-info')
          ? {
              support: {
                name: HOSTILE_NAME,
                phone: HOSTILE.script,
                email: HOSTILE.javascriptUrl,
                url: HOSTILE.dataUrl,
              },
              tdu: { name: HOSTILE_NAME, phone: HOSTILE.markup, url: HOSTILE.javascriptUrl },
            }
          : json,
      ),
    text: [HOSTILE.markup, HOSTILE.script, HOSTILE.longWord],
  },
  spanish: (locale) => [
    msg(locale, 'title'),
    msg(locale, 'supportTitle'),
    msg(locale, 'tduTitle'),
    msg(locale, 'movingTitle'),
  ],
  narrow: ['.contacts', '[part~="moving"]'],
});
