import type { StatusMessages } from './account-status.js';

/** Spanish (es-US) explanations of every status, loaded only when an element shows Spanish. */
const es: StatusMessages = {
  'created/unresolved.title': 'Cuenta creada',
  'created/unresolved.body': 'Su cuenta está lista. Ahora indíquenos dónde necesita electricidad.',
  'created/missing_address.title': 'Se necesita la dirección del servicio',
  'created/missing_address.body': 'Necesitamos la dirección donde desea el servicio para mostrarle planes.',
  'applying/plan_not_accepted.title': 'Elija un plan',
  'applying/plan_not_accepted.body':
    'Aún no ha aceptado un plan. Confirme su dirección de servicio y luego elija un plan y acepte sus términos para continuar.',
  'applying/missing_identity.title': 'Confirme su identidad',
  'applying/missing_identity.body':
    'Necesitamos algunos datos personales, como su fecha de nacimiento, para el servicio.',
  'applying/missing_payment_method.title': 'Agregue un método de pago',
  'applying/missing_payment_method.body':
    'Agregue un método de pago para pagos automáticos. No se cobra nada ahora; de forma predeterminada, cada factura se cobra 16 días después de emitirse.',
  'applying/enrollment_not_finalized.title': 'Casi listo',
  'applying/enrollment_not_finalized.body':
    'Completó la mayoría de los pasos. Revise y envíe su inscripción para terminar.',
  'reviewing/verification_pending.title': 'Estamos revisando su inscripción',
  'reviewing/verification_pending.body': 'Gracias por inscribirse. Estamos verificando su inscripción.',
  'reviewing/credit_check_pending.title': 'Verificación de crédito en curso',
  'reviewing/credit_check_pending.body':
    'Estamos haciendo una consulta de crédito suave. Si no la aprueba, nuestro equipo de soporte le escribirá por correo sobre otras formas de verificar su crédito.',
  'needs_attention/credit_not_found.title': 'No encontramos su historial de crédito',
  'needs_attention/credit_not_found.body':
    'Le enviamos un correo para pedirle más información para verificar su crédito.',
  'needs_attention/credit_not_found.action': 'Revise su correo y envíe la información que le pide.',
  'needs_attention/credit_declined.title': 'Se necesita más información de crédito',
  'needs_attention/credit_declined.body':
    'Su verificación de crédito no cumplió por sí sola los requisitos, así que le enviamos un correo para pedirle más información para verificar su crédito.',
  'needs_attention/credit_declined.action': 'Revise su correo y envíe la información que le pide.',
  'needs_attention/credit_check_frozen.title': 'Su crédito está congelado',
  'needs_attention/credit_check_frozen.body':
    'No pudimos hacer la verificación porque su expediente de crédito está congelado.',
  'needs_attention/credit_check_frozen.action':
    'Use el enlace del correo que le enviamos para descongelar su crédito con Experian. Repetiremos la verificación automáticamente cuando esté descongelado.',
  'needs_attention/credit_check_error.title': 'Verificación de crédito demorada',
  'needs_attention/credit_check_error.body':
    'La agencia de crédito no pudo completar la verificación por ahora. Seguiremos intentando; no necesita hacer nada.',
  'needs_attention/enrollment_blocked_switch_hold.title': 'Otro proveedor puso una retención',
  'needs_attention/enrollment_blocked_switch_hold.body':
    'Su proveedor de electricidad actual o anterior puso una retención en su cuenta, normalmente por un plan de pagos diferidos.',
  'needs_attention/enrollment_blocked_switch_hold.action':
    'Comuníquese con ese proveedor para que levante la retención. Su inscripción no puede continuar hasta que se levante.',
  'needs_attention/enrollment_blocked_deactivated.title': 'Su medidor no está activo',
  'needs_attention/enrollment_blocked_deactivated.body':
    'La empresa de servicios tiene este medidor en su sistema, pero indica que no está activo. Esto necesita más investigación antes de que su inscripción pueda continuar.',
  'needs_attention/utility_blocked.title': 'La empresa de servicios reportó un problema',
  'needs_attention/utility_blocked.body':
    'Enviamos su inscripción a la empresa de servicios local, pero hubo un problema con ella. Esto necesita más investigación.',
  'ready/enrollment_pending_client_agent.title': 'Aprobado y listo',
  'ready/enrollment_pending_client_agent.body':
    'Su verificación de crédito y su método de pago están completos. Su proveedor elegirá el plan y la fecha de inicio en el momento adecuado.',
  'scheduled/service_pending.title': 'Servicio programado',
  'scheduled/service_pending.body': 'Su servicio de electricidad está programado para comenzar en una fecha posterior.',
  'activating/utility_submitted.title': 'Cambiando su servicio',
  'activating/utility_submitted.body':
    'Su inscripción se envió a su empresa de servicios local. El cambio suele tardar de 2 a 72 horas hábiles.',
  'active/active.title': 'Servicio activo',
  'active/active.body': 'Su servicio de electricidad está activo.',
  'cancelled/enrollment_blocked_verification_hold.title': 'Inscripción cancelada',
  'cancelled/enrollment_blocked_verification_hold.body':
    'Esta inscripción se bloqueó de forma permanente porque la verificación de crédito no se resolvió a tiempo.',
  'cancelled/cancelled_pre_start.title': 'Servicio cancelado',
  'cancelled/cancelled_pre_start.body': 'Este servicio se canceló antes de comenzar.',
  'cancelled/expire_pre_active.title': 'Oferta vencida',
  'cancelled/expire_pre_active.body': 'Las tarifas del plan vencieron antes de completar la verificación.',
  'cancelled/expire_pre_active.action': 'Inicie una nueva inscripción para ver los planes actuales.',
  'cancelled/cancelled_post_start.title': 'Servicio terminado',
  'cancelled/cancelled_post_start.body': 'Este servicio se canceló después de haber comenzado.',
  'unknown.title': 'Estado de la cuenta',
  'unknown.body': 'Estamos trabajando en su cuenta. Comuníquese con soporte si tiene preguntas.',
};

export default es;
