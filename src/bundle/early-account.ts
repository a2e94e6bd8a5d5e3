/**
 * The account request `early-start.ts` makes for an element that begins with the account: through the same shared
 * client and account store the element will use, so the element's own load joins this one. A module of its own, as
 * it needs the API client, which the page loads with the element's code in any case.
 */
import { accountStore } from '../core/account-store.js';
import { sharedClient } from '../core/clients.js';
import type { SignIn } from '../core/sign-in.js';

/** Starts loading the account; a failure is the element's to show when it asks. */
export function start(signIn: SignIn): void {
  accountStore(sharedClient(signIn.tokenProvider, signIn.apiBase, signIn.fetch))
    .load()
    .catch(() => undefined);
}
