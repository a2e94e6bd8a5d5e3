import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/account-status/light-account-status.js';
import type { ScenarioName } from '../src/sandbox/index.js';
import { onSandbox, type SandboxSetupOptions } from './support/sandbox.js';

interface Args {
  scenario: ScenarioName;
  sandbox?: SandboxSetupOptions;
}

const meta: Meta<Args> = {
  title: 'Elements/Account status',
  component: 'light-account-status',
  args: { scenario: 'enrolled-pending' },
  argTypes: {
    scenario: {
      control: 'select',
      options: [
        'new-customer',
        'mid-enrollment-plan-accepted',
        'mid-enrollment-ready-to-finalize',
        'enrolled-pending',
        'credit-check-pending',
        'credit-frozen',
        'credit-not-found',
        'switch-hold',
        'scheduled',
        'activating',
        'active',
        'cancelled',
      ],
    },
  },
  render: (args) =>
    onSandbox(
      args.scenario,
      html`<div style="max-width: 560px"><light-account-status></light-account-status></div>`,
      args.sandbox,
    ),
};
export default meta;

type Story = StoryObj<Args>;

export const UnderReview: Story = { parameters: { reaches: 'We are reviewing your enrollment' } };
export const CreditFrozen: Story = {
  parameters: { reaches: 'Your credit is frozen' },
  args: { scenario: 'credit-frozen' },
};
export const SwitchHold: Story = {
  parameters: { reaches: 'Another provider placed a hold' },
  args: { scenario: 'switch-hold' },
};
/** A status that needs the customer: the support and outage contacts follow it. */
export const SwitchHoldWithSupport: Story = {
  parameters: { reaches: 'Power outage?' },
  args: { scenario: 'switch-hold' },
};
export const Activating: Story = {
  parameters: { reaches: 'Switching your service' },
  args: { scenario: 'activating' },
};
export const Active: Story = { parameters: { reaches: 'Service active' }, args: { scenario: 'active' } };
export const Cancelled: Story = { parameters: { reaches: 'Service ended' }, args: { scenario: 'cancelled' } };
export const Loading: Story = { parameters: { reaches: 'Loading…' }, args: { sandbox: { latencyMs: 60_000 } } };
export const Error: Story = {
  parameters: { reaches: 'Something went wrong' },
  args: { sandbox: { faults: [{ route: 'account', kind: 'status', status: 500 }] } },
};
/** Without any token provider: the element says it is not set up. */
export const NotConfigured: Story = {
  parameters: { reaches: 'This widget is not set up yet' },
  render: () => html`<light-account-status></light-account-status>`,
};
