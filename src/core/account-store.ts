import { getAccount } from '../api/endpoints.js';
import { LightApiError } from '../api/errors.js';
import type { LightClient } from '../api/http.js';
import { schedule } from '../api/schedule.js';
import type { Account } from '../api/types.js';
import { pageState } from './page-state.js';
import { isServiceActive } from './service-status.js';

/** The watch's first re-read, and its cap: each unchanged read doubles the wait between them. */
const FIRST_MS = 15_000;
const CAP_MS = 300_000;
/** How soon after the page becomes visible again the watch reads. */
const VISIBLE_MS = 1_000;

const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';
/** Adds or removes the page-visibility listener, where there is a page. */
const onVisibility = (add: boolean, listener: () => void) =>
  typeof document !== 'undefined' &&
  document[add ? 'addEventListener' : 'removeEventListener']('visibilitychange', listener);

/**
 * The customer's account (`GET /v1/account`), shared by every element that uses one client: concurrent loads
 * share one request, and a refresh after a mutation reaches every subscriber.
 *
 * The load started last wins: an answer is applied (kept as `value` and sent to subscribers) only if no later
 * load has started since its own, so an older answer arriving late never undoes a newer one. A superseded load's
 * promise settles as the newest load does (every caller sees the same account); only if that newest load fails
 * does a superseded load that succeeded resolve with its own account, still without applying it.
 */
export class AccountStore {
  #client: LightClient;
  #value: Account | undefined;
  #pending: Promise<Account> | null = null;
  /** The load started last (kept after it settles, for the loads it superseded). */
  #newest: Promise<Account> | null = null;
  /** How many loads have started: each load's number tells whether a later one began. */
  #started = 0;
  #listeners = new Set<(account: Account) => void>();
  /** How many watches are held, the wait before the next re-read, and how to cancel it when one is set. */
  #watchers = 0;
  #delay = FIRST_MS;
  #cancel?: () => void;
  /** A watch's re-read is in flight; or a 401/403 ended the watch until it starts again. */
  #reading = false;
  #refused = false;

  constructor(client: LightClient) {
    this.#client = client;
  }

  /** The last account loaded, if any. */
  get value(): Account | undefined {
    return this.#value;
  }

  /** The account, from memory unless `force`; concurrent calls share one request. */
  load({ force = false } = {}): Promise<Account> {
    if (this.#value && !force && !this.#pending) return Promise.resolve(this.#value);
    if (this.#pending && !force) return this.#pending;
    const number = ++this.#started;
    const superseded = () => number !== this.#started;
    const pending: Promise<Account> = getAccount(this.#client).then(
      (account) => {
        if (superseded()) return this.#newest!.catch(() => account);
        this.#pending = null;
        this.#value = account;
        if (isServiceActive(account)) this.#plan();
        for (const listener of this.#listeners) listener(account);
        return account;
      },
      (error: unknown) => {
        if (superseded()) return this.#newest!;
        this.#pending = null;
        throw error;
      },
    );
    this.#pending = pending;
    this.#newest = pending;
    return pending;
  }

  /** Reloads after a change made elsewhere (a plan accepted, a card added) and tells every subscriber. */
  refresh(): Promise<Account> {
    return this.load({ force: true });
  }

  /**
   * Keeps the account current while an enrollment travels to service: while at least one watch is held, the
   * account is re-read (`load({ force: true })`, so every subscriber hears of it) 15 s after the watch starts,
   * then at waits doubling to 5 minutes, back to 15 s whenever a read shows the status changed. One schedule per
   * store however many watch. No reads while the page is hidden; one soon after it is visible again. Failures
   * (the network, the server) keep the schedule; it ends once the service is active, on a 401 or 403 (until a
   * watch starts again), and when the last watch is released.
   *
   * @returns The function that releases this watch.
   */
  watch(): () => void {
    if (!this.#watchers++) {
      this.#delay = FIRST_MS;
      this.#refused = false;
      onVisibility(true, this.#visibility);
      this.#plan();
    }
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      if (--this.#watchers) return;
      onVisibility(false, this.#visibility);
      this.#plan();
    };
  }

  /** Calls `listener` with every account loaded from now on; returns the unsubscribe function. */
  subscribe(listener: (account: Account) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Sets the watch's next re-read `ms` from now, or none when no re-read is due; cancels the one set before. */
  #plan(ms = this.#delay): void {
    this.#cancel?.();
    this.#cancel = undefined;
    const due = this.#watchers && !this.#reading && !this.#refused && !hidden();
    if (due && !(this.#value && isServiceActive(this.#value))) this.#cancel = schedule(this.#read, ms);
  }

  #read = (): void => {
    const before = this.#value && this.#value.status + this.#value.status_reason;
    this.#cancel = undefined;
    this.#reading = true;
    const next = (changed: boolean) => {
      this.#reading = false;
      this.#delay = changed ? FIRST_MS : Math.min(this.#delay * 2, CAP_MS);
      this.#plan();
    };
    this.load({ force: true }).then(
      (account) => next(before !== undefined && before !== account.status + account.status_reason),
      (error: unknown) => {
        this.#refused = error instanceof LightApiError && (error.code === 'auth' || error.code === 'forbidden');
        next(false);
      },
    );
  };

  #visibility = (): void => this.#plan(VISIBLE_MS);
}

/** One store per client, shared by every copy of the library on the page (clients are shared too). */
const stores = pageState('accountStores', () => new WeakMap<LightClient, AccountStore>());

/** The one account store of a client. */
export function accountStore(client: LightClient): AccountStore {
  let store = stores.get(client);
  if (!store) {
    store = new AccountStore(client);
    stores.set(client, store);
  }
  return store;
}
