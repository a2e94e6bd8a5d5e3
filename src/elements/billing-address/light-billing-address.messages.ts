import { defineMessages } from '../../core/i18n.js';

const en = {
  heading: 'Billing address',
  intro: 'The mailing address for your bills. It is usually the same as your service address.',
  emptyTitle: 'No billing address on file yet',
  emptyBody: 'Add the address where you receive mail.',
  same: 'Same as my service address',
  sameHint: (p: { address: string }) => `Your service address: ${p.address}`,
  address1: 'Street address',
  address2: 'Apartment, suite or unit (optional)',
  city: 'City',
  state: 'State',
  postalCode: 'ZIP code',
  postalHint: (p: { example: string }) => `5 digits, or ZIP+4 such as ${p.example}`,
  errorRequired_address_1: 'Enter the street address.',
  errorRequired_city: 'Enter the city.',
  errorRequired_state: 'Choose the state.',
  errorRequired_postal_code: 'Enter the ZIP code.',
  errorState: 'Choose a US state.',
  errorZip: (p: { example: string }) => `Enter a 5-digit ZIP code, or ZIP+4 such as ${p.example}.`,
  errorTooLong: 'This is too long: use 100 characters at most.',
  save: 'Save billing address',
  saving: 'Saving…',
  saved: 'Your billing address is saved.',
  saveFailedTitle: 'Your billing address was not saved',
};

/** The English catalog: its keys and parameters, which translations follow. */
export type BillingAddressMessages = typeof en;

export const billingAddressMsg = defineMessages(en, { es: () => import('./light-billing-address.messages.es.js') });
