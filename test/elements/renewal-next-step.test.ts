import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { LightPlanCard } from '../../src/elements/plan-card/light-plan-card.js';
import type { LightRenewal } from '../../src/elements/renewal/light-renewal.js';
import '../../src/elements/renewal/light-renewal.js';
import type { ScenarioName } from '../../src/sandbox/index.js';
import { deepActive, shadow, shadowText as text } from '../support/dom.js';
import { mountOnSandbox } from '../support/mount.js';

const cards = (el: Element) => [...shadow(el).querySelectorAll<LightPlanCard>('light-plan-card')];

/** A renewal element in a box as tall as a phone screen, scrolling its own content. */
async function inViewport(scenario: ScenarioName, locale = 'en') {
  const mounted = await mountOnSandbox<LightRenewal>(
    'light-renewal',
    html`<light-renewal locale=${locale}></light-renewal>`,
    scenario,
    { width: '375px' },
  );
  const box = mounted.root as HTMLElement;
  box.style.height = '640px';
  box.style.overflowY = 'auto';
  return { ...mounted, box };
}

async function plansShown(el: LightRenewal) {
  await waitUntil(() => cards(el).length > 0 && cards(el).every((c) => c.plan), 'renewal plans listed', {
    timeout: 5000,
  });
  await Promise.all(cards(el).map((c) => c.updateComplete));
}

/** Whether `node` is within the visible part of `box` (at least its top and some of it). */
function visibleIn(node: Element, box: HTMLElement): boolean {
  const shown = box.getBoundingClientRect();
  const rect = node.getBoundingClientRect();
  return rect.top >= shown.top - 1 && rect.top < shown.bottom && rect.bottom > shown.top;
}

describe('light-renewal: the step after choosing a plan', () => {
  it('brings the terms into view and moves focus to their heading after "Choose this plan", with no ring for a click', async () => {
    const { el, box } = await inViewport('renewal-due');
    await plansShown(el);
    const choose = cards(el)[0].shadowRoot!.querySelector('button')!;
    choose.scrollIntoView({ block: 'center' });
    const at = choose.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(at.x + at.width / 2), Math.round(at.y + at.height / 2)] });
    await waitUntil(() => shadow(el).querySelector('form.accept'), 'accept form shown');
    await waitUntil(() => deepActive()?.id === 'accept-heading', 'focus on the terms heading');
    const form = shadow(el).querySelector('form.accept')!;
    const heading = deepActive()!;
    expect(form.contains(heading)).to.equal(true);
    // Focus did not stay on the card's button.
    expect(cards(el)[0].shadowRoot!.activeElement).to.equal(null);
    // The terms and the Accept button are on screen, not below every card.
    expect(visibleIn(heading, box), 'heading in view').to.equal(true);
    const accept = shadow(el).querySelector('[part~="accept-button"]')!;
    expect(visibleIn(accept, box), 'accept button in view').to.equal(true);
    expect(visibleIn(shadow(el).querySelector('#terms')!, box), 'terms checkbox in view').to.equal(true);
    // A mouse click shows no focus ring on the heading.
    expect(heading.matches(':focus-visible')).to.equal(false);
    expect(getComputedStyle(heading).outlineStyle).to.equal('none');
  });

  it('moves focus to the terms heading, with a visible ring, when the plan is chosen with the keyboard', async () => {
    const { el, box } = await inViewport('renewal-due');
    await plansShown(el);
    const choose = cards(el)[1].shadowRoot!.querySelector('button')!;
    choose.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => deepActive()?.id === 'accept-heading', 'focus on the terms heading');
    const heading = deepActive()!;
    expect(visibleIn(heading, box)).to.equal(true);
    expect(heading.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(heading).outlineStyle).to.equal('solid');
    // The next Tab stop is in the terms, not back in the cards.
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).querySelector('form.accept')!.contains(deepActive())).to.equal(true);
  });
});

describe('light-renewal: service waiting on the account', () => {
  it('announces no start date while the credit check is declined, and says what the status means instead', async () => {
    const { el } = await mountOnSandbox<LightRenewal>(
      'light-renewal',
      html`<light-renewal></light-renewal>`,
      'credit-declined',
    );
    await waitUntil(() => text(el).includes('Additional credit information needed'), 'status explained', {
      timeout: 5000,
    });
    const shown = text(el);
    expect(shown).not.to.match(/scheduled to start|starts on|start on/i);
    expect(shown).not.to.match(/\b20\d\d\b/);
    expect(shown).to.contain('Check your email and send the information it asks for.');
    expect(shown).to.contain('once your service has started');
    await expect(el).to.be.accessible();
  });

  it('says the same in Spanish', async () => {
    const { el } = await mountOnSandbox<LightRenewal>(
      'light-renewal',
      html`<light-renewal locale="es"></light-renewal>`,
      'credit-declined',
    );
    await waitUntil(() => shadow(el).querySelector('[part~="notice"]'), 'notice shown', { timeout: 5000 });
    await waitUntil(() => !text(el).includes('Additional credit'), 'in Spanish', { timeout: 5000 });
    expect(text(el)).not.to.match(/\b20\d\d\b/);
  });

  it('still names the start date once the service is scheduled', async () => {
    const { el } = await mountOnSandbox<LightRenewal>(
      'light-renewal',
      html`<light-renewal></light-renewal>`,
      'scheduled',
    );
    await waitUntil(() => text(el).includes('Service has not started yet'), 'pending notice', { timeout: 5000 });
    expect(text(el)).to.match(/scheduled to start on \w+ \d+, 20\d\d/);
  });
});
