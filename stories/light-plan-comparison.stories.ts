import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/elements/plan-comparison/light-plan-comparison.js';
import { PLAN_GROUPS, type ScenarioName } from '../src/sandbox/index.js';
import { setupSandbox, type SandboxSetupOptions } from './support/sandbox.js';

interface Args {
  scenario: ScenarioName;
  planGroup: string;
  locale: string;
  theme: string;
  sandbox?: SandboxSetupOptions;
}

const element = (args: Args) =>
  html`<light-plan-comparison
    plan-group=${args.planGroup || nothing}
    locale=${args.locale || nothing}
    theme=${args.theme || nothing}
  ></light-plan-comparison>`;

const page = (content: TemplateResult, dark = false) =>
  html`<div style="max-width: 720px; ${dark ? 'background: #0d1013; padding: 16px;' : ''}">${content}</div>`;

const meta: Meta<Args> = {
  title: 'Elements/Plan comparison',
  component: 'light-plan-comparison',
  args: { scenario: 'bill-compared', planGroup: PLAN_GROUPS[0].uuid, locale: '', theme: '' },
  argTypes: {
    scenario: {
      control: 'select',
      options: ['new-customer', 'bill-processing', 'bill-compared', 'bill-unreadable'],
    },
    planGroup: { control: 'select', options: PLAN_GROUPS.map((g) => g.uuid) },
    locale: { control: 'select', options: ['', 'en', 'es'] },
    theme: { control: 'select', options: ['', 'light', 'dark'] },
  },
  render: (args) => page(setupSandbox(args.scenario, args.sandbox).wrap(element(args)), args.theme === 'dark'),
};
export default meta;

type Story = StoryObj<Args>;

/** No bill yet: the drop zone and the file button. */
export const Picker: Story = { args: { scenario: 'new-customer' }, parameters: { reaches: 'Choose a file' } };

/** The bill was sent and is being read: progress, while the element polls. */
export const Processing: Story = {
  args: { scenario: 'bill-processing' },
  parameters: { reaches: 'Reading your bill' },
};

/** The bill was read: the bill against the plan, and a typical year as a chart with its savings. */
export const Results: Story = { parameters: { reaches: 'Over a typical year' } };

/** The bill could not be read: what that means, and a way to upload a clearer copy. */
export const Unreadable: Story = {
  args: { scenario: 'bill-unreadable' },
  parameters: { reaches: 'Upload a clearer copy' },
};

/**
 * With the partner's `backend`: personal rates from Smart Meter Texas, with the docs' caveats and a consent box
 * (sending it needs `light-elements/server` mounted at that path, as the demo has).
 */
export const PersonalRates: Story = {
  parameters: { reaches: 'Personal rates from your meter history' },
  render: (args) => {
    const { session, wrap } = setupSandbox(args.scenario, args.sandbox);
    return page(
      wrap(
        html`<light-plan-comparison
          .tokenProvider=${session.tokenProvider}
          backend="/energy"
          plan-group=${args.planGroup}
        ></light-plan-comparison>`,
      ),
    );
  },
};

/** Slow network: the loading placeholder. */
export const Loading: Story = {
  args: { sandbox: { latencyMs: 60_000 } },
  parameters: { reaches: 'Loading…' },
};

/** The bill's status cannot be loaded: an error with a retry button. */
export const LoadError: Story = {
  args: { sandbox: { faults: [{ route: 'comparisonInvoice', kind: 'status', status: 503 }] } },
  parameters: { reaches: 'Something went wrong' },
};

/** No `plan-group` set: the results say the element is not set up. */
export const NoPlanGroup: Story = {
  args: { planGroup: '' },
  parameters: { reaches: 'Something went wrong' },
};

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { reaches: 'Over a typical year' } };

/** Spanish. */
export const Spanish: Story = { args: { locale: 'es' }, parameters: { reaches: 'En un año típico' } };
