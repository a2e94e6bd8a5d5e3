import type { BillingAddressMessages } from './light-billing-address.messages.js';

/** Spanish (es-US), loaded only when an element shows Spanish. */
const es: Partial<BillingAddressMessages> = {
  heading: 'Dirección de facturación',
  intro: 'La dirección postal para sus facturas. Suele ser la misma que su dirección de servicio.',
  emptyTitle: 'Aún no hay una dirección de facturación registrada',
  emptyBody: 'Agregue la dirección donde recibe su correo.',
  same: 'Igual a mi dirección de servicio',
  sameHint: (p: { address: string }) => `Su dirección de servicio: ${p.address}`,
  address1: 'Dirección',
  address2: 'Apartamento, suite o unidad (opcional)',
  city: 'Ciudad',
  state: 'Estado',
  postalCode: 'Código postal',
  postalHint: (p: { example: string }) => `5 dígitos, o ZIP+4 como ${p.example}`,
  errorRequired_address_1: 'Escriba la dirección.',
  errorRequired_city: 'Escriba la ciudad.',
  errorRequired_state: 'Elija el estado.',
  errorRequired_postal_code: 'Escriba el código postal.',
  errorState: 'Elija un estado de EE. UU.',
  errorZip: (p: { example: string }) => `Escriba un código postal de 5 dígitos, o ZIP+4 como ${p.example}.`,
  errorTooLong: 'Es demasiado largo: use 100 caracteres como máximo.',
  save: 'Guardar dirección de facturación',
  saving: 'Guardando…',
  saved: 'Su dirección de facturación quedó guardada.',
  saveFailedTitle: 'Su dirección de facturación no se guardó',
};

export default es;
