import type { CoreMessages } from './messages.js';

/** Spanish (es-US), loaded only when an element shows Spanish. */
const es: Partial<CoreMessages> = {
  loading: 'Cargando…',
  retry: 'Intentar de nuevo',
  errorTitle: 'Algo salió mal',
  configTitle: 'Este componente aún no está configurado',
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
