/**
 * Starts what a data element will ask for first, as soon as the script-tag build sees the element and while the
 * element's own code is still loading: the token (when it comes from a token endpoint) and right after it the
 * element's first request: `GET /v1/account` for the elements that begin with the account, the first page of
 * invoices for `<light-invoices>`. The element then finds both under way in the shared
 * token cache and account store, instead of starting them after its code has loaded and rendered once.
 *
 * It signs in exactly as the element will (`resolveSignIn`: the same inputs, the same origin rules, the same
 * shared client), from the attributes the element has before it is upgraded. Anything it cannot see yet (a token
 * provider set from script later, say) only means the element starts its own requests, as it would without this.
 */
import type { LightOptions } from '../core/config.js';
import { resolveSignIn, type OwnSignIn } from '../core/sign-in.js';
import { prefetchToken } from '../core/token-endpoint.js';

/** What a data element asks for first: the token alone, the account, or the first page of invoices. */
export type FirstNeed = 'token' | 'account' | 'invoices';

/** What each data element asks for first: the token alone, or a request that needs it (the account, invoices). */
const FIRST_NEEDS: Readonly<Record<string, FirstNeed>> = {
  'light-account-status': 'account',
  'light-billing-address': 'account',
  'light-documents': 'account',
  'light-enrollment': 'account',
  'light-invoices': 'invoices',
  'light-payment-method': 'account',
  'light-plan-comparison': 'token',
  'light-renewal': 'account',
  'light-support-info': 'account',
  'light-usage-chart': 'account',
};

/**
 * The request `element` makes first, once signed in: none for a usage chart given its location (its first request
 * depends on the period it opens at) or for invoices opened at one invoice.
 */
export function firstRequest(element: Element): FirstNeed {
  const need = FIRST_NEEDS[element.localName];
  if (need === 'account' && element.localName === 'light-usage-chart' && element.getAttribute('location-uuid')) {
    return 'token';
  }
  return need === 'invoices' && element.getAttribute('invoice-number') ? 'token' : need;
}

/** The element's own sign-in: properties set before it was upgraded, else its attributes. */
function ownSignIn(element: Element): OwnSignIn {
  const own = element as Element & OwnSignIn;
  const attribute = (name: string) => element.getAttribute(name) || undefined;
  return {
    tokenProvider: own.tokenProvider,
    tokenEndpoint: own.tokenEndpoint ?? attribute('token-endpoint'),
    backend: own.backend ?? attribute('backend'),
    apiBase: own.apiBase ?? attribute('api-base'),
  };
}

/** The options of the nearest `<light-provider>` around `element` (defined by this build before any scan). */
function providedOptions(element: Element): LightOptions | undefined {
  return (element.closest('light-provider') as (Element & { options?: LightOptions }) | null)?.options;
}

/** Starts the token (and the account, where it comes first) for a data element about to load. */
export function startEarly(element: Element): void {
  if (!(element.localName in FIRST_NEEDS)) return;
  const signIn = resolveSignIn(ownSignIn(element), providedOptions(element));
  if (!signIn || 'what' in signIn) return;
  if (signIn.tokenEndpoint) prefetchToken(signIn.tokenEndpoint);
  const first = firstRequest(element);
  // Each in a module of its own (it needs the API client): a page fetches only the one its elements need.
  const early =
    first === 'account' ? import('./early-account.js') : first === 'invoices' ? import('./early-invoices.js') : null;
  early?.then((module) => module.start(signIn, element)).catch(() => undefined);
}
