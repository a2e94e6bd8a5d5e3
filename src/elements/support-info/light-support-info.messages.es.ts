import type { SupportInfoMessages } from './light-support-info.messages.js';

/** Spanish (es-US), loaded only when an element shows Spanish. */
const es: Partial<SupportInfoMessages> = {
  title: 'Ayuda y cortes de luz',
  supportTitle: 'Servicio al cliente',
  supportFallbackName: 'Servicio al cliente',
  poweredByLight: 'Con tecnología de Light.',
  supportHelps: 'Para su factura, su plan o su cuenta.',
  tduTitle: '¿Se fue la luz?',
  tduFallbackName: 'Su empresa de servicios públicos',
  tduExplained: (p: { name: string }) =>
    `${p.name} es su empresa de servicios públicos (TDU): la compañía dueña de los postes, los cables y los medidores de su zona. Llámela si hay un corte de luz o un cable caído, sea cual sea su proveedor de electricidad.`,
  tduUnknown:
    'Su empresa de servicios públicos (TDU) es dueña de los postes, los cables y los medidores de su zona y repara los cortes de luz. Servicio al cliente puede decirle cómo comunicarse con ella.',
  movingTitle: 'Si se muda o cancela',
  moving:
    '¿Se muda? Comuníquese con servicio al cliente por teléfono o correo electrónico y le ayudarán a trasladar su servicio.',
  switching:
    '¿Se cambia a otro proveedor de electricidad? No necesita cancelar: el cambio que hace su nuevo proveedor termina este plan.',
  phone: 'Teléfono',
  email: 'Correo electrónico',
  web: 'Sitio web',
  opensInNewTab: 'se abre en una pestaña nueva',
  listLabel: (p: { name: string }) => `Cómo comunicarse con ${p.name}`,
  emptyTitle: 'Aún no hay datos de contacto',
  emptyNoLocation: 'Los contactos de ayuda y de cortes de luz aparecerán aquí cuando tenga una dirección de servicio.',
  emptyNoContacts: 'Aún no hay datos de contacto para esta dirección de servicio.',
  loaded: 'Contactos de ayuda y de cortes de luz cargados.',
};

export default es;
