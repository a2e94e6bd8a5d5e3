import { now } from '../../src/api/clock.js';
import { createLightBackend, type LightBackendOptions } from '../../src/server/index.js';
import type { SandboxSetup } from '../../stories/support/sandbox.js';

/** What the partner's backend was asked, by path. */
export interface BackendCall {
  path: string;
  body: unknown;
}

/**
 * Serves the partner's backend (`light-elements/server`, mounted at `basePath`) on this page's origin, over the
 * sandbox's app-token API and signed in as the sandbox account, as a partner's server would be: requests to
 * `${basePath}/*` on this origin reach it; every other request goes to the page's fetch. `options` adds to the
 * backend's (e.g. `clientAgent`). `restore()` puts the page's fetch back.
 */
export function serveBackend(
  setup: Pick<SandboxSetup, 'sandbox' | 'session'>,
  options: Partial<LightBackendOptions> = {},
) {
  const { sandbox, session } = setup;
  const basePath = options.basePath ?? '/energy';
  const handler = createLightBackend({
    // The page's (pinned) clock, as the partner's server shares the real one with the browser.
    now,
    ...options,
    appToken: sandbox.appToken,
    apiBase: sandbox.apiBase,
    fetch: sandbox.fetch,
    basePath,
    getAccountUuid: () => session.accountUuid,
  });
  const calls: BackendCall[] = [];
  const real = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(`${basePath}/`)) return real(input, init);
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : null;
    calls.push({ path: url.pathname.slice(basePath.length), body });
    return handler(new Request(url, init));
  };
  return { calls, restore: () => void (window.fetch = real) };
}
