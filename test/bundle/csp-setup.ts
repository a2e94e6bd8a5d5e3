/** Signs the strict-CSP page's elements in to a sandbox account and gives the presentational ones their data. */
import { createFakeStripe, createSandbox } from '../../src/sandbox/index.js';
import { fullPlan } from '../../stories/support/fixtures/plans.js';

const sandbox = createSandbox({ seed: 3 });
const session = sandbox.session('active');
const api = (window as unknown as { LightElements: { configure(options: unknown): void } }).LightElements;
api.configure({
  tokenProvider: session.tokenProvider,
  fetch: sandbox.fetch,
  stripe: async (key: string) => createFakeStripe(sandbox)(key),
});
Object.assign(document.querySelector('light-plan-card')!, { plan: fullPlan });
Object.assign(document.querySelector('light-flow-frame')!, {
  scope: 'billing',
  src: new URL('/public/sandbox-flow.html?scope=billing', location.href).href,
});
(window as unknown as { __setupDone: boolean }).__setupDone = true;
