import { ContextConsumer, ContextProvider } from '@lit/context';
import { css, html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { TokenProvider } from '../../api/token-manager.js';
import type { LightOptions, StripeFactory } from '../../core/config.js';
import { lightOptionsContext } from '../../core/context.js';

/**
 * Configures every Light element inside it, once: how to get a token, which API base, which language.
 * Elements read the nearest provider unless they set the same option themselves.
 *
 * @tag light-provider
 * @summary Shares Light configuration with the elements it contains.
 * @slot - The elements to configure.
 *
 * @example
 * <light-provider backend="/energy" locale="es">
 *   <light-invoices></light-invoices>
 *   <light-usage-chart></light-usage-chart>
 * </light-provider>
 */
export class LightProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** A function that returns a Light account token (a string, or `{ token, expires_at }`). Property only. */
  @property({ attribute: false }) tokenProvider?: TokenProvider;

  /**
   * URL of the partner's token endpoint (POSTed with credentials, answers `{ token, expires_at }`, and optionally
   * `stripe_public_key`, the Stripe key the payment forms use when none is set here or on them).
   */
  @property({ attribute: 'token-endpoint' }) tokenEndpoint?: string;

  /**
   * Where your page mounted `light-elements/server` (`/energy`): its `/token`, `/flow-login` and `/plans` become
   * the defaults of the elements inside. Must be on the page's own origin or one allowed from script.
   */
  @property() backend?: string;

  /** Light API base URL, or a path on your own origin (a proxy). */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /**
   * Origins, beyond Light's and the page's own, that may receive the account token or serve a token endpoint named
   * in the HTML (see `configure({ apiOrigins })`). Property only, so markup alone cannot widen it.
   */
  @property({ attribute: false }) apiOrigins?: readonly string[];

  /** Language for the elements inside: `en` or `es`. */
  @property() locale?: string;

  /** Color scheme for the elements inside: `light` or `dark`. Unset follows the system setting. */
  @property() theme?: 'light' | 'dark';

  /** The `fetch` used for API requests (for the sandbox or a proxy). Property only. */
  @property({ attribute: false }) fetch?: typeof fetch;

  /**
   * Stripe publishable key (`pk_…`) for the payment forms inside, unless one sets its own. A key set here wins over
   * the token endpoint's `stripe_public_key` and the account's `app.stripe_public_key`.
   */
  @property({ attribute: 'stripe-publishable-key' }) stripePublishableKey?: string;

  /** Stripe.js loader seam. Property only. */
  @property({ attribute: false }) stripe?: StripeFactory;

  /** An enclosing provider's options: this one overrides only what it sets. */
  @state() protected inherited?: LightOptions;

  /** What the elements inside receive (the controllers rather than `@provide`/`@consume`: less code on every page). */
  #forChildren = new ContextProvider(this, { context: lightOptionsContext });

  /** The options the elements inside receive; read by the script tag's early start. */
  protected get options(): LightOptions | undefined {
    return this.#forChildren.value;
  }

  constructor() {
    super();
    // Registers itself with this element (as `@consume` does).
    new ContextConsumer(this, {
      context: lightOptionsContext,
      subscribe: true,
      callback: (options) => (this.inherited = options),
    });
  }

  override connectedCallback(): void {
    // Set before the children connect and ask for it, so none of them starts with the wrong client.
    this.#forChildren.setValue(this.#options());
    super.connectedCallback();
  }

  protected override willUpdate(): void {
    const next = this.#options();
    const current = this.#forChildren.value ?? {};
    const changed = (Object.keys(next) as Array<keyof LightOptions>).some((key) => next[key] !== current[key]);
    if (changed) this.#forChildren.setValue(next);
  }

  #options(): LightOptions {
    const own: LightOptions = {
      tokenProvider: this.tokenProvider,
      tokenEndpoint: this.tokenEndpoint,
      backend: this.backend,
      apiBase: this.apiBase,
      apiOrigins: this.apiOrigins,
      locale: this.locale,
      theme: this.theme,
      fetch: this.fetch,
      stripe: this.stripe,
      stripePublishableKey: this.stripePublishableKey,
    };
    const merged: LightOptions = { ...this.inherited };
    for (const [key, value] of Object.entries(own) as Array<[keyof LightOptions, never]>) {
      if (value !== undefined && value !== null && value !== '') merged[key] = value;
    }
    // Signing in is one decision: an own token endpoint replaces an inherited provider function and vice versa.
    if (own.tokenProvider || own.tokenEndpoint) {
      merged.tokenProvider = own.tokenProvider;
      merged.tokenEndpoint = own.tokenEndpoint;
    }
    return merged;
  }

  override render() {
    return html`<slot></slot>`;
  }
}
