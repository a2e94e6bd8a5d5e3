import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/elements/enrollment/light-enrollment.js';
import type { LightPlanCard } from '../../src/elements/plan-card/light-plan-card.js';
import '../../src/elements/plan-card/light-plan-card.js';
import '../../src/elements/renewal/light-renewal.js';
import type { ScenarioName } from '../../src/sandbox/index.js';
import * as stories from '../../stories/light-plan-card.stories.js';
import { shadow } from '../support/dom.js';
import { mountOnSandbox } from '../support/mount.js';

const WIDTHS = [320, 375, 768, 1280];
const THEMES = ['light', 'dark'] as const;

/** Every plan card under `root`, through shadow roots. */
function cardsIn(root: Element | ShadowRoot): LightPlanCard[] {
  const found: LightPlanCard[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName === 'light-plan-card') found.push(el as LightPlanCard);
    if (el.shadowRoot) found.push(...cardsIn(el.shadowRoot));
  }
  return found;
}

/** The cards grouped by row (the same top, to the pixel). */
function rows(cards: LightPlanCard[]): LightPlanCard[][] {
  const byTop = new Map<number, LightPlanCard[]>();
  for (const card of cards) {
    const top = Math.round(card.getBoundingClientRect().top);
    byTop.set(top, [...(byTop.get(top) ?? []), card]);
  }
  return [...byTop.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

const top = (card: LightPlanCard, selector: string) =>
  card.shadowRoot!.querySelector(selector)?.getBoundingClientRect().top ?? null;

/** The layout rules for a list of plan cards at one width and theme. */
function checkCards(cards: LightPlanCard[], what: string) {
  expect(cards.length, `${what}: cards`).to.be.greaterThan(0);
  for (const card of cards) {
    const name = `${what}, ${card.plan!.name}`;
    // Nothing in the card is wider than its box.
    for (const el of card.shadowRoot!.querySelectorAll('*:not(.visually-hidden)')) {
      expect(el.scrollWidth, `${name}: ${el.localName}.${el.className} overflows`).to.be.at.most(
        el.clientWidth || el.scrollWidth,
      );
    }
    const base = card.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.scrollWidth, `${name}: card overflows`).to.be.at.most(base.clientWidth);
    // Prices and usages with their units never break inside themselves.
    const values = [...card.shadowRoot!.querySelectorAll('.value')];
    expect(values.length, `${name}: values`).to.be.greaterThan(0);
    for (const value of values) {
      expect(value.getClientRects().length, `${name}: "${value.textContent}" wraps`).to.equal(1);
    }
    // Every rate makes the same choice as the energy charge: its amount beside its name, or all on the next line.
    const energy = card.shadowRoot!.querySelector('dl.rates > div:first-child');
    const beside = (label: Element, amount: Element) =>
      Math.abs(amount.getBoundingClientRect().top - label.getBoundingClientRect().top) < 2;
    if (energy) {
      const expected = beside(energy.querySelector('dt')!, energy.querySelector('dd')!);
      for (const charge of card.shadowRoot!.querySelectorAll('dd.charge')) {
        const label = charge.querySelector('.charge-name');
        if (!label) continue;
        expect(
          beside(label, charge.querySelector('.amounts')!),
          `${name}: "${label.textContent}" beside its amount`,
        ).to.equal(expected);
      }
    }
  }
  const grid = rows(cards);
  for (const row of grid) {
    const heights = row.map((c) =>
      Math.round(c.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect().height),
    );
    expect(new Set(heights).size, `${what}: heights in a row ${heights.join(', ')}`).to.equal(1);
    // The sections line up across the row: the rates, the average prices and the button at the same height.
    for (const selector of ['.rates', '.averages', 'button']) {
      const tops = row
        .map((c) => top(c, selector))
        .filter((t) => t !== null)
        .map(Math.round);
      expect(new Set(tops).size, `${what}: ${selector} tops ${tops.join(', ')}`).to.be.at.most(1);
    }
  }
  // Four plans: four across, two by two, or one above the other, never three and one alone.
  if (cards.length === 4) {
    expect([1, 2, 4], `${what}: columns`).to.include(grid[0].length);
    expect(
      grid.every((row) => row.length === grid[0].length),
      `${what}: rows ${grid.map((r) => r.length)}`,
    ).to.equal(true);
  }
}

async function cardsReady(root: Element | ShadowRoot, count: number) {
  await waitUntil(() => cardsIn(root).length === count && cardsIn(root).every((c) => c.plan), 'plan cards shown', {
    timeout: 5000,
  });
  await Promise.all(cardsIn(root).map((c) => c.updateComplete));
}

async function onSandbox(tag: string, element: TemplateResult, scenario: ScenarioName, width: number) {
  const { el, root } = await mountOnSandbox<HTMLElement>(tag, element, scenario, { width: `${width}px` });
  await cardsReady(shadow(el), 4);
  return root;
}

describe('plan cards side by side', () => {
  for (const width of WIDTHS) {
    for (const theme of THEMES) {
      const at = `${width} px, ${theme}`;

      it(`enrollment's plan step reads as a comparison at ${at}`, async () => {
        const root = await onSandbox(
          'light-enrollment',
          html`<light-enrollment
            no-history
            theme=${theme}
            esi-id="55512345671234567"
            start-step="plan"
          ></light-enrollment>`,
          'new-customer',
          width,
        );
        checkCards(cardsIn(root), `enrollment at ${at}`);
      });

      it(`renewal's plans read as a comparison at ${at}`, async () => {
        const root = await onSandbox(
          'light-renewal',
          html`<light-renewal theme=${theme}></light-renewal>`,
          'renewal-due',
          width,
        );
        checkCards(cardsIn(root), `renewal at ${at}`);
      });

      it(`the plan-card list story reads as a comparison at ${at}`, async () => {
        const story = stories.List;
        const template = (story.render as (args: object) => TemplateResult)({ theme });
        const root = await fixture<HTMLElement>(html`<div style="width: ${width}px">${template}</div>`);
        await cardsReady(root, 4);
        checkCards(cardsIn(root), `list story at ${at}`);
      });
    }
  }

  // Where the list has room for four cards of at least 13em, the usual four plans sit side by side.
  for (const [width, columns] of [
    [1280, 4],
    [768, 2],
  ] as const) {
    it(`shows four plans ${columns} across in enrollment, renewal and the list story at ${width} px`, async () => {
      const enrollment = await onSandbox(
        'light-enrollment',
        html`<light-enrollment no-history esi-id="55512345671234567" start-step="plan"></light-enrollment>`,
        'new-customer',
        width,
      );
      const renewal = await onSandbox('light-renewal', html`<light-renewal></light-renewal>`, 'renewal-due', width);
      const template = (stories.List.render as (args: object) => TemplateResult)({});
      const story = await fixture<HTMLElement>(html`<div style="width: ${width}px">${template}</div>`);
      await cardsReady(story, 4);
      for (const [what, root] of [
        ['enrollment', enrollment],
        ['renewal', renewal],
        ['list story', story],
      ] as const) {
        expect(
          rows(cardsIn(root)).map((row) => row.length),
          `${what} at ${width} px`,
        ).to.deep.equal(columns === 4 ? [4] : [2, 2]);
      }
    });
  }

  it('a card alone keeps its rows in order, and a sparse plan leaves no gaps where its rows would be', async () => {
    const root = await fixture<HTMLElement>(
      html`<div style="width: 375px">
        <light-plan-card compact .plan=${stories.default.args!.plan}></light-plan-card>
        <light-plan-card compact .plan=${stories.Sparse.args!.plan}></light-plan-card>
      </div>`,
    );
    const [full, sparse] = cardsIn(root);
    await Promise.all([full.updateComplete, sparse.updateComplete]);
    const order = ['header', '.rates', '.averages', '.documents', '.dates', 'button'].map((s) => top(full, s)!);
    expect([...order].sort((a, b) => a - b)).to.deep.equal(order);
    // The sparse card: its name, its one rate, then its button, each a section gap below the one before.
    const gaps = ['header', '.rates', 'button'].map((s) =>
      sparse.shadowRoot!.querySelector(s)!.getBoundingClientRect(),
    );
    expect(gaps[1].top - gaps[0].bottom).to.be.closeTo(gaps[2].top - gaps[1].bottom, 1);
  });
});
