import type { TokenProvider } from '../api/token-manager.js';
import { pageState } from './page-state.js';

/** Loads Stripe.js for a publishable key; the seam lets tests, stories and the demo inject a fake. */
export type StripeFactory = (publishableKey: string) => Promise<unknown>;

/** Options shared by `configure()` (page-wide) and `<light-provider>` (a subtree). */
export interface LightOptions {
  /** Returns an account token for the signed-in customer. Wins over `tokenEndpoint`. */
  tokenProvider?: TokenProvider;
  /**
   * URL of the partner's backend that answers a credentialed POST with `{ token, expires_at }`, and optionally
   * `stripe_public_key` (the Light app's Stripe publishable key, for payment forms without a configured one).
   */
  tokenEndpoint?: string;
  /**
   * Where the partner mounted `light-elements/server` (`/energy`). Its routes are then the defaults: `/token` for
   * signing in, `/flow-login` for `<light-flow-frame>`, `/plans` for `<light-enrollment>`. Explicit settings win.
   */
  backend?: string;
  /** Light API base URL; default `https://api.light.dev`. A path (`/light-api`) means the page's own origin. */
  apiBase?: string;
  /**
   * Origins, beyond Light's and the page's own, that may receive the account token (an API proxy on another
   * host) or serve a token endpoint named in the page's HTML. Script only: markup alone can never send the token
   * elsewhere. `https:` only (plain `http:` on loopback). The origin of `configure({ apiBase })` is allowed too.
   */
  apiOrigins?: readonly string[];
  /** `en` or `es` (any `es-*` tag); default: the page's `lang`. */
  locale?: string;
  /** `light` or `dark`; default: the customer's system setting. */
  theme?: 'light' | 'dark';
  /** The `fetch` used for API requests (the sandbox's adapter in tests). */
  fetch?: typeof fetch;
  /** Stripe.js loader seam; production loads Stripe.js from `https://js.stripe.com`. */
  stripe?: StripeFactory;
  /**
   * Stripe publishable key (`pk_…`) for payment forms. Payment forms take the first key found in this order:
   * 1. one configured: the element's `stripe-publishable-key`, then `<light-provider>`'s, then this;
   * 2. the `stripe_public_key` the token endpoint (or token provider) returned beside the token;
   * 3. `app.stripe_public_key` on `GET /v1/account`, where Light includes it (documented only on the app-token
   *    account payload, so not to be relied on).
   * With none, the payment form shows what is missing and fires `light-error` with code `config`.
   */
  stripePublishableKey?: string;
}

/** The page-wide options and who listens to them, shared by every copy of the library on the page. */
const shared = pageState('configuration', () => ({
  current: {} as Readonly<LightOptions>,
  listeners: new Set<() => void>(),
}));

/**
 * Sets page-wide options, merged over earlier calls. Elements already on the page pick the change up.
 *
 * @example configure({ tokenEndpoint: '/energy/token' })
 */
export function configure(options: LightOptions): void {
  shared.current = Object.freeze({ ...shared.current, ...options });
  for (const listener of shared.listeners) listener();
}

/** Clears page-wide options (for tests and for single-page apps that sign a customer out). */
export function resetConfiguration(): void {
  shared.current = {};
  for (const listener of shared.listeners) listener();
}

export function getConfiguration(): Readonly<LightOptions> {
  return shared.current;
}

/** Calls `listener` after every `configure()`; returns the unsubscribe function. */
export function onConfigurationChange(listener: () => void): () => void {
  shared.listeners.add(listener);
  return () => shared.listeners.delete(listener);
}
