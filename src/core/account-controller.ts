import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LightClient } from '../api/http.js';
import type { Account } from '../api/types.js';
import { accountStore, isServiceActive } from './account-store.js';

/** How an element uses the shared account. */
export interface AccountControllerOptions {
  /**
   * `false`: the element does not need the account itself and never loads it; it only hears, through `onChange`,
   * of the loads other elements make (a refresh after a change elsewhere). Its `task` stays in its initial state.
   * A function is asked before each update (a usage chart given its location needs no account). Default `true`.
   */
  load?: boolean | (() => boolean);
  /** Called with every account loaded on the client while the element is subscribed, by any element. */
  onChange?: (account: Account) => void;
  /**
   * Keeps the account current while this returns `true`: evaluated after each update of the element, it holds a
   * watch of the client's account store (see `AccountStore.watch`) while `true` and releases it when `false` or
   * when the element disconnects. Every element on the client shares one schedule of re-reads.
   */
  watch?: () => boolean;
  /**
   * Called when an account loaded on the client (by this element, a watch or any element) shows the service
   * active while this element has the account with its service not active: once per start of service, never for
   * an account already active when the element got it. Needs `load` (the default).
   */
  onServiceActive?: (account: Account) => void;
}

/**
 * Gives an element the shared account: loads it through the client's store (one request however many elements
 * ask) and re-renders the element whenever any element refreshes it. With `load: false`, it only follows the
 * account's refreshes (through `onChange`) for an element that needs to know of them but not the account.
 * With `watch`, it keeps the account current while an enrollment becomes active (`AccountStore.watch`).
 */
export class AccountController implements ReactiveController {
  readonly task: Task<[LightClient | undefined, boolean], Account>;
  #client: () => LightClient | undefined;
  #unsubscribe?: () => void;
  #subscribedTo?: LightClient;
  readonly #wants: () => boolean;
  readonly #options: AccountControllerOptions;
  #release?: () => void;
  #watching?: LightClient;

  constructor(
    host: ReactiveControllerHost,
    client: () => LightClient | undefined,
    options: AccountControllerOptions = {},
  ) {
    this.#client = client;
    const load = options.load ?? true;
    this.#wants = typeof load === 'function' ? load : () => load;
    this.#options = options;
    this.task = new Task(host, {
      task: async ([current, wanted]) => {
        if (!current || !wanted) return initialState;
        this.#subscribe(current);
        return accountStore(current).load();
      },
      args: () => [this.#client(), this.#wants()],
      autoRun: load !== false,
    });
    host.addController(this);
  }

  /** The account, once loaded. */
  get value(): Account | undefined {
    return this.task.value;
  }

  /** Loads again from the API (after a change this element made) and updates every element on the client. */
  async refresh(): Promise<Account | undefined> {
    const client = this.#client();
    if (!client) return undefined;
    await accountStore(client).refresh();
    return this.task.taskComplete;
  }

  hostConnected(): void {
    this.#holdWatch();
    if (!this.#wants()) return;
    const client = this.#client();
    if (client) this.#subscribe(client);
  }

  hostUpdated(): void {
    this.#holdWatch();
    // Without loads of its own, the element follows whichever client it has after each update (none: no one).
    if (this.#wants()) return;
    const client = this.#client();
    if (client) this.#subscribe(client);
    else this.hostDisconnected();
  }

  hostDisconnected(): void {
    this.#holdWatch(false);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribedTo = undefined;
  }

  #subscribe(client: LightClient): void {
    if (this.#subscribedTo === client) return;
    this.#unsubscribe?.();
    this.#subscribedTo = client;
    this.#unsubscribe = accountStore(client).subscribe((account) => {
      // What the element shows until this account reaches it: service not active then, active now.
      const shown = this.task.value;
      if (shown && !isServiceActive(shown) && isServiceActive(account)) this.#options.onServiceActive?.(account);
      this.#options.onChange?.(account);
      if (!this.#wants()) return;
      // A load this element started delivers the account itself; rerun only for loads made elsewhere.
      if (this.task.status !== TaskStatus.PENDING && this.task.value !== account) void this.task.run();
    });
  }

  /** Holds a watch of the current client's account while the `watch` option says so (and `want`). */
  #holdWatch(want = true): void {
    const client = want && this.#options.watch?.() ? this.#client() : undefined;
    if (this.#watching === client) return;
    this.#release?.();
    this.#release = client && accountStore(client).watch();
    this.#watching = client;
  }
}
