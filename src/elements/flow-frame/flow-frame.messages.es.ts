import type { FlowMessages } from './flow-frame.messages.js';

/** Spanish (es-US), loaded only when an element shows Spanish. */
const es: Partial<FlowMessages> = {
  'title-enrollment': 'Inscribirse en el servicio de electricidad',
  'title-update-payment-method': 'Actualizar su método de pago',
  'title-billing': 'Sus facturas y pagos',
  'title-documents': 'Sus documentos',
  'title-renewal': 'Renovar su plan de electricidad',
  'title-other': 'Su cuenta de electricidad',
  opening: 'Abriendo una página segura de Light…',
  close: 'Cerrar',
  openInNewTab: 'Abrir en una pestaña nueva',
  expiredTitle: 'Este enlace ha vencido',
  expiredBody:
    'Por su seguridad, estos enlaces solo funcionan por poco tiempo. Actualice la página para obtener uno nuevo.',
  expiredRetryBody:
    'Por su seguridad, estos enlaces solo funcionan por poco tiempo. Intente de nuevo para obtener uno nuevo.',
  refusedTitle: 'Esta página no se puede mostrar aquí',
  refusedBody: 'Su dirección no es un enlace seguro (https), así que se bloqueó para protegerle.',
  providerTitle: 'No pudimos abrir esta página',
  providerBody: 'No se pudo crear el enlace seguro. Intente de nuevo en un momento.',
  timeoutTitle: 'Esta página está tardando demasiado en cargar',
  timeoutBody: 'Revise su conexión a internet e intente de nuevo, o ábrala en una pestaña nueva.',
  missingBody:
    'Necesita un enlace a un flujo de Light: defina su src, o un flowProvider que lo obtenga de su servidor.',
};

export default es;
