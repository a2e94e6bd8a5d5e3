import type { RenewalMessages } from './light-renewal.messages.js';

type Days = { days: number };

/** Spanish (es-US), loaded only when an element shows Spanish. */
const es: Partial<RenewalMessages> = {
  title: 'Renueve su plan',
  contractLabel: 'Su contrato',
  currentPlan: 'Plan actual',
  contractEnds: 'El contrato termina',
  timeLeft: 'Tiempo restante',
  daysLeft: (p: Days) => (p.days === 1 ? '1 día' : `${p.days} días`),
  endsToday: 'Termina hoy',
  ended: (p: Days) => (p.days === 1 ? 'Terminó ayer' : `Terminó hace ${p.days} días`),
  monthToMonthAhead: (p: { date: string }) =>
    `Si no renueva antes del ${p.date}, su servicio pasará a un plan mes a mes cuando termine su contrato.`,
  monthToMonthNow: (p: { date: string }) =>
    `Su contrato terminó el ${p.date}, así que su servicio pasó a un plan mes a mes. Elija un plan abajo para renovar.`,
  monthToMonthUnknownEnd: 'Si no renueva antes de que termine su contrato, su servicio pasará a un plan mes a mes.',
  plansHeading: 'Elija un plan de renovación',
  plansFound: (p: { count: number }) =>
    p.count === 1 ? '1 plan de renovación disponible.' : `${p.count} planes de renovación disponibles.`,
  planSelected: (p: { plan: string }) => `${p.plan} seleccionado. Revise los términos abajo para renovar.`,
  noPlansTitle: 'No hay planes de renovación por ahora',
  noPlansBody: 'En este momento no hay planes de renovación para esta dirección. Vuelva a consultar más tarde.',
  unavailableTitle: 'Los planes de renovación no están disponibles',
  acceptHeading: (p: { plan: string }) => `Renovar con ${p.plan}`,
  startLabel: 'Fecha de inicio',
  startFixed: (p: { date: string }) => `Su nuevo plan comienza el ${p.date}.`,
  startAfterContract: (p: { date: string }) =>
    `Su nuevo plan comienza el ${p.date}, el día después de que termine su contrato actual.`,
  startUnknown: 'Su nuevo plan comienza cuando termine su contrato actual.',
  startHint: (p: { from: string; to: string }) => `Elija una fecha del ${p.from} al ${p.to}.`,
  startInvalid: (p: { from: string; to: string }) => `Ingrese una fecha de inicio del ${p.from} al ${p.to}.`,
  termsLead: (p: { plan: string }) => `He leído y acepto los documentos de ${p.plan}:`,
  termsRequired: 'Marque la casilla para aceptar los términos antes de renovar.',
  efl: 'Etiqueta de Datos de Electricidad',
  tos: 'Términos de Servicio',
  yrac: 'Sus Derechos como Cliente',
  pdf: 'PDF',
  opensInNewTab: 'se abre en una pestaña nueva',
  notOnline: '(sin copia en línea; pídala a soporte)',
  accept: 'Aceptar renovación',
  accepting: 'Renovando…',
  acceptFailed: 'Su renovación no se confirmó',
  choicesKept: 'Sus elecciones se conservan. Intente de nuevo cuando esté listo.',
  planExpired: (p: { plan: string }) =>
    `La oferta que eligió venció, así que cargamos los precios actuales. ${p.plan} sigue seleccionado: revise sus tarifas y vuelva a aceptar sus términos.`,
  planGone: 'La oferta que eligió venció y ya no se ofrece. Elija uno de los planes actuales.',
  planRefused: (p: { plan: string }) =>
    `No pudimos renovar su plan con ${p.plan}: no está disponible como renovación para su dirección. Elija otro plan.`,
  updatingPlans: 'Actualizando planes…',
  confirmedTitle: 'Su renovación está confirmada',
  confirmedBody: (p: { plan: string; date: string }) => `${p.plan} comienza el ${p.date}.`,
  confirmedBodyNoDate: (p: { plan: string }) => `${p.plan} comienza cuando termine su contrato actual.`,
  currentContinues: (p: { date: string }) => `Su plan actual continúa hasta el ${p.date}.`,
  newDocuments: 'Documentos de su nuevo plan',
  scheduledTitle: 'Su renovación está programada',
  scheduledBody: (p: { plan: string; date: string }) => `${p.plan} comienza el ${p.date}. No tiene que hacer nada más.`,
  scheduledBodyNoDate: (p: { plan: string }) =>
    `${p.plan} comienza cuando termine su contrato actual. No tiene que hacer nada más.`,
  notYetTitle: 'La renovación aún no está abierta',
  notYetBody: (p: { end: string; opens: string }) =>
    `Su contrato termina el ${p.end}. Los planes de renovación se ofrecen a partir del ${p.opens}, 90 días antes de que termine. Vuelva entonces para elegir su próximo plan.`,
  noLocationTitle: 'Aún no hay nada que renovar',
  noLocationBody:
    'La renovación es para clientes con servicio eléctrico activo. Cuando su servicio comience, podrá renovar aquí en los 90 días antes de que termine su contrato.',
  endedTitle: 'El servicio terminó',
  endedBody: (p: { date: string }) =>
    `El servicio en esta dirección terminó el ${p.date}, así que no hay un plan que renovar.`,
  endedBodyNoDate: 'El servicio en esta dirección terminó, así que no hay un plan que renovar.',
  cancelledBody: 'El servicio en esta dirección se canceló, así que no hay un plan que renovar.',
  pendingTitle: 'El servicio aún no ha comenzado',
  pendingBody: (p: { date: string }) =>
    `Su servicio está programado para comenzar el ${p.date}. Podrá renovar aquí en los 90 días antes de que termine su contrato.`,
  pendingBodyNoDate:
    'Podrá renovar aquí en los 90 días antes de que termine su contrato, una vez que su servicio haya comenzado.',
  unnamed: 'Plan de electricidad',
};

export default es;
