import { html, nothing, type TemplateResult } from 'lit';
import type { LightApiError } from '../../../api/errors.js';
import type { SupportedLocale } from '../../../core/i18n.js';
import { coreMsg } from '../../../core/messages.js';
import type { MissingStripeKey } from '../../../core/stripe-key.js';
import { STRIPE_SLOT, type PaymentSetupController, type PaymentSetupState } from '../../../core/stripe.js';
import { renderErrorState, renderSkeleton } from '../../../core/templates.js';
import { enrollmentMsg as msg } from '../light-enrollment.messages.js';
import { laterMsg } from './later.messages.js';
import { heading } from './heading.js';

export interface PaymentView {
  /** A payment method is on file and no new card form is open. */
  onFile: boolean;
  state: PaymentSetupState;
  error: LightApiError | null;
  stripeUnavailable: boolean;
  /** No Stripe publishable key was found: what the step says is missing, for whoever set the page up. */
  stripeKeyMissing: MissingStripeKey | null;
  /** The card form was filled in, so a retry saves it again. */
  complete: boolean;
  /** Opens the card form. */
  onStart: () => void;
  onSave: () => void;
  onRetry: () => void;
}

/**
 * The payment step's view of the card form's controller. A retry saves again once the form was filled in (or a
 * card was already created), else opens the form again.
 */
export function paymentView(
  payment: Pick<
    PaymentSetupController,
    'state' | 'error' | 'stripeUnavailable' | 'complete' | 'paymentMethodId' | 'start'
  > &
    Partial<Pick<PaymentSetupController, 'stripeKeyMissing'>>,
  hasPaymentMethod: boolean,
  onSave: () => void,
): PaymentView {
  return {
    onFile: hasPaymentMethod && payment.state === 'idle',
    state: payment.state,
    error: payment.error,
    stripeUnavailable: payment.stripeUnavailable,
    stripeKeyMissing: payment.stripeKeyMissing ?? null,
    complete: payment.complete,
    onStart: () => void payment.start(),
    onSave,
    onRetry: () => (payment.paymentMethodId || payment.complete ? onSave() : void payment.start()),
  };
}

/** The payment step: the card form lives in the light DOM (`slot="light-stripe"`), shown through a slot. */
export function renderPayment(locale: SupportedLocale, view: PaymentView): TemplateResult {
  return html`${heading(msg(locale, 'step.payment'))}
    <p class="muted">${laterMsg(locale, 'paymentIntro')}</p>
    ${
      view.onFile
        ? html`<p><strong>${laterMsg(locale, 'paymentDone')}</strong></p>
            <div class="actions">
              <button type="button" part="button" @click=${view.onStart}>${laterMsg(locale, 'paymentReplace')}</button>
            </div>`
        : html`${view.state === 'loading' ? renderSkeleton(locale, 3) : nothing}
            <div class="stripe" ?hidden=${view.state === 'idle' || view.state === 'loading'}>
              <slot name=${STRIPE_SLOT}></slot>
            </div>
            ${
              view.state === 'error' && view.error
                ? renderErrorState(view.error, {
                    locale,
                    ...(view.stripeKeyMissing
                      ? view.stripeKeyMissing.text(locale)
                      : view.stripeUnavailable
                        ? { title: laterMsg(locale, 'stripeFailed'), body: coreMsg(locale, 'stripeUnavailable') }
                        : {}),
                    onRetry: view.onRetry,
                  })
                : nothing
            }
            ${
              view.state === 'ready' || view.state === 'submitting' || (view.state === 'error' && view.complete)
                ? html`<div class="actions">
                    <button type="button" part="button" ?disabled=${view.state === 'submitting'} @click=${view.onSave}>
                      ${view.state === 'submitting' ? msg(locale, 'working') : laterMsg(locale, 'savePayment')}
                    </button>
                  </div>`
                : nothing
            }`
    }`;
}
