import { defineMessages } from '../../core/i18n.js';

const en = {
  'title-enrollment': 'Sign up for electricity service',
  'title-update-payment-method': 'Update your payment method',
  'title-billing': 'Your bills and payments',
  'title-documents': 'Your documents',
  'title-renewal': 'Renew your electricity plan',
  'title-other': 'Your electricity account',
  opening: 'Opening a secure page from Light…',
  close: 'Close',
  openInNewTab: 'Open in a new tab',
  expiredTitle: 'This link has expired',
  expiredBody: 'For your security, these links only work for a short time. Reload the page to get a new one.',
  expiredRetryBody: 'For your security, these links only work for a short time. Try again to get a new one.',
  refusedTitle: 'This page cannot be shown here',
  refusedBody: 'Its address is not a secure (https) link, so it was blocked to protect you.',
  providerTitle: 'We could not open this page',
  providerBody: 'The secure link to it could not be created. Please try again in a moment.',
  timeoutTitle: 'This page is taking too long to load',
  timeoutBody: 'Check your internet connection and try again, or open it in a new tab.',
  missingBody: 'It needs a link to a Light flow: set its src, or a flowProvider that gets one from your server.',
};

/** The English catalog: its keys and parameters, which translations follow. */
export type FlowMessages = typeof en;

/** Strings of `<light-flow-frame>`. */
export const flowMsg = defineMessages(en, { es: () => import('./flow-frame.messages.es.js') });
