/**
 * Loads Stripe.js the way Stripe requires: from js.stripe.com (never bundled, never self-hosted), once per page,
 * and only when a payment form opens (this module is itself imported only then).
 *
 * The script is injected here rather than by `@stripe/stripe-js/pure`, so that it works under Trusted Types
 * (`require-trusted-types-for 'script'`): its URL goes through a policy named `light-elements` that allows that
 * one URL and nothing else. Once `window.Stripe` exists, `loadStripe` from `@stripe/stripe-js/pure` finds it
 * (injecting nothing), checks its version and registers its wrapper, as it does for a page that loaded Stripe.js
 * itself.
 */
import { loadStripe } from '@stripe/stripe-js/pure';

/**
 * The Stripe.js that `@stripe/stripe-js` 10.2.1 expects: the URL its `dist/pure.mjs` injects (release train
 * `endive`). Change it together with that dependency, or `loadStripe` warns of a version mismatch.
 */
export const STRIPE_JS_URL = 'https://js.stripe.com/endive/stripe.js';

/** How long Stripe.js may take to arrive before the form says it could not load. */
export const STRIPE_JS_TIMEOUT_MS = 30_000;

/** The Trusted Types policy that signs `STRIPE_JS_URL` (list it in the page's `trusted-types` directive). */
export const TRUSTED_TYPES_POLICY = 'light-elements';

/** The parts of the Trusted Types API used here (not in TypeScript's DOM library yet). */
interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

/**
 * Page-wide state, shared by every copy of the library on the page (two script tags, or one beside an npm build),
 * so they inject one script and create the policy once (a second `createPolicy` with the same name throws
 * unless the page allows duplicates).
 */
interface SharedState {
  /** The load in flight or done; cleared when it fails, so the next attempt injects a fresh script. */
  load: Promise<void> | null;
  /** The policy, `null` when the page refused it, `undefined` before the first try. */
  policy?: ScriptUrlPolicy | null;
}

const STATE = Symbol.for('light-elements.stripe-js');

function shared(): SharedState {
  const global = window as unknown as { [STATE]?: SharedState };
  return (global[STATE] ??= { load: null });
}

const stripeOnPage = () => typeof (window as { Stripe?: unknown }).Stripe === 'function';

/** `STRIPE_JS_URL`, as a TrustedScriptURL when the browser has Trusted Types. */
function scriptUrl(state: SharedState): unknown {
  const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return STRIPE_JS_URL;
  if (state.policy === undefined) {
    try {
      state.policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
        createScriptURL(url) {
          if (url !== STRIPE_JS_URL)
            throw new TypeError(`The ${TRUSTED_TYPES_POLICY} policy allows only ${STRIPE_JS_URL}.`);
          return url;
        },
      });
    } catch {
      // The page's `trusted-types` directive does not list the policy. Without enforcement the plain URL works;
      // with it, assigning it throws below and the load fails with that cause.
      state.policy = null;
    }
  }
  return state.policy ? state.policy.createScriptURL(STRIPE_JS_URL) : STRIPE_JS_URL;
}

function inject(state: SharedState, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    const finish = (error?: Error) => {
      clearTimeout(timer);
      script.removeEventListener('load', onLoad);
      script.removeEventListener('error', onError);
      if (!error && stripeOnPage()) return resolve();
      // A failed script stays out of the page, so a retry starts from a fresh one.
      script.remove();
      reject(error ?? new Error(`${STRIPE_JS_URL} ran but did not define window.Stripe.`));
    };
    const onLoad = () => finish();
    const onError = () =>
      finish(new Error(`${STRIPE_JS_URL} did not load: it was blocked, or the browser is offline.`));
    const timer = setTimeout(
      () => finish(new Error(`${STRIPE_JS_URL} took longer than ${timeoutMs / 1000} s to load.`)),
      timeoutMs,
    );
    script.addEventListener('load', onLoad);
    script.addEventListener('error', onError);
    try {
      // A TrustedScriptURL under Trusted Types; TypeScript's DOM library types `src` as a string only.
      script.src = scriptUrl(state) as string;
      (document.head ?? document.body ?? document.documentElement).append(script);
    } catch (error) {
      finish(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/**
 * Makes sure `window.Stripe` exists: at once if the page already has it, else by injecting Stripe.js (one script
 * per page however many calls, concurrent ones included). Rejects when the script fails, is blocked, or takes
 * longer than `timeoutMs`; the next call then tries again with a new script.
 */
export function loadStripeJs(timeoutMs = STRIPE_JS_TIMEOUT_MS): Promise<void> {
  if (stripeOnPage()) return Promise.resolve();
  const state = shared();
  if (!state.load) {
    const load = inject(state, timeoutMs);
    state.load = load;
    load.catch(() => {
      if (state.load === load) state.load = null;
    });
  }
  return state.load;
}

/** A Stripe instance for `publishableKey`, from Stripe.js loaded as above; `null` where there is no window. */
export async function stripeFromStripeJs(publishableKey: string, timeoutMs?: number): Promise<unknown> {
  if (typeof window === 'undefined') return null;
  await loadStripeJs(timeoutMs);
  return loadStripe(publishableKey);
}
