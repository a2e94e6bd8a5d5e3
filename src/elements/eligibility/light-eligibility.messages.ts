import { defineMessages } from '../../core/i18n.js';

const en = {
  title: 'Can you choose your electricity plan?',
  intro: 'Enter your ZIP code to see whether your area lets you choose your electricity provider.',
  zipLabel: 'ZIP code',
  zipHint: '5 digits, for example 78701.',
  zipInvalid: 'Enter a 5-digit ZIP code, such as 78701.',
  check: 'Check my area',
  checking: (p: { zip: string }) => `Checking ${p.zip}…`,
  likelyTitle: (p: { zip: string }) => `Good news: you can likely choose your plan in ${p.zip}`,
  possibleTitle: (p: { zip: string }) => `You may be able to choose your plan in ${p.zip}`,
  possibleBody: 'Parts of this ZIP code have retail choice. Your exact address will tell when you sign up.',
  noneTitle: (p: { zip: string }) => `Retail choice is not available in ${p.zip}`,
  noneBody:
    'Electricity there is sold by the local utility itself, such as a city-owned utility or an electric co-op, so you cannot choose another provider.',
  utilities: (p: { names: string }) => `The power lines in this area belong to ${p.names}.`,
  noUtilities: 'The utility for this area is not known yet.',
  errorTitle: 'We could not check this ZIP code',
};

/** The English catalog: its keys and parameters, which translations follow. */
export type EligibilityMessages = typeof en;

export const eligibilityMsg = defineMessages(en, { es: () => import('./light-eligibility.messages.es.js') });
