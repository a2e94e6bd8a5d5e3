import { defineMessages } from '../../core/i18n.js';

const en = {
  label: 'Service address',
  placeholder: 'Start typing your street address',
  hint: (p: { min: number }) => `Type at least ${p.min} characters, then choose your address from the list.`,
  searching: 'Searching…',
  results: (p: { count: number }) =>
    p.count === 1
      ? '1 address found. Use the arrow keys to review it.'
      : `${p.count} addresses found. Use the arrow keys to review them.`,
  noResults: 'No addresses match what you typed.',
  noResultsHelp: 'Check the spelling, try only the street number and name, or search by ESI ID instead.',
  esiId: 'ESI ID',
  esiIdOf: (p: { id: string }) => `ESI ID ${p.id}`,
  utility: (p: { name: string }) => `Utility: ${p.name}`,
  useEsiId: 'Search by ESI ID instead',
  useAddress: 'Search by address instead',
  esiLabel: 'ESI ID (17 or 22 digits)',
  esiHint:
    'Your ESI ID identifies your electric meter. Find it on a recent electricity bill, usually near your account number.',
  esiSearch: 'Find my address',
  esiEmpty: 'Enter your ESI ID.',
  esiCharacters: 'An ESI ID contains only digits.',
  esiLength: 'An ESI ID has 17 or 22 digits. Check the number on your bill.',
  esiNoMatch: 'We could not find a service address for that ESI ID. Check the number on your bill and try again.',
  esiResults: 'Choose your service address',
  searchFailed: 'The address search is not working right now.',
  required: 'Choose your service address from the list.',
  confirmTitle: 'Is this your service address?',
  confirmBody:
    'Addresses come from your utility and may look slightly different from how you write yours. Check the address and the ESI ID of your meter before you continue.',
  confirmYes: 'Yes, this is my address',
  confirmNo: 'Choose another address',
  confirmed: 'Address confirmed',
  change: 'Change address',
};

/** The English catalog: its keys and parameters, which translations follow. */
export type AddressSearchMessages = typeof en;

export const addressSearchMsg = defineMessages(en, { es: () => import('./light-address-search.messages.es.js') });
