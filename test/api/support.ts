/**
 * Seams for the API-layer tests beside the scripted fetch: timers that run out only when a test says so, and a
 * fetch wrapper that keeps each call's whole `RequestInit`.
 */

interface PendingTimer {
  ms: number;
  fire: () => void;
}

/**
 * A `timer` for `LightClient` / `TokenManager`: each call waits until `fire()`, or rejects when its signal aborts
 * (the code under test no longer needs it). `started` lists every timeout asked for; `live` counts the ones still
 * waiting.
 */
export function manualTimers() {
  const live = new Set<PendingTimer>();
  const started: number[] = [];
  const timer = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      started.push(ms);
      if (signal?.aborted) return reject(signal.reason as Error);
      const entry: PendingTimer = {
        ms,
        fire: () => {
          live.delete(entry);
          resolve();
        },
      };
      live.add(entry);
      signal?.addEventListener(
        'abort',
        () => {
          live.delete(entry);
          reject(signal.reason as Error);
        },
        { once: true },
      );
    });
  return Object.assign(timer, {
    started,
    get live() {
      return live.size;
    },
    /** Runs out every timer still waiting; returns how many. */
    fire(): number {
      const all = [...live];
      for (const entry of all) entry.fire();
      return all.length;
    },
  });
}

/** Wraps a fetch so that every call's `RequestInit` is kept as given. */
export function keepingInits(fetchImpl: typeof fetch) {
  const inits: RequestInit[] = [];
  const impl = (input: RequestInfo | URL, init: RequestInit = {}) => {
    inits.push(init);
    return fetchImpl(input, init);
  };
  return Object.assign(impl as typeof fetch, { inits });
}

/** A promise with its resolver, for a test to wait on something the code under test does. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
