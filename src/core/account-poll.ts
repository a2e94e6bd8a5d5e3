/**
 * The schedule behind `AccountStore.watch`: while a store is watched, it re-reads the account on a backoff until
 * the service is active. Kept out of the store so that pages whose elements never watch do not load it: the
 * store loads this module with its first watch, and an element that watches may import it itself (for
 * `isServiceOnTheWay`).
 *
 * @module
 */
import { LightApiError } from '../api/errors.js';
import { schedule } from '../api/schedule.js';
import type { Account } from '../api/types.js';
import { isServiceActive, type AccountStore } from './account-store.js';

/** The first re-read, and the cap: each read that shows no change doubles the wait before the next. */
const FIRST_MS = 15_000;
const CAP_MS = 300_000;
/** How soon after the page becomes visible again the account is read. */
const VISIBLE_MS = 1_000;

/** Statuses of an enrollment that is finalized and travelling to the utility: nothing left for the customer. */
const ON_THE_WAY: ReadonlySet<string> = new Set(['reviewing', 'ready', 'scheduled', 'activating']);

/** Whether an account is worth watching: its enrollment is on its way to service, with nothing for the customer. */
export function isServiceOnTheWay(account: Pick<Account, 'status' | 'enrollment'>): boolean {
  return ON_THE_WAY.has(account.status) && !isServiceActive(account);
}

const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

/** One store's schedule of re-reads, told of every watch and release through `add()`. */
export class AccountPoll {
  #store: AccountStore;
  #watchers = 0;
  #on = false;
  #delay = FIRST_MS;
  #cancel?: () => void;
  /** A re-read is in flight (it plans the next one when it settles). */
  #reading = false;
  /** A 401 or 403 ended the schedule until the store is watched again. */
  #refused = false;

  constructor(store: AccountStore) {
    this.#store = store;
    // A load made elsewhere may show the service active first: nothing is left to wait for.
    store.subscribe((account) => isServiceActive(account) && this.#plan());
  }

  /**
   * Counts a watch (`1`) or a release (`-1`): the first watch starts the schedule, from 15 s; the last release
   * ends it, timer cleared.
   */
  add(change: number): void {
    const on = (this.#watchers += change) > 0;
    if (on === this.#on) return;
    this.#on = on;
    if (on) {
      this.#delay = FIRST_MS;
      this.#refused = false;
    }
    if (typeof document !== 'undefined') {
      document[on ? 'addEventListener' : 'removeEventListener']('visibilitychange', this.#visibility);
    }
    this.#plan();
  }

  /** Sets the next re-read `ms` from now when one is due, after cancelling the one set before. */
  #plan(ms = this.#delay): void {
    this.#cancel?.();
    this.#cancel = undefined;
    const account = this.#store.value;
    if (this.#on && !this.#reading && !this.#refused && !hidden() && !(account && isServiceActive(account))) {
      this.#cancel = schedule(this.#read, ms);
    }
  }

  #read = (): void => {
    const state = (account?: Account) => account && account.status + '/' + account.status_reason;
    const before = state(this.#store.value);
    this.#cancel = undefined;
    this.#reading = true;
    const next = (changed: boolean) => {
      this.#reading = false;
      this.#delay = changed ? FIRST_MS : Math.min(this.#delay * 2, CAP_MS);
      this.#plan();
    };
    this.#store.load({ force: true }).then(
      (account) => next(before !== undefined && before !== state(account)),
      (error: unknown) => {
        this.#refused = error instanceof LightApiError && (error.code === 'auth' || error.code === 'forbidden');
        next(false);
      },
    );
  };

  /** Hidden: the timer is cleared. Visible again: one read soon, then the schedule goes on. */
  #visibility = (): void => this.#plan(VISIBLE_MS);
}
