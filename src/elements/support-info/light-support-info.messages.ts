import { defineMessages } from '../../core/i18n.js';

const en = {
  title: 'Help and outages',
  supportTitle: 'Customer support',
  supportFallbackName: 'Customer support',
  poweredByLight: 'Powered by Light.',
  supportHelps: 'For your bill, your plan, or your account.',
  tduTitle: 'Power outage?',
  tduFallbackName: 'Your utility',
  tduExplained: (p: { name: string }) =>
    `${p.name} is your utility (TDU): the company that owns the poles, wires and meters in your area. Call them about an outage or a downed power line, whichever electricity provider you have.`,
  tduUnknown:
    'Your utility (TDU) owns the poles, wires and meters in your area and fixes outages. Customer support can tell you how to reach it.',
  movingTitle: 'Moving or cancelling',
  moving: 'Moving? Contact customer support by phone or email and they will help you move your service.',
  switching:
    'Switching to another electricity provider? You do not need to cancel: your new provider’s switch ends this plan for you.',
  phone: 'Phone',
  email: 'Email',
  web: 'Website',
  opensInNewTab: 'opens in a new tab',
  listLabel: (p: { name: string }) => `How to reach ${p.name}`,
  emptyTitle: 'No contact details yet',
  emptyNoLocation: 'Support and outage contacts appear here once you have a service address.',
  emptyNoContacts: 'There are no contact details for this service address yet.',
  loaded: 'Support and outage contacts loaded.',
};

/** The English catalog: its keys and parameters, which translations follow. */
export type SupportInfoMessages = typeof en;

export const supportInfoMsg = defineMessages(en, { es: () => import('./light-support-info.messages.es.js') });
