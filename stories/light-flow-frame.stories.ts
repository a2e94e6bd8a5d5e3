import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { now } from '../src/api/clock.js';
import type { FlowScope } from '../src/api/types.js';
import '../src/elements/flow-frame/light-flow-frame.js';
import type { FlowProvider, LightFlowFrame } from '../src/elements/flow-frame/light-flow-frame.js';

interface Args {
  scope: FlowScope;
  mode: 'inline' | 'modal';
  open: boolean;
  closable: boolean;
  closeOnEscape: boolean;
  loadTimeout: number;
  locale: string;
  /**
   * Path of the stand-in flow page (public/sandbox-flow.html): served at the site root by Storybook and the demo,
   * under /public/ by the test runner, which renders these stories too.
   */
  flowPage: string;
}

const HOUR = 60 * 60 * 1000;

/** The stand-in flow's address for a scope, as a partner backend's `flow-login` would hand it out. */
function standInLink(flowPage: string, scope: FlowScope): string {
  return new URL(`${flowPage}?scope=${encodeURIComponent(scope)}`, location.href).href;
}

/** What a partner's backend call would be: a fresh link to the stand-in flow, valid for an hour. */
function standInProvider(flowPage: string): FlowProvider {
  return async (scope) => ({
    login_link: standInLink(flowPage, scope),
    expires_at: new Date(now() + HOUR).toISOString(),
  });
}

/** A modal flow needs something to open it; focus returns to this button when the flow closes. */
function opener(args: Args): TemplateResult | typeof nothing {
  if (args.mode !== 'modal') return nothing;
  const open = (event: Event) => ((event.currentTarget as HTMLElement).nextElementSibling as LightFlowFrame).show();
  return html`<button type="button" @click=${open}>${`Open “${args.scope}”`}</button>`;
}

const meta: Meta<Args> = {
  title: 'Elements/Flow frame',
  component: 'light-flow-frame',
  args: {
    scope: 'enrollment',
    mode: 'inline',
    open: true,
    closable: false,
    closeOnEscape: false,
    loadTimeout: 15_000,
    locale: '',
    flowPage: '/sandbox-flow.html',
  },
  argTypes: {
    scope: { control: 'select', options: ['enrollment', 'update-payment-method', 'billing', 'documents', 'renewal'] },
    mode: { control: 'inline-radio', options: ['inline', 'modal'] },
    locale: { control: 'select', options: ['', 'en', 'es'] },
  },
  render: (args) =>
    html`${opener(args)}
      <light-flow-frame
        scope=${args.scope}
        mode=${args.mode}
        ?open=${args.open}
        ?closable=${args.closable}
        ?close-on-escape=${args.closeOnEscape}
        load-timeout=${args.loadTimeout}
        locale=${args.locale || nothing}
        .flowProvider=${standInProvider(args.flowPage)}
      ></light-flow-frame>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Inline: the flow fills its container. Press Done or Close in the flow: it posts `light-flow-close`. */
export const Enrollment: Story = { parameters: { reaches: 'Sign up for electricity service' } };
export const UpdatePaymentMethod: Story = {
  parameters: { reaches: 'Update your payment method' },
  args: { scope: 'update-payment-method' },
};
export const Billing: Story = { parameters: { reaches: 'Your bills and payments' }, args: { scope: 'billing' } };
export const Documents: Story = { parameters: { reaches: 'Your documents' }, args: { scope: 'documents' } };
export const Renewal: Story = { parameters: { reaches: 'Renew your electricity plan' }, args: { scope: 'renewal' } };
export const Spanish: Story = { parameters: { reaches: 'Sign up for electricity service' }, args: { locale: 'es' } };

/** Modal: full screen in the top layer; the page behind is inert and does not scroll. */
export const ModalEnrollment: Story = {
  parameters: { reaches: 'Open “enrollment”' },
  args: { mode: 'modal', open: false },
};
export const ModalUpdatePaymentMethod: Story = {
  parameters: { reaches: 'Open “update-payment-method”' },
  args: { mode: 'modal', open: false, scope: 'update-payment-method' },
};
export const ModalBilling: Story = {
  parameters: { reaches: 'Open “billing”' },
  args: { mode: 'modal', open: false, scope: 'billing' },
};
export const ModalDocuments: Story = {
  parameters: { reaches: 'Open “documents”' },
  args: { mode: 'modal', open: false, scope: 'documents' },
};
export const ModalRenewal: Story = {
  parameters: { reaches: 'Open “renewal”' },
  args: { mode: 'modal', open: false, scope: 'renewal' },
};

/** With a close button, and Escape (pressed outside the flow's page) closing it. */
export const ModalClosable: Story = {
  parameters: { reaches: 'Open “enrollment”' },
  args: { mode: 'modal', open: false, closable: true, closeOnEscape: true },
};

/**
 * The provider's first link has already expired by the server's clock (its answer carries the server's time): the
 * element asks for another before loading anything.
 */
export const ExpiredLinkRefetched: Story = {
  parameters: { reaches: 'Sign up for electricity service' },
  render: (args) => {
    let calls = 0;
    const provider: FlowProvider = async (scope) => ({
      login_link: standInLink(args.flowPage, scope),
      expires_at: new Date(now() + (++calls === 1 ? -HOUR : HOUR)).toISOString(),
      server_time: new Date(now()).toUTCString(),
    });
    return html`<light-flow-frame open scope=${args.scope} .flowProvider=${provider}></light-flow-frame>`;
  },
};

/** Only a `src`, long expired, and no provider to ask for another: the customer is told the link expired. */
export const ExpiredLinkWithoutProvider: Story = {
  parameters: { reaches: 'This link has expired' },
  render: (args) =>
    html`<light-flow-frame
      open
      scope=${args.scope}
      src=${standInLink(args.flowPage, args.scope)}
      expires-at=${new Date(now() - 24 * HOUR).toISOString()}
    ></light-flow-frame>`,
};

/** A `javascript:` link is never loaded; the element says why instead. */
export const RefusedJavascriptLink: Story = {
  parameters: { reaches: 'This page cannot be shown here' },
  render: (args) =>
    html`<light-flow-frame open scope=${args.scope} src="javascript:alert('framed')"></light-flow-frame>`,
};

/**
 * The frame did not load in time (here a 1 ms budget no page meets): a retry, which gets a fresh link, and a
 * link to open the flow in a new tab.
 */
export const LoadTimeout: Story = {
  parameters: { reaches: 'This page is taking too long to load' },
  args: { loadTimeout: 1 },
};

/**
 * The partner's backend never answers: the modal offers Close from the start, and after `provider-timeout` (here
 * 5 seconds) an error with a retry.
 */
export const ModalProviderHangs: Story = {
  parameters: { reaches: 'Open “enrollment”' },
  args: { mode: 'modal', open: false },
  render: (args) =>
    html`${opener(args)}
      <light-flow-frame
        mode="modal"
        scope=${args.scope}
        provider-timeout="5000"
        .flowProvider=${(() => new Promise<never>(() => {})) satisfies FlowProvider}
      ></light-flow-frame>`,
};
