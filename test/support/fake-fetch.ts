/**
 * A scripted `fetch` for API-layer tests: each call takes the next step of the script (or the last one, repeated)
 * and every call is recorded.
 */
export type Step =
  | { status: number; body?: unknown; raw?: string; headers?: Record<string, string> }
  | { throws: Error }
  | { hang: true };

export interface RecordedCall {
  url: string;
  method: string;
  headers: Headers;
  body: string | null;
  signal: AbortSignal | null;
}

export function scriptedFetch(...script: Step[]) {
  const calls: RecordedCall[] = [];
  const impl = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const step = script[Math.min(calls.length, script.length - 1)];
    calls.push({
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : null,
      signal: init.signal ?? null,
    });
    if ('throws' in step) throw step.throws;
    if ('hang' in step) {
      return new Promise((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      });
    }
    const text = step.raw ?? (step.body === undefined ? '' : JSON.stringify(step.body));
    return new Response(text || null, { status: step.status, headers: step.headers });
  };
  return Object.assign(impl as typeof fetch, { calls });
}

/** A sleep that records what it was asked to wait, and does not wait. */
export function recordingSleep() {
  const waits: number[] = [];
  const sleep = (ms: number, signal?: AbortSignal) => {
    waits.push(ms);
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    return Promise.resolve();
  };
  return Object.assign(sleep, { waits });
}

/** The smallest `GET /v1/account` answer of an active customer, for tests of configuration and sign-in. */
export const activeAccountJson = {
  uuid: 'acc-1',
  status: 'active',
  status_reason: 'active',
  enrollment: { is_service_active: true },
  locations: [],
};
