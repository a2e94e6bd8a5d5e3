/**
 * Signs the Trusted Types page's elements in to an in-page sandbox account and gives the plan card its plan. No `stripe` option: the payment
 * form loads Stripe.js from js.stripe.com through the real loader (the test runner answers with its stand-in).
 * Imports nothing that brings its own copy of lit (a second `lit-html` policy would be refused on this page): the
 * plan fixture is plain data.
 */
import { createSandbox } from '../../src/sandbox/index.js';
import { fullPlan } from '../../stories/support/fixtures/plans.js';

const sandbox = createSandbox({ seed: 3 });
const session = sandbox.session('active');
const api = (window as unknown as { LightElements: { configure(options: unknown): void } }).LightElements;
api.configure({ tokenProvider: session.tokenProvider, fetch: sandbox.fetch });
Object.assign(document.querySelector('light-plan-card')!, { plan: fullPlan });
Object.assign(document.querySelector('light-flow-frame')!, {
  scope: 'billing',
  src: new URL('/public/sandbox-flow.html?scope=billing', location.href).href,
});
(window as unknown as { __setupDone: boolean }).__setupDone = true;
