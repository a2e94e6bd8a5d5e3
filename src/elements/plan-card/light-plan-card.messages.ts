import { defineMessages } from '../../core/i18n.js';

const en = {
  term: (p: { months: number }) => `${p.months}-month plan`,
  renewable: (p: { percent: string }) => `${p.percent}% renewable`,
  ratesLabel: 'Rates',
  energyRate: 'Energy charge',
  deliveryCharges: 'Delivery charges (TDU)',
  baseCharge: 'Base charge',
  perMonth: (p: { amount: string }) => `${p.amount}/month`,
  averagePrice: 'Average price per kWh',
  averageCaption: 'Average price at monthly usage of',
  documents: 'Plan documents',
  efl: 'Electricity Facts Label',
  tos: 'Terms of Service',
  yrac: 'Your Rights as a Customer',
  opensInNewTab: 'opens in a new tab',
  documentFor: (p: { document: string; plan: string }) => `${p.document} for ${p.plan}`,
  startWindow: (p: { from: string; to: string }) => `Service can start between ${p.from} and ${p.to}.`,
  startOn: (p: { date: string }) => `Service starts ${p.date}.`,
  expires: (p: { date: string }) => `Offer valid until ${p.date}.`,
  select: 'Choose this plan',
  selected: 'Selected',
  unnamed: 'Electricity plan',
};

/** The English catalog: its keys and parameters, which translations follow. */
export type PlanCardMessages = typeof en;

export const planCardMsg = defineMessages(en, { es: () => import('./light-plan-card.messages.es.js') });
