import { defineMessages } from '../../core/i18n.js';

export const addressSearchMsg = defineMessages(
  {
    label: 'Service address',
    placeholder: 'Start typing your street address',
    hint: (p: { min: number }) => `Type at least ${p.min} characters, then choose your address from the list.`,
    searching: 'Searching…',
    results: (p: { count: number }) =>
      p.count === 1 ? '1 address found. Use the arrow keys to review it.' : `${p.count} addresses found. Use the arrow keys to review them.`,
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
    confirmNo: 'Choose a different address',
    confirmed: 'Address confirmed',
    change: 'Change address',
  },
  {
    es: {
      label: 'Dirección del servicio',
      placeholder: 'Empiece a escribir su dirección',
      hint: (p: { min: number }) => `Escriba al menos ${p.min} caracteres y elija su dirección de la lista.`,
      searching: 'Buscando…',
      results: (p: { count: number }) =>
        p.count === 1
          ? 'Se encontró 1 dirección. Use las flechas para revisarla.'
          : `Se encontraron ${p.count} direcciones. Use las flechas para revisarlas.`,
      noResults: 'Ninguna dirección coincide con lo que escribió.',
      noResultsHelp: 'Revise la ortografía, escriba solo el número y el nombre de la calle, o busque por ESI ID.',
      esiId: 'ESI ID',
      esiIdOf: (p: { id: string }) => `ESI ID ${p.id}`,
      utility: (p: { name: string }) => `Empresa de servicios: ${p.name}`,
      useEsiId: 'Buscar por ESI ID',
      useAddress: 'Buscar por dirección',
      esiLabel: 'ESI ID (17 o 22 dígitos)',
      esiHint:
        'Su ESI ID identifica su medidor eléctrico. Lo encuentra en una factura reciente de electricidad, normalmente cerca de su número de cuenta.',
      esiSearch: 'Buscar mi dirección',
      esiEmpty: 'Escriba su ESI ID.',
      esiCharacters: 'Un ESI ID contiene solo dígitos.',
      esiLength: 'Un ESI ID tiene 17 o 22 dígitos. Revise el número en su factura.',
      esiNoMatch: 'No encontramos una dirección de servicio para ese ESI ID. Revise el número en su factura e intente de nuevo.',
      esiResults: 'Elija su dirección de servicio',
      searchFailed: 'La búsqueda de direcciones no funciona en este momento.',
      required: 'Elija su dirección de servicio de la lista.',
      confirmTitle: '¿Es esta su dirección de servicio?',
      confirmBody:
        'Las direcciones vienen de su empresa de servicios y pueden verse un poco distintas. Revise la dirección y el ESI ID de su medidor antes de continuar.',
      confirmYes: 'Sí, es mi dirección',
      confirmNo: 'Elegir otra dirección',
      confirmed: 'Dirección confirmada',
      change: 'Cambiar dirección',
    },
  },
);
