/**
 * The enrollment's card form, its code (the setup controller and Stripe.js's loader) fetched when the payment step
 * first opens it rather than with the first step. Until then it reads as a controller that has not started; while
 * the code loads, as one loading; offline, as one whose start failed, which a retry starts again.
 */
import type { ReactiveElement } from 'lit';
import { LightApiError } from '../../api/errors.js';
import type { MissingStripeKey } from '../../core/stripe-key.js';
import type { PaymentSetupController, PaymentSetupOptions, PaymentSetupState } from '../../core/stripe.js';

export class LazyPaymentSetup {
  readonly #host: ReactiveElement;
  readonly #options: PaymentSetupOptions;
  #controller: PaymentSetupController | null = null;
  #loading: Promise<PaymentSetupController> | null = null;
  #loadError: LightApiError | null = null;
  /** Whether the form was asked to open (not only its code fetched ahead). */
  #wanted = false;

  readonly #code: () => Promise<typeof import('../../core/stripe.js')>;

  /** `code` fetches the controller's module (a seam for tests: offline, slow). */
  constructor(
    host: ReactiveElement,
    options: PaymentSetupOptions,
    code: () => Promise<typeof import('../../core/stripe.js')> = () => import('../../core/stripe.js'),
  ) {
    this.#host = host;
    this.#options = options;
    this.#code = code;
  }

  get state(): PaymentSetupState {
    if (this.#controller) return this.#controller.state;
    if (!this.#wanted) return 'idle';
    return this.#loadError ? 'error' : 'loading';
  }

  get error(): LightApiError | null {
    return this.#controller?.error ?? (this.#wanted ? this.#loadError : null);
  }

  get complete(): boolean {
    return this.#controller?.complete ?? false;
  }

  get stripeUnavailable(): boolean {
    return this.#controller?.stripeUnavailable ?? false;
  }

  get stripeKeyMissing(): MissingStripeKey | null {
    return this.#controller?.stripeKeyMissing ?? null;
  }

  get paymentMethodId(): string | null {
    return this.#controller?.paymentMethodId ?? null;
  }

  /** Fetches the card form's code (first time only), then opens the form. Safe to call again to retry. */
  async start(): Promise<void> {
    this.#wanted = true;
    const controller = await this.#load();
    await controller?.start();
  }

  /** Fetches the card form's code ahead of its step (a failure is left for `start()` to meet again). */
  prepare(): void {
    if (!this.#controller) void this.#load();
  }

  submit(): Promise<string | null> {
    return this.#controller?.submit() ?? Promise.resolve(null);
  }

  reset(): void {
    this.#controller?.reset();
  }

  #load(): Promise<PaymentSetupController | null> {
    this.#loadError = null;
    this.#loading ??= this.#code().then(({ PaymentSetupController }) => {
      this.#controller = new PaymentSetupController(this.#host, this.#options);
      return this.#controller;
    });
    this.#host.requestUpdate();
    return this.#loading.catch((cause: unknown) => {
      // Offline: the step says so, and its retry fetches the code again.
      this.#loading = null;
      this.#loadError = new LightApiError('network', 'The card form could not load.', { cause });
      this.#host.requestUpdate();
      return null;
    });
  }
}
