import type { EnrollmentMessages } from './light-enrollment.messages.js';

/** Spanish (es-US), loaded only when an element shows Spanish. */
const es: Partial<EnrollmentMessages> = {
  title: 'Inscríbase para recibir electricidad',
  progress: (p: { n: number; total: number }) => `Paso ${p.n} de ${p.total}`,
  progressLabel: 'Progreso de la inscripción',
  stepDone: 'completado',
  stepCurrent: 'paso actual',
  'step.address': 'Dirección del servicio',
  'step.plan': 'Elija un plan',
  'step.terms': 'Acepte el plan',
  'step.identity': 'Sus datos',
  'step.credit': 'Verificación de crédito',
  'step.payment': 'Método de pago',
  'step.review': 'Revise y envíe',
  'step.consent': 'Autorice la inscripción',
  backToCurrent: 'Volver a donde estaba',
  working: 'Procesando…',
  addressIntro: '¿Dónde necesita electricidad? Escriba su dirección y elíjala de la lista.',
  plansIntro: 'Del precio promedio más bajo al más alto (con 1,000\u00a0kWh al mes).',
  plansEmpty: 'No hay planes disponibles en esta dirección por ahora.',
  plansEmptyHelp: 'Revise que la dirección sea correcta o intente más tarde: los precios cambian a diario.',
  plansFor: (p: { address: string }) => `Planes para ${p.address}.`,
  plansLabel: 'Planes disponibles',
  changeAddress: 'Cambiar dirección',
  planExpired: 'Los precios cambiaron desde que eligió este plan. Estas son las ofertas actuales; elija de nuevo.',
  email: 'Correo electrónico',
  'error.first_name': 'Escriba su nombre.',
  'error.last_name': 'Escriba su apellido.',
  'error.phone_number': 'Escriba un número de teléfono de EE. UU. de 10 dígitos.',
  'error.email': 'Escriba un correo como nombre@ejemplo.com.',
  'error.date_of_birth': 'Escriba su fecha de nacimiento.',
  'error.date_of_birth_age': 'Debe tener al menos 18 años para inscribirse.',
  consent:
    'Autorizo una consulta de crédito suave con mi número de Seguro Social para decidir si califico para el servicio. No afecta mi puntaje de crédito.',
  consentRequired: 'Dé su consentimiento para continuar.',
  reviewAddress: 'Dirección del servicio',
  reviewPlan: 'Plan',
  reviewStart: 'Fecha de inicio',
  missingStep: (p: { step: string }) => `Falta terminar un paso: ${p.step}. Complételo y vuelva a enviar.`,
  finalizeNotReady:
    'Aún no se puede enviar su inscripción: nuestros registros no muestran todos los pasos terminados. Inténtelo de nuevo en un minuto.',
  finalizeRejected: (p: { step: string }) =>
    `Aún no pudimos enviar su inscripción: falta completar ${p.step}. Lo llevamos de vuelta a ese paso.`,
  unknownPlan: 'Su plan',
};

export default es;
