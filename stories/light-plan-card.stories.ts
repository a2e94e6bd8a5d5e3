import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Plan } from '../src/api/types.js';
import '../src/elements/plan-card/light-plan-card.js';

/** A complete plan, as the sandbox serves it. */
export const fullPlan: Plan = {
  uuid: 'plan-sunny-12',
  name: 'Sunny Saver 12',
  description: 'A fixed energy rate for a year, with 100% renewable energy credits.',
  term_months: 12,
  energy_rate_cents_per_kwh: 9.8,
  tdu_charges: [
    { name: 'Oncor per kWh', cents_per_kwh: 5.6, dollars_per_month: null },
    { name: 'Oncor monthly', cents_per_kwh: null, dollars_per_month: 4.23 },
  ],
  base_charge_dollars: 4.95,
  average_price_500_cents: 17.2,
  average_price_1000_cents: 15.9,
  average_price_2000_cents: 15.2,
  renewable_percent: 100,
  efl_url: 'https://docs.example.com/efl/sunny-12.pdf',
  tos_url: 'https://docs.example.com/tos.pdf',
  yrac_url: 'https://docs.example.com/yrac.pdf',
  earliest_start_date: '2026-12-01',
  latest_start_date: '2026-12-28',
  expires_at: '2026-12-05T23:59:00-06:00',
};

/** Only what a plan must have. */
export const sparsePlan: Plan = {
  uuid: 'plan-basic',
  name: 'Basic Monthly',
  description: null,
  term_months: null,
  energy_rate_cents_per_kwh: 12.4,
  tdu_charges: [],
  base_charge_dollars: null,
  average_price_500_cents: null,
  average_price_1000_cents: null,
  average_price_2000_cents: null,
  renewable_percent: null,
  efl_url: null,
  tos_url: null,
  yrac_url: null,
  earliest_start_date: null,
  latest_start_date: null,
  expires_at: null,
};

/** Strings and links an attacker might slip into API data: they must render as inert text. */
export const hostilePlan: Plan = {
  ...fullPlan,
  uuid: 'plan-hostile',
  name: '<img src=x onerror="window.__pwned=1">Evil <script>window.__pwned=1</script>',
  description: '<b onclick="window.__pwned=1">bold?</b>',
  efl_url: 'javascript:window.__pwned=1',
  tos_url: 'data:text/html,<script>alert(1)</script>',
  yrac_url: '//evil.example.com/yrac',
};

interface Args {
  plan: Plan;
  selected: boolean;
  disabled: boolean;
  compact: boolean;
  noSelect: boolean;
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

export const Full: Story = {};
export const Selected: Story = { args: { selected: true } };
export const Disabled: Story = { args: { disabled: true } };
export const Sparse: Story = { args: { plan: sparsePlan } };
export const Compact: Story = { args: { compact: true } };
export const InformationOnly: Story = { args: { noSelect: true } };
export const HostileData: Story = { args: { plan: hostilePlan } };

/** Three cards in a list, as enrollment and renewal show them; Tab moves between their buttons. */
export const List: Story = {
  render: () =>
    html`<ul
      style="list-style: none; padding: 0; display: grid; gap: 16px; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));"
    >
      ${[
        fullPlan,
        { ...fullPlan, uuid: 'plan-24', name: 'Sunny Saver 24', term_months: 24, energy_rate_cents_per_kwh: 9.2 },
        sparsePlan,
      ].map((plan) => html`<li><light-plan-card compact .plan=${plan}></light-plan-card></li>`)}
    </ul>`,
};

/** The narrowest supported screen. */
export const Narrow: Story = {
  render: (args) => html`<div style="width: 320px"><light-plan-card .plan=${args.plan}></light-plan-card></div>`,
};
