import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getPaymentMethod } from '../../api/endpoints.js';
import type { PaymentMethod } from '../../api/types.js';
import { localToday } from '../../core/dates.js';
import { LightDataElement } from '../../core/light-element.js';
import { PaymentSetupController, STRIPE_SLOT } from '../../core/stripe.js';
import {
  errorMessage,
  focusTarget,
  headingLevel,
  renderEmptyState,
  renderErrorState,
  renderSkeleton,
  renderTaskError,
} from '../../core/templates.js';
import { coreMsg } from '../../core/messages.js';
import { brandName } from '../../core/cards.js';
import { AccountController } from '../../core/account-controller.js';
import { accountStore } from '../../core/account-store.js';
import { renderFlowModal } from '../../core/flow-modal.js';
import type { FlowProvider } from '../flow-frame/light-flow-frame.js';
import { cardExpiry, formatExpiry } from './card-status.js';
import { paymentMethodMsg as msg } from './light-payment-method.messages.js';
import { paymentMethodStyles } from './light-payment-method.styles.js';

/** Detail of `light-payment-method-updated`: what the customer can see of the new card, never its number. */
export interface PaymentMethodUpdatedDetail {
  brand: string | null;
  last4: string | null;
  expMonth: number | null;
  expYear: number | null;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'light-payment-method-updated': CustomEvent<PaymentMethodUpdatedDetail>;
  }
}

/**
 * The card that pays the customer's bills (auto-pay): brand, last four digits, expiry and billing ZIP code, with a
 * warning when it has expired or expires within two months; with none on file, an invitation to add one. On a
 * cancelled account the card is shown as on file, with no auto-pay promise, warning or button to change it.
 *
 * "Update card" (or "Add a card") opens Stripe's card form in place: the element opens a payment session, mounts
 * Stripe's Payment Element in a light-DOM child (Stripe cannot run inside a shadow root), confirms the card with
 * Stripe and records it with Light, then shows the new card and refreshes the shared account. Card numbers never
 * pass through the element. Stripe.js loads only when the form opens, with the first publishable key found: the
 * `stripe-publishable-key` attribute (or `<light-provider>`'s, or `configure({ stripePublishableKey })`), else the
 * `stripe_public_key` the token endpoint returned beside the token, else the account's `app.stripe_public_key`.
 * With none, the form says which key is missing and the three ways to give it, and `light-error` fires with code
 * `config`.
 *
 * With a `flowProvider`, the same button opens Light's prebuilt `update-payment-method` flow in a modal
 * `<light-flow-frame>` instead, and Stripe.js never loads here. When the flow closes, the element reloads the card on
 * file, gives focus back to the button, and fires `light-payment-method-updated` (and refreshes the shared account)
 * only if the card changed. The flow frame's own `light-flow-open` and `light-flow-close` events bubble out.
 *
 * The save button is marked `aria-disabled` while saving (it keeps focus, and a second press sends nothing).
 * A declined card keeps the form and what was typed in it, with Stripe's message; a Stripe.js that cannot load
 * shows an error with a retry, and the card on file stays on screen.
 *
 * @tag light-payment-method
 * @summary The card on file for auto-pay, and a Stripe form to add or replace it.
 *
 * @slot light-stripe - Where the element mounts Stripe's card form (it creates this child itself).
 *
 * @fires light-payment-method-updated - When a new card is saved (or, with a `flowProvider`, when the card on file
 *   changed in the flow). Detail: `{ brand, last4, expMonth, expYear }`.
 * @fires light-error - When the card on file cannot be loaded, the card form cannot load (code `config` when no
 *   Stripe publishable key was found), a card is not saved, the flow cannot be shown, or the element is not
 *   configured.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The heading.
 * @csspart card - The card on file.
 * @csspart warning - The expired / expiring warning.
 * @csspart form - The card form area.
 * @csspart button - Buttons (update, add, save, cancel, retry).
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The no-card state.
 * @csspart error - Error boxes.
 *
 * @cssprop --light-color-primary - Buttons and the card mark.
 * @cssprop --light-color-warning - The expiring warning.
 * @cssprop --light-color-danger - The expired warning and errors.
 */
export class LightPaymentMethod extends LightDataElement {
  static override styles = [...(LightDataElement.styles as []), paymentMethodStyles];

  /**
   * Stripe publishable key (`pk_…`) of your Light app. Default: `<light-provider>`'s or `configure()`'s, then the
   * `stripe_public_key` your token endpoint returns beside the token, then the account's `app.stripe_public_key`.
   */
  @property({ attribute: 'stripe-publishable-key' }) stripePublishableKey?: string;

  protected override get ownPublishableKey(): string | undefined {
    return this.stripePublishableKey;
  }

  /** Whether the card form is open. Set it to open the form at once; it clears after a save or cancel. */
  @property({ type: Boolean, reflect: true }) editing = false;

  /** Heading level of the element's heading (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Update the card through Light's prebuilt `update-payment-method` flow instead of the Stripe form in place:
   * `(scope) => Promise<{ login_link, expires_at }>`, usually a call to the partner's backend, which calls
   * `flow-login` with its app token (as for `<light-flow-frame>`). When set, "Update card" / "Add a card" (and
   * `editing`) open the flow in a modal; when it closes, the card on file is reloaded, and
   * `light-payment-method-updated` fires only if the card changed. Property only.
   */
  @property({ attribute: false }) flowProvider?: FlowProvider;

  @state() private announcement = '';

  /** Whether the `update-payment-method` flow is showing (with a `flowProvider`). */
  @state() private flowOpen = false;

  /** What the last setup failure came from: opening the form (load) or saving the card (save). */
  #phase: 'open' | 'save' = 'open';
  #focus: 'form' | 'heading' | 'opener' | null = null;
  #saving = false;
  /** The card on file when the flow opened (`undefined`: not known), to tell whether the flow changed it. */
  #beforeFlow: Promise<CardSummary | null | undefined> = Promise.resolve(undefined);
  #checkingFlow = false;

  /** The account, to tell a cancelled one (whose card no longer pays anything automatically). */
  readonly #account = new AccountController(this, () => this.client);

  readonly #method = new Task(this, {
    task: async ([client], { signal }) => (client ? getPaymentMethod(client, { signal }) : initialState),
    args: () => [this.client] as const,
  });

  readonly #setup = new PaymentSetupController(this, {
    client: () => this.client,
    publishableKey: () => this.publishableKeyInForce,
    factory: () => this.stripeFactory,
    locale: () => this.resolvedLocale,
  });

  protected override get watchedTasks() {
    return [this.#method, this.#setup];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Partners who keep the inline Stripe form never download the flow frame.
    if (this.flowProvider && !customElements.get('light-flow-frame')) void import('../flow-frame/light-flow-frame.js');
    if (this.editing && this.flowProvider) {
      // The flow replaces the form: `editing` opens it, then clears.
      this.editing = false;
      if (this.client && !this.flowOpen) this.#openFlow();
    }
    // The provider was removed while the flow showed: its frame is gone, so the flow is closed.
    if (!this.flowProvider && this.flowOpen) this.flowOpen = false;
    if (!this.editing && this.#setup.state !== 'idle') this.#setup.reset();
    if (this.editing && this.#setup.state === 'idle' && this.client) this.#open();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const focus = this.#focus;
    this.#focus = null;
    const target =
      focus === 'form'
        ? '#form-heading'
        : focus === 'heading'
          ? '#heading'
          : focus === 'opener'
            ? 'button.opener'
            : null;
    if (target)
      focusTarget(
        this.renderRoot.querySelector<HTMLElement>(target) ?? this.renderRoot.querySelector<HTMLElement>('#heading'),
      );
  }

  // Rendering ---------------------------------------------------------------------------------------------------

  #heading(id: string, text: string, offset = 0): TemplateResult {
    const level = headingLevel(this.headingLevel, 2, offset);
    return html`<div role="heading" aria-level=${level} id=${id} class="heading" part="heading" tabindex="-1">
      ${text}
    </div>`;
  }

  protected override renderContent(): TemplateResult {
    const locale = this.resolvedLocale;
    const body = this.#method.render({
      initial: () => renderSkeleton(locale, 3),
      pending: () =>
        this.#method.value !== undefined ? this.#renderMethod(this.#method.value) : renderSkeleton(locale, 3),
      error: () => renderTaskError(this.#method, locale),
      complete: (method) => this.#renderMethod(method),
    });
    return html`<section class="base surface" part="base" aria-labelledby="heading">
      ${this.#heading('heading', msg(locale, 'heading'))} ${body} ${this.#renderForm()} ${this.#renderFlow()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  /** The button that opens the card form (or the flow): "Add a card" or "Update card". */
  #renderOpener(action: 'add' | 'update'): TemplateResult | typeof nothing {
    if (this.editing) return nothing;
    return html`<div class="actions">
      <button
        type="button"
        class="opener"
        part="button ${action}-button"
        aria-haspopup=${this.flowProvider ? 'dialog' : nothing}
        @click=${this.#startEditing}
      >
        ${msg(this.resolvedLocale, action)}
      </button>
    </div>`;
  }

  /** Service on the account has ended: there is nothing for auto-pay to pay, nor a card to add or update for. */
  get #cancelled(): boolean {
    return this.#account.value?.status === 'cancelled';
  }

  #renderMethod(method: PaymentMethod | null): TemplateResult {
    const locale = this.resolvedLocale;
    const cancelled = this.#cancelled;
    if (!method) {
      return cancelled
        ? renderEmptyState(msg(locale, 'emptyTitle'), msg(locale, 'cancelledNote'))
        : html`${renderEmptyState(msg(locale, 'emptyTitle'), msg(locale, 'emptyBody'))} ${this.#renderOpener('add')}`;
    }
    const brand = brandName(method.card_brand);
    const name =
      method.card_last4 && (brand || method.type === 'card')
        ? msg(locale, 'cardEnding', { brand: brand ?? msg(locale, 'card'), last4: method.card_last4 })
        : method.type && method.type !== 'card'
          ? msg(locale, 'otherMethod', { type: method.type })
          : msg(locale, 'card');
    const expiry = cardExpiry(method.card_exp_month, method.card_exp_year, localToday());
    const date = formatExpiry(method.card_exp_month, method.card_exp_year);
    return html`<div class="card ${expiry}" part="card">
        <span class="card-mark" aria-hidden="true">${brand ? brand.slice(0, 4).toUpperCase() : '▭'}</span>
        <div class="card-text">
          <p class="card-name"><span class="visually-hidden">${msg(locale, 'cardLabel')}: </span>${name}</p>
          ${
            date
              ? html`<p class="card-expiry">
                  ${expiry === 'expired' ? msg(locale, 'expired', { date }) : msg(locale, 'expires', { date })}
                </p>`
              : nothing
          }
          ${method.card_postal_code ? html`<p class="muted">${msg(locale, 'postalCode', { code: method.card_postal_code })}</p>` : nothing}
          <p class="muted">${msg(locale, cancelled ? 'cancelledNote' : 'autopay')}</p>
        </div>
      </div>
      ${
        !cancelled && (expiry === 'expired' || expiry === 'expiring')
          ? html`<p class="warning ${expiry}" part="warning">
              <span class="warning-mark" aria-hidden="true">!</span>
              <span
                ><span class="visually-hidden">${msg(locale, 'warningLabel')}: </span>${
                  expiry === 'expired' ? msg(locale, 'expiredWarning') : msg(locale, 'expiringWarning', { date })
                }</span
              >
            </p>`
          : nothing
      }
      ${cancelled ? nothing : this.#renderOpener('update')}`;
  }

  /** The card form. Always rendered (a slot is never rendered conditionally), hidden while closed. */
  #renderForm(): TemplateResult {
    const locale = this.resolvedLocale;
    const setup = this.#setup;
    const hasCard = this.#method.status === TaskStatus.COMPLETE && this.#method.value !== null;
    const loadFailed = setup.state === 'error' && this.#phase === 'open';
    const saveFailed = setup.state === 'error' && this.#phase === 'save';
    const mounted = setup.state === 'ready' || setup.state === 'submitting' || saveFailed;
    const busy = setup.state === 'submitting' || this.#saving;
    return html`<div class="form" part="form" ?hidden=${!this.editing} aria-labelledby="form-heading" role="group">
      ${this.#heading('form-heading', msg(locale, hasCard ? 'formHeadingUpdate' : 'formHeadingAdd'), 1)}
      <p class="muted">${msg(locale, 'formIntro')}</p>
      ${
        setup.state === 'loading' || (this.editing && setup.state === 'idle')
          ? html`<div class="skeleton" role="status" part="skeleton">
              <span>${msg(locale, 'formLoading')}</span>
              <div class="skeleton-line" aria-hidden="true"></div>
              <div class="skeleton-line" aria-hidden="true"></div>
            </div>`
          : nothing
      }
      ${
        loadFailed && setup.error
          ? renderErrorState(setup.error, {
              locale,
              ...(setup.stripeKeyMissing
                ? setup.stripeKeyMissing.text(locale)
                : {
                    title: msg(locale, 'stripeFailedTitle'),
                    body: setup.stripeUnavailable ? coreMsg(locale, 'stripeUnavailable') : undefined,
                  }),
              onRetry: this.#open,
            })
          : nothing
      }
      <div class="stripe" ?hidden=${!mounted}><slot name=${STRIPE_SLOT}></slot></div>
      ${
        saveFailed && setup.error
          ? html`<div class="state error save-error" role="alert" part="error">
              <p class="state-title">${msg(locale, 'saveFailedTitle')}</p>
              <p>${errorMessage(setup.error, locale)}</p>
            </div>`
          : nothing
      }
      <div class="actions">
        ${
          mounted
            ? html`<button
                type="button"
                class="save"
                part="button save-button"
                aria-disabled=${busy ? 'true' : 'false'}
                @click=${this.#save}
              >
                ${busy ? msg(locale, 'saving') : msg(locale, 'save')}
              </button>`
            : nothing
        }
        <button
          type="button"
          class="secondary cancel"
          part="button cancel-button"
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${this.#cancel}
        >
          ${msg(locale, 'cancel')}
        </button>
      </div>
    </div>`;
  }

  /** The `update-payment-method` flow, as a modal, while there is a `flowProvider` (its code loads only then). */
  #renderFlow(): TemplateResult | typeof nothing {
    return renderFlowModal({
      scope: 'update-payment-method',
      provider: this.flowProvider,
      open: this.flowOpen,
      onClose: this.#flowClosed,
    });
  }

  // Actions -----------------------------------------------------------------------------------------------------

  #startEditing = (): void => {
    this.announcement = '';
    if (this.flowProvider) {
      this.#openFlow();
      return;
    }
    this.#focus = 'form';
    this.editing = true;
  };

  #openFlow(): void {
    if (this.flowOpen || this.#checkingFlow) return;
    this.announcement = '';
    this.#beforeFlow = this.#snapshot();
    this.flowOpen = true;
  }

  /** The card on file once its load (if one is under way, e.g. with `editing` at page load) has finished. */
  async #snapshot(): Promise<CardSummary | null | undefined> {
    await this.updateComplete;
    try {
      await this.#method.taskComplete;
    } catch {
      return undefined;
    }
    return this.#method.status === TaskStatus.COMPLETE ? this.#currentCard() : undefined;
  }

  /** The card on file as last loaded (`null` for none, or when it is not known). */
  #currentCard(): CardSummary | null {
    const method = this.#method.status === TaskStatus.COMPLETE ? (this.#method.value ?? null) : null;
    return method ? summary(method) : null;
  }

  /** The flow closed (finished, left, or could not show): see what is on file now. */
  #flowClosed = async (event: Event): Promise<void> => {
    // Only the flow frame's own close, not one bubbling from anything nested in it.
    if (event.target !== event.currentTarget || !this.flowOpen) return;
    this.flowOpen = false;
    this.#checkingFlow = true;
    try {
      const before = await this.#beforeFlow;
      await this.#method.run();
      if (this.#method.status !== TaskStatus.COMPLETE) return;
      const after = this.#currentCard();
      const locale = this.resolvedLocale;
      // Not knowing what was on file before, only a card now counts as a change.
      if (before === undefined ? !after : sameCard(before, after)) {
        this.announcement = msg(locale, 'flowUnchanged');
        return;
      }
      const client = this.client;
      if (client)
        void accountStore(client)
          .refresh()
          .catch(() => undefined);
      this.emit('light-payment-method-updated', after ?? { brand: null, last4: null, expMonth: null, expYear: null });
      const brand = brandName(after?.brand);
      this.announcement = !after
        ? msg(locale, 'flowRemoved')
        : after.last4 && brand
          ? msg(locale, 'saved', { card: msg(locale, 'cardEnding', { brand, last4: after.last4 }) })
          : msg(locale, 'savedGeneric');
    } finally {
      this.#checkingFlow = false;
      // The button may have been re-rendered (a first card turns "Add a card" into "Update card").
      this.#focus = 'opener';
      this.requestUpdate();
    }
  };

  #open = (): void => {
    this.#phase = 'open';
    void this.#setup.start();
  };

  #cancel = (): void => {
    if (this.#saving || this.#setup.state === 'submitting') return;
    this.#focus = 'opener';
    this.editing = false;
  };

  #save = async (): Promise<void> => {
    if (this.#saving || this.#setup.state === 'submitting') return;
    this.#saving = true;
    this.#phase = 'save';
    this.requestUpdate();
    try {
      const id = await this.#setup.submit();
      if (!id) return;
      await this.#method.run();
      const method = this.#method.status === TaskStatus.COMPLETE ? (this.#method.value ?? null) : null;
      this.emit(
        'light-payment-method-updated',
        method ? summary(method) : { brand: null, last4: null, expMonth: null, expYear: null },
      );
      const locale = this.resolvedLocale;
      const brand = brandName(method?.card_brand);
      this.announcement =
        method?.card_last4 && brand
          ? msg(locale, 'saved', { card: msg(locale, 'cardEnding', { brand, last4: method.card_last4 }) })
          : msg(locale, 'savedGeneric');
      this.#focus = 'heading';
      this.editing = false;
    } finally {
      this.#saving = false;
      this.requestUpdate();
    }
  };
}

type CardSummary = PaymentMethodUpdatedDetail;

/** What the customer can see of a card: brand, last four, expiry. */
function summary(method: PaymentMethod): CardSummary {
  return {
    brand: method.card_brand ?? null,
    last4: method.card_last4 ?? null,
    expMonth: method.card_exp_month ?? null,
    expYear: method.card_exp_year ?? null,
  };
}

function sameCard(a: CardSummary | null, b: CardSummary | null): boolean {
  if (!a || !b) return a === b;
  return a.brand === b.brand && a.last4 === b.last4 && a.expMonth === b.expMonth && a.expYear === b.expYear;
}
