import { html } from '@open-wc/testing';
import '../../src/elements/plan-card/light-plan-card.js';
import { planCardMsg as msg } from '../../src/elements/plan-card/light-plan-card.messages.js';
import { fullPlan } from '../../stories/support/fixtures/plans.js';
import { HOSTILE, HOSTILE_NAME, runDataElementContract } from '../support/contract.js';

const hostilePlan = {
  ...fullPlan,
  uuid: 'plan-hostile',
  name: HOSTILE_NAME,
  description: `${HOSTILE.script} ${HOSTILE.longWord}`,
  efl_url: HOSTILE.javascriptUrl,
  tos_url: HOSTILE.dataUrl,
  yrac_url: '//evil.example.com/yrac.pdf',
};

runDataElementContract({
  tag: 'light-plan-card',
  // Data by property: no sandbox, so no loading, empty or error states of its own.
  content: html`<light-plan-card .plan=${fullPlan}></light-plan-card>`,
  ready: { shows: 'article', text: fullPlan.name, colour: '#name' },
  hostile: {
    content: html`<light-plan-card .plan=${hostilePlan}></light-plan-card>`,
    text: [HOSTILE.markup, HOSTILE.script, HOSTILE.longWord],
  },
  spanish: (locale) => [
    msg(locale, 'term', { months: 12 }),
    msg(locale, 'energyRate'),
    msg(locale, 'averagePrice'),
    msg(locale, 'select'),
  ],
  narrow: ['table', '[part~="header"]'],
  states: ['data', 'hostile strings and URLs', 'long words at 320 px', 'dark', 'Spanish', '320 px'],
});
