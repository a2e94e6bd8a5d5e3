import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { Plan } from '../src/api/types.js';
import { planListStyles } from '../src/core/plan-list.styles.js';
import '../src/elements/plan-card/light-plan-card.js';
import { fullPlan, hostilePlan, sparsePlan } from './support/fixtures/plans.js';

interface Args {
  plan: Plan;
  selected: boolean;
  disabled: boolean;
  compact: boolean;
  noSelect: boolean;
  theme?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Plan card',
  component: 'light-plan-card',
  args: { plan: fullPlan, selected: false, disabled: false, compact: false, noSelect: false },
  render: (args) =>
    html`<div style="max-width: 420px">
      <light-plan-card
        .plan=${args.plan}
        ?selected=${args.selected}
        ?disabled=${args.disabled}
        ?compact=${args.compact}
        ?no-select=${args.noSelect}
      ></light-plan-card>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Full: Story = { parameters: { reaches: 'Sunny Saver 12' } };
export const Selected: Story = { parameters: { reaches: 'Sunny Saver 12' }, args: { selected: true } };
export const Disabled: Story = { parameters: { reaches: 'Sunny Saver 12' }, args: { disabled: true } };
export const Sparse: Story = { parameters: { reaches: 'Basic Monthly' }, args: { plan: sparsePlan } };
export const Compact: Story = { parameters: { reaches: 'Sunny Saver 12' }, args: { compact: true } };
export const InformationOnly: Story = { parameters: { reaches: 'Sunny Saver 12' }, args: { noSelect: true } };
export const HostileData: Story = {
  parameters: { reaches: '<img src=x onerror="window.__pwned=1">Evil' },
  args: { plan: hostilePlan },
};

/**
 * Four cards in a list, as enrollment and renewal show them: rows that line up across the cards, four across where
 * the list has room, else two by two (never three and one alone). Tab moves between their buttons.
 */
export const List: Story = {
  parameters: { reaches: 'Basic Monthly' },
  render: (args) =>
    html`<style>
        ${planListStyles.cssText}
      </style>
      <ul class="plans" style="--_space: 16px">
        ${[
          fullPlan,
          { ...fullPlan, uuid: 'plan-24', name: 'Sunny Saver 24', term_months: 24, energy_rate_cents_per_kwh: 9.2 },
          { ...fullPlan, uuid: 'plan-6', name: 'Sunny Saver 6', term_months: 6, energy_rate_cents_per_kwh: 10.4 },
          sparsePlan,
        ].map(
          (plan) =>
            html`<li><light-plan-card compact theme=${args.theme || nothing} .plan=${plan}></light-plan-card></li>`,
        )}
      </ul>`,
};

/** The narrowest supported screen. */
export const Narrow: Story = {
  parameters: { reaches: 'Sunny Saver 12' },
  render: (args) => html`<div style="width: 320px"><light-plan-card .plan=${args.plan}></light-plan-card></div>`,
};
