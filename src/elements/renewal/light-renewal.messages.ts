import { defineMessages } from '../../core/i18n.js';

type Days = { days: number };

const en = {
  title: 'Renew your plan',
  contractLabel: 'Your contract',
  currentPlan: 'Current plan',
  contractEnds: 'Contract ends',
  timeLeft: 'Time left',
  daysLeft: (p: Days) => (p.days === 1 ? '1 day' : `${p.days} days`),
  endsToday: 'Ends today',
  ended: (p: Days) => (p.days === 1 ? 'Ended yesterday' : `Ended ${p.days} days ago`),
  monthToMonthAhead: (p: { date: string }) =>
    `If you don't renew by ${p.date}, your service moves to a month-to-month plan when your contract ends.`,
  monthToMonthNow: (p: { date: string }) =>
    `Your contract ended on ${p.date}, so your service moved to a month-to-month plan. Choose a plan below to renew.`,
  monthToMonthUnknownEnd: "If you don't renew before your contract ends, your service moves to a month-to-month plan.",
  plansHeading: 'Choose a renewal plan',
  plansFound: (p: { count: number }) =>
    p.count === 1 ? '1 renewal plan available.' : `${p.count} renewal plans available.`,
  planSelected: (p: { plan: string }) => `${p.plan} selected. Review the terms below to renew.`,
  noPlansTitle: 'No renewal plans right now',
  noPlansBody: 'There are no renewal plans for this address at the moment. Please check back later.',
  unavailableTitle: 'Renewal plans are not available',
  acceptHeading: (p: { plan: string }) => `Renew with ${p.plan}`,
  startLabel: 'Start date',
  startFixed: (p: { date: string }) => `Your new plan starts on ${p.date}.`,
  startAfterContract: (p: { date: string }) =>
    `Your new plan starts on ${p.date}, the day after your current contract ends.`,
  startUnknown: 'Your new plan starts when your current contract ends.',
  startHint: (p: { from: string; to: string }) => `Choose a date from ${p.from} to ${p.to}.`,
  startInvalid: (p: { from: string; to: string }) => `Enter a start date from ${p.from} to ${p.to}.`,
  termsLead: (p: { plan: string }) => `I have read and accept the documents of ${p.plan}:`,
  termsRequired: 'Check the box to accept the terms before renewing.',
  efl: 'Electricity Facts Label',
  tos: 'Terms of Service',
  yrac: 'Your Rights as a Customer',
  pdf: 'PDF',
  opensInNewTab: 'opens in a new tab',
  notOnline: '(no online copy; ask support for one)',
  accept: 'Accept renewal',
  accepting: 'Renewing…',
  acceptFailed: 'Your renewal was not confirmed',
  choicesKept: 'Your choices are kept. Try again when you are ready.',
  planExpired: (p: { plan: string }) =>
    `The offer you chose expired, so we loaded current prices. ${p.plan} is still selected: check its rates and accept its terms again.`,
  planGone: 'The offer you chose expired and is no longer offered. Choose one of the current plans.',
  planRefused: (p: { plan: string }) =>
    `We could not renew your plan with ${p.plan}: it is not available as a renewal for your address. Please choose another plan.`,
  updatingPlans: 'Updating plans…',
  confirmedTitle: 'Your renewal is confirmed',
  confirmedBody: (p: { plan: string; date: string }) => `${p.plan} starts on ${p.date}.`,
  confirmedBodyNoDate: (p: { plan: string }) => `${p.plan} starts when your current contract ends.`,
  currentContinues: (p: { date: string }) => `Your current plan continues until ${p.date}.`,
  newDocuments: 'Documents of your new plan',
  scheduledTitle: 'Your renewal is scheduled',
  scheduledBody: (p: { plan: string; date: string }) => `${p.plan} starts on ${p.date}. There is nothing more to do.`,
  scheduledBodyNoDate: (p: { plan: string }) =>
    `${p.plan} starts when your current contract ends. There is nothing more to do.`,
  notYetTitle: 'Renewal is not open yet',
  notYetBody: (p: { end: string; opens: string }) =>
    `Your contract ends on ${p.end}. Renewal plans are offered from ${p.opens}, 90 days before it ends. Come back then to choose your next plan.`,
  noLocationTitle: 'Nothing to renew yet',
  noLocationBody:
    'Renewal is for customers with active electricity service. Once your service starts, you can renew here in the 90 days before your contract ends.',
  endedTitle: 'Service has ended',
  endedBody: (p: { date: string }) => `Service at this address ended on ${p.date}, so there is no plan to renew.`,
  endedBodyNoDate: 'Service at this address has ended, so there is no plan to renew.',
  cancelledBody: 'Service at this address was cancelled, so there is no plan to renew.',
  pendingTitle: 'Service has not started yet',
  pendingBody: (p: { date: string }) =>
    `Your service is scheduled to start on ${p.date}. You can renew here in the 90 days before your contract ends.`,
  pendingBodyNoDate: 'You can renew here in the 90 days before your contract ends, once your service has started.',
  unnamed: 'Electricity plan',
};

/** The English catalog: its keys and parameters, which translations follow. */
export type RenewalMessages = typeof en;

export const renewalMsg = defineMessages(en, { es: () => import('./light-renewal.messages.es.js') });
