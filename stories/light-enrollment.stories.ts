import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { addDays, localToday } from '../src/core/dates.js';
import '../src/elements/enrollment/light-enrollment.js';
import type { KnownAddress } from '../src/elements/enrollment/light-enrollment.js';
import type { ScenarioName } from '../src/sandbox/index.js';
import { fullPlan } from './support/fixtures/plans.js';
import { onSandbox, type SandboxSetupOptions } from './support/sandbox.js';

interface Args {
  scenario: ScenarioName;
  theme?: 'light' | 'dark';
  locale?: string;
  esiId?: string;
  startStep?: 'address' | 'plan' | 'terms';
  planUuid?: string;
  hideSteps?: string;
  query?: string;
  width?: number;
  plansProvider?: (esiId: string) => Promise<unknown>;
  /** The address the partner already has (`serviceAddress`). */
  serviceAddress?: KnownAddress;
  clientAgent?: boolean;
  clientAgentWhen?: string;
  sandbox?: SandboxSetupOptions;
}

const meta: Meta<Args> = {
  title: 'Elements/Enrollment',
  component: 'light-enrollment',
  args: { scenario: 'new-customer' },
  render: (args) =>
    onSandbox(
      args.scenario,
      html`<div style="max-width: ${args.width ?? 880}px">
        <light-enrollment
          no-history
          theme=${args.theme ?? ''}
          locale=${args.locale ?? ''}
          esi-id=${args.esiId ?? ''}
          start-step=${args.startStep ?? ''}
          plan-uuid=${args.planUuid ?? ''}
          hide-steps=${args.hideSteps ?? ''}
          query=${args.query ?? ''}
          .plansProvider=${args.plansProvider}
          .serviceAddress=${args.serviceAddress}
          ?client-agent=${!!args.clientAgent}
          client-agent-when=${args.clientAgentWhen ?? ''}
        ></light-enrollment>
      </div>`,
      args.sandbox,
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** Step 1: find and confirm the service address. */
export const Address: Story = { parameters: { reaches: 'Where do you need electricity?' } };
/** Step 1 with the partner's address already typed in. */
export const AddressPrefilled: Story = { parameters: { reaches: '4521 GASTON AVE' }, args: { query: '4521 gaston' } };
/** Step 1 from the address the partner has (no backend: the type-ahead starts from it). */
export const AddressFromPartner: Story = {
  parameters: { reaches: '4521 GASTON AVE' },
  args: { serviceAddress: { address_1: '4521 Gaston Ave', city: 'Dallas', postal_code: '75246' } },
};
/** Step 1 for an ESI ID the partner already has: the customer confirms it. */
export const ConfirmAddress: Story = {
  parameters: { reaches: 'Is this your service address?' },
  args: { esiId: '55512345671234567' },
};
/** Step 2: plans for a confirmed address. */
export const Plans: Story = {
  parameters: { reaches: 'Light Saver 6' },
  args: { esiId: '55512345671234567', startStep: 'plan' },
};
/** Step 2 while plans load. */
export const PlansLoading: Story = {
  parameters: { reaches: 'Loading…' },
  args: { ...Plans.args, sandbox: { faults: [{ route: 'plansRequest', kind: 'latency', delayMs: 60_000 }] } },
};
/** Step 2 when the plans request fails: retry. */
export const PlansError: Story = {
  parameters: { reaches: 'Something went wrong' },
  args: { ...Plans.args, sandbox: { faults: [{ route: 'plansRequest', kind: 'status', status: 503 }] } },
};
/** Step 3: a plan chosen on the partner's pricing page, ready to accept (start date and terms). */
export const AcceptTerms: Story = {
  parameters: { reaches: 'pick a start date and accept the terms' },
  args: {
    esiId: '55512345671234567',
    startStep: 'terms',
    planUuid: fullPlan.uuid,
    plansProvider: async () => ({
      plans: [
        {
          ...fullPlan,
          earliest_start_date: addDays(localToday(), 3),
          latest_start_date: addDays(localToday(), 30),
          expires_at: null,
        },
      ],
    }),
  },
};
/** Step 4: the customer's details, prefilled from the account. */
export const Identity: Story = {
  parameters: { reaches: 'We need a few details to set up service in your name.' },
  args: { scenario: 'mid-enrollment-plan-accepted' },
};
/** Step 5: the soft credit check (SSN masked, consent required). */
export const CreditCheck: Story = {
  parameters: { reaches: 'This is a soft check' },
  args: { scenario: 'mid-enrollment-identity-submitted' },
};
/** Step 6: the card form (the sandbox's stand-in for Stripe Elements). */
export const Payment: Story = {
  parameters: { reaches: 'Sandbox card form' },
  args: { scenario: 'mid-enrollment-identity-submitted', hideSteps: 'credit' },
};
/** Step 6 when Stripe.js cannot load: a clear error and a retry. */
export const PaymentStripeFails: Story = {
  parameters: { reaches: 'The secure card form could not load.' },
  args: { ...Payment.args, sandbox: { stripeFails: true } },
};
/** Step 7: review everything and submit. */
export const Review: Story = {
  parameters: { reaches: 'Check everything, then submit your enrollment.' },
  args: { scenario: 'mid-enrollment-ready-to-finalize', hideSteps: 'credit' },
};
/** Confirmation right after submitting: under review. */
export const ConfirmationReviewing: Story = {
  parameters: { reaches: 'We are reviewing your enrollment' },
  args: { scenario: 'enrolled-pending' },
};
/** Confirmation when the customer must act: frozen credit. */
export const ConfirmationCreditFrozen: Story = {
  parameters: { reaches: 'Your credit is frozen' },
  args: { scenario: 'credit-frozen' },
};
/** Confirmation when another provider placed a hold. */
export const ConfirmationSwitchHold: Story = {
  parameters: { reaches: 'Another provider placed a hold' },
  args: { scenario: 'switch-hold' },
};
/** Confirmation while the utility switches the meter. */
export const ConfirmationActivating: Story = {
  parameters: { reaches: 'Switching your service' },
  args: { scenario: 'activating' },
};
/** Confirmation once the utility has switched the meter. */
export const ConfirmationActive: Story = {
  parameters: { reaches: 'Your service is active' },
  args: { scenario: 'active' },
};
/** The rates expired before verification: the enrollment was cancelled, and says so. */
export const ConfirmationCancelled: Story = {
  parameters: { reaches: 'This enrollment was cancelled' },
  args: { scenario: 'rates-expired' },
};
/** A client-agent enrollment the partner will complete: approved, with the partner's timing. */
export const ClientAgentApproved: Story = {
  parameters: { reaches: 'You are approved' },
  args: { scenario: 'client-agent-ready', clientAgent: true, clientAgentWhen: 'when your installation is complete' },
};
/** The account cannot be loaded. */
export const AccountError: Story = {
  parameters: { reaches: 'Something went wrong' },
  args: { sandbox: { faults: [{ route: 'account', kind: 'status', status: 500 }] } },
};
/** Loading the enrollment. */
export const Loading: Story = { parameters: { reaches: 'Loading…' }, args: { sandbox: { latencyMs: 60_000 } } };
export const Dark: Story = {
  parameters: { reaches: 'We need a few details to set up service in your name.' },
  args: { scenario: 'mid-enrollment-plan-accepted', theme: 'dark' },
};
export const Spanish: Story = {
  parameters: { reaches: 'Es una consulta suave' },
  args: { scenario: 'mid-enrollment-identity-submitted', locale: 'es' },
};
/** The narrowest supported screen. */
export const Narrow: Story = {
  parameters: { reaches: 'Light Saver 6' },
  args: { esiId: '55512345671234567', startStep: 'plan', width: 320 },
};
