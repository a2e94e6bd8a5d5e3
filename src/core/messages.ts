import { defineMessages } from './i18n.js';

const en = {
  loading: 'Loading…',
  retry: 'Try again',
  errorTitle: 'Something went wrong',
  configTitle: 'This widget is not set up yet',
  refusedApiBase: (p: { origin: string }) =>
    `It may send the customer's sign-in only to Light's API, this site's own address, or an address the site allows from script with configure({ apiOrigins }), over https. It was told to use ${p.origin}.`,
  refusedTokenEndpoint: (p: { origin: string }) =>
    `A token-endpoint named in the page's HTML must be on this site's own address, or on one the site allows from script with configure({ apiOrigins }). It was told to use ${p.origin}.`,
  refusedBackend: (p: { origin: string }) =>
    `A backend named in the page's HTML must be on this site's own address, or on one the site allows from script with configure({ apiOrigins }). It was told to use ${p.origin}.`,
  configBody:
    'It needs a way to sign in to Light: set a token-provider or token-endpoint on it, wrap it in <light-provider>, or call configure().',
  authError: 'Your session could not be confirmed. Refresh the page or sign in again.',
  networkError: 'We could not connect. Check your internet connection and try again.',
  stripeUnavailable:
    'It was blocked, or you are offline. Check your connection, allow js.stripe.com in any content blocker, and try again.',
  timeoutError: 'This is taking too long. Check your connection and try again.',
  rateLimitedError: 'We are getting a lot of requests right now. Wait a few seconds and try again.',
  serverError: 'Our system had a problem. Your information is safe; please try again in a moment.',
  badResponseError: 'We received something we could not read. Please try again.',
  forbiddenError: 'This account is not allowed to do that. Contact support if you think this is a mistake.',
  notFoundError: 'We could not find that. It may have moved or been removed.',
};

/** The English catalog: its keys and parameters, which translations follow. */
export type CoreMessages = typeof en;

/** Strings every element may show. */
export const coreMsg = defineMessages(en, { es: () => import('./messages.es.js') });
