import { defineMessages } from '../../../core/i18n.js';

/** Words of the views fetched after the first steps (the confirmation, the consent, the start-date note). */
const en = {
  'on-its-way.title': 'You are signed up',
  'on-its-way.intro':
    'Your enrollment has been submitted. This page keeps its status up to date until your service is active.',
  'active.title': 'Your service is active',
  'active.intro': 'Your utility has accepted the switch: your electricity now comes through your new plan.',
  'attention.title': 'Your enrollment is on hold',
  'attention.intro': 'Your enrollment has been submitted, but it cannot go ahead until the issue below is resolved.',
  'cancelled.title': 'This enrollment was cancelled',
  'cancelled.intro': 'This enrollment will not go ahead.',
  'client-agent.title': 'You are approved',
  'client-agent.intro': (p: { partner: string; when: string }) =>
    `Your details, credit check and payment method are complete. ${p.partner} will enroll you ${p.when}. You do not need to do anything else now.`,
  'authorized.title': 'Thank you: your authorization is saved',
  'authorized.intro': (p: { partner: string; when: string }) =>
    `We are finishing the checks on your details. Once they are done, ${p.partner} will enroll you ${p.when}.`,
  chooseMeter: 'We found more than one meter at your address. Choose the one on your bill:',
  useMeter: 'Yes, this is my address',
  noneOfThese: 'None of these',
  edit: 'Edit',
  termsIntro: 'Review your plan, pick a start date and accept the terms.',
  startDate: 'Service start date',
  startDateHint: (p: { from: string; to: string }) => `Choose a date between ${p.from} and ${p.to}.`,
  startDateFixed: (p: { date: string }) => `Your service starts ${p.date}.`,
  startDateInvalid: (p: { from: string; to: string }) => `Pick a start date between ${p.from} and ${p.to}.`,
  termsLabel: 'I have read and accept the plan documents',
  termsDocs: 'Plan documents:',
  efl: 'Electricity Facts Label',
  tos: 'Terms of Service',
  yrac: 'Your Rights as a Customer',
  termsRequired: 'Accept the plan documents to continue.',
  acceptPlan: 'Accept plan',
  changePlan: 'Choose a different plan',
  identityIntro: 'We need a few details to set up service in your name.',
  firstName: 'First name',
  lastName: 'Last name',
  phone: 'Phone number',
  dob: 'Date of birth',
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
  submitCredit: 'Submit for credit check',
  creditAgain: 'Reloaded the page? Enter your Social Security number again: we never keep it.',
  creditDone: 'Submitted for a soft credit check',

  reviewIntro: 'Check everything, then submit your enrollment. Submitting is what starts the switch.',
  reviewIdentity: 'Your details',
  reviewCredit: 'Credit check',
  reviewPayment: 'Payment',
  submit: 'Submit enrollment',
  paymentIntro:
    'Add a card for automatic bill payment. Nothing is charged now: each bill is paid 16 days after it is issued.',
  paymentReplace: 'Use a different card',
  savePayment: 'Save card',
  stripeFailed: 'The secure card form could not load.',
  paymentDone: 'Card on file',
  startLater:
    'A start more than 30 days from today cannot be chosen here: your provider can enroll you on your behalf closer to that date. Ask them.',
  plan: 'Plan',
  start: 'Requested start date',
  address: 'Service address',
  status: 'Status',
  whatToDo: 'What you need to do',
  nextTitle: 'What happens next',
  next1: 'We verify your details and run the soft credit check. We email you if we need anything.',
  next2: 'We ask your utility to switch your meter. This usually takes 2 to 72 business hours.',
  next3: 'Your past usage history may appear in your account once service is active.',
  unknownPlan: 'Your plan',
  consentTitle: 'Let us enroll you later',
  consentIntro: (p: { partner: string }) =>
    `${p.partner} will finish your electricity enrollment for you, so service starts at the right time without another step from you.`,
  consentWhat: 'What you agree to',
  consentEnroll: (p: { partner: string }) =>
    `${p.partner} may enroll you in an electricity plan on your behalf (limited power of attorney).`,
  consentWhen: (p: { when: string }) => `When: ${p.when}.`,
  consentPlan: (p: { plan: string }) => `Plan: ${p.plan}.`,
  consentLetter: 'When your plan is accepted, you receive a letter that says what you were enrolled in.',
  consentCheck: 'I agree to these terms and authorize this enrollment on my behalf.',
  consentRequired: 'Check the box to give your authorization.',
  consentSubmit: 'Authorize and finish',
  consentSending: 'Saving your authorization…',
  defaultWhen: 'when your service is ready to start',
  defaultPartner: 'Your provider',
  defaultPlan: 'the plan your provider chooses for your service',
};

/** The English catalog, which the Spanish one follows. */
export type LaterMessages = typeof en;

export const laterMsg = defineMessages(en, { es: () => import('./later.messages.es.js') });
