import { defineMessages } from '../../core/i18n.js';

const en = {
  heading: 'Payment method',
  cardLabel: 'Card on file',
  cardEnding: (p: { brand: string; last4: string }) => `${p.brand} ending in ${p.last4}`,
  card: 'Card',
  otherMethod: (p: { type: string }) => `Payment method: ${p.type}`,
  expires: (p: { date: string }) => `Expires ${p.date}`,
  expired: (p: { date: string }) => `Expired ${p.date}`,
  postalCode: (p: { code: string }) => `Billing ZIP code ${p.code}`,
  autopay: 'This card pays your bills automatically (auto-pay).',
  cancelledNote: 'Service on this account has ended.',
  expiredWarning: 'This card has expired. Add a new card so your next bill can be paid automatically.',
  expiringWarning: (p: { date: string }) =>
    `This card expires at the end of ${p.date}. Update it before then so auto-pay keeps working.`,
  warningLabel: 'Warning',
  emptyTitle: 'No payment method on file',
  emptyBody: 'Add a card to pay your bills automatically. Nothing is charged when you add it.',
  add: 'Add a card',
  update: 'Update card',
  formHeadingAdd: 'Add a card',
  formHeadingUpdate: 'Update your card',
  formIntro:
    'Your card details go straight to our payment processor, Stripe. Nothing is charged now: the card is saved for auto-pay.',
  formLoading: 'Loading the secure card form…',
  stripeFailedTitle: 'The secure card form could not load',
  save: 'Save card',
  saving: 'Saving your card…',
  cancel: 'Cancel',
  saveFailedTitle: 'Your card was not saved',
  saved: (p: { card: string }) => `Your ${p.card} is saved and will be used for auto-pay.`,
  savedGeneric: 'Your card is saved and will be used for auto-pay.',
  flowUnchanged: 'Your card on file did not change.',
  flowRemoved: 'There is no longer a card on file.',
};

/** The English catalog: its keys and parameters, which translations follow. */
export type PaymentMethodMessages = typeof en;

export const paymentMethodMsg = defineMessages(en, { es: () => import('./light-payment-method.messages.es.js') });
