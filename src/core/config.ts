import type { TokenProvider } from '../api/token-manager.js';

/** Loads Stripe.js for a publishable key; the seam lets tests, stories and the demo inject a fake. */
export type StripeFactory = (publishableKey: string) => Promise<unknown>;

/** Options shared by `configure()` (page-wide) and `<light-provider>` (a subtree). */
export interface LightOptions {
  /** Returns an account token for the signed-in customer. Wins over `tokenEndpoint`. */
  tokenProvider?: TokenProvider;
  /** URL of the partner's backend that answers a credentialed POST with `{ token, expires_at }`. */
  tokenEndpoint?: string;
  /** Light API base URL; default `https://api.light.dev`. */
  apiBase?: string;
  /** `en` or `es` (any `es-*` tag); default: the page's `lang`. */
  locale?: string;
  /** `light` or `dark`; default: the customer's system setting. */
  theme?: 'light' | 'dark';
  /** The `fetch` used for API requests (the sandbox's adapter in tests). */
  fetch?: typeof fetch;
  /** Stripe.js loader seam; production uses `@stripe/stripe-js/pure`. */
  stripe?: StripeFactory;
}

let current: Readonly<LightOptions> = {};
const listeners = new Set<() => void>();

/**
 * Sets page-wide options, merged over earlier calls. Elements already on the page pick the change up.
 *
 * @example configure({ tokenEndpoint: '/energy/token' })
 */
export function configure(options: LightOptions): void {
  current = Object.freeze({ ...current, ...options });
  for (const listener of listeners) listener();
}

/** Clears page-wide options (for tests and for single-page apps that sign a customer out). */
export function resetConfiguration(): void {
  current = {};
  for (const listener of listeners) listener();
}

export function getConfiguration(): Readonly<LightOptions> {
  return current;
}

/** Calls `listener` after every `configure()`; returns the unsubscribe function. */
export function onConfigurationChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
