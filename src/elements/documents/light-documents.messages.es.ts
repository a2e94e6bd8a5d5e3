import type { DocumentsMessages } from './light-documents.messages.js';

/** Spanish (es-US), loaded only when an element shows Spanish. */
const es: Partial<DocumentsMessages> = {
  title: 'Sus documentos',
  tabsLabel: 'Documentos que mostrar',
  currentTab: 'Actuales',
  allTab: 'Todos los documentos',
  plan: 'Plan',
  contract: 'Contrato',
  period: (p: { from: string; to: string }) => `${p.from} – ${p.to}`,
  from: (p: { date: string }) => `Desde el ${p.date}`,
  until: (p: { date: string }) => `Hasta el ${p.date}`,
  efl: 'Etiqueta de Datos de Electricidad',
  tos: 'Términos de Servicio',
  yrac: 'Sus Derechos como Cliente',
  document: 'Documento',
  yourPlan: 'su plan',
  pdf: 'PDF',
  opensInNewTab: 'se abre en una pestaña nueva',
  noLink: 'Sin copia en línea: pídala a soporte.',
  currentList: 'Documentos de su plan actual',
  queued: 'Próximos',
  queuedHint: 'De un plan que comienza más adelante, como una renovación.',
  active: 'Actuales',
  past: 'Anteriores',
  other: 'Otros documentos',
  unnamedPlan: 'Plan de electricidad',
  emptyTitle: 'Aún no hay documentos',
  emptyNoLocation: 'Los documentos de su plan aparecerán aquí cuando haya elegido un plan de electricidad.',
  emptyNoDocuments: 'Aún no hay documentos para esta dirección de servicio.',
  loadedCurrent: (p: { count: number }) => (p.count === 1 ? '1 documento.' : `${p.count} documentos.`),
  loadedAll: (p: { count: number; groups: number }) =>
    `${p.count === 1 ? '1 documento' : `${p.count} documentos`} en ${p.groups === 1 ? '1 grupo' : `${p.groups} grupos`}.`,
};

export default es;
