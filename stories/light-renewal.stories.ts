import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/elements/renewal/light-renewal.js';
import type { ScenarioName } from '../src/sandbox/index.js';
import { appPlansProvider, hostileFetch, renewedSandbox } from './support/fixtures/renewal.js';
import { setupSandbox, type SandboxSetupOptions } from './support/sandbox.js';

interface Args {
  scenario: ScenarioName;
  locale: string;
  theme: string;
  locationUuid: string;
  sandbox?: SandboxSetupOptions;
}

const element = (args: Args) =>
  html`<light-renewal
    locale=${args.locale || nothing}
    theme=${args.theme || nothing}
    location-uuid=${args.locationUuid || nothing}
  ></light-renewal>`;

const page = (content: TemplateResult, width = '960px', dark = false) =>
  html`<div style="max-width: ${width}; ${dark ? 'background: #0d1013; padding: 16px;' : ''}">${content}</div>`;

const meta: Meta<Args> = {
  title: 'Elements/Renewal',
  component: 'light-renewal',
  args: { scenario: 'renewal-due', locale: '', theme: '', locationUuid: '' },
  argTypes: {
    scenario: {
      control: 'select',
      options: ['renewal-due', 'active', 'new-customer', 'cancelled', 'enrolled-pending'],
    },
    locale: { control: 'select', options: ['', 'en', 'es'] },
    theme: { control: 'select', options: ['', 'light', 'dark'] },
  },
  render: (args) => page(setupSandbox(args.scenario, args.sandbox).wrap(element(args)), '960px', args.theme === 'dark'),
};
export default meta;

type Story = StoryObj<Args>;

/** The contract ends in under 90 days: renewal plans, terms and the start date. Choose a plan, check the box, accept. */
export const RenewalOpen: Story = { parameters: { reaches: 'renewal plans available.' } };

/**
 * The partner's own plans (custom rates, from its backend's app-token plans request) instead of the renewal offers,
 * each starting the day after the contract ends.
 */
export const CustomPlans: Story = {
  parameters: { reaches: 'renewal plans available.' },
  render: (args) => {
    const setup = setupSandbox(args.scenario, args.sandbox);
    return page(
      setup.wrap(
        html`<light-renewal
          locale=${args.locale || nothing}
          theme=${args.theme || nothing}
          .plansProvider=${appPlansProvider(setup)}
        ></light-renewal>`,
      ),
    );
  },
};

/** More than 90 days before the contract ends: when renewal opens, instead of an empty list. */
export const NotOpenYet: Story = { args: { scenario: 'active' }, parameters: { reaches: 'Renewal is not open yet' } };

/** A new customer with no service location: nothing to renew, and why. */
export const NoService: Story = { args: { scenario: 'new-customer' }, parameters: { reaches: 'Nothing to renew yet' } };

/** Service ended: no renewal. */
export const ServiceEnded: Story = { args: { scenario: 'cancelled' }, parameters: { reaches: 'Service has ended' } };

/** Service scheduled to start later: the element says when, and when renewal opens. */
export const ServiceNotStarted: Story = {
  args: { scenario: 'scheduled' },
  parameters: { reaches: 'Service has not started yet' },
};

/** Enrolled, but the credit check was declined: no start date is promised; the status says what to do. */
export const CreditDeclined: Story = {
  args: { scenario: 'credit-declined' },
  parameters: { reaches: 'Check your email and send the information it asks for.' },
};

/** A renewal was already accepted: the element says which plan starts when. */
export const AlreadyRenewed: Story = {
  parameters: { reaches: 'Your renewal is scheduled' },
  render: (args) => {
    const { session, fetch } = renewedSandbox(args.sandbox);
    return page(
      html`<light-provider .tokenProvider=${session.tokenProvider} .fetch=${fetch}>${element(args)}</light-provider>`,
    );
  },
};

/** Slow network: the loading placeholder. */
export const Loading: Story = { args: { sandbox: { latencyMs: 60_000 } }, parameters: { reaches: 'Loading…' } };

/** The contract cannot be loaded: an error with a retry button. */
export const LoadError: Story = {
  parameters: { reaches: 'Something went wrong' },
  args: { sandbox: { faults: [{ route: 'documents', kind: 'status', status: 503 }] } },
};

/** Renewal plans cannot be requested: an error with a retry button. */
export const PlansError: Story = {
  parameters: { reaches: 'Our system had a problem.' },
  args: { sandbox: { faults: [{ route: 'renewalRequest', kind: 'status', status: 500, times: 1 }] } },
};

/** Accepting fails once with a server error: the choice and checkbox stay, and "Try again" resends them. */
export const AcceptFails: Story = {
  parameters: { reaches: 'renewal plans available.' },
  args: { sandbox: { faults: [{ route: 'renewalAccept', kind: 'status', status: 500, times: 1 }] } },
};

/** Accepting is slow: the Accept button stays disabled while the request is in flight. */
export const SlowAccept: Story = {
  parameters: { reaches: 'renewal plans available.' },
  args: { sandbox: { faults: [{ route: 'renewalAccept', kind: 'latency', delayMs: 4000 }] } },
};

/** Plan names and document links from a hostile backend render as text; unsafe links are not links. */
export const HostileData: Story = {
  parameters: { reaches: 'renewal plans available.' },
  render: (args) => {
    const { sandbox, session } = setupSandbox('renewal-due', args.sandbox);
    return page(
      html`<light-provider .tokenProvider=${session.tokenProvider} .fetch=${hostileFetch(sandbox)}
        >${element(args)}</light-provider
      >`,
    );
  },
};

export const Spanish: Story = { args: { locale: 'es' }, parameters: { reaches: 'Elija un plan de renovación' } };

export const SpanishNotOpenYet: Story = {
  args: { locale: 'es', scenario: 'active' },
  parameters: { reaches: 'La renovación aún no está abierta' },
};

export const Dark: Story = { args: { theme: 'dark' }, parameters: { reaches: 'renewal plans available.' } };

export const DarkNotOpenYet: Story = {
  args: { theme: 'dark', scenario: 'active' },
  parameters: { reaches: 'Renewal is not open yet' },
};

/** The narrowest supported screen. */
export const Narrow: Story = {
  parameters: { reaches: 'renewal plans available.' },
  render: (args) =>
    html`<div style="width: 320px">${setupSandbox(args.scenario, args.sandbox).wrap(element(args))}</div>`,
};
