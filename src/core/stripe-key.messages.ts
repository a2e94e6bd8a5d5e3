import { defineMessages } from './i18n.js';

/**
 * What a payment form shows when it has no Stripe publishable key. It is read by whoever set the page up, so it
 * names the three ways to give one, in the order they are tried (see `./stripe-key.ts`).
 */
const en = {
  missingTitle: 'The card form is not set up yet',
  missingBody:
    'It needs the Stripe publishable key (pk_…) of your Light app, and none was found. Give it in one of three ways, tried in this order: ' +
    '1. set stripe-publishable-key on this element or on <light-provider>, or call configure({ stripePublishableKey }); ' +
    '2. return stripe_public_key beside token and expires_at from your token endpoint; ' +
    '3. app.stripe_public_key on the Light account (GET /v1/account), where Light includes it.',
};

/** The English catalog: its keys and parameters, which translations follow. */
export type StripeKeyMessages = typeof en;

export const stripeKeyMsg = defineMessages(en, { es: () => import('./stripe-key.messages.es.js') });
