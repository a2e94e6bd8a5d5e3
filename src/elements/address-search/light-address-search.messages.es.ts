import type { AddressSearchMessages } from './light-address-search.messages.js';

/** Spanish (es-US), loaded only when an element shows Spanish. */
const es: Partial<AddressSearchMessages> = {
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
  esiNoMatch:
    'No encontramos una dirección de servicio para ese ESI ID. Revise el número en su factura e intente de nuevo.',
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
};

export default es;
