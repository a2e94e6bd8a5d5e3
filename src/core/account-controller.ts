import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LightClient } from '../api/http.js';
import type { Account } from '../api/types.js';
import { accountStore } from './account-store.js';

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
}

/**
 * Gives an element the shared account: loads it through the client's store (one request however many elements
 * ask) and re-renders the element whenever any element refreshes it. With `load: false`, it only follows the
 * account's refreshes (through `onChange`) for an element that needs to know of them but not the account.
 */
export class AccountController implements ReactiveController {
  readonly task: Task<[LightClient | undefined], Account>;
  #client: () => LightClient | undefined;
  #unsubscribe?: () => void;
  #subscribedTo?: LightClient;
  readonly #load: boolean;
  readonly #onChange?: (account: Account) => void;

  constructor(
    host: ReactiveControllerHost,
    client: () => LightClient | undefined,
    options: AccountControllerOptions = {},
  ) {
    this.#client = client;
    this.#load = options.load ?? true;
    this.#onChange = options.onChange;
    this.task = new Task(host, {
      task: async ([current]) => {
        if (!current || !this.#load) return initialState;
        this.#subscribe(current);
        return accountStore(current).load();
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
    if (!this.#load) return;
    const client = this.#client();
    if (client) this.#subscribe(client);
  }

  hostUpdated(): void {
    // Without loads of its own, the element follows whichever client it has after each update (none: no one).
    if (this.#load) return;
    const client = this.#client();
    if (client) this.#subscribe(client);
    else this.hostDisconnected();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribedTo = undefined;
  }

  #subscribe(client: LightClient): void {
    if (this.#subscribedTo === client) return;
    this.#unsubscribe?.();
    this.#subscribedTo = client;
    this.#unsubscribe = accountStore(client).subscribe((account) => {
      this.#onChange?.(account);
      if (!this.#load) return;
      // A load this element started delivers the account itself; rerun only for loads made elsewhere.
      if (this.task.status !== TaskStatus.PENDING && this.task.value !== account) void this.task.run();
    });
  }
}
