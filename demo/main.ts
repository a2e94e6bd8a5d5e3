/**
 * The demo partner site. By default a sandbox (a fake Light API) runs in this page behind Mock Service Worker,
 * including the partner's own `/energy/token` endpoint, so the elements use the zero-JavaScript path
 * (`token-endpoint`). With LIGHT_APP_TOKEN set when starting the dev server, the server plays the partner
 * backend against the real Light API instead (demo/partner-backend.ts).
 */
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import type { FlowScope } from '../src/api/types.js';
import { clockAt, now, setClock } from '../src/api/clock.js';
import { configure } from '../src/core/config.js';
import type { LightFlowFrame } from '../src/elements/flow-frame/light-flow-frame.js';
import type { LightInvoices } from '../src/elements/invoices/light-invoices.js';
import { createFakeStripe, createSandbox, SCENARIOS, type FaultSpec, type ScenarioName } from '../src/sandbox/index.js';
import { createHandlers } from '../src/sandbox/msw.js';
import { createLightBackend } from '../src/server/index.js';
import { answerFlowStandIn } from './flow-data.js';

const live = import.meta.env.VITE_LIGHT_MODE === 'live';
const params = new URL(location.href).searchParams;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const FAULTS: Record<string, FaultSpec[]> = {
  slow: [{ route: '*', kind: 'latency', delayMs: 1500 }],
  offline: [{ route: '*', kind: 'network' }],
  server: [{ route: '*', kind: 'status', status: 503 }],
  rate: [{ route: '*', kind: 'status', status: 429, retryAfter: 2, times: 4 }],
  expired: [{ route: '*', kind: 'status', status: 401, times: 1 }],
  garbled: [{ route: '*', kind: 'malformed', times: 3 }],
};

type FlowLink = { login_link: string; expires_at: string | null };
let flowLogin: (scope: FlowScope) => Promise<FlowLink>;

if (live) {
  // Another Light than api.light.dev (the sandbox over HTTP): the page calls it too.
  const apiBase = import.meta.env.VITE_LIGHT_API_BASE as string;
  if (apiBase) configure({ apiBase });
  flowLogin = async (scope) => {
    const response = await fetch('/energy/flow-login', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scope }),
    });
    if (!response.ok) throw new Error(`The partner backend answered ${response.status}.`);
    return (await response.json()) as FlowLink;
  };
} else {
  // `?now=2026-12-01T00:30:00-06:00` runs the whole demo (elements and sandbox) at that instant.
  const pinned = params.get('now');
  if (pinned && !Number.isNaN(Date.parse(pinned))) setClock(clockAt(pinned));
  const scenario = (params.get('scenario') ?? 'active') as ScenarioName;
  const sandbox = createSandbox({ seed: Number(params.get('seed') ?? 1) });
  const session = sandbox.session(SCENARIOS.some((s) => s.name === scenario) ? scenario : 'active');
  // `?fault=` is in the URL, so a fault applies from the first request and survives switching customer.
  const fault = params.get('fault') ?? '';
  for (const spec of FAULTS[fault] ?? []) sandbox.faults.add(spec);

  // The partner's backend, played by the page: light-elements/server with the sandbox's app token.
  const backend = createLightBackend({
    appToken: sandbox.appToken,
    apiBase: sandbox.apiBase,
    fetch: sandbox.fetch,
    now,
    getAccountUuid: () => session.accountUuid,
    eligibility: { public: true },
    clientAgent: {
      onConsent: (consent) => console.info('Client-agent consent kept', consent.client_agent_accepted_at),
    },
  });
  const worker = setupWorker(
    ...createHandlers(sandbox),
    // Sign-in straight from the sandbox session, so the fault switcher's faults reach the elements' own calls.
    http.post('/energy/token', async () => Response.json(await session.tokenProvider())),
    // Every other /energy route is light-elements/server itself, over the sandbox's app side: flow-login, plans,
    // the full-address search, eligibility (open to visitors, as a marketing page needs), client-agent consents
    // and usage profiles.
    http.post('/energy/*', ({ request }) => backend(request)),
  );
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  // The app's publishable key, read where the docs put it (the app-token account payload), as a partner's page
  // would be given it: the account-token GET /account does not carry it.
  configure({
    stripe: async (key) => createFakeStripe(sandbox)(key),
    stripePublishableKey: sandbox.getAppAccount(session.accountUuid).app.stripe_public_key,
  });

  flowLogin = async (scope) => {
    const { expires_at } = sandbox.flowLogin(session.accountUuid, scope);
    // The sandbox's links point at Light's flow host; offline, a stand-in page plays the flow.
    return { login_link: new URL(`/sandbox-flow.html?scope=${scope}`, location.href).href, expires_at };
  };

  // Sandbox controls.
  const bar = $('sandbox-bar');
  bar.hidden = false;
  const select = $<HTMLSelectElement>('scenario');
  for (const { name, description } of SCENARIOS) {
    select.add(new Option(`${name}: ${description}`, name, false, name === session.scenario));
  }
  const reloadWith = (name: string, value: string) => {
    const url = new URL(location.href);
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
    location.assign(url);
  };
  select.addEventListener('change', () => reloadWith('scenario', select.value));
  // Elements keep what they have loaded: a new page shows the fault at once, on every element's first request.
  const faultSelect = $<HTMLSelectElement>('fault');
  faultSelect.value = Object.hasOwn(FAULTS, fault) ? fault : '';
  faultSelect.addEventListener('change', () => reloadWith('fault', faultSelect.value));
  answerFlowStandIn(sandbox, session.accountUuid);

  const enrolling = !sandbox.getAccount(session.accountUuid).enrollment.is_enrollment_finalized;
  $('enroll').hidden = !enrolling;
  for (const id of ['usage', 'billing', 'plan']) $(id).hidden = enrolling;
}

// The elements load once the (fake) partner backend answers, so their first token request finds it.
await import('../src/index.js');

// Language and theme apply to every element through the provider.
const provider = $('provider');
$<HTMLSelectElement>('locale').addEventListener('change', (event) => {
  const locale = (event.target as HTMLSelectElement).value;
  provider.setAttribute('locale', locale);
  document.documentElement.lang = locale;
});
$<HTMLSelectElement>('theme').addEventListener('change', (event) => {
  const theme = (event.target as HTMLSelectElement).value;
  if (theme) provider.setAttribute('theme', theme);
  else provider.removeAttribute('theme');
  document.documentElement.dataset.theme = theme;
});

// Prebuilt flows open in one modal frame.
const flow = $<LightFlowFrame>('flow');
flow.flowProvider = (scope) => flowLogin(scope);
// A past-due invoice's "Pay now" opens the billing flow from the invoice list.
const invoices = document.querySelector<LightInvoices>('light-invoices');
if (invoices) invoices.flowProvider = (scope) => flowLogin(scope);
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-scope]')) {
  button.addEventListener('click', () => {
    flow.scope = button.dataset.scope as FlowScope;
    void flow.show();
  });
}

// A log of the light-* events a partner would track.
const log = $('events');
for (const type of [
  'light-error',
  'light-enrollment-step',
  'light-plan-accepted',
  'light-enrollment-complete',
  'light-payment-method-added',
  'light-invoice-select',
  'light-usage-view-change',
  'light-renewal-accepted',
  'light-flow-open',
  'light-eligibility-result',
  'light-flow-close',
  'light-comparison-upload',
  'light-comparison-ready',
]) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type} ${JSON.stringify((event as CustomEvent).detail)}`;
    log.prepend(item);
    while (log.children.length > 6) log.lastElementChild!.remove();
  });
}
