import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LightClient } from '../api/http.js';
import type { Account } from '../api/types.js';
import { accountStore } from './account-store.js';
import { isServiceActive } from './service-status.js';

/** How an element uses the shared account. */
export interface AccountControllerOptions {
  /**
   * `false`: the element does not need the account itself and never loads it; it only hears, through `onChange`,
   * of the loads other elements make (a refresh after a change elsewhere). Its `task` stays in its initial state.
   * Default `true`.
   */
  load?: boolean;
  /** Called with every account loaded on the client while the element is subscribed, by any element. */
  onChange?: (account: Account) => void;
  /**
   * Keeps the account current while this returns `true`: evaluated after each update of the element, it holds a
   * watch of the client's account store (see `AccountStore.watch`) while `true` and releases it when `false` or
   * when the element disconnects. Every element on the client shares one schedule of re-reads.
   */
  watch?: () => boolean;
  /**
   * Called once when an account delivered to this element shows the service active after this element had seen
   * it not active (not for an account that was already active when the element first got it).
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
  readonly task: Task<[LightClient | undefined], Account>;
  #client: () => LightClient | undefined;
  #unsubscribe?: () => void;
  #subscribedTo?: LightClient;
  readonly #load: boolean;
  readonly #options: AccountControllerOptions;
  #release?: () => void;
  #watching?: LightClient;
  /** This element has seen the account with its service not active yet. */
  #inactive = false;

  constructor(
    host: ReactiveControllerHost,
    client: () => LightClient | undefined,
    options: AccountControllerOptions = {},
  ) {
    this.#client = client;
    this.#load = options.load ?? true;
    this.#options = options;
    this.task = new Task(host, {
      task: async ([current]) => {
        if (!current || !this.#load) return initialState;
        this.#subscribe(current);
        return this.#see(await accountStore(current).load());
      },
      args: () => [this.#client()],
      autoRun: this.#load,
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
    if (!this.#load) return;
    const client = this.#client();
    if (client) this.#subscribe(client);
  }

  hostUpdated(): void {
    this.#holdWatch();
    // Without loads of its own, the element follows whichever client it has after each update (none: no one).
    if (this.#load) return;
    const client = this.#client();
    if (client) this.#subscribe(client);
    else this.hostDisconnected();
  }

  hostDisconnected(): void {
    this.#watchOn(undefined);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribedTo = undefined;
  }

  #subscribe(client: LightClient): void {
    if (this.#subscribedTo === client) return;
    this.#unsubscribe?.();
    this.#subscribedTo = client;
    this.#inactive = false;
    this.#unsubscribe = accountStore(client).subscribe((account) => {
      this.#see(account);
      this.#options.onChange?.(account);
      if (!this.#load) return;
      // A load this element started delivers the account itself; rerun only for loads made elsewhere.
      if (this.task.status !== TaskStatus.PENDING && this.task.value !== account) void this.task.run();
    });
  }

  /** Holds a watch of the current client's account while the `watch` option says so. */
  #holdWatch(): void {
    const client = this.#client();
    this.#watchOn(client && this.#options.watch?.() ? client : undefined);
  }

  #watchOn(client: LightClient | undefined): void {
    if (this.#watching === client) return;
    this.#release?.();
    this.#release = client && accountStore(client).watch();
    this.#watching = client;
  }

  /** Notes whether the service is active, telling `onServiceActive` the first time it is after it was not. */
  #see(account: Account): Account {
    const active = isServiceActive(account);
    if (active && this.#inactive) this.#options.onServiceActive?.(account);
    this.#inactive = !active;
    return account;
  }
}
