/**
 * The one place Light Elements reads the time. Elements (what "today" is, whether a card or a link has expired),
 * the API client (token expiry, `Retry-After` dates, pacing) and the sandbox (its accounts, usage and invoices)
 * all ask `now()`, never `Date.now()` or `new Date()`, so a test or a story can pin the time for all of them.
 *
 * The clock is kept on `globalThis` under `Symbol.for('light-elements.clock')` rather than in this module, so
 * every copy of the library on a page shares it: the script-tag bundle loaded twice, the npm build beside it, the
 * sandbox, and a test's own imports. Pinning one pins them all.
 *
 * ```js
 * import { setClock, clockAt } from 'light-elements';
 * setClock(clockAt('2026-12-01T00:30:00-06:00')); // the 1st of the month, 00:30 in Texas, and running
 * // ...
 * setClock(); // back to the real time
 * ```
 *
 * Only the time is pinned, not the time zone: "today" is the customer's local date, so a test of a Texas day
 * also runs in `America/Chicago` (the browser's time zone, or `TZ` for Node).
 *
 * @module
 */

/** A source of the current time, in epoch milliseconds. */
export type Clock = () => number;

/** The global key every copy of the library reads the clock from. */
export const CLOCK_KEY: unique symbol = Symbol.for('light-elements.clock');

type ClockHost = { [CLOCK_KEY]?: unknown };

/**
 * The current time in epoch milliseconds: the pinned clock's when one is set (by `setClock` or by anything that
 * sets `globalThis[Symbol.for('light-elements.clock')]` to a function), else `Date.now()`.
 */
export function now(): number {
  const clock = (globalThis as ClockHost)[CLOCK_KEY];
  return typeof clock === 'function' ? Number((clock as Clock)()) : Date.now();
}

/**
 * Pins the time every copy of Light Elements on the page sees, or releases it (no argument) back to the real clock.
 * Elements read the clock when they render or load, so set it before they connect (or re-render them after).
 *
 * @param clock A function returning epoch ms, such as `clockAt(instant)`; omit it to use the real time again.
 */
export function setClock(clock?: Clock): void {
  const host = globalThis as ClockHost;
  if (clock === undefined) delete host[CLOCK_KEY];
  else if (typeof clock === 'function') host[CLOCK_KEY] = clock;
  else throw new TypeError('setClock expects a function returning epoch milliseconds, or nothing.');
}

export interface ClockAtOptions {
  /**
   * Stop the clock at `instant` instead of letting it run. A running clock (the default) keeps timeouts, token
   * expiry and "a moment later" behaving as they do for real; a frozen one gives the same instant to every read.
   */
  frozen?: boolean;
}

/**
 * A clock that starts at `instant` and runs at real speed from the moment it is made (or stays there, `frozen`).
 *
 * @param instant Epoch ms, a `Date`, or an ISO 8601 string; give the offset (`2026-03-08T12:00:00-05:00`) so the
 *   instant does not depend on the time zone it is read in.
 * @throws RangeError when `instant` is not a time.
 */
export function clockAt(instant: number | string | Date, options: ClockAtOptions = {}): Clock {
  const start =
    typeof instant === 'number' ? instant : typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (!Number.isFinite(start)) throw new RangeError(`Not a time: ${String(instant)}`);
  if (options.frozen) return () => start;
  // Elapsed time from a monotonic source: the real wall clock may be adjusted while a test runs.
  const elapsed = monotonic();
  return () => start + elapsed();
}

/** Milliseconds since this call, from `performance.now()` where there is one. */
function monotonic(): () => number {
  const perf = (globalThis as { performance?: { now(): number } }).performance;
  if (perf && typeof perf.now === 'function') {
    const origin = perf.now();
    return () => perf.now() - origin;
  }
  const origin = Date.now();
  return () => Date.now() - origin;
}
