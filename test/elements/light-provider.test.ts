import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LightAccountStatus } from '../../src/elements/account-status/light-account-status.js';
import '../../src/elements/account-status/light-account-status.js';
import '../../src/elements/plan-card/light-plan-card.js';
import '../../src/elements/provider/light-provider.js';
import * as stories from '../../stories/light-provider.stories.js';
import { fullPlan } from '../../stories/support/fixtures/plans.js';
import { mountOnSandbox } from '../support/mount.js';
import { renderStory, storiesOf, storyReached } from '../support/stories.js';

describe('light-provider', () => {
  it('gives its elements a language and a theme, which an element may override', async () => {
    const root = await fixture<HTMLElement>(
      html`<light-provider locale="es" theme="dark">
        <light-plan-card no-select .plan=${fullPlan}></light-plan-card>
        <light-plan-card no-select theme="light" locale="en" .plan=${fullPlan}></light-plan-card>
      </light-provider>`,
    );
    const [inherits, own] = [...root.querySelectorAll('light-plan-card')];
    await waitUntil(() => inherits.shadowRoot?.textContent?.includes('Plan de 12 meses'));
    expect(inherits.getAttribute('data-theme')).to.equal('dark');
    expect(own.hasAttribute('data-theme')).to.equal(false);
    expect(own.shadowRoot!.textContent).to.contain('12-month plan');
    await expect(root).to.be.accessible();
  });

  it('lets an inner provider override only what it sets', async () => {
    // Inside the sandbox account's provider (sign-in), one that sets the language, and one that sets the theme.
    const { el: status } = await mountOnSandbox<LightAccountStatus>(
      'light-account-status',
      html`<light-provider locale="es">
        <light-provider theme="dark"><light-account-status></light-account-status></light-provider>
      </light-provider>`,
      'active',
    );
    await waitUntil(() => status.shadowRoot?.textContent?.includes('Servicio activo'), 'signed in, in Spanish');
    expect(status.getAttribute('data-theme')).to.equal('dark');
  });

  it('follows changes to its options', async () => {
    const root = await fixture<HTMLElement & { locale?: string }>(
      html`<light-provider locale="en"
        ><light-plan-card no-select .plan=${fullPlan}></light-plan-card
      ></light-provider>`,
    );
    const card = root.querySelector('light-plan-card')!;
    await card.updateComplete;
    root.setAttribute('locale', 'es');
    await waitUntil(() => card.shadowRoot!.textContent!.includes('Plan de 12 meses'));
  });

  describe('stories', () => {
    for (const [name, story] of storiesOf(stories)) {
      it(`renders ${name} accessibly`, async () => {
        const root = await renderStory(stories.default, story);
        const status = root.querySelector('light-account-status')!;
        await waitUntil(() => status.shadowRoot?.querySelector('[part="base"]'), 'status shown');
        await storyReached(root, story);
        await expect(root).to.be.accessible();
      });
    }
  });
});
