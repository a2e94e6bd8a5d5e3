import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/elements/support-info/light-support-info.js';
import type { ScenarioName } from '../src/sandbox/index.js';
import { HOSTILE_SUPPORT_INFO, PLAIN_TEXT_SUPPORT_INFO, supportInfoSandbox } from './support/fixtures/support-info.js';
import { setupSandbox, type SandboxSetupOptions } from './support/sandbox.js';

interface Args {
  scenario: ScenarioName;
  locale: string;
  theme: string;
  locationUuid: string;
  sandbox?: SandboxSetupOptions;
}

const element = (args: Args) =>
  html`<light-support-info
    locale=${args.locale || nothing}
    theme=${args.theme || nothing}
    location-uuid=${args.locationUuid || nothing}
  ></light-support-info>`;

const page = (content: TemplateResult, dark = false) =>
  html`<div style="max-width: 720px; ${dark ? 'background: #0d1013; padding: 16px;' : ''}">${content}</div>`;

/** The element on an account whose support-info answer is `body`. */
const withAnswer = (body: object) => (args: Args) => {
  const { session, fetch } = supportInfoSandbox(body, 'active', args.sandbox);
  return page(
    html`<light-provider .tokenProvider=${session.tokenProvider} .fetch=${fetch}>${element(args)}</light-provider>`,
  );
};

const meta: Meta<Args> = {
  title: 'Elements/Support info',
  component: 'light-support-info',
  args: { scenario: 'active', locale: '', theme: '', locationUuid: '' },
  argTypes: {
    scenario: { control: 'select', options: ['active', 'switch-hold', 'cancelled', 'new-customer'] },
    locale: { control: 'select', options: ['', 'en', 'es'] },
    theme: { control: 'select', options: ['', 'light', 'dark'] },
  },
  render: (args) => page(setupSandbox(args.scenario, args.sandbox).wrap(element(args)), args.theme === 'dark'),
};
export default meta;

type Story = StoryObj<Args>;

/** Customer support (powered by Light), the utility for outages, and what to do when moving. */
export const Contacts: Story = { parameters: { reaches: 'Power outage?' } };

/** A customer who has no service address yet: an empty state that says when contacts appear. */
export const NoLocation: Story = {
  args: { scenario: 'new-customer' },
  parameters: { reaches: 'No contact details yet' },
};

/** The API has no contacts for this location. */
export const NoContacts: Story = {
  parameters: { reaches: 'There are no contact details' },
  render: withAnswer({}),
};

/** Values that are not valid phone numbers, email addresses or web links: shown as text, not links. */
export const PlainText: Story = {
  parameters: { reaches: '1-800-FLOWERS' },
  render: withAnswer(PLAIN_TEXT_SUPPORT_INFO),
};

/** Slow network: the loading placeholder. */
export const Loading: Story = { args: { sandbox: { latencyMs: 60_000 } }, parameters: { reaches: 'Loading…' } };

/** The contacts cannot be loaded: an error with a retry button. */
export const LoadError: Story = {
  args: { sandbox: { faults: [{ route: 'supportInfo', kind: 'status', status: 503 }] } },
  parameters: { reaches: 'Something went wrong' },
};

/** Markup, scripts and `javascript:` URLs in the answer: shown as text, never as links. */
export const HostileData: Story = {
  parameters: { reaches: 'Power outage?' },
  render: withAnswer(HOSTILE_SUPPORT_INFO),
};

export const Spanish: Story = { args: { locale: 'es' }, parameters: { reaches: '¿Se fue la luz?' } };

export const Dark: Story = { args: { theme: 'dark' }, parameters: { reaches: 'Power outage?' } };

/** The narrowest supported screen. */
export const Narrow: Story = {
  parameters: { reaches: 'Power outage?' },
  render: (args) =>
    html`<div style="width: 320px">${setupSandbox(args.scenario, args.sandbox).wrap(element(args))}</div>`,
};
