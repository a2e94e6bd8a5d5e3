/**
 * Waiting, bounded: the sleep, timer and abort plumbing the API client and the token manager share, so every
 * network await can be ended by a timeout and by the caller's `AbortSignal`.
 *
 * @module
 */

/** Waits `ms`, or rejects with the abort reason when `signal` aborts first. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Waits `ms`, or rejects with an AbortError when `signal` aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Settles like `promise`, or rejects with `signal.reason` as soon as `signal` aborts, whether or not `promise`
 * ever settles. A late rejection of `promise` is swallowed (nobody is waiting for it any more).
 */
export function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  promise.catch(() => undefined);
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}

/** Why a deadline aborted its signal: told apart from the caller's own abort. */
export class DeadlineExceeded extends Error {
  override readonly name = 'DeadlineExceeded';
}

/**
 * One bounded wait: `signal` aborts when `ms` run out (reason: a `DeadlineExceeded`) or when `outer` aborts
 * (reason: `outer.reason`). Call `done()` when the work is over, whichever way, to stop the timer.
 */
export function deadline(ms: number, timer: Sleep, outer?: AbortSignal) {
  const controller = new AbortController();
  const stop = new AbortController();
  let expired = false;
  const onOuterAbort = () => controller.abort(outer!.reason);
  if (outer?.aborted) controller.abort(outer.reason);
  else outer?.addEventListener('abort', onOuterAbort, { once: true });
  if (!controller.signal.aborted && Number.isFinite(ms)) {
    timer(Math.max(0, ms), stop.signal).then(
      () => {
        if (stop.signal.aborted || controller.signal.aborted) return;
        expired = true;
        controller.abort(new DeadlineExceeded(`No answer within ${ms} ms.`));
      },
      () => undefined,
    );
  }
  return {
    signal: controller.signal,
    /** True when the time ran out (rather than `outer` aborting). */
    get expired() {
      return expired;
    },
    done() {
      stop.abort();
      outer?.removeEventListener('abort', onOuterAbort);
    },
  };
}
