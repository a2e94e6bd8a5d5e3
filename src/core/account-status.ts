/**
 * Every documented `status` / `status_reason` pair, explained to the customer in plain words, with what they
 * should do where they must act. Used by the account status element and the enrollment confirmation.
 */
import type { Account } from '../api/types.js';
import { defineMessages, type SupportedLocale } from './i18n.js';

export type StatusTone = 'info' | 'progress' | 'success' | 'warning' | 'danger';

export interface StatusExplanation {
  tone: StatusTone;
  title: string;
  body: string;
  /** What the customer should do, when they must act. */
  action: string | null;
}

const en = {
  'created/unresolved.title': 'Account created',
  'created/unresolved.body': 'Your account is set up. Next, tell us where you need electricity.',
  'created/missing_address.title': 'Service address needed',
  'created/missing_address.body': 'We need the address where you want service before we can show you plans.',
  'applying/plan_not_accepted.title': 'Choose a plan',
  'applying/plan_not_accepted.body': 'Your address is confirmed. Pick a plan and accept its terms to continue.',
  'applying/missing_identity.title': 'Confirm your identity',
  'applying/missing_identity.body': 'We need a few personal details, like your date of birth, to set up service.',
  'applying/missing_payment_method.title': 'Add a payment method',
  'applying/missing_payment_method.body':
    'Add a card for automatic bill payments. Nothing is charged now; bills are paid 16 days after they are issued.',
  'applying/enrollment_not_finalized.title': 'Almost done',
  'applying/enrollment_not_finalized.body': 'You have completed most steps. Review and submit your enrollment to finish.',
  'reviewing/verification_pending.title': 'We are reviewing your enrollment',
  'reviewing/verification_pending.body':
    'Thanks for signing up. We are verifying your details; this usually takes a short while and you do not need to do anything.',
  'reviewing/credit_check_pending.title': 'Credit check in progress',
  'reviewing/credit_check_pending.body':
    'We are running a soft credit check, which does not affect your credit score. We will email you if we need anything.',
  'needs_attention/credit_not_found.title': 'We could not find your credit history',
  'needs_attention/credit_not_found.body': 'The credit bureau had no record that matched the details you gave.',
  'needs_attention/credit_not_found.action':
    'Check your email: we have sent you other ways to verify your credit, such as a deposit or a letter of credit.',
  'needs_attention/credit_declined.title': 'Additional credit information needed',
  'needs_attention/credit_declined.body': 'Your credit check did not meet the requirements for this plan on its own.',
  'needs_attention/credit_declined.action': 'Check your email for other ways to qualify, then reply to our support team.',
  'needs_attention/credit_check_frozen.title': 'Your credit is frozen',
  'needs_attention/credit_check_frozen.body': 'We could not run the credit check because your credit file is frozen.',
  'needs_attention/credit_check_frozen.action':
    'Use the link in the email we sent to unfreeze your credit with Experian. We will retry the check automatically once it is unfrozen.',
  'needs_attention/credit_check_error.title': 'Credit check delayed',
  'needs_attention/credit_check_error.body':
    'The credit bureau could not complete the check right now. We will keep trying; you do not need to do anything.',
  'needs_attention/enrollment_blocked_switch_hold.title': 'Your previous provider placed a hold',
  'needs_attention/enrollment_blocked_switch_hold.body':
    'Your current or previous electricity provider has a hold on this meter, usually because of a deferred payment plan.',
  'needs_attention/enrollment_blocked_switch_hold.action':
    'Contact your previous provider to settle the balance and lift the hold. Your enrollment continues once it is lifted.',
  'needs_attention/enrollment_blocked_deactivated.title': 'Your meter is not active',
  'needs_attention/enrollment_blocked_deactivated.body':
    'The utility lists this meter as inactive. Our team is looking into it and will contact you if we need anything.',
  'needs_attention/utility_blocked.title': 'The utility reported a problem',
  'needs_attention/utility_blocked.body':
    'The local utility could not process the enrollment as sent. Our team is looking into it and will contact you.',
  'ready/enrollment_pending_client_agent.title': 'Approved and ready',
  'ready/enrollment_pending_client_agent.body':
    'Your credit check and payment method are complete. Your provider will choose your plan and start date when the time is right.',
  'scheduled/service_pending.title': 'Service scheduled',
  'scheduled/service_pending.body': 'Your electricity service is scheduled to start on your chosen start date.',
  'activating/utility_submitted.title': 'Switching your service',
  'activating/utility_submitted.body':
    'Your enrollment has been sent to your local utility. Switching usually takes 2 to 72 business hours.',
  'active/active.title': 'Service active',
  'active/active.body': 'Your electricity service is active.',
  'cancelled/enrollment_blocked_verification_hold.title': 'Enrollment cancelled',
  'cancelled/enrollment_blocked_verification_hold.body':
    'We could not complete the credit verification in time, so this enrollment was cancelled.',
  'cancelled/enrollment_blocked_verification_hold.action': 'You are welcome to start a new enrollment at any time.',
  'cancelled/cancelled_pre_start.title': 'Service cancelled',
  'cancelled/cancelled_pre_start.body': 'This service was cancelled before it started.',
  'cancelled/expire_pre_active.title': 'Offer expired',
  'cancelled/expire_pre_active.body': 'The plan rates expired before verification was complete.',
  'cancelled/expire_pre_active.action': 'Start a new enrollment to see current plans.',
  'cancelled/cancelled_post_start.title': 'Service ended',
  'cancelled/cancelled_post_start.body': 'This service has been cancelled. Your past bills and documents stay available.',
  'unknown.title': 'Account status',
  'unknown.body': 'We are working on your account. Contact support if you have questions.',
};

type Key = keyof typeof en;
type StatusKey = { [K in Key]: K extends `${infer S}.title` ? S : never }[Key];

const es: typeof en = {
  'created/unresolved.title': 'Cuenta creada',
  'created/unresolved.body': 'Su cuenta está lista. Ahora indíquenos dónde necesita electricidad.',
  'created/missing_address.title': 'Se necesita la dirección del servicio',
  'created/missing_address.body': 'Necesitamos la dirección donde desea el servicio para mostrarle planes.',
  'applying/plan_not_accepted.title': 'Elija un plan',
  'applying/plan_not_accepted.body': 'Su dirección está confirmada. Elija un plan y acepte sus términos para continuar.',
  'applying/missing_identity.title': 'Confirme su identidad',
  'applying/missing_identity.body': 'Necesitamos algunos datos personales, como su fecha de nacimiento, para el servicio.',
  'applying/missing_payment_method.title': 'Agregue un método de pago',
  'applying/missing_payment_method.body':
    'Agregue una tarjeta para pagos automáticos. No se cobra nada ahora; las facturas se pagan 16 días después de emitirse.',
  'applying/enrollment_not_finalized.title': 'Casi listo',
  'applying/enrollment_not_finalized.body': 'Completó la mayoría de los pasos. Revise y envíe su inscripción para terminar.',
  'reviewing/verification_pending.title': 'Estamos revisando su inscripción',
  'reviewing/verification_pending.body':
    'Gracias por inscribirse. Estamos verificando sus datos; suele tardar poco y no necesita hacer nada.',
  'reviewing/credit_check_pending.title': 'Verificación de crédito en curso',
  'reviewing/credit_check_pending.body':
    'Estamos haciendo una consulta de crédito suave, que no afecta su puntaje. Le escribiremos si necesitamos algo.',
  'needs_attention/credit_not_found.title': 'No encontramos su historial de crédito',
  'needs_attention/credit_not_found.body': 'La agencia de crédito no tenía un registro que coincidiera con los datos que nos dio.',
  'needs_attention/credit_not_found.action':
    'Revise su correo: le enviamos otras formas de verificar su crédito, como un depósito o una carta de crédito.',
  'needs_attention/credit_declined.title': 'Se necesita más información de crédito',
  'needs_attention/credit_declined.body': 'Su verificación de crédito no cumplió por sí sola los requisitos de este plan.',
  'needs_attention/credit_declined.action': 'Revise su correo para ver otras formas de calificar y responda a nuestro equipo de soporte.',
  'needs_attention/credit_check_frozen.title': 'Su crédito está congelado',
  'needs_attention/credit_check_frozen.body': 'No pudimos hacer la verificación porque su expediente de crédito está congelado.',
  'needs_attention/credit_check_frozen.action':
    'Use el enlace del correo que le enviamos para descongelar su crédito con Experian. Repetiremos la verificación automáticamente cuando esté descongelado.',
  'needs_attention/credit_check_error.title': 'Verificación de crédito demorada',
  'needs_attention/credit_check_error.body':
    'La agencia de crédito no pudo completar la verificación por ahora. Seguiremos intentando; no necesita hacer nada.',
  'needs_attention/enrollment_blocked_switch_hold.title': 'Su proveedor anterior puso una retención',
  'needs_attention/enrollment_blocked_switch_hold.body':
    'Su proveedor de electricidad actual o anterior tiene una retención en este medidor, normalmente por un plan de pagos diferidos.',
  'needs_attention/enrollment_blocked_switch_hold.action':
    'Comuníquese con su proveedor anterior para pagar el saldo y levantar la retención. Su inscripción continuará cuando se levante.',
  'needs_attention/enrollment_blocked_deactivated.title': 'Su medidor no está activo',
  'needs_attention/enrollment_blocked_deactivated.body':
    'La empresa de servicios indica que este medidor está inactivo. Nuestro equipo lo está revisando y le contactará si necesita algo.',
  'needs_attention/utility_blocked.title': 'La empresa de servicios reportó un problema',
  'needs_attention/utility_blocked.body':
    'La empresa de servicios local no pudo procesar la inscripción tal como se envió. Nuestro equipo lo está revisando y le contactará.',
  'ready/enrollment_pending_client_agent.title': 'Aprobado y listo',
  'ready/enrollment_pending_client_agent.body':
    'Su verificación de crédito y su método de pago están completos. Su proveedor elegirá el plan y la fecha de inicio en el momento adecuado.',
  'scheduled/service_pending.title': 'Servicio programado',
  'scheduled/service_pending.body': 'Su servicio de electricidad está programado para comenzar en la fecha de inicio que eligió.',
  'activating/utility_submitted.title': 'Cambiando su servicio',
  'activating/utility_submitted.body':
    'Su inscripción se envió a su empresa de servicios local. El cambio suele tardar de 2 a 72 horas hábiles.',
  'active/active.title': 'Servicio activo',
  'active/active.body': 'Su servicio de electricidad está activo.',
  'cancelled/enrollment_blocked_verification_hold.title': 'Inscripción cancelada',
  'cancelled/enrollment_blocked_verification_hold.body':
    'No pudimos completar la verificación de crédito a tiempo, así que esta inscripción se canceló.',
  'cancelled/enrollment_blocked_verification_hold.action': 'Puede iniciar una nueva inscripción cuando quiera.',
  'cancelled/cancelled_pre_start.title': 'Servicio cancelado',
  'cancelled/cancelled_pre_start.body': 'Este servicio se canceló antes de comenzar.',
  'cancelled/expire_pre_active.title': 'Oferta vencida',
  'cancelled/expire_pre_active.body': 'Las tarifas del plan vencieron antes de completar la verificación.',
  'cancelled/expire_pre_active.action': 'Inicie una nueva inscripción para ver los planes actuales.',
  'cancelled/cancelled_post_start.title': 'Servicio terminado',
  'cancelled/cancelled_post_start.body': 'Este servicio se canceló. Sus facturas y documentos anteriores siguen disponibles.',
  'unknown.title': 'Estado de la cuenta',
  'unknown.body': 'Estamos trabajando en su cuenta. Comuníquese con soporte si tiene preguntas.',
};

const msg = defineMessages(en, { es });

const TONES: Record<StatusKey, StatusTone> = {
  'created/unresolved': 'info',
  'created/missing_address': 'info',
  'applying/plan_not_accepted': 'info',
  'applying/missing_identity': 'info',
  'applying/missing_payment_method': 'info',
  'applying/enrollment_not_finalized': 'info',
  'reviewing/verification_pending': 'progress',
  'reviewing/credit_check_pending': 'progress',
  'needs_attention/credit_not_found': 'warning',
  'needs_attention/credit_declined': 'warning',
  'needs_attention/credit_check_frozen': 'warning',
  'needs_attention/credit_check_error': 'progress',
  'needs_attention/enrollment_blocked_switch_hold': 'warning',
  'needs_attention/enrollment_blocked_deactivated': 'warning',
  'needs_attention/utility_blocked': 'warning',
  'ready/enrollment_pending_client_agent': 'success',
  'scheduled/service_pending': 'success',
  'activating/utility_submitted': 'progress',
  'active/active': 'success',
  'cancelled/enrollment_blocked_verification_hold': 'danger',
  'cancelled/cancelled_pre_start': 'danger',
  'cancelled/expire_pre_active': 'danger',
  'cancelled/cancelled_post_start': 'danger',
  unknown: 'info',
};

/** Every documented status pair, as `status/status_reason`. */
export const DOCUMENTED_STATUSES = Object.keys(TONES).filter((k) => k !== 'unknown') as StatusKey[];

/** The customer-facing explanation of an account's status. Unknown pairs get a neutral sentence. */
export function explainStatus(
  account: Pick<Account, 'status' | 'status_reason'>,
  locale: SupportedLocale,
): StatusExplanation {
  const pair = `${account.status}/${account.status_reason}`;
  const key = (pair in TONES ? pair : 'unknown') as StatusKey;
  const actionKey = `${key}.action` as Key;
  return {
    tone: TONES[key],
    title: msg(locale, `${key}.title` as Key),
    body: msg(locale, `${key}.body` as Key),
    action: actionKey in en ? msg(locale, actionKey) : null,
  };
}
