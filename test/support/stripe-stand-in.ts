/**
 * What test pages get when they request Stripe.js from js.stripe.com (see `stripe-route.mjs`, which builds this
 * file into a classic script): the sandbox's fake Stripe as `window.Stripe`, confirming SetupIntents with the
 * test server's sandbox over HTTP, on the page's own origin.
 *
 * Like Stripe.js it runs as a plain script and builds its card form with DOM methods only (no HTML strings), so
 * it runs under a strict CSP and Trusted Types. It counts its own runs in `window.__stripeStandIn.loads`.
 */
import { now } from '../../src/api/clock.js';
import { createFakeStripe, type ConfirmSetupResult, type FakeStripeBackend } from '../../src/sandbox/fake-stripe.js';

declare global {
  interface Window {
    __stripeStandIn?: { loads: number };
  }
}

/** The test server's sandbox endpoint for a confirmed card. */
export const CONFIRM_SETUP_PATH = '/__sandbox/stripe/confirm-setup';

const remote: FakeStripeBackend = {
  // The library's clock, which the test setup pins.
  now: () => new Date(now()),
  async confirmSetupIntent(clientSecret, card) {
    let response: Response;
    try {
      response = await fetch(new URL(CONFIRM_SETUP_PATH, location.origin), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ clientSecret, card }),
      });
    } catch (cause) {
      return apiError(`The sandbox server could not be reached: ${String(cause)}`);
    }
    const body = (await response.json().catch(() => null)) as ConfirmSetupResult | null;
    if (body && ('setupIntent' in body || 'error' in body)) return body;
    return apiError(`The sandbox server answered ${response.status} without a SetupIntent result.`);
  },
};

function apiError(message: string): ConfirmSetupResult {
  return { error: { type: 'api_error', code: 'sandbox_unavailable', message } };
}

window.__stripeStandIn ??= { loads: 0 };
window.__stripeStandIn.loads++;
(window as unknown as { Stripe: unknown }).Stripe = createFakeStripe(remote);
