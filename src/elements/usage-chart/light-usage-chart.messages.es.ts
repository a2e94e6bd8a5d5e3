import type { UsageChartMessages } from './light-usage-chart.messages.js';

/** Spanish (es-US), loaded only when an element shows Spanish. */
const es: Partial<UsageChartMessages> = {
  title: 'Consumo de energía',
  viewLabel: 'Mostrar',
  viewTrailing: 'Últimos 12 meses',
  viewYear: 'Año, por mes',
  viewMonth: 'Mes, por día',
  viewIntervals: 'Mes, cada 15 minutos',
  viewDay: 'Día, cada 15 minutos',
  previous: 'Anterior',
  next: 'Siguiente',
  previousYear: 'Año anterior',
  nextYear: 'Año siguiente',
  previousMonth: 'Mes anterior',
  nextMonth: 'Mes siguiente',
  previousDay: 'Día anterior',
  nextDay: 'Día siguiente',
  range: (p: { from: string; to: string }) => `${p.from} – ${p.to}`,
  everyQuarterHour: (p: { period: string }) => `${p.period}, cada 15 minutos`,
  consumption: 'Consumo',
  generation: 'Exportación (solar)',
  vehicle: 'Carga del vehículo',
  vehicleLegend: 'Carga del vehículo (parte del consumo)',
  legendLabel: 'Leyenda',
  partial: 'Período parcial (hasta ahora)',
  partialShort: 'Parcial, hasta ahora',
  noData: 'Sin datos',
  future: 'Todavía no',
  zeroNote: 'Consumo cero',
  perMonth: 'mes',
  perDay: 'día',
  perInterval: '15 minutos',
  summary: (p: { total: string; average: string; per: string; peak: string; when: string }) =>
    `Total: ${p.total}. Promedio: ${p.average} por ${p.per}. Máximo: ${p.peak}, ${p.when}.`,
  summaryExport: (p: { total: string }) => `Enviado a la red: ${p.total}.`,
  summaryNone: 'No hay consumo registrado en este período.',
  chartLabel: (p: { period: string }) => `Gráfico de consumo de energía, ${p.period}`,
  helpDrill:
    'Use las flechas izquierda y derecha para moverse entre los puntos, Inicio y Fin para el primero y el último. Pulse Intro para ver más detalle y Escape para ocultar los detalles.',
  helpNoDrill:
    'Use las flechas izquierda y derecha para moverse entre los puntos, Re Pág y Av Pág para moverse una hora, Inicio y Fin para el primero y el último. Pulse Escape para ocultar los detalles.',
  helpPages:
    'Use las flechas izquierda y derecha para moverse entre los puntos, Re Pág y Av Pág para moverse un día, Inicio y Fin para el primero y el último. Pulse Intro para ver un día y Escape para ocultar los detalles.',
  showTable: 'Mostrar como tabla',
  download: 'Descargar CSV',
  tableLabel: (p: { period: string }) => `Tabla de consumo de energía, ${p.period}`,
  tableCaption: (p: { period: string; units: string }) => `Consumo de energía, ${p.period} (${p.units})`,
  colMonth: 'Mes',
  colDate: 'Fecha',
  colTime: 'Hora',
  colIntervalStart: 'Inicio del intervalo',
  colNote: 'Nota',
  withUnits: (p: { series: string; units: string }) => `${p.series} (${p.units})`,
  emptyTitle: 'Todavía no hay consumo',
  emptyBody: 'El consumo aparece aquí uno o dos días después de que comienza el servicio.',
  emptyPeriodTitle: 'No hay consumo en este período',
  emptyPeriodBody: (p: { period: string }) => `No hay consumo registrado para ${p.period}. Pruebe con otro período.`,
  noLocationTitle: 'Todavía no hay una dirección de servicio',
  noLocationBody:
    'Su consumo de energía aparece aquí cuando haya elegido un plan para una dirección y el servicio haya comenzado.',
  inactiveTitle: 'El servicio aún no ha comenzado',
  inactiveBody: 'Su consumo de energía aparece aquí uno o dos días después de que comienza el servicio.',
  showing: (p: { period: string }) => `Mostrando ${p.period}.`,
  dstSpring: 'Este día los relojes se adelantaron una hora, así que tuvo 23 horas.',
  dstFall:
    'Este día los relojes se atrasaron una hora, así que tuvo 25 horas; la hora desde la 1 a. m. aparece dos veces.',
  utcOffset: (p: { offset: string }) => `UTC${p.offset}`,
  estimateNote:
    'Estas cifras son estimaciones para ayudarle a seguir su consumo de energía. Es posible que no coincidan exactamente con las lecturas del medidor de su factura.',
};

export default es;
