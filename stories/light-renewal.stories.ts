import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/elements/renewal/light-renewal.js';
import type { Sandbox, ScenarioName } from '../src/sandbox/index.js';
import { setupSandbox, type SandboxSetupOptions } from './support/sandbox.js';

/** Strings and links an attacker might slip into API data: every one must render as inert text. */
export const HOSTILE = {
  name: '<img src=x onerror="window.__pwned=1">Evil <script>window.__pwned=1</script>',
  javascriptUrl: 'javascript:window.__pwned=1',
  dataUrl: 'data:text/html,<script>window.__pwned=1</script>',
} as const;

type Json = Record<string, unknown>;

/**
 * A `fetch` around the sandbox's that rewrites plan names, document URLs and the current plan name into hostile
 * values, as a compromised or buggy backend might send them.
 */
export function hostileFetch(sandbox: Sandbox): typeof fetch {
  const rewrite = (path: string, json: Json): Json => {
    if (path.endsWith('/renewal-plans/request') || path.endsWith('/plans/request')) {
      const plans = (json.plans as Json[]).map((plan, i) => ({
        ...plan,
        name: i === 0 ? HOSTILE.name : plan.name,
        description: HOSTILE.name,
        efl_url: HOSTILE.javascriptUrl,
        tos_url: HOSTILE.dataUrl,
        yrac_url: '//evil.example.com/yrac.pdf',
      }));
      return { ...json, plans };
    }
    if (path.endsWith('/all-documents')) {
      const documents = (json.documents as Json[]).map((doc, i) => ({
        ...doc,
        name: HOSTILE.name,
        plan_name: HOSTILE.name,
        url: i % 2 === 0 ? HOSTILE.javascriptUrl : HOSTILE.dataUrl,
      }));
      return { ...json, documents };
    }
    if (path.endsWith('/documents'))
      return { ...json, efl: HOSTILE.javascriptUrl, tos: HOSTILE.dataUrl, yrac: 'not a url' };
    if (path.endsWith('/v1/account')) {
      const locations = (json.locations as Json[]).map((l) => ({ ...l, plan_name: HOSTILE.name }));
      return { ...json, locations };
    }
    return json;
  };
  return async (input, init) => {
    const response = await sandbox.fetch(input, init);
    if (!response.ok) return response;
    const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
    const json = (await response.json()) as Json;
    return new Response(JSON.stringify(rewrite(path, json)), { status: response.status, headers: response.headers });
  };
}

/**
 * A 'renewal-due' account whose renewal is already accepted (through the API, as the element would), so the
 * account has a queued contract. Requests from the page wait until that is done.
 */
export function renewedSandbox(options: SandboxSetupOptions = {}) {
  const setup = setupSandbox('renewal-due', options);
  const { sandbox, session } = setup;
  const ready = (async () => {
    const { token } = sandbox.mintToken(session.accountUuid);
    const base = `${sandbox.apiBase}/v1/account/locations/${session.locationUuid}/renewal-plans`;
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const offered = (await (await sandbox.fetch(`${base}/request`, { method: 'POST', headers })).json()) as {
      plans: Array<{ uuid: string; name: string; earliest_start_date: string }>;
    };
    const plan = offered.plans.find((p) => p.name === 'Light Green 12') ?? offered.plans[0];
    const body = JSON.stringify({
      plan_uuid: plan.uuid,
      service_start_date: plan.earliest_start_date,
      terms_accepted: true,
    });
    await sandbox.fetch(`${base}/accept`, { method: 'POST', headers, body });
    return plan;
  })();
  const fetch: typeof globalThis.fetch = async (input, init) => {
    await ready;
    return sandbox.fetch(input, init);
  };
  return { ...setup, ready, fetch };
}

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

/** More than 90 days before the contract ends: when renewal opens, instead of an empty list. */
export const NotOpenYet: Story = { args: { scenario: 'active' }, parameters: { reaches: 'Renewal is not open yet' } };

/** A new customer with no service location: nothing to renew, and why. */
export const NoService: Story = { args: { scenario: 'new-customer' }, parameters: { reaches: 'Nothing to renew yet' } };

/** Service ended: no renewal. */
export const ServiceEnded: Story = { args: { scenario: 'cancelled' }, parameters: { reaches: 'Service has ended' } };

/** Enrolled, service not started yet. */
export const ServiceNotStarted: Story = {
  args: { scenario: 'enrolled-pending' },
  parameters: { reaches: 'Service has not started yet' },
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
