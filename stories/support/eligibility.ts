/**
 * The partner's backend half for `<light-eligibility>`, on the sandbox: `light-elements/server`'s handler making
 * the app-token eligibility call to a fresh sandbox, as a partner mounts it at `/energy`. For stories and tests.
 */
import type { EligibilityProvider } from '../../src/elements/eligibility/light-eligibility.js';
import { createSandbox, SANDBOX_APP_TOKEN, type FaultSpec, type Sandbox } from '../../src/sandbox/index.js';
import { createLightBackend, type LightBackendHandler } from '../../src/server/backend.js';

export interface EligibilityBackendOptions {
  /** Faults on Light's side (the `app.eligibility` route), as the backend meets them. */
  faults?: FaultSpec[];
  /** Delay every answer, to show the loading state. */
  latencyMs?: number;
}

export interface EligibilityBackend {
  sandbox: Sandbox;
  handler: LightBackendHandler;
  /** A provider that POSTs `{ postal_code }` to the handler, as the element does to a `backend`. */
  provider: EligibilityProvider;
}

export function eligibilityBackend(options: EligibilityBackendOptions = {}): EligibilityBackend {
  const sandbox = createSandbox({ seed: 7 });
  for (const fault of options.faults ?? []) sandbox.faults.add(fault);
  if (options.latencyMs) sandbox.faults.add({ route: '*', kind: 'latency', delayMs: options.latencyMs });
  const handler = createLightBackend({
    appToken: SANDBOX_APP_TOKEN,
    apiBase: sandbox.apiBase,
    fetch: sandbox.fetch,
    // A marketing page has no customer yet: the partner's session lookup lets the eligibility route through.
    getAccountUuid: () => 'visitor',
  });
  const provider: EligibilityProvider = async (postalCode, { signal }) => {
    const response = await handler(
      new Request(`${location.origin}/energy/eligibility`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ postal_code: postalCode }),
        signal,
      }),
    );
    if (!response.ok) throw new Error(`/energy/eligibility answered HTTP ${response.status}.`);
    return response.json();
  };
  return { sandbox, handler, provider };
}

/** ZIP codes and what the sandbox answers for them. */
export const ZIPS = {
  /** Austin: known service addresses, ONCOR, likelihood 85. */
  likely: '78701',
  /** Lubbock: a utility guessed from the ZIP prefix, likelihood 60. */
  possible: '79407',
  /** El Paso: no retail choice (El Paso Electric sells power itself), likelihood 0. */
  none: '79901',
} as const;
