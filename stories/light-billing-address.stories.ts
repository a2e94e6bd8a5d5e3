import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import { updateBillingAddress } from '../src/api/endpoints.js';
import { LightClient } from '../src/api/http.js';
import '../src/elements/billing-address/light-billing-address.js';
import type { ScenarioName } from '../src/sandbox/index.js';
import { POST_OFFICE_BOX, storedAddressFetch } from './support/fixtures/billing-address.js';
import { setupSandbox, type SandboxSetupOptions } from './support/sandbox.js';

interface Args {
  scenario: ScenarioName;
  locale: string;
  theme: '' | 'light' | 'dark';
  /** Delay every sandbox response by this much (ms). */
  latencyMs: number;
  /** Make loading the billing address fail with this HTTP status (0: none). */
  failStatus: number;
}

function element(args: Args): TemplateResult {
  return html`<light-billing-address
    locale=${args.locale || nothing}
    theme=${args.theme || nothing}
  ></light-billing-address>`;
}

function options(args: Args): SandboxSetupOptions {
  return {
    latencyMs: args.latencyMs,
    faults: args.failStatus
      ? [{ route: 'billingAddress', method: 'GET', kind: 'status', status: args.failStatus }]
      : [],
  };
}

const meta: Meta<Args> = {
  title: 'Elements/Billing address',
  component: 'light-billing-address',
  args: { scenario: 'active', locale: '', theme: '', latencyMs: 0, failStatus: 0 },
  argTypes: {
    scenario: { control: 'select', options: ['active', 'new-customer', 'mid-enrollment-plan-accepted', 'cancelled'] },
    locale: { control: 'select', options: ['', 'en', 'es'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    failStatus: { control: 'select', options: [0, 500, 503] },
  },
  render: (args) => setupSandbox(args.scenario, options(args)).wrap(element(args)),
};
export default meta;

type Story = StoryObj<Args>;

/** The usual case: the billing address is the service address, shown once as text; nothing to save until it changes. */
export const SameAsService: Story = { parameters: { reaches: 'Your service address:' } };

/** A PO box on file: the fields are editable. Clear the city or type a 4-digit ZIP code and press Save. */
export const Different: Story = {
  parameters: { reaches: 'Street address' },
  render: (args) => {
    const { sandbox, session, wrap } = setupSandbox(args.scenario, options(args));
    const client = new LightClient({ tokenProvider: session.tokenProvider, fetch: sandbox.fetch });
    return html`${until(
      updateBillingAddress(client, POST_OFFICE_BOX).then(() => wrap(element(args))),
      nothing,
    )}`;
  },
};

/** An address on file that fails the checks: each problem under its field, linked to it. */
export const ValidationErrors: Story = {
  parameters: { reaches: 'Enter the city.' },
  render: (args) => {
    const { sandbox, session, stripe } = setupSandbox(args.scenario, options(args));
    const stored = {
      address_1: '88 Congress Ave',
      address_2: null,
      city: '',
      state: 'Texas',
      postal_code: '7870',
      same_as_service_address: false,
    };
    return html`<light-provider
      .tokenProvider=${session.tokenProvider}
      .fetch=${storedAddressFetch(sandbox, stored)}
      .stripe=${stripe}
      >${element(args)}</light-provider
    >`;
  },
};

/** A new customer with no service address yet: an empty form, Texas preselected. */
export const NoAddressYet: Story = {
  parameters: { reaches: 'No billing address on file yet' },
  args: { scenario: 'new-customer' },
};

/** Every response held back: the skeleton, announced as loading. */
export const Loading: Story = { parameters: { reaches: 'Loading…' }, args: { latencyMs: 2_000_000_000 } };

export const ServerError: Story = { parameters: { reaches: 'Something went wrong' }, args: { failStatus: 500 } };

export const Dark: Story = {
  parameters: { reaches: 'Street address' },
  args: { theme: 'dark' },
  render: (args) => html`<div style="background: #0d1013; padding: 16px">${Different.render!(args, {} as never)}</div>`,
};

export const Spanish: Story = { parameters: { reaches: 'Igual a mi dirección de servicio' }, args: { locale: 'es' } };

/** The narrowest supported screen. */
export const Narrow: Story = {
  parameters: { reaches: 'Street address' },
  render: (args) => html`<div style="width: 320px">${Different.render!(args, {} as never)}</div>`,
};
