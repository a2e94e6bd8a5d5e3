import type { InvoicesMessages } from './light-invoices.messages.js';

/** Spanish (es-US), loaded only when an element shows Spanish. */
const es: Partial<InvoicesMessages> = {
  heading: 'Facturas',
  tableCaption: 'Sus facturas, de la más reciente a la más antigua',
  colInvoice: 'Factura',
  issued: (p: { date: string }) => `Emitida el ${p.date}`,
  colPeriod: 'Período de facturación',
  colAmount: 'Monto',
  colUsage: 'Consumo',
  average: (p: { price: string }) => `${p.price} en promedio`,
  colStatus: 'Estado',
  colPdf: 'PDF',
  viewInvoice: (p: { number: string }) => `Ver detalles de la factura ${p.number}`,
  period: (p: { from: string; to: string }) => `${p.from} – ${p.to}`,
  statusPaid: 'Pagada',
  statusDue: 'Pendiente',
  statusDueOn: (p: { date: string }) => `Vence el ${p.date}`,
  statusPastDue: 'Vencida',
  statusVoided: 'Anulada',
  pdf: 'PDF',
  pdfLabel: (p: { number: string }) => `PDF de la factura ${p.number} (se abre en una pestaña nueva)`,
  pdfUnavailable: 'No disponible',
  downloadPdf: 'Descargar el PDF',
  showing: (p: { count: number }) => (p.count === 1 ? 'Mostrando 1 factura' : `Mostrando ${p.count} facturas`),
  showingAll: (p: { count: number }) =>
    p.count === 1 ? 'Mostrando su única factura' : `Mostrando las ${p.count} facturas`,
  loadMore: 'Cargar más facturas',
  loadingMore: 'Cargando más facturas…',
  loadedMore: (p: { added: number; count: number }) =>
    `Se ${p.added === 1 ? 'cargó 1 factura más' : `cargaron ${p.added} facturas más`}. Mostrando ${p.count} facturas.`,
  loadMoreFailed: 'No se pudieron cargar más facturas.',
  emptyTitle: 'Aún no hay facturas',
  emptyBody:
    'Su primera factura aparecerá después de su primer período de facturación completo. Le enviaremos un correo cuando esté lista.',
  noticesLabel: 'Pagos',
  autopayNote: (p: { amount: string; card: string; date: string; number: string }) =>
    `El pago automático cobrará ${p.amount} a su ${p.card} el ${p.date} por la factura ${p.number}.`,
  noMethodNote: (p: { amount: string; date: string; number: string }) =>
    p.date
      ? `No hay un método de pago registrado, así que la factura ${p.number} (${p.amount}) no se pagará automáticamente. Vence el ${p.date}.`
      : `No hay un método de pago registrado, así que la factura ${p.number} (${p.amount}) no se pagará automáticamente.`,
  pastDueNote: (p: { amount: string; date: string; number: string }) =>
    p.date
      ? `La factura ${p.number} (${p.amount}) venció el ${p.date} y no se ha pagado.`
      : `La factura ${p.number} (${p.amount}) está vencida y no se ha pagado.`,
  pastDueHelp: 'Revise que su método de pago esté al día, o comuníquese con soporte para pagarla.',
  payNow: 'Pagar ahora',
  cardEnding: (p: { brand: string; last4: string }) => `${p.brand} que termina en ${p.last4}`,
  cardGeneric: 'método de pago registrado',
  back: 'Volver a las facturas',
  detailHeading: (p: { number: string }) => `Factura ${p.number}`,
  facts: 'Resumen de la factura',
  invoiceDate: 'Fecha de factura',
  billingPeriod: 'Período de facturación',
  dueDate: 'Fecha de vencimiento',
  usage: 'Consumo del período',
  averagePrice: 'Precio promedio',
  total: 'Total',
  charges: 'Cargos',
  charge: 'Cargo',
  amount: 'Monto',
  subtotal: (p: { group: string }) => `Subtotal, ${p.group}`,
  adjustment: 'Otros ajustes',
  noCharges: 'Esta factura no tiene cargos detallados. El PDF tiene el estado de cuenta completo.',
  unitTimesRate: (p: { quantity: string; unit: string; rate: string }) => `${p.quantity} ${p.unit} × ${p.rate}`,
  percentOf: (p: { rate: string; base: string }) => `${p.rate} de ${p.base}`,
  unitMonth: 'mes',
  unitMonths: 'meses',
  unitDay: 'día',
  unitDays: 'días',
  payment: 'Pago',
  paidOn: (p: { amount: string; date: string }) => `Se pagaron ${p.amount} el ${p.date}.`,
  paidOnWith: (p: { amount: string; date: string; method: string }) =>
    `Se pagaron ${p.amount} el ${p.date} con ${p.method}.`,
  paid: 'Pagada.',
  methodCard: 'tarjeta',
  methodBank: 'cuenta bancaria',
  voidedNote: (p: { date: string }) =>
    p.date
      ? `Esta factura se anuló el ${p.date}. No se debe nada por ella.`
      : 'Esta factura se anuló. No se debe nada por ella.',
  unnamedCharge: 'Cargo',
  unnamedGroup: 'Cargos',
};

export default es;
