import type { PaymentMethodMessages } from './light-payment-method.messages.js';

/** Spanish (es-US), loaded only when an element shows Spanish. */
const es: Partial<PaymentMethodMessages> = {
  heading: 'Método de pago',
  cardLabel: 'Tarjeta registrada',
  cardEnding: (p: { brand: string; last4: string }) => `${p.brand} que termina en ${p.last4}`,
  card: 'Tarjeta',
  otherMethod: (p: { type: string }) => `Método de pago: ${p.type}`,
  expires: (p: { date: string }) => `Vence ${p.date}`,
  expired: (p: { date: string }) => `Venció ${p.date}`,
  postalCode: (p: { code: string }) => `Código postal de facturación ${p.code}`,
  autopay: 'Esta tarjeta paga sus facturas automáticamente (pago automático).',
  cancelledNote: 'El servicio de esta cuenta terminó.',
  expiredWarning:
    'Esta tarjeta venció. Agregue una tarjeta nueva para que su próxima factura se pague automáticamente.',
  expiringWarning: (p: { date: string }) =>
    `Esta tarjeta vence al final de ${p.date}. Actualícela antes para que el pago automático siga funcionando.`,
  warningLabel: 'Aviso',
  emptyTitle: 'No hay un método de pago registrado',
  emptyBody: 'Agregue una tarjeta para pagar sus facturas automáticamente. No se cobra nada al agregarla.',
  add: 'Agregar una tarjeta',
  update: 'Actualizar tarjeta',
  formHeadingAdd: 'Agregar una tarjeta',
  formHeadingUpdate: 'Actualizar su tarjeta',
  formIntro:
    'Los datos de su tarjeta van directamente a nuestro procesador de pagos, Stripe. No se cobra nada ahora: la tarjeta se guarda para el pago automático.',
  formLoading: 'Cargando el formulario seguro de tarjeta…',
  stripeFailedTitle: 'No se pudo cargar el formulario seguro de tarjeta',
  save: 'Guardar tarjeta',
  saving: 'Guardando su tarjeta…',
  cancel: 'Cancelar',
  saveFailedTitle: 'Su tarjeta no se guardó',
  saved: (p: { card: string }) => `Su ${p.card} quedó guardada y se usará para el pago automático.`,
  savedGeneric: 'Su tarjeta quedó guardada y se usará para el pago automático.',
  flowUnchanged: 'Su tarjeta registrada no cambió.',
  flowRemoved: 'Ya no hay una tarjeta registrada.',
};

export default es;
