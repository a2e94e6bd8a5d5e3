import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/elements/documents/light-documents.js';
import type { ScenarioName } from '../src/sandbox/index.js';
import { hostileFetch, renewedSandbox } from './support/fixtures/renewal.js';
import { setupSandbox, type SandboxSetupOptions } from './support/sandbox.js';

interface Args {
  scenario: ScenarioName;
  view: 'current' | 'all';
  locale: string;
  theme: string;
  locationUuid: string;
  sandbox?: SandboxSetupOptions;
}

const element = (args: Args) =>
  html`<light-documents
    view=${args.view}
    locale=${args.locale || nothing}
    theme=${args.theme || nothing}
    location-uuid=${args.locationUuid || nothing}
  ></light-documents>`;

const page = (content: TemplateResult, dark = false) =>
  html`<div style="max-width: 720px; ${dark ? 'background: #0d1013; padding: 16px;' : ''}">${content}</div>`;

const meta: Meta<Args> = {
  title: 'Elements/Documents',
  component: 'light-documents',
  args: { scenario: 'active', view: 'current', locale: '', theme: '', locationUuid: '' },
  argTypes: {
    scenario: {
      control: 'select',
      options: ['active', 'renewal-due', 'new-customer', 'cancelled', 'enrolled-pending'],
    },
    view: { control: 'inline-radio', options: ['current', 'all'] },
    locale: { control: 'select', options: ['', 'en', 'es'] },
    theme: { control: 'select', options: ['', 'light', 'dark'] },
  },
  render: (args) => page(setupSandbox(args.scenario, args.sandbox).wrap(element(args)), args.theme === 'dark'),
};
export default meta;

type Story = StoryObj<Args>;

/** The documents of the plan in force, with the contract dates. */
export const Current: Story = { parameters: { reaches: 'Electricity Facts Label' } };

/** Every document set: the current contract and a past one (the customer renewed once). */
export const AllDocuments: Story = { args: { view: 'all' }, parameters: { reaches: 'Past' } };

/** After a renewal is accepted, its documents are listed as upcoming. */
export const AfterRenewal: Story = {
  args: { view: 'all' },
  parameters: { reaches: 'Upcoming' },
  render: (args) => {
    const { session, fetch } = renewedSandbox(args.sandbox);
    return page(
      html`<light-provider .tokenProvider=${session.tokenProvider} .fetch=${fetch}>${element(args)}</light-provider>`,
    );
  },
};

/** A customer who has not chosen a plan yet: an empty state that says when documents appear. */
export const NoLocation: Story = { args: { scenario: 'new-customer' }, parameters: { reaches: 'No documents yet' } };

/** Service ended: the last contract's documents stay available. */
export const ServiceEnded: Story = {
  args: { scenario: 'cancelled', view: 'all' },
  parameters: { reaches: 'Electricity Facts Label' },
};

/** Slow network: the loading placeholder. */
export const Loading: Story = { args: { sandbox: { latencyMs: 60_000 } }, parameters: { reaches: 'Loading…' } };

/** The documents cannot be loaded: an error with a retry button. */
export const LoadError: Story = {
  args: { sandbox: { faults: [{ route: 'documents', kind: 'status', status: 503 }] } },
  parameters: { reaches: 'Something went wrong' },
};

/** The all-documents request fails: an error with a retry button inside the tab. */
export const AllDocumentsError: Story = {
  args: { view: 'all', sandbox: { faults: [{ route: 'allDocuments', kind: 'network' }] } },
  parameters: { reaches: 'We could not connect' },
};

/** `javascript:` and `data:` URLs and markup in names: listed as text, never as links. */
export const HostileData: Story = {
  args: { view: 'all' },
  parameters: { reaches: 'Past' },
  render: (args) => {
    const { sandbox, session } = setupSandbox('active', args.sandbox);
    return page(
      html`<light-provider .tokenProvider=${session.tokenProvider} .fetch=${hostileFetch(sandbox)}
        >${element(args)}</light-provider
      >`,
    );
  },
};

export const Spanish: Story = { args: { locale: 'es', view: 'all' }, parameters: { reaches: 'documentos' } };

export const Dark: Story = { args: { theme: 'dark' }, parameters: { reaches: 'Electricity Facts Label' } };

export const DarkAllDocuments: Story = { args: { theme: 'dark', view: 'all' }, parameters: { reaches: 'Past' } };

/** The narrowest supported screen. */
export const Narrow: Story = {
  args: { view: 'all' },
  parameters: { reaches: 'Past' },
  render: (args) =>
    html`<div style="width: 320px">${setupSandbox(args.scenario, args.sandbox).wrap(element(args))}</div>`,
};
