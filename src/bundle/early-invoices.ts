/**
 * The first page of invoices, started by `early-start.ts` for `<light-invoices>` through the shared client the
 * element will use: the element's own first request (the same URL) takes this answer (`LightClient.prefetch`).
 */
import { PATHS } from '../api/paths.js';
import type { LightClient } from '../api/http.js';
import { pageLimit } from '../elements/invoices/invoice-pages.js';

/** Starts the request the element's first page makes (`listInvoices` with its `page-size`). */
export function start(client: LightClient, element: Element): void {
  client.prefetch(PATHS.invoices, { limit: pageLimit(element.getAttribute('page-size')), offset: 0 });
}
