import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/elements/payment-method/light-payment-method.js';
import { now } from '../src/api/clock.js';
import type { FlowScope } from '../src/api/types.js';
import type { FlowProvider } from '../src/elements/flow-frame/light-flow-frame.js';
import type { ScenarioName } from '../src/sandbox/index.js';
import { cardExpiringFetch, monthFromNow } from './support/fixtures/payment-method.js';
import { setupSandbox } from './support/sandbox.js';

interface Args {
  scenario: ScenarioName;
  editing: boolean;
  locale: string;
  theme: '' | 'light' | 'dark';
  /** Delay every sandbox response by this much (ms). */
  latencyMs: number;
  /** Make Stripe.js fail to load. */
  stripeFails: boolean;
  /** Make the card-on-file request fail with this HTTP status (0: none). */
  failStatus: number;
  /** Update the card through Light's `update-payment-method` flow (the sandbox's stand-in page) instead of Stripe's form. */
  throughFlow: boolean;
  /** Path of the stand-in flow page (public/sandbox-flow.html), served at the site root by Storybook. */
  flowPage: string;
}

/** A flow provider handing out the stand-in flow page, as a partner's backend would hand out `flow-login` links. */
function standInProvider(flowPage: string): FlowProvider {
  return (scope: FlowScope) => ({
    login_link: new URL(`${flowPage}?scope=${encodeURIComponent(scope)}`, location.href).href,
    expires_at: new Date(now() + 60 * 60 * 1000).toISOString(),
  });
}

function element(args: Args): TemplateResult {
  return html`<light-payment-method
    ?editing=${args.editing}
    locale=${args.locale || nothing}
    theme=${args.theme || nothing}
    .flowProvider=${args.throughFlow ? standInProvider(args.flowPage) : undefined}
  ></light-payment-method>`;
}

function onCardExpiring(args: Args, expiry: { month: number; year: number }): TemplateResult {
  const { sandbox, session, stripe, stripePublishableKey } = setupSandbox(args.scenario);
  return html`<light-provider
    .tokenProvider=${session.tokenProvider}
    .fetch=${cardExpiringFetch(sandbox, expiry)}
    .stripe=${stripe}
    .stripePublishableKey=${stripePublishableKey}
    >${element(args)}</light-provider
  >`;
}

const meta: Meta<Args> = {
  title: 'Elements/Payment method',
  component: 'light-payment-method',
  args: {
    scenario: 'active',
    editing: false,
    locale: '',
    theme: '',
    latencyMs: 0,
    stripeFails: false,
    failStatus: 0,
    throughFlow: false,
    flowPage: '/sandbox-flow.html',
  },
  argTypes: {
    scenario: {
      control: 'select',
      options: ['active', 'mid-enrollment-identity-submitted', 'new-service', 'cancelled'],
    },
    locale: { control: 'select', options: ['', 'en', 'es'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    failStatus: { control: 'select', options: [0, 500, 503] },
  },
  render: (args) =>
    setupSandbox(args.scenario, {
      latencyMs: args.latencyMs,
      stripeFails: args.stripeFails,
      faults: args.failStatus ? [{ route: 'paymentMethod', kind: 'status', status: args.failStatus }] : [],
    }).wrap(element(args)),
};
export default meta;

type Story = StoryObj<Args>;

/** A Visa on file. "Update card" opens the sandbox's Stripe form: type 4242 4242 4242 4242. */
export const OnFile: Story = { parameters: { reaches: 'Visa ending in 4242' } };

/** No card yet (mid-enrollment): an empty state with "Add a card". */
export const NoneOnFile: Story = {
  parameters: { reaches: 'No payment method on file' },
  args: { scenario: 'mid-enrollment-identity-submitted' },
};

/** The card expires at the end of next month. */
export const Expiring: Story = {
  parameters: { reaches: 'This card expires at the end of' },
  render: (args) => onCardExpiring(args, monthFromNow(1)),
};

/** The card expired last month. */
export const Expired: Story = {
  parameters: { reaches: 'This card has expired.' },
  render: (args) => onCardExpiring(args, monthFromNow(-1)),
};

/** The card form open: try 4000 0000 0000 0002 for a decline. */
export const Updating: Story = { parameters: { reaches: 'Sandbox card form' }, args: { editing: true } };

/** Stripe.js cannot load (offline, blocked): a clear error with a retry; the card on file stays. */
export const StripeFailure: Story = {
  parameters: { reaches: 'The secure card form could not load' },
  args: { editing: true, stripeFails: true },
};

/** Every response held back: the skeleton, announced as loading. */
export const Loading: Story = { parameters: { reaches: 'Loading…' }, args: { latencyMs: 2_000_000_000 } };

/**
 * "Update card" opens Light's prebuilt `update-payment-method` flow in a modal (here the sandbox's stand-in page)
 * instead of Stripe's form; when it closes, the card on file is checked again.
 */
export const UpdateThroughFlow: Story = { parameters: { reaches: 'Visa ending in 4242' }, args: { throughFlow: true } };

export const ServerError: Story = { parameters: { reaches: 'Something went wrong' }, args: { failStatus: 500 } };

export const Dark: Story = {
  parameters: { reaches: 'Visa ending in 4242' },
  args: { theme: 'dark' },
  render: (args) => html`<div style="background: #0d1013; padding: 16px">${meta.render!(args, {} as never)}</div>`,
};

export const Spanish: Story = { parameters: { reaches: 'Visa que termina en 4242' }, args: { locale: 'es' } };

/** The narrowest supported screen, with the form open. */
export const Narrow: Story = {
  parameters: { reaches: 'Sandbox card form' },
  args: { editing: true },
  render: (args) => html`<div style="width: 320px">${meta.render!(args, {} as never)}</div>`,
};
