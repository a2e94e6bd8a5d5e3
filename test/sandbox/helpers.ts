/** Small helpers for the sandbox tests: a settable clock and a raw JSON caller. */
import { createSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/index.js';

/** A clock tests move by hand: no sleeps needed for expiry. */
export function manualClock(iso: string) {
  let now = new Date(iso).getTime();
  return {
    now: () => new Date(now),
    set: (value: string) => {
      now = new Date(value).getTime();
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

export const API = 'https://api.light.dev/v1';

/** A sandbox on a fixed clock (Wednesday 18 March 2026, 1 pm in Texas). */
export function fixedSandbox(options: SandboxOptions = {}) {
  const clock = manualClock('2026-03-18T18:00:00Z');
  const sandbox = createSandbox({ seed: 7, now: clock.now, ...options });
  return { sandbox, clock };
}

export interface Reply {
  status: number;
  body: any;
  headers: Headers;
}

/** Sends one request through `sandbox.fetch` and reads the JSON reply. */
export async function call(
  sandbox: Sandbox,
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await sandbox.fetch(`${API}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

/** A session in `scenario` plus a token for it. */
export async function tokenFor(sandbox: Sandbox, scenario: Parameters<Sandbox['session']>[0] = 'new-customer') {
  const session = sandbox.session(scenario);
  const { token } = await session.tokenProvider();
  return { ...session, token };
}
