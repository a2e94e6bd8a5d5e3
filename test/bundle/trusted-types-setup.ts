/**
 * Signs the Trusted Types page's elements in to an in-page sandbox account and gives the plan card its plan. No `stripe` option: the payment
 * form loads Stripe.js from js.stripe.com through the real loader (the test runner answers with its stand-in).
 * Imports nothing that brings its own copy of lit (a second `lit-html` policy would be refused on this page).
 */
import type { Plan } from '../../src/api/types.js';
import { createSandbox } from '../../src/sandbox/index.js';

/** A plan as the sandbox serves it (the stories' copy would bring the source elements and their own lit). */
const plan: Plan = {
  uuid: 'plan-sunny-12',
  name: 'Sunny Saver 12',
  description: 'A fixed energy rate for a year, with 100% renewable energy credits.',
  term_months: 12,
  energy_rate_cents_per_kwh: 9.8,
  tdu_charges: [{ name: 'Oncor monthly', cents_per_kwh: null, dollars_per_month: 4.23 }],
  base_charge_dollars: 4.95,
  average_price_500_cents: 17.2,
  average_price_1000_cents: 15.9,
  average_price_2000_cents: 15.2,
  renewable_percent: 100,
  efl_url: 'https://docs.example.com/efl/sunny-12.pdf',
  tos_url: 'https://docs.example.com/tos.pdf',
  yrac_url: 'https://docs.example.com/yrac.pdf',
  earliest_start_date: '2026-12-01',
  latest_start_date: '2026-12-28',
  expires_at: '2026-12-05T23:59:00-06:00',
};

const sandbox = createSandbox({ seed: 3 });
const session = sandbox.session('active');
const api = (window as unknown as { LightElements: { configure(options: unknown): void } }).LightElements;
api.configure({ tokenProvider: session.tokenProvider, fetch: sandbox.fetch });
Object.assign(document.querySelector('light-plan-card')!, { plan });
Object.assign(document.querySelector('light-flow-frame')!, {
  scope: 'billing',
  src: new URL('/public/sandbox-flow.html?scope=billing', location.href).href,
});
(window as unknown as { __setupDone: boolean }).__setupDone = true;
