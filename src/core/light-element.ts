import { ContextConsumer, ContextProvider } from '@lit/context';
import { LitElement, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError, LightApiError } from '../api/errors.js';
import type { LightClient } from '../api/http.js';
import type { TokenProvider } from '../api/token-manager.js';
import { sharedClient } from './clients.js';
import type { Refusal } from './origins.js';
import { backendInForce, resolveSignIn, type SignIn } from './sign-in.js';
import { getConfiguration, onConfigurationChange, type LightOptions } from './config.js';
import { lightOptionsContext } from './context.js';
import { lightEvent, type LightEventDetail, type LightEventName } from './events.js';
import { Remembered } from './memo.js';
import { isLocaleReady, loadLocale, supportedLocale, type SupportedLocale } from './i18n.js';
import { coreMsg } from './messages.js';
import { renderErrorState, toLightError } from './templates.js';
import { baseStyles, themeStyles } from './theme.styles.js';

/**
 * The base of every Light element: shared styles and theme, locale resolution, and a typed `emit`.
 */
export class LightElement extends LitElement {
  static override styles: CSSResultGroup = [themeStyles, baseStyles];

  /** Color scheme: `light` or `dark`. Unset follows the customer's system setting. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Language of the element's text: `en` or `es`. Unset: the provider's, `configure()`'s, then the page's `lang`. */
  @property() locale?: string;

  /**
   * Where your page mounted `light-elements/server` (`/energy`): its `/token`, `/flow-login` and `/plans` become
   * the defaults. Named in the HTML, it must be on the page's own origin or one allowed from script.
   */
  @property() backend?: string;

  /** Options from the nearest `<light-provider>`, if any. */
  @state() protected providerOptions?: LightOptions;

  /**
   * What this element hands to the Light elements it renders (and to any placed inside it): the same
   * context a `<light-provider>` gives, holding the options this element resolved. So an enrollment configured
   * by a `token-endpoint` attribute signs its address search in the same way, with the same client.
   */
  #forChildren = new ContextProvider(this, { context: lightOptionsContext });

  #unsubscribe?: () => void;

  constructor() {
    super();
    // The controller rather than `@consume`, which would bring the decorator's code to every page. It registers
    // itself with this element.
    new ContextConsumer(this, {
      context: lightOptionsContext,
      subscribe: true,
      callback: (options) => (this.providerOptions = options),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Page-wide options may arrive after the element (configure() called later): re-resolve then.
    this.#unsubscribe = onConfigurationChange(() => this.requestUpdate());
    // Ready before any child asks (children in the light DOM connect right after this).
    this.#passDown();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
  }

  /** The locale in force: own attribute, provider, `configure()`, then the closest `lang` in the page. */
  protected get resolvedLocale(): SupportedLocale {
    const tag =
      this.locale ??
      this.providerOptions?.locale ??
      getConfiguration().locale ??
      this.closest('[lang]')?.getAttribute('lang') ??
      document.documentElement.lang;
    return supportedLocale(tag);
  }

  /**
   * The partner's backend in force (own, provider's, then `configure()`'s), absolute and without a trailing slash;
   * the refusal when one from markup breaks the origin rule.
   */
  protected get backendInForce(): string | Refusal | undefined {
    return backendInForce(this.backend, this.providerOptions);
  }

  /** The partner's backend in force, or `undefined` when there is none or it was refused. */
  protected get backendUrl(): string | undefined {
    const backend = this.backendInForce;
    return typeof backend === 'string' ? backend : undefined;
  }

  /** The "not set up" state, naming the rule a refused configuration broke. */
  protected renderNotSetUp(refusal: Refusal | null): TemplateResult {
    const locale = this.resolvedLocale;
    return renderErrorState(new LightApiError('config', 'Not configured', { retryable: false }), {
      locale,
      title: coreMsg(locale, 'configTitle'),
      body: refusal ? refusalMessage(refusal, locale) : undefined,
    });
  }

  /** Renders only once the strings of its language are here (other languages than English load on demand). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const locale = this.resolvedLocale;
    if (isLocaleReady(locale)) return super.scheduleUpdate();
    return loadLocale(locale).then(() => super.scheduleUpdate());
  }

  /**
   * Dispatches a `light-*` event that bubbles and crosses shadow roots. Details carry plain data only.
   * Returns `false` when a listener called `preventDefault()`.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A theme from <light-provider> or configure() applies unless the element sets its own.
    const inherited = this.theme ? null : (this.providerOptions?.theme ?? getConfiguration().theme);
    // Written only when it changes: writing the same value still makes a mutation record for the page's observers.
    if (inherited) {
      if (this.getAttribute('data-theme') !== inherited) this.setAttribute('data-theme', inherited);
    } else this.removeAttribute('data-theme');
    this.#passDown();
  }

  /**
   * The options this element hands down: what it inherited, with its own language and theme. Data elements add
   * the client they resolved. Called before each render, so children rendered by it start configured.
   */
  protected optionsForChildren(): LightOptions {
    return {
      ...this.providerOptions,
      ...(this.backend && { backend: this.backend }),
      locale: this.resolvedLocale,
      theme: this.theme ?? this.providerOptions?.theme ?? getConfiguration().theme,
    };
  }

  #passDown(): void {
    const next = this.optionsForChildren();
    if (!sameOptions(next, this.#forChildren.value)) this.#forChildren.setValue(next);
  }

  protected emit<K extends LightEventName>(
    name: K,
    detail: LightEventDetail<K>,
    options: { cancelable?: boolean } = {},
  ) {
    return this.dispatchEvent(lightEvent(name, detail, options.cancelable ?? false));
  }

  #reported = new WeakSet<object>();

  /**
   * Async work whose failures this element reports: after each update, a new `error` of any of these
   * emits one `light-error`. Subclasses list their tasks here.
   */
  protected get watchedTasks(): ReadonlyArray<{ readonly error: unknown }> {
    return [];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const { error } of this.watchedTasks) {
      if (error && typeof error === 'object' && !this.#reported.has(error)) {
        this.#reported.add(error);
        this.reportError(error);
      }
    }
  }

  /** Emits `light-error` for a failure (aborts are not failures and are ignored). Returns the error. */
  protected reportError(error: unknown): LightApiError | null {
    if (isAbortError(error)) return null;
    const failure = toLightError(error);
    this.emit('light-error', {
      code: failure.code,
      message: failure.message,
      status: failure.status,
      retryable: failure.retryable,
      ...(failure.call ? { call: failure.call } : {}),
    });
    return failure;
  }
}

/**
 * The base of elements that call the Light API. It resolves one shared `LightClient`, first match wins:
 * 1. its `tokenProvider` property, 2. its `token-endpoint` attribute, 3. the nearest `<light-provider>`,
 * 4. `configure()`. With none, it shows a configuration error and emits `light-error` with code `config`.
 *
 * Subclasses implement `renderContent()`; it is called only once a client exists.
 */
export class LightDataElement extends LightElement {
  /** A function that returns a Light account token (a string, or `{ token, expires_at }`). Property only. */
  @property({ attribute: false }) tokenProvider?: TokenProvider;

  /**
   * URL of the partner's token endpoint; the element POSTs to it with credentials for `{ token, expires_at }`. The
   * answer may add `stripe_public_key`, the Stripe key payment forms use when none is configured.
   */
  @property({ attribute: 'token-endpoint' }) tokenEndpoint?: string;

  /** Light API base URL (default `https://api.light.dev`), or a path on your own origin (a proxy, `/light-api`). */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** The resolved client, or `undefined` while the element is not configured. */
  @state() protected client?: LightClient;

  #reportedConfigError = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A detached element finishing a pending update must not start requests with whatever is configured now.
    if (this.isConnected) {
      const client = this.#resolveClient();
      if (client !== this.client) this.client = client;
    }
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.client && !this.#reportedConfigError) {
      this.#reportedConfigError = true;
      this.emit('light-error', {
        code: 'config',
        message: this.refusal
          ? refusalMessage(this.refusal, 'en')
          : 'No token provider: set token-provider or token-endpoint, use <light-provider>, or call configure().',
        status: 0,
        retryable: false,
      });
    } else if (this.client) {
      this.#reportedConfigError = false;
    }
  }

  readonly #signInFor = new Remembered<SignIn | Refusal | undefined>();

  /**
   * How this element signs in: the token provider, API base and fetch in force; `undefined` with none, or the
   * refusal when they break the origin rule (see `core/origins.ts`).
   */
  #signIn(): SignIn | Refusal | undefined {
    // Worked out at every update; the URLs are parsed again only when an input changes.
    const key = [
      this.tokenProvider,
      this.tokenEndpoint,
      this.backend,
      this.apiBase,
      this.providerOptions,
      getConfiguration(),
      document.baseURI,
    ];
    return this.#signInFor.get(key, () => resolveSignIn(this, this.providerOptions));
  }

  /** Why the configuration in force was refused, if it was. */
  @state() protected refusal: Refusal | null = null;

  #resolveClient(): LightClient | undefined {
    const signIn = this.#signIn();
    this.refusal = signIn && 'what' in signIn ? signIn : null;
    return signIn && !('what' in signIn) ? sharedClient(signIn.tokenProvider, signIn.apiBase, signIn.fetch) : undefined;
  }

  /**
   * Hands down the same sign-in (so the same shared client) and Stripe settings, over the inherited options. The
   * API base it checked is passed on as allowed, so the inner elements accept what the outer one did.
   */
  protected override optionsForChildren(): LightOptions {
    const signIn = this.#signIn();
    const allowed = signIn && !('what' in signIn) ? signIn : undefined;
    return {
      ...super.optionsForChildren(),
      ...(allowed && {
        tokenProvider: allowed.tokenProvider,
        tokenEndpoint: undefined,
        apiBase: allowed.apiBase,
        fetch: allowed.fetch,
        apiOrigins: [...allowed.apiOrigins, new URL(allowed.apiBase).origin],
      }),
      stripe: this.stripeFactory,
      stripePublishableKey: this.publishableKeyInForce,
    };
  }

  /** The Stripe.js loader seam in force (provider, then `configure()`), if any. */
  protected get stripeFactory(): LightOptions['stripe'] {
    return this.providerOptions?.stripe ?? getConfiguration().stripe;
  }

  /**
   * The Stripe publishable key configured for this element: its own (elements with a payment form have a
   * `stripe-publishable-key` attribute), then the provider's or the enclosing element's, then `configure()`'s.
   * Without one, payment forms take the token endpoint's, then the account's (see `core/stripe-key.ts`).
   */
  protected get publishableKeyInForce(): string | undefined {
    return (
      this.ownPublishableKey || this.providerOptions?.stripePublishableKey || getConfiguration().stripePublishableKey
    );
  }

  /** The element's own publishable key, for elements that take one. */
  protected get ownPublishableKey(): string | undefined {
    return undefined;
  }

  override render(): TemplateResult | unknown {
    return this.client ? this.renderContent() : this.renderNotSetUp(this.refusal);
  }

  /** The element's own UI; `this.client` is set. */
  protected renderContent(): unknown {
    return null;
  }
}

/** Whether two option sets hold the same values (so children are not told of a change that is none). */
function sameOptions(a: LightOptions, b: LightOptions | undefined): boolean {
  if (!b) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as Array<keyof LightOptions>);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/** The "not set up" sentence for a refused sign-in, naming the rule. */
function refusalMessage(refusal: Refusal, locale: SupportedLocale): string {
  const key =
    refusal.what === 'api-base'
      ? 'refusedApiBase'
      : refusal.what === 'backend'
        ? 'refusedBackend'
        : 'refusedTokenEndpoint';
  return coreMsg(locale, key, { origin: refusal.origin });
}
