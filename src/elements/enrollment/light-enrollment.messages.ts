import { defineMessages } from '../../core/i18n.js';

const en = {
  title: 'Sign up for electricity',
  progress: (p: { n: number; total: number }) => `Step ${p.n} of ${p.total}`,
  progressLabel: 'Enrollment progress',
  stepDone: 'completed',
  stepCurrent: 'current step',
  'step.address': 'Service address',
  'step.plan': 'Choose a plan',
  'step.terms': 'Accept the plan',
  'step.identity': 'Your details',
  'step.credit': 'Credit check',
  'step.payment': 'Payment method',
  'step.review': 'Review and submit',
  'step.consent': 'Authorize enrollment',
  backToCurrent: 'Back to where you were',
  working: 'Working…',
  addressIntro: 'Where do you need electricity? Type your street address and choose it from the list.',
  plansIntro: 'Lowest average price first (at 1,000\u00a0kWh a month).',
  plansEmpty: 'No plans are available at this address right now.',
  plansEmptyHelp: 'Check that the address is right, or try again later: plans are priced daily.',
  plansFor: (p: { address: string }) => `Plans for ${p.address}.`,
  plansLabel: 'Available plans',
  changeAddress: 'Change address',

  planExpired: 'Prices changed since you chose this plan. Here are the current offers; please choose again.',
  email: 'Email',
  'error.first_name': 'Enter your first name.',
  'error.last_name': 'Enter your last name.',
  'error.phone_number': 'Enter a 10-digit US phone number.',
  'error.email': 'Enter an email address like name@example.com.',
  'error.date_of_birth': 'Enter your date of birth.',
  'error.date_of_birth_age': 'You must be at least 18 to sign up.',
  consent:
    'I authorize a soft credit check using my Social Security number to decide whether I qualify for service. It does not affect my credit score.',
  consentRequired: 'Give your consent to continue.',
  reviewAddress: 'Service address',
  reviewPlan: 'Plan',
  reviewStart: 'Start date',
  missingStep: (p: { step: string }) => `One step is not finished yet: ${p.step}. Complete it, then submit again.`,
  finalizeNotReady:
    'Your enrollment cannot be submitted yet: our records do not show every step as finished. Try again in a minute.',
  finalizeRejected: (p: { step: string }) =>
    `We could not submit your enrollment yet: ${p.step} is not complete. We have taken you back to that step.`,

  unknownPlan: 'Your plan',
};

/** The English catalog: its keys and parameters, which translations follow. */
export type EnrollmentMessages = typeof en;

export const enrollmentMsg = defineMessages(en, { es: () => import('./light-enrollment.messages.es.js') });
