/**
 * Collecting a payment method with Stripe, shared by enrollment and the payment-method element:
 * payment session → Stripe Payment Element → confirmSetup → ensure-payment-method-added.
 *
 * The publishable key is the configured one, else the token endpoint's, else the account's (`./stripe-key.ts`).
 * Stripe.js is loaded only when `PaymentSetupController.start()` runs: from js.stripe.com by `./stripe-js.ts`
 * (itself imported only then, so pages without a payment form never download it), or through the `stripe` seam
 * of `configure()` / `<light-provider>` (the sandbox's fake).
 * Stripe Elements refuse to mount inside a shadow root, so the controller mounts into a light-DOM child of its
 * host (`slot="light-stripe"`), which the host renders with `<slot name="light-stripe">`.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { createPaymentSession, ensurePaymentMethodAdded } from '../api/endpoints.js';
import { LightApiError } from '../api/errors.js';
import type { LightClient } from '../api/http.js';
import { accountStore } from './account-store.js';
import type { StripeFactory } from './config.js';
import type { MissingStripeKey } from './stripe-key.js';

/** The subset of Stripe.js used here (the real one and the sandbox's fake both fit it). */
export interface StripeLike {
  elements(options: { clientSecret: string; appearance?: StripeAppearance; locale?: string }): StripeElementsLike;
  confirmSetup(options: {
    elements: StripeElementsLike;
    redirect: 'if_required';
    confirmParams?: { return_url?: string };
  }): Promise<{
    setupIntent?: { id: string; status: string; payment_method: string | { id: string } | null };
    error?: { type?: string; code?: string; message?: string };
  }>;
}

export interface StripeElementsLike {
  create(type: 'payment', options?: Record<string, unknown>): StripePaymentElementLike;
}

export interface StripePaymentElementLike {
  mount(node: HTMLElement): void;
  destroy(): void;
  on(event: 'change', handler: (event: { complete: boolean; empty?: boolean }) => void): void;
  on(event: 'ready', handler: () => void): void;
}

export interface StripeAppearance {
  theme: 'stripe' | 'night';
  variables: Record<string, string>;
}

export const STRIPE_SLOT = 'light-stripe';

const LOAD_FAILED =
  'The secure card form could not load: it was blocked or you are offline. Check your connection and try again.';

/**
 * Loads Stripe for a publishable key through the seam, or else the real Stripe.js from js.stripe.com (once per
 * page; see `./stripe-js.ts`). Failures are retryable `network` errors whose `cause` says what happened.
 */
export async function loadStripeFor(publishableKey: string, factory?: StripeFactory): Promise<StripeLike> {
  let stripe: unknown;
  try {
    if (factory) stripe = await factory(publishableKey);
    else {
      const { stripeFromStripeJs } = await import('./stripe-js.js');
      stripe = await stripeFromStripeJs(publishableKey);
    }
  } catch (cause) {
    throw new LightApiError('network', LOAD_FAILED, { cause });
  }
  if (!stripe) throw new LightApiError('network', LOAD_FAILED);
  return stripe as StripeLike;
}

export type PaymentSetupState = 'idle' | 'loading' | 'ready' | 'submitting' | 'done' | 'error';

export interface PaymentSetupOptions {
  client: () => LightClient | undefined;
  /**
   * The publishable key configured for the host (its attribute, its provider's, `configure()`'s). Without one,
   * the key comes from the token endpoint's answer, then from the account: see `./stripe-key.ts`.
   */
  publishableKey: () => string | null | undefined;
  factory: () => StripeFactory | undefined;
  locale: () => string;
}

/**
 * Drives one payment-method collection for its host element. `start()` opens a payment session and mounts the
 * Payment Element; `submit()` confirms the SetupIntent and tells Light about the new method. Neither throws:
 * a failure sets `state` to `error` and `error` to a `LightApiError` (list the controller in the host's
 * `watchedTasks` to report it). Failures keep the mounted form, and what the customer typed in it, so a retry
 * needs nothing re-entered; a card confirmed by Stripe is not confirmed twice.
 */
export class PaymentSetupController implements ReactiveController {
  state: PaymentSetupState = 'idle';
  /** Whether the card form holds complete details. */
  complete = false;
  error: LightApiError | null = null;
  /** Whether the last failure was Stripe.js itself not loading (blocked by the network, a content blocker or a policy). */
  stripeUnavailable = false;
  /**
   * Set when the last start failed for want of a Stripe publishable key (see `./stripe-key.ts`), else `null`: the
   * error is a `config` one for the partner's developer, and the form shows its `text` (what is missing and how to
   * give it) instead of offering a retry.
   */
  stripeKeyMissing: MissingStripeKey | null = null;
  /** The id of the payment method added, once done. */
  paymentMethodId: string | null = null;

  #host: ReactiveElement;
  #options: PaymentSetupOptions;
  #stripe: StripeLike | null = null;
  #elements: StripeElementsLike | null = null;
  #element: StripePaymentElementLike | null = null;
  #mount: HTMLElement | null = null;
  /** Counts starts and resets: a start that sees another number was stopped. */
  #generation = 0;
  /** Aborts the payment-session request of the start in progress. */
  #abort: AbortController | null = null;

  constructor(host: ReactiveElement, options: PaymentSetupOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.reset();
  }

  /**
   * Loads Stripe (first time only), opens a payment session and mounts the form. Safe to call again to retry.
   * A `reset()` (or the host's disconnection) while it runs stops it: the payment-session request is aborted,
   * and nothing is mounted, requested or changed after that.
   */
  async start(): Promise<void> {
    if (this.state === 'loading' || this.state === 'submitting') return;
    const client = this.#options.client();
    if (!client) return;
    const generation = ++this.#generation;
    const abort = new AbortController();
    this.#abort = abort;
    const stopped = () => generation !== this.#generation;
    this.#set('loading');
    try {
      this.stripeKeyMissing = null;
      // Loaded with the first card form: a page that never opens one never downloads it.
      const keys = await import('./stripe-key.js');
      const resolved = await keys.resolveStripeKey(this.#options.publishableKey(), client, abort.signal);
      if (stopped()) return;
      if (!resolved) {
        this.stripeKeyMissing = keys.missingStripeKey();
        throw this.stripeKeyMissing.error;
      }
      const { key } = resolved;
      if (!this.#stripe) {
        this.stripeUnavailable = false;
        const stripe = await loadStripeFor(key, this.#options.factory()).catch((error: unknown) => {
          if (!stopped()) this.stripeUnavailable = true;
          throw error;
        });
        // Kept even when stopped: Stripe.js stays loaded for the next form.
        this.#stripe ??= stripe;
      }
      if (stopped()) return;
      const { client_secret: clientSecret } = await createPaymentSession(client, { signal: abort.signal });
      if (stopped()) return;
      if (!clientSecret) throw keys.missingClientSecret();
      this.#destroyElement();
      this.#elements = this.#stripe.elements({
        clientSecret,
        appearance: keys.stripeAppearance(this.#host),
        locale: this.#options.locale(),
      });
      this.#element = this.#elements.create('payment', { layout: 'tabs' });
      this.#element.on('change', (event) => {
        this.complete = event.complete;
        this.#host.requestUpdate();
      });
      this.#element.mount(this.#mountNode());
      this.#set('ready');
    } catch (error) {
      if (stopped()) return;
      this.#fail(error);
    } finally {
      if (this.#abort === abort) this.#abort = null;
    }
  }

  /** Confirms the card with Stripe and records it with Light. One call at a time. */
  async submit(): Promise<string | null> {
    if (this.state !== 'ready' && this.state !== 'error') return null;
    const client = this.#options.client();
    if (!client || !this.#stripe || !this.#elements) return null;
    this.#set('submitting');
    try {
      if (!this.paymentMethodId) {
        const result = await this.#stripe.confirmSetup({ elements: this.#elements, redirect: 'if_required' });
        if (result.error || !result.setupIntent) {
          const message = result.error?.message ?? 'Your card could not be saved. Check the details and try again.';
          throw new LightApiError('validation', message, { retryable: false });
        }
        const method = result.setupIntent.payment_method;
        const id = typeof method === 'string' ? method : method?.id;
        if (!id) throw new LightApiError('bad_response', 'Stripe did not return a payment method.');
        // Kept so a failure of the next call retries only that call, not the card confirmation.
        this.paymentMethodId = id;
      }
      await ensurePaymentMethodAdded(client, this.paymentMethodId);
      await accountStore(client)
        .refresh()
        .catch(() => undefined);
      this.#set('done');
      return this.paymentMethodId;
    } catch (error) {
      this.#fail(error);
      return null;
    }
  }

  /** Unmounts the form and forgets the session (Stripe.js itself stays loaded); stops a start in progress. */
  reset(): void {
    this.#generation++;
    this.#abort?.abort();
    this.#abort = null;
    this.#destroyElement();
    this.#mount?.remove();
    this.#mount = null;
    this.#elements = null;
    this.paymentMethodId = null;
    this.complete = false;
    this.error = null;
    this.stripeKeyMissing = null;
    this.state = 'idle';
  }

  #mountNode(): HTMLElement {
    if (!this.#mount || this.#mount.parentNode !== this.#host) {
      this.#mount = document.createElement('div');
      this.#mount.slot = STRIPE_SLOT;
      this.#host.append(this.#mount);
    }
    return this.#mount;
  }

  #destroyElement(): void {
    this.#element?.destroy();
    this.#element = null;
    this.complete = false;
  }

  #fail(error: unknown): void {
    this.error = error instanceof LightApiError ? error : new LightApiError('network', LOAD_FAILED, { cause: error });
    this.#set('error');
  }

  #set(state: PaymentSetupState): void {
    this.state = state;
    if (state !== 'error') this.error = null;
    this.#host.requestUpdate();
  }
}
