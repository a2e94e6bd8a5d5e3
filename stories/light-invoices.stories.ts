import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import { listInvoices } from '../src/api/endpoints.js';
import { LightClient } from '../src/api/http.js';
import '../src/elements/invoices/light-invoices.js';
import type { FaultSpec, ScenarioName } from '../src/sandbox/index.js';
import { hostileInvoicesFetch, onManyInvoices } from './support/fixtures/invoices.js';
import { setupSandbox } from './support/sandbox.js';

interface Args {
  scenario: ScenarioName;
  pageSize: number;
  invoiceNumber: string;
  locale: string;
  theme: '' | 'light' | 'dark';
  /** Delay every sandbox response by this much (ms). */
  latencyMs: number;
  /** Make every invoice list request fail with this HTTP status (0: none). */
  failStatus: number;
}

function invoices(args: Args, invoiceNumber = args.invoiceNumber): TemplateResult {
  return html`<light-invoices
    page-size=${args.pageSize}
    invoice-number=${invoiceNumber || nothing}
    locale=${args.locale || nothing}
    theme=${args.theme || nothing}
  ></light-invoices>`;
}

function faults(args: Args): FaultSpec[] {
  return args.failStatus ? [{ route: 'invoices', kind: 'status', status: args.failStatus }] : [];
}

const meta: Meta<Args> = {
  title: 'Elements/Invoices',
  component: 'light-invoices',
  args: { scenario: 'active', pageSize: 12, invoiceNumber: '', locale: '', theme: '', latencyMs: 0, failStatus: 0 },
  argTypes: {
    scenario: {
      control: 'select',
      options: ['active', 'solar', 'renewal-due', 'cancelled', 'new-service', 'enrolled-pending'],
    },
    locale: { control: 'select', options: ['', 'en', 'es'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    failStatus: { control: 'select', options: [0, 500, 503] },
  },
  render: (args) =>
    setupSandbox(args.scenario, { latencyMs: args.latencyMs, faults: faults(args) }).wrap(invoices(args)),
};
export default meta;

type Story = StoryObj<Args>;

/** Fifteen months of bills: one due, one past due (a failed auto-pay), one voided and re-issued, the rest paid. */
export const List: Story = { parameters: { reaches: 'Your invoices, newest first' } };

/** Small pages: "Load more" moves focus to the first new row and says how many invoices are shown. */
export const Paginated: Story = { parameters: { reaches: 'Your invoices, newest first' }, args: { pageSize: 5 } };

/** The newest invoice opened: its charges groups add up to the total; "Back to invoices" returns to the list. */
export const Detail: Story = {
  parameters: { reaches: 'Usage for the period' },
  render: (args) => {
    const { sandbox, session, wrap } = setupSandbox(args.scenario, { latencyMs: args.latencyMs });
    const client = new LightClient({ tokenProvider: session.tokenProvider, fetch: sandbox.fetch });
    const newest = listInvoices(client, { limit: 1 }).then((page) => wrap(invoices(args, page.data[0]?.number ?? '')));
    return html`${until(newest, nothing)}`;
  },
};

/** Solar buyback credits appear as their own charges group. */
export const Solar: Story = { parameters: { reaches: 'Your invoices, newest first' }, args: { scenario: 'solar' } };

/** Service started today: no invoices yet. */
export const Empty: Story = { parameters: { reaches: 'No invoices yet' }, args: { scenario: 'new-service' } };

/** Enrolled, service not started. */
export const EmptyBeforeService: Story = {
  parameters: { reaches: 'No invoices yet' },
  args: { scenario: 'enrolled-pending' },
};

/** Every response held back: the skeleton, announced as loading. */
export const Loading: Story = { parameters: { reaches: 'Loading…' }, args: { latencyMs: 2_000_000_000 } };

/** The invoice list answers 500 (after the client's own retries): an error with a retry button. */
export const ServerError: Story = { parameters: { reaches: 'Our system had a problem.' }, args: { failStatus: 500 } };

/** The API answered with something that is not JSON. */
export const BadResponse: Story = {
  parameters: { reaches: 'We received something we could not read.' },
  render: (args) =>
    setupSandbox(args.scenario, { faults: [{ route: 'invoices', kind: 'malformed' }] }).wrap(invoices(args)),
};

/** A `javascript:` PDF link renders as plain text; markup in an invoice number renders as text. */
export const HostileData: Story = {
  parameters: { reaches: '<img src=x onerror="window.__pwned=1">' },
  render: (args) => {
    const { sandbox, session } = setupSandbox(args.scenario);
    return html`<light-provider .tokenProvider=${session.tokenProvider} .fetch=${hostileInvoicesFetch(sandbox)}
      >${invoices(args)}</light-provider
    >`;
  },
};

/** 500 invoices, loaded 100 at a time with "Load more". */
export const FiveHundredInvoices: Story = {
  parameters: { reaches: '9693907-0500' },
  args: { pageSize: 100 },
  render: (args) => onManyInvoices(500, invoices(args)),
};

export const Dark: Story = {
  parameters: { reaches: 'Your invoices, newest first' },
  args: { theme: 'dark' },
  render: (args) => html`<div style="background: #0d1013; padding: 16px">${meta.render!(args, {} as never)}</div>`,
};

export const Spanish: Story = {
  parameters: { reaches: 'Sus facturas, de la más reciente a la más antigua' },
  args: { locale: 'es' },
};

/** The narrowest supported screen: each invoice is a card. */
export const Narrow: Story = {
  parameters: { reaches: 'Your invoices, newest first' },
  render: (args) => html`<div style="width: 320px">${meta.render!(args, {} as never)}</div>`,
};
