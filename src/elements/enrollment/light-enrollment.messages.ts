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
  back: 'Back',
  continue: 'Continue',
  backToCurrent: 'Back to where you were',
  edit: 'Edit',
  working: 'Working…',
  loadingAccount: 'Loading your enrollment…',

  addressIntro: 'Where do you need electricity? Type your street address and choose it from the list.',
  addressDone: 'Service address',

  plansIntro: 'Lowest average price first (at 1,000 kWh a month).',
  plansEmpty: 'No plans are available at this address right now.',
  plansEmptyHelp: 'Check that the address is right, or try again later: plans are priced daily.',
  plansLoading: 'Finding plans for your address…',
  plansFor: (p: { address: string }) => `Plans for ${p.address}.`,
  plansLabel: 'Available plans',
  choosePlanFirst: 'Choose a plan to continue.',
  changeAddress: 'Change address',

  termsIntro: 'Review your plan, pick a start date and accept the terms.',
  startDate: 'Service start date',
  startDateHint: (p: { from: string; to: string }) => `Choose a date between ${p.from} and ${p.to}.`,
  startDateFixed: (p: { date: string }) => `Your service starts ${p.date}.`,
  startDateInvalid: (p: { from: string; to: string }) => `Pick a start date between ${p.from} and ${p.to}.`,
  termsLabel: 'I have read and accept the plan documents',
  termsDocs: 'Plan documents:',
  termsRequired: 'Accept the plan documents to continue.',
  acceptPlan: 'Accept plan',
  planExpired: 'Prices changed since you chose this plan. Here are the current offers; please choose again.',
  changePlan: 'Choose a different plan',
  planAccepted: (p: { plan: string; date: string }) => `${p.plan}, starting ${p.date}`,

  identityIntro: 'We need a few details to set up service in your name.',
  firstName: 'First name',
  lastName: 'Last name',
  phone: 'Phone number',
  email: 'Email',
  dob: 'Date of birth',
  'error.first_name': 'Enter your first name.',
  'error.last_name': 'Enter your last name.',
  'error.phone_number': 'Enter a 10-digit US phone number.',
  'error.email': 'Enter an email address like name@example.com.',
  'error.date_of_birth': 'Enter your date of birth.',
  'error.date_of_birth_age': 'You must be at least 18 to sign up.',
  fixErrors: (p: { count: number }) =>
    p.count === 1 ? 'Fix 1 field to continue.' : `Fix ${p.count} fields to continue.`,
  saveDetails: 'Save and continue',
  identityDone: 'Details saved',

  creditIntro:
    'Electricity providers in Texas check credit before starting service. This is a soft check: it does not affect your credit score.',
  ssn: 'Social Security number',
  ssnHint: '9 digits. Used only for this credit check; we do not store it in your browser.',
  ssnInvalid: 'Enter your full 9-digit Social Security number.',
  showSsn: 'Show number',
  consent:
    'I authorize a soft credit check using my Social Security number to decide whether I qualify for service. It does not affect my credit score.',
  consentRequired: 'Give your consent to continue.',
  submitCredit: 'Submit for credit check',
  creditAgain: 'If you have reloaded the page, please enter it again: we never keep your number.',
  creditDone: 'Submitted for a soft credit check',

  paymentIntro:
    'Add a card for automatic bill payment. Nothing is charged now: each bill is paid 16 days after it is issued.',
  paymentLoading: 'Loading the secure card form…',
  savePayment: 'Save card',
  paymentDone: 'Card on file',
  paymentReplace: 'Use a different card',
  paymentKeep: 'Keep this card',

  reviewIntro: 'Check everything, then submit your enrollment. Submitting is what starts the switch.',
  reviewAddress: 'Service address',
  reviewPlan: 'Plan',
  reviewStart: 'Start date',
  reviewIdentity: 'Your details',
  reviewCredit: 'Credit check',
  reviewPayment: 'Payment',
  submit: 'Submit enrollment',
  missingStep: (p: { step: string }) => `One step is not finished yet: ${p.step}. Complete it, then submit again.`,
  finalizeRejected: (p: { step: string }) =>
    `We could not submit your enrollment yet: ${p.step} is not complete. We have taken you back to that step.`,

  doneTitle: 'You are signed up',
  doneIntro: 'Your enrollment has been submitted.',
  donePlan: 'Plan',
  doneStart: 'Requested start date',
  doneAddress: 'Service address',
  doneStatus: 'Status',
  nextTitle: 'What happens next',
  next1: 'We verify your details and run the soft credit check. We email you if we need anything.',
  next2: 'We ask your utility to switch your meter. This usually takes 2 to 72 business hours.',
  next3: 'Your past usage history may appear in your account once service is active.',

  stripeFailed: 'The secure card form could not load.',
  unknownPlan: 'Your plan',
};

/** The English catalog: its keys and parameters, which translations follow. */
export type EnrollmentMessages = typeof en;

export const enrollmentMsg = defineMessages(en, { es: () => import('./light-enrollment.messages.es.js') });
