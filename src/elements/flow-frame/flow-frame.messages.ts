import { defineMessages } from '../../core/i18n.js';

/** Strings of `<light-flow-frame>`. */
export const flowMsg = defineMessages(
  {
    'title-enrollment': 'Sign up for electricity service',
    'title-update-payment-method': 'Update your payment method',
    'title-billing': 'Your bills and payments',
    'title-documents': 'Your documents',
    'title-renewal': 'Renew your electricity plan',
    'title-other': 'Your electricity account',
    opening: 'Opening a secure page from Light…',
    close: 'Close',
    openInNewTab: 'Open in a new tab',
    expiredTitle: 'This link has expired',
    expiredBody: 'For your security, these links only work for a short time. Reload the page to get a new one.',
    expiredRetryBody: 'For your security, these links only work for a short time. Try again to get a new one.',
    refusedTitle: 'This page cannot be shown here',
    refusedBody: 'Its address is not a secure (https) link, so it was blocked to protect you.',
    providerTitle: 'We could not open this page',
    providerBody: 'The secure link to it could not be created. Please try again in a moment.',
    timeoutTitle: 'This page is taking too long to load',
    timeoutBody: 'Check your internet connection and try again, or open it in a new tab.',
    missingBody: 'It needs a link to a Light flow: set its src, or a flowProvider that gets one from your server.',
  },
  {
    es: {
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
    },
  },
);
