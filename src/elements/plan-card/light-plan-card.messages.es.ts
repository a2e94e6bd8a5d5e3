import type { PlanCardMessages } from './light-plan-card.messages.js';

/** Spanish (es-US), loaded only when an element shows Spanish. */
const es: Partial<PlanCardMessages> = {
  term: (p: { months: number }) => `Plan de ${p.months} meses`,
  renewable: (p: { percent: string }) => `${p.percent}% renovable`,
  ratesLabel: 'Tarifas',
  energyRate: 'Cargo por energía',
  deliveryCharges: 'Cargos de entrega (TDU)',
  baseCharge: 'Cargo base',
  perMonth: (p: { amount: string }) => `${p.amount}/mes`,
  averagePrice: 'Precio promedio por kWh',
  averageCaption: 'Precio promedio con un consumo mensual de',
  documents: 'Documentos del plan',
  efl: 'Etiqueta de Datos de Electricidad',
  tos: 'Términos de Servicio',
  yrac: 'Sus Derechos como Cliente',
  opensInNewTab: 'se abre en una pestaña nueva',
  documentFor: (p: { document: string; plan: string }) => `${p.document} de ${p.plan}`,
  startWindow: (p: { from: string; to: string }) => `El servicio puede comenzar entre el ${p.from} y el ${p.to}.`,
  startOn: (p: { date: string }) => `El servicio comienza el ${p.date}.`,
  expires: (p: { date: string }) => `Oferta válida hasta el ${p.date}.`,
  select: 'Elegir este plan',
  selected: 'Seleccionado',
  unnamed: 'Plan de electricidad',
};

export default es;
