import { getAccount } from '../api/endpoints.js';
import type { LightClient } from '../api/http.js';
import type { Account } from '../api/types.js';
import type { AccountPoll } from './account-poll.js';
import { pageState } from './page-state.js';

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
  /** The schedule of re-reads, loaded with the first watch: most pages never watch. */
  #poll?: Promise<AccountPoll>;

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
   * The schedule lives in `account-poll.ts`, loaded with the first watch (most pages never watch): a watch or a
   * release reaches it a moment later (a microtask, once loaded), not during this call.
   *
   * @returns The function that releases this watch (calling it again does nothing).
   */
  watch(): () => void {
    this.#watch(1);
    let held = 1;
    // A second call releases nothing.
    return () => {
      this.#watch(-held);
      held = 0;
    };
  }

  /** Calls `listener` with every account loaded from now on; returns the unsubscribe function. */
  subscribe(listener: (account: Account) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Passes a watch (1) or a release (-1) on to the schedule of re-reads. */
  #watch(change: number): void {
    this.#poll ??= import('./account-poll.js').then((poll) => new poll.AccountPoll(this));
    void this.#poll.then((poll) => poll.add(change));
  }
}

/** Whether the account's electricity service is active (`enrollment.is_service_active`, or status `active`). */
export const isServiceActive = (account: Pick<Account, 'status' | 'enrollment'>): boolean =>
  account.enrollment.is_service_active || account.status === 'active';

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
