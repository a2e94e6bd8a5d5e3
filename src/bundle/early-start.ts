/**
 * Starts what a data element will ask for first, as soon as the script-tag build sees the element and while the
 * element's own code is still loading: the token and right after it the element's first request, `GET /v1/account`
 * for the elements that begin with the account, the first page of invoices for `<light-invoices>`, and a usage
 * chart's usage for the period it opens at as soon as its location is known. All of it goes through the shared
 * client the element will use, so the element finds them under way in its token cache, account store and client,
 * instead of starting them after its code has loaded and rendered once. One token request and one account request
 * however many elements the page has.
 *
 * It signs in exactly as the element will (`resolveSignIn`: the same inputs, the same origin rules, the same
 * shared client), from the attributes the element has before it is upgraded. Anything it cannot see yet (a token
 * provider set from script later, say) only means the element starts its own requests, as it would without this.
 */
import type { LightOptions } from '../core/config.js';
import { resolveSignIn, type OwnSignIn } from '../core/sign-in.js';
import { accountStore } from '../core/account-store.js';
import { sharedClient } from '../core/clients.js';
import { warmIntlWhenIdle } from '../core/i18n.js';

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
 * Elements whose first data is numbers and dates: the page's first formatters cost 20–60 ms, paid here while the
 * element's code loads rather than between its data arriving and its first paint.
 */
const FORMATS_FIRST = new Set(['light-invoices', 'light-renewal', 'light-usage-chart']);

/**
 * The request `element` makes first, once signed in: none for invoices opened at one invoice, nor for a usage
 * chart given its location (its usage requests, which depend on its period, start from `early-usage.ts`).
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
  // Through the shared client the element will use: its token cache and account store join these requests.
  const client = sharedClient(signIn.tokenProvider, signIn.apiBase, signIn.fetch);
  if (FORMATS_FIRST.has(element.localName)) warmIntlWhenIdle();
  const first = firstRequest(element);
  // The account, which most data elements begin with, right away (its code is part of this file); the first page
  // of invoices from a module of its own, so only pages with invoices fetch it.
  if (first === 'account')
    accountStore(client)
      .load()
      .catch(() => {});
  else client.tokens.getToken().catch(() => {});
  if (first === 'invoices') import('./early-invoices.js').then((early) => early.start(client, element)).catch(() => {});
  // A usage chart's usage requests depend on the period it opens at and its location (given, or the account's).
  if (element.localName === 'light-usage-chart')
    import('./early-usage.js').then((early) => early.start(client, element)).catch(() => {});
}
