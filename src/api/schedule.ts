/**
 * The one place Light Elements runs work later on a timer (re-reading the account while an enrollment becomes
 * active). Everything scheduled goes through `schedule()`, never `setTimeout` directly, so a test or a story can
 * replace the timers and move time on at will instead of waiting.
 *
 * The scheduler is kept on `globalThis` under `Symbol.for('light-elements.scheduler')`, as the clock is (see
 * `clock.ts`), so every copy of the library on a page shares it: replacing it once replaces it for all.
 *
 * ```js
 * import { setScheduler, manualScheduler } from 'light-elements';
 * const timers = manualScheduler();
 * setScheduler(timers);
 * timers.advance(15_000); // fires every timer due within the next 15 s, at once
 * setScheduler(); // back to real timers
 * ```
 *
 * Only timers are replaced, not the time `now()` reads (pin that with `setClock`).
 *
 * @module
 */

/** Runs `fn` once after `ms` milliseconds; returns the function that cancels it (harmless once it ran). */
export type Scheduler = (fn: () => void, ms: number) => () => void;

/** The global key every copy of the library reads the scheduler from. */
export const SCHEDULER_KEY: unique symbol = Symbol.for('light-elements.scheduler');

type SchedulerHost = { [SCHEDULER_KEY]?: unknown };

/**
 * Runs `fn` after `ms` through the scheduler set by `setScheduler` (or by anything that sets
 * `globalThis[Symbol.for('light-elements.scheduler')]` to a function), else through `setTimeout`.
 *
 * @returns The function that cancels the timer, on whichever scheduler it was set.
 */
export function schedule(fn: () => void, ms: number): () => void {
  const scheduler = (globalThis as SchedulerHost)[SCHEDULER_KEY];
  if (typeof scheduler === 'function') return (scheduler as Scheduler)(fn, ms);
  const timer = setTimeout(fn, ms);
  return () => clearTimeout(timer);
}

/**
 * Replaces the timers every copy of Light Elements on the page uses, or releases them (no argument) back to
 * `setTimeout`. A timer keeps the scheduler it was set on: set this before the elements that poll connect.
 *
 * @param scheduler A `Scheduler`, such as `manualScheduler()`; omit it to use real timers again.
 */
export function setScheduler(scheduler?: Scheduler): void {
  const host = globalThis as SchedulerHost;
  if (scheduler === undefined) delete host[SCHEDULER_KEY];
  else if (typeof scheduler === 'function') host[SCHEDULER_KEY] = scheduler;
  else throw new TypeError('setScheduler expects a function (fn, ms) => cancel, or nothing.');
}

/** A scheduler whose time moves only when told to: for tests and stories. */
export interface ManualScheduler extends Scheduler {
  /** Every delay asked for so far, in milliseconds, in order (cancelled timers included). */
  readonly delays: readonly number[];
  /** How many timers are waiting to fire. */
  readonly pending: number;
  /**
   * Moves this scheduler's time on by `ms`, running every timer due by then in the order they fall due (timers
   * set by those timers too, when they fall within `ms`). Work a timer starts asynchronously (a request) settles
   * afterwards, as it would for real.
   *
   * @returns How many timers ran.
   */
  advance(ms: number): number;
}

/** A `Scheduler` that runs nothing until `advance()` moves its time on. Its time starts at 0. */
export function manualScheduler(): ManualScheduler {
  let time = 0;
  let order = 0;
  const delays: number[] = [];
  const timers = new Set<{ at: number; order: number; fn: () => void }>();
  const scheduler: Scheduler = (fn, ms) => {
    delays.push(ms);
    const timer = { at: time + Math.max(0, ms), order: order++, fn };
    timers.add(timer);
    return () => void timers.delete(timer);
  };
  const advance = (ms: number) => {
    const end = time + ms;
    let ran = 0;
    for (;;) {
      const next = [...timers].sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (!next || next.at > end) break;
      timers.delete(next);
      time = next.at;
      ran++;
      next.fn();
    }
    time = end;
    return ran;
  };
  return Object.defineProperties(Object.assign(scheduler, { advance }), {
    delays: { get: () => [...delays] },
    pending: { get: () => timers.size },
  }) as ManualScheduler;
}
