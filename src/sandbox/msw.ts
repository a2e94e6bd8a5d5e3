/**
 * MSW 2 handlers that answer from a sandbox, for Storybook and the demo (a separate entry, so importing the
 * sandbox core never pulls MSW in).
 *
 * ```ts
 * const sandbox = createSandbox();
 * setupWorker(...createHandlers(sandbox)).start();
 * ```
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { Sandbox } from './core.js';

export interface HandlerOptions {
  /** The API base to intercept. Default: the sandbox's `apiBase` (`https://api.light.dev`). */
  apiBase?: string;
}

/**
 * One catch-all handler for `<apiBase>/v1/*`. A `network` fault becomes `HttpResponse.error()` (the page's
 * fetch rejects with a TypeError), anything else is the sandbox's response.
 */
export function createHandlers(sandbox: Sandbox, options: HandlerOptions = {}): HttpHandler[] {
  const base = (options.apiBase ?? sandbox.apiBase).replace(/\/+$/, '');
  return [
    http.all(`${base}/v1/*`, async ({ request }) => {
      try {
        return await sandbox.handle(request);
      } catch (error) {
        if (error instanceof TypeError) return HttpResponse.error();
        throw error;
      }
    }),
  ];
}
