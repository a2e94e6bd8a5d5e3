import { defineMessages } from './i18n.js';

/** Strings every element may show. */
export const coreMsg = defineMessages(
  {
    loading: 'Loading…',
    retry: 'Try again',
    errorTitle: 'Something went wrong',
    configTitle: 'This widget is not set up yet',
    configBody:
      'It needs a way to sign in to Light: set a token-provider or token-endpoint on it, wrap it in <light-provider>, or call configure().',
    authError: 'Your session could not be confirmed. Refresh the page or sign in again.',
    networkError: 'We could not connect. Check your internet connection and try again.',
    timeoutError: 'This is taking too long. Check your connection and try again.',
    rateLimitedError: 'We are getting a lot of requests right now. Wait a few seconds and try again.',
    serverError: 'Our system had a problem. Your information is safe; please try again in a moment.',
    badResponseError: 'We received something we could not read. Please try again.',
    forbiddenError: 'This account is not allowed to do that. Contact support if you think this is a mistake.',
    notFoundError: 'We could not find that. It may have moved or been removed.',
  },
  {
    es: {
      loading: 'Cargando…',
      retry: 'Intentar de nuevo',
      errorTitle: 'Algo salió mal',
      configTitle: 'Este componente aún no está configurado',
      configBody:
        'Necesita una forma de iniciar sesión en Light: defina token-provider o token-endpoint, envuélvalo en <light-provider> o llame a configure().',
      authError: 'No pudimos confirmar su sesión. Actualice la página o vuelva a iniciar sesión.',
      networkError: 'No pudimos conectarnos. Revise su conexión a internet e intente de nuevo.',
      timeoutError: 'Esto está tardando demasiado. Revise su conexión e intente de nuevo.',
      rateLimitedError: 'Estamos recibiendo muchas solicitudes. Espere unos segundos e intente de nuevo.',
      serverError: 'Nuestro sistema tuvo un problema. Su información está segura; intente de nuevo en un momento.',
      badResponseError: 'Recibimos algo que no pudimos leer. Intente de nuevo.',
      forbiddenError: 'Esta cuenta no tiene permiso para hacer eso. Comuníquese con soporte si cree que es un error.',
      notFoundError: 'No pudimos encontrarlo. Es posible que se haya movido o eliminado.',
    },
  },
);
