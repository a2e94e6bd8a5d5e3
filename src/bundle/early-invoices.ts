/**
 * The first page of invoices, started by `early-start.ts` for `<light-invoices>` through the shared client the
 * element will use: the element's own first request (the same URL) takes this answer (`LightClient.prefetch`).
 */
import { PATHS } from '../api/paths.js';
import { sharedClient } from '../core/clients.js';
import type { SignIn } from '../core/sign-in.js';
import { pageLimit } from '../elements/invoices/invoice-pages.js';

/** Starts the request the element's first page makes (`listInvoices` with its `page-size`). */
export function start(signIn: SignIn, element: Element): void {
  const limit = pageLimit(element.getAttribute('page-size'));
  sharedClient(signIn.tokenProvider, signIn.apiBase, signIn.fetch).prefetch(PATHS.invoices, { limit, offset: 0 });
}
