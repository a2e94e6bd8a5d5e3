import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LightPlanCard } from '../../src/elements/plan-card/light-plan-card.js';
import '../../src/elements/plan-card/light-plan-card.js';
import * as stories from '../../stories/light-plan-card.stories.js';
import { fullPlan, hostilePlan, sparsePlan } from '../../stories/support/fixtures/plans.js';
import { plain, shadowText as text } from '../support/dom.js';
import { renderStory, storiesOf, storyReached } from '../support/stories.js';

describe('light-plan-card', () => {
  it('writes ¢/kWh to one decimal everywhere, and the offer deadline as a day without the minute', async () => {
    const plan = {
      ...fullPlan,
      energy_rate_cents_per_kwh: 16,
      average_price_1000_cents: 16.24,
      expires_at: '2026-12-08T23:59:00-06:00',
    };
    const el = await fixture<LightPlanCard>(html`<light-plan-card .plan=${plan}></light-plan-card>`);
    const content = text(el);
    expect(content).to.contain('16.0¢/kWh').and.contain('16.2¢/kWh').and.not.contain('16¢');
    expect(content).to.contain('Offer valid until Dec 8, 2026.').and.not.contain('11:59');
  });

  it('shows every part of a full plan', async () => {
    const el = await fixture<LightPlanCard>(html`<light-plan-card .plan=${fullPlan}></light-plan-card>`);
    const content = text(el);
    expect(content).to.contain('Sunny Saver 12');
    expect(content).to.contain('12-month plan');
    expect(content).to.contain('100% renewable');
    expect(content).to.contain('9.8¢/kWh');
    expect(content).to.contain('5.6¢/kWh');
    expect(content).to.contain('$4.23/month');
    expect(content).to.contain('$4.95/month');
    expect(content).to.contain('Service can start between Dec 1, 2026 and Dec 28, 2026.');
    const cells = [...el.shadowRoot!.querySelectorAll('td')].map((td) => td.textContent!.trim());
    expect(cells).to.deep.equal(['17.2¢/kWh', '15.9¢/kWh', '15.2¢/kWh']);
    const headers = [...el.shadowRoot!.querySelectorAll('th')].map((th) => plain(th.textContent!.trim()));
    expect(headers).to.deep.equal(['500 kWh', '1,000 kWh', '2,000 kWh']);
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://docs.example.com/efl/sunny-12.pdf',
      'https://docs.example.com/tos.pdf',
      'https://docs.example.com/yrac.pdf',
    ]);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
    expect(links[0].textContent!.replace(/\s+/g, ' ')).to.contain(
      'EFL — Electricity Facts Label for Sunny Saver 12 (opens in a new tab)',
    );
    await expect(el).to.be.accessible();
  });

  it('leaves out what a sparse plan lacks: no undefined, NaN or empty rows', async () => {
    const el = await fixture<LightPlanCard>(html`<light-plan-card .plan=${sparsePlan}></light-plan-card>`);
    const content = text(el);
    expect(content).to.contain('Basic Monthly');
    expect(content).to.contain('12.4¢/kWh');
    for (const bad of ['undefined', 'NaN', 'null', '$0.00']) expect(content).not.to.contain(bad);
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.documents')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('dl > div')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('says nothing about the term of a plan whose data names none, in English and Spanish', async () => {
    for (const term_months of [null, 0]) {
      const plan = { ...fullPlan, term_months };
      const el = await fixture<LightPlanCard>(html`<light-plan-card .plan=${plan}></light-plan-card>`);
      expect(text(el), String(term_months)).not.to.match(/month-to-month|-month plan/i);
      const es = await fixture<LightPlanCard>(html`<light-plan-card locale="es" .plan=${plan}></light-plan-card>`);
      expect(text(es), String(term_months)).not.to.match(/mes a mes|plan de \d+ meses/i);
      await expect(el).to.be.accessible();
    }
  });

  it('renders hostile strings as text and refuses non-http(s) links', async () => {
    (window as { __pwned?: number }).__pwned = 0;
    const el = await fixture<LightPlanCard>(html`<light-plan-card .plan=${hostilePlan}></light-plan-card>`);
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect(text(el)).to.contain('<script>window.__pwned=1</script>');
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal([]);
    expect((window as { __pwned?: number }).__pwned).to.equal(0);
  });

  it('emits light-plan-select with the plan on click and on Enter', async () => {
    const el = await fixture<LightPlanCard>(html`<light-plan-card .plan=${fullPlan}></light-plan-card>`);
    const button = el.shadowRoot!.querySelector('button')!;
    setTimeout(() => button.click());
    const { detail } = await oneEvent(el, 'light-plan-select');
    expect(detail.planUuid).to.equal('plan-sunny-12');
    expect(detail.plan.name).to.equal('Sunny Saver 12');

    button.focus();
    const keyed = oneEvent(el, 'light-plan-select');
    await sendKeys({ press: 'Enter' });
    expect((await keyed).detail.planUuid).to.equal('plan-sunny-12');
  });

  it('shows the selected state to assistive technology and does nothing while disabled', async () => {
    const el = await fixture<LightPlanCard>(html`<light-plan-card selected .plan=${fullPlan}></light-plan-card>`);
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(button.textContent).to.contain('Selected');
    el.disabled = true;
    await el.updateComplete;
    let fired = false;
    el.addEventListener('light-plan-select', () => (fired = true));
    button.click();
    expect(button.disabled).to.equal(true);
    expect(fired).to.equal(false);
  });

  it('moves between cards of a list with Tab', async () => {
    const list = await fixture<HTMLElement>(
      html`<div>
        <light-plan-card .plan=${fullPlan}></light-plan-card>
        <light-plan-card .plan=${sparsePlan}></light-plan-card>
      </div>`,
    );
    const [first, second] = [...list.querySelectorAll('light-plan-card')];
    first.shadowRoot!.querySelector('button')!.focus();
    // The first card's button is its last stop; the second card (no documents) has only its button.
    await sendKeys({ press: 'Tab' });
    expect(second.shadowRoot!.activeElement).to.equal(second.shadowRoot!.querySelector('button'));
  });

  it('fits a 320 px screen without scrolling sideways', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px"><light-plan-card .plan=${fullPlan}></light-plan-card></div>`,
    );
    const card = wrapper.querySelector('light-plan-card')!;
    await card.updateComplete;
    const base = card.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(card.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('speaks Spanish', async () => {
    const el = await fixture<LightPlanCard>(html`<light-plan-card locale="es" .plan=${fullPlan}></light-plan-card>`);
    const content = text(el);
    expect(content).to.contain('Plan de 12 meses');
    expect(content).to.contain('Elegir este plan');
    expect(content).to.contain('1 dic 2026');
  });

  describe('stories', () => {
    for (const [name, story] of storiesOf(stories)) {
      it(`renders ${name} accessibly`, async () => {
        const root = await renderStory(stories.default, story);
        const cards = [...root.querySelectorAll('light-plan-card')];
        expect(cards.length).to.be.greaterThan(0);
        await Promise.all(cards.map((c) => c.updateComplete));
        await storyReached(root, story);
        await expect(root).to.be.accessible();
      });
    }
  });
});
