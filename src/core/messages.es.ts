import type { CoreMessages } from './messages.js';

/** Spanish (es-US), loaded only when an element shows Spanish. */
const es: Partial<CoreMessages> = {
  loading: 'Cargando…',
  retry: 'Intentar de nuevo',
  errorTitle: 'Algo salió mal',
  configTitle: 'Este componente aún no está configurado',
  refusedApiBase: (p: { origin: string }) =>
    `Solo puede enviar el inicio de sesión del cliente a la API de Light, a la dirección de este sitio o a una que el sitio permita desde un script con configure({ apiOrigins }), por https. Se le indicó ${p.origin}.`,
  refusedTokenEndpoint: (p: { origin: string }) =>
    `Un token-endpoint indicado en el HTML de la página debe estar en la dirección de este sitio, o en una que el sitio permita desde un script con configure({ apiOrigins }). Se le indicó ${p.origin}.`,
  refusedBackend: (p: { origin: string }) =>
    `Un backend indicado en el HTML de la página debe estar en la dirección de este sitio, o en una que el sitio permita desde un script con configure({ apiOrigins }). Se le indicó ${p.origin}.`,
  configBody:
    'Necesita una forma de iniciar sesión en Light: defina token-provider o token-endpoint, envuélvalo en <light-provider> o llame a configure().',
  authError: 'No pudimos confirmar su sesión. Actualice la página o vuelva a iniciar sesión.',
  networkError: 'No pudimos conectarnos. Revise su conexión a internet e intente de nuevo.',
  stripeUnavailable:
    'Se bloqueó o no hay conexión. Revise su conexión, permita js.stripe.com en su bloqueador de contenido e intente de nuevo.',
  timeoutError: 'Esto está tardando demasiado. Revise su conexión e intente de nuevo.',
  rateLimitedError: 'Estamos recibiendo muchas solicitudes. Espere unos segundos e intente de nuevo.',
  serverError: 'Nuestro sistema tuvo un problema. Su información está segura; intente de nuevo en un momento.',
  badResponseError: 'Recibimos algo que no pudimos leer. Intente de nuevo.',
  forbiddenError: 'Esta cuenta no tiene permiso para hacer eso. Comuníquese con soporte si cree que es un error.',
  notFoundError: 'No pudimos encontrarlo. Es posible que se haya movido o eliminado.',
};

export default es;
