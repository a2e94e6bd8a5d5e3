/**
 * Starts what a data element will ask for first, as soon as the script-tag build sees the element and while the
 * element's own code is still loading: the token (when it comes from a token endpoint) and, for elements that
 * begin with the account, `GET /v1/account` right after it. The element then finds both under way in the shared
 * token cache and account store, instead of starting them after its code has loaded and rendered once.
 *
 * It signs in exactly as the element will (`resolveSignIn`: the same inputs, the same origin rules, the same
 * shared client), from the attributes the element has before it is upgraded. Anything it cannot see yet (a token
 * provider set from script later, say) only means the element starts its own requests, as it would without this.
 */
import type { LightOptions } from '../core/config.js';
import { resolveSignIn, type OwnSignIn } from '../core/sign-in.js';
import { prefetchToken } from '../core/token-endpoint.js';

/** What each data element needs first: the token alone, or the account (which needs the token). */
const FIRST_NEEDS: Readonly<Record<string, 'token' | 'account'>> = {
  'light-account-status': 'account',
  'light-billing-address': 'account',
  'light-documents': 'account',
  'light-enrollment': 'account',
  'light-invoices': 'token',
  'light-payment-method': 'account',
  'light-plan-comparison': 'token',
  'light-renewal': 'account',
  'light-support-info': 'account',
  'light-usage-chart': 'account',
};

/** Whether `element` needs the account before anything else (a usage chart given its location does not). */
function needsAccountFirst(element: Element): boolean {
  const need = FIRST_NEEDS[element.localName];
  if (need !== 'account') return false;
  return !(element.localName === 'light-usage-chart' && element.getAttribute('location-uuid'));
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
  if (needsAccountFirst(element)) {
    import('./early-account.js').then(({ loadAccount }) => loadAccount(signIn)).catch(() => undefined);
  }
}
