/**
 * Puts elements on the built-in sandbox, for stories and the tests that render them: a `<light-provider>` whose
 * token provider and `fetch` are a fresh sandbox account's, set up as a named scenario, with optional faults and
 * the fake Stripe. The provider is given the app's Stripe publishable key, read where the docs put it (the
 * app-token account payload), as a partner's page would be: nothing relies on the account-token GET /account
 * carrying it.
 */
import { html, type TemplateResult } from 'lit';
import {
  createFakeStripe,
  createSandbox,
  type FaultSpec,
  type Sandbox,
  type SandboxSession,
} from '../../src/sandbox/index.js';
import type { ScenarioName, SessionOptions } from '../../src/sandbox/index.js';
import '../../src/elements/provider/light-provider.js';

export interface SandboxSetup {
  sandbox: Sandbox;
  session: SandboxSession;
  /** Stripe.js stand-in: the sandbox's fake, or one that fails to load like an offline browser. */
  stripe: (key: string) => Promise<unknown>;
  /** The app's Stripe publishable key (`app.stripe_public_key` of the app-token account payload). */
  stripePublishableKey: string;
  /** Wraps a template in a provider signed in to the session's account. */
  wrap(content: TemplateResult): TemplateResult;
}

export interface SandboxSetupOptions {
  seed?: number;
  /** How the scenario's account is stretched (e.g. how many invoices it has), and what it was created with. */
  account?: SessionOptions;
  /** Faults to inject from the start (latency, 500s, offline, malformed JSON...). */
  faults?: FaultSpec[];
  /** Delay every response, to show loading states. */
  latencyMs?: number;
  /** Make Stripe.js fail to load. */
  stripeFails?: boolean;
  now?: () => Date;
}

export function setupSandbox(scenario: ScenarioName, options: SandboxSetupOptions = {}): SandboxSetup {
  const sandbox = createSandbox({ seed: options.seed ?? 7, now: options.now });
  const session = sandbox.session(scenario, options.account);
  for (const fault of options.faults ?? []) sandbox.faults.add(fault);
  if (options.latencyMs) sandbox.faults.add({ route: '*', kind: 'latency', delayMs: options.latencyMs });
  const fake = createFakeStripe(sandbox);
  const stripe = async (key: string) => {
    if (options.stripeFails) throw new Error('Failed to load Stripe.js');
    return fake(key);
  };
  const stripePublishableKey = sandbox.getAppAccount(session.accountUuid).app.stripe_public_key;
  return {
    sandbox,
    session,
    stripe,
    stripePublishableKey,
    wrap: (content) =>
      html`<light-provider
        .tokenProvider=${session.tokenProvider}
        .fetch=${sandbox.fetch}
        .stripe=${stripe}
        .stripePublishableKey=${stripePublishableKey}
        >${content}</light-provider
      >`,
  };
}

/** A story's content on a fresh sandbox account. */
export function onSandbox(
  scenario: ScenarioName,
  content: TemplateResult,
  options?: SandboxSetupOptions,
): TemplateResult {
  return setupSandbox(scenario, options).wrap(content);
}
