import { defineMessages } from '../../core/i18n.js';

const en = {
  title: 'Your documents',
  tabsLabel: 'Documents to show',
  currentTab: 'Current',
  allTab: 'All documents',
  plan: 'Plan',
  contract: 'Contract',
  period: (p: { from: string; to: string }) => `${p.from} – ${p.to}`,
  from: (p: { date: string }) => `From ${p.date}`,
  until: (p: { date: string }) => `Until ${p.date}`,
  efl: 'Electricity Facts Label',
  tos: 'Terms of Service',
  yrac: 'Your Rights as a Customer',
  document: 'Document',
  yourPlan: 'your plan',
  pdf: 'PDF',
  opensInNewTab: 'opens in a new tab',
  noLink: 'No online copy: ask support for one.',
  currentList: 'Documents of your current plan',
  queued: 'Upcoming',
  queuedHint: 'For a plan that starts later, such as a renewal.',
  active: 'Current',
  past: 'Past',
  other: 'Other documents',
  unnamedPlan: 'Electricity plan',
  emptyTitle: 'No documents yet',
  emptyNoLocation: 'Your plan documents appear here once you have chosen an electricity plan.',
  emptyNoDocuments: 'There are no documents for this service address yet.',
  loadedCurrent: (p: { count: number }) => (p.count === 1 ? '1 document.' : `${p.count} documents.`),
  loadedAll: (p: { count: number; groups: number }) =>
    `${p.count === 1 ? '1 document' : `${p.count} documents`} in ${p.groups === 1 ? '1 group' : `${p.groups} groups`}.`,
};

/** The English catalog: its keys and parameters, which translations follow. */
export type DocumentsMessages = typeof en;

export const documentsMsg = defineMessages(en, { es: () => import('./light-documents.messages.es.js') });
