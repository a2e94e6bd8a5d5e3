import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LightApiError } from '../../api/errors.js';
import { postToBackend } from '../../core/clients.js';
import { formStyles } from '../../core/form.styles.js';
import { LightElement } from '../../core/light-element.js';
import { headingLevel, renderErrorState, renderSkeleton } from '../../core/templates.js';
import { safeHttpUrl } from '../../core/url.js';
import {
  formatNames,
  normalizeZip,
  toEligibilityAnswer,
  verdictOf,
  type EligibilityAnswer,
} from './eligibility-answer.js';
import { eligibilityMsg as msg } from './light-eligibility.messages.js';
import { eligibilityStyles } from './light-eligibility.styles.js';

/**
 * Asks for the answer to `{ postal_code }`: usually the partner's backend, which makes Light's app-token
 * eligibility call and answers `{ eligibility_likelihood, utilities }`. Pass `signal` on to `fetch`.
 */
export type EligibilityProvider = (postalCode: string, options: { signal: AbortSignal }) => Promise<unknown> | unknown;

/** How long the backend may take to answer. */
const TIMEOUT_MS = 20_000;

/**
 * Whether electricity retail choice is available in a ZIP code, for marketing pages before any account exists:
 * no account token. The customer types a 5-digit ZIP code (Enter submits); the element POSTs `{ postal_code }` to
 * `${backend}/eligibility` on the partner's `light-elements/server` and answers in plain words: not a retail-choice
 * area (likelihood 0, such as a city-owned utility or a co-op), or likely or possibly one, naming the area's
 * utilities and showing the partner's call to action (`cta-href` and `cta-label`, or the `cta` slot).
 *
 * @tag light-eligibility
 * @summary Retail-choice eligibility by ZIP code, with a call to action, before any account exists.
 *
 * @fires light-eligibility-result - With `{ postalCode, likelihood, utilities, eligible }` after each answer.
 * @fires light-error - When the check fails or the element is not configured.
 *
 * @slot cta - Your call to action for an eligible area (replaces the `cta-href` link).
 *
 * @csspart base - The element's box.
 * @csspart heading - The element's heading.
 * @csspart form - The ZIP code form.
 * @csspart input - The ZIP code field.
 * @csspart submit - The check button.
 * @csspart result - The answer.
 * @csspart cta - The call to action's box.
 * @csspart cta-link - The `cta-href` link.
 * @csspart error - The error box.
 * @csspart button - Buttons (retry).
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --light-color-primary - The button and the call to action.
 * @cssprop --light-color-success - Color of a retail-choice area.
 * @cssprop --light-color-warning - Color of an area that is not one.
 */
export class LightEligibility extends LightElement {
  static override styles = [...(LightElement.styles as []), formStyles, eligibilityStyles];

  /** A function that answers a ZIP code instead of the backend (tests, or your own route). Property only. */
  @property({ attribute: false }) eligibilityProvider?: EligibilityProvider;

  /** The ZIP code the field starts with. */
  @property({ attribute: 'postal-code' }) postalCode = '';

  /** Where the call to action for an eligible area goes (http(s) only; anything else shows no link). */
  @property({ attribute: 'cta-href' }) ctaHref?: string;

  /** The call to action's text. Default: none (without it, the link is not shown). */
  @property({ attribute: 'cta-label' }) ctaLabel?: string;

  /** The level of the element's heading (2–6). Default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private invalid = false;

  /** The check in force: none yet, in flight, answered, or failed. */
  @state() private check: CheckState = { status: 'idle' };

  #typed: string | null = null;
  /** The ZIP code last sent (a retry sends it again). */
  #checked = '';
  #inFlight?: AbortController;
  #reportedConfig = false;

  protected override get watchedTasks() {
    return [{ error: this.check.status === 'failed' ? this.check.error : undefined }];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#inFlight?.abort();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const backend = this.backendInForce;
    const configured = Boolean(this.eligibilityProvider) || typeof backend === 'string';
    if (!configured && !this.#reportedConfig) {
      this.#reportedConfig = true;
      this.emit('light-error', {
        code: 'config',
        message: backend
          ? `The backend ${backend.origin} is refused: a backend named in HTML must be on this site's own address.`
          : 'No backend: set backend on the element or on <light-provider>, or call configure({ backend }).',
        status: 0,
        retryable: false,
      });
    } else if (configured) {
      this.#reportedConfig = false;
    }
  }

  // Rendering ----------------------------------------------------------------------------------------------------

  override render(): TemplateResult {
    const backend = this.backendInForce;
    if (!this.eligibilityProvider && typeof backend !== 'string') return this.renderNotSetUp(backend ?? null);
    const locale = this.resolvedLocale;
    const level = headingLevel(this.headingLevel, 2);
    const pending = this.check.status === 'pending';
    const zip = this.#typed ?? this.postalCode;
    return html`<section class="eligibility surface" part="base" aria-labelledby="heading">
      <div role="heading" aria-level=${level} id="heading" class="heading" part="heading">${msg(locale, 'title')}</div>
      <p class="muted">${msg(locale, 'intro')}</p>
      <form class="zip-form field" part="form" novalidate @submit=${this.#onSubmit}>
        <label for="zip">${msg(locale, 'zipLabel')}</label>
        <p class="hint" id="zip-hint">${msg(locale, 'zipHint')}</p>
        <p class="field-error" id="zip-error" ?hidden=${!this.invalid}>${msg(locale, 'zipInvalid')}</p>
        <div class="zip-row">
          <input
            id="zip"
            name="postal_code"
            part="input"
            type="text"
            inputmode="numeric"
            autocomplete="postal-code"
            maxlength="10"
            .value=${zip}
            aria-invalid=${this.invalid ? 'true' : 'false'}
            aria-describedby=${this.invalid ? 'zip-hint zip-error' : 'zip-hint'}
            @input=${this.#onInput}
          />
          <button type="submit" class="button" part="submit" ?disabled=${pending}>${msg(locale, 'check')}</button>
        </div>
      </form>
      <div class="result" part="result" aria-live="polite">${this.#renderResult()}</div>
      <div class="cta" part="cta" ?hidden=${!this.#showCta()}>
        <slot name="cta">${this.#renderCtaLink()}</slot>
      </div>
    </section>`;
  }

  #renderResult(): unknown {
    const locale = this.resolvedLocale;
    const check = this.check;
    if (check.status === 'pending') {
      return html`<p class="visually-hidden">${msg(locale, 'checking', { zip: this.#checked })}</p>
        ${renderSkeleton(locale, 2)}`;
    }
    if (check.status === 'failed') {
      return renderErrorState(check.error, {
        locale,
        title: msg(locale, 'errorTitle'),
        onRetry: () => void this.#run(this.#checked),
      });
    }
    return check.status === 'done' ? this.#renderAnswer(this.#checked, check.answer) : nothing;
  }

  #renderAnswer(zip: string, answer: EligibilityAnswer): TemplateResult {
    const locale = this.resolvedLocale;
    const verdict = verdictOf(answer.likelihood);
    const tone = verdict === 'none' ? 'warning' : 'success';
    const title = msg(
      locale,
      verdict === 'none' ? 'noneTitle' : verdict === 'likely' ? 'likelyTitle' : 'possibleTitle',
      {
        zip,
      },
    );
    const utilities = answer.utilities.length
      ? msg(locale, 'utilities', { names: formatNames(answer.utilities, locale) })
      : msg(locale, 'noUtilities');
    return html`<div class="answer tone-${tone} verdict-${verdict}">
      <p class="state-title">${title}</p>
      ${verdict === 'none' ? html`<p>${msg(locale, 'noneBody')}</p>` : nothing}
      ${verdict === 'possible' ? html`<p>${msg(locale, 'possibleBody')}</p>` : nothing}
      ${verdict === 'none' ? nothing : html`<p class="utilities">${utilities}</p>`}
    </div>`;
  }

  #renderCtaLink(): unknown {
    const href = safeHttpUrl(this.ctaHref);
    const label = this.ctaLabel?.trim();
    return href && label ? html`<a class="button cta-link" part="cta-link" href=${href}>${label}</a>` : nothing;
  }

  // Event handlers -----------------------------------------------------------------------------------------------

  #onInput(event: Event): void {
    this.#typed = (event.target as HTMLInputElement).value;
    if (this.invalid && normalizeZip(this.#typed)) this.invalid = false;
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.check.status === 'pending') return;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#zip')!;
    const zip = normalizeZip(input.value);
    this.invalid = !zip;
    if (!zip) {
      input.focus();
      return;
    }
    void this.#run(zip);
  }

  // Helpers ------------------------------------------------------------------------------------------------------

  /** Checks a ZIP code (a newer check aborts an older one), bounded in time; reports the answer or the failure. */
  async #run(postalCode: string): Promise<void> {
    this.#inFlight?.abort();
    const call = (this.#inFlight = new AbortController());
    this.#checked = postalCode;
    this.check = { status: 'pending' };
    const timeout = AbortSignal.timeout(TIMEOUT_MS);
    try {
      const provider = this.#provider();
      if (!provider) throw new LightApiError('config', 'No backend for the eligibility check.', { retryable: false });
      const answer = toEligibilityAnswer(
        await provider(postalCode, { signal: AbortSignal.any([call.signal, timeout]) }),
      );
      if (call.signal.aborted) return;
      this.check = { status: 'done', answer };
      this.emit('light-eligibility-result', { postalCode, ...answer, utilities: [...answer.utilities] });
    } catch (error) {
      if (call.signal.aborted) return;
      this.check = { status: 'failed', error: classify(error, timeout.aborted) };
    }
  }

  /** The eligibility provider in force: the property, else the backend's `/eligibility`. */
  #provider(): EligibilityProvider | null {
    if (this.eligibilityProvider) return this.eligibilityProvider;
    const backend = this.backendInForce;
    if (typeof backend !== 'string') return null;
    return (postalCode, { signal }) => postToBackend(`${backend}/eligibility`, { postal_code: postalCode }, signal);
  }

  /** The call to action shows only under an answer that says the area may have retail choice. */
  #showCta(): boolean {
    return this.check.status === 'done' && this.check.answer.eligible;
  }
}

/** What a check can be in. */
type CheckState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'done'; answer: EligibilityAnswer }
  | { status: 'failed'; error: LightApiError };

/** A failed check as the customer is told it: offline, too slow, the backend's trouble, or an answer it cannot read. */
function classify(error: unknown, timedOut: boolean): LightApiError {
  if (error instanceof LightApiError) return error;
  if (timedOut) return new LightApiError('timeout', 'The eligibility check took too long.', { cause: error });
  if (error instanceof TypeError && !/eligibility/.test(error.message)) {
    return new LightApiError('network', 'The eligibility check could not reach the backend.', { cause: error });
  }
  if (error instanceof TypeError) return new LightApiError('bad_response', error.message, { cause: error });
  return new LightApiError('server', 'The backend could not check eligibility.', { cause: error });
}
