import { defineMessages } from './i18n.js';

/**
 * What a payment form shows when it has no Stripe publishable key. It is read by whoever set the page up, so it
 * names the three ways to give one, in the order they are tried (see `./stripe-key.ts`).
 */
const en = {
  missingTitle: 'The card form is not set up yet',
  missingBody:
    "It needs your Light app's Stripe publishable key (pk_…). Give one, tried in this order: " +
    '1. stripe-publishable-key on this element or <light-provider>, or configure({ stripePublishableKey }); ' +
    "2. stripe_public_key beside token in your token endpoint's answer; " +
    '3. app.stripe_public_key on GET /v1/account, when Light includes it.',
};

/** The English catalog: its keys and parameters, which translations follow. */
export type StripeKeyMessages = typeof en;

export const stripeKeyMsg = defineMessages(en, { es: () => import('./stripe-key.messages.es.js') });
