import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LightClient } from '../api/http.js';
import type { Account } from '../api/types.js';
import { accountStore } from './account-store.js';

/**
 * Gives an element the shared account: loads it through the client's store (one request however many elements
 * ask) and re-renders the element whenever any element refreshes it.
 */
export class AccountController implements ReactiveController {
  readonly task: Task<[LightClient | undefined], Account>;
  #client: () => LightClient | undefined;
  #unsubscribe?: () => void;
  #subscribedTo?: LightClient;

  constructor(host: ReactiveControllerHost, client: () => LightClient | undefined) {
    this.#client = client;
    this.task = new Task(host, {
      task: async ([current]) => {
        if (!current) return initialState;
        this.#subscribe(current);
        return accountStore(current).load();
      },
      args: () => [this.#client()],
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
    const client = this.#client();
    if (client) this.#subscribe(client);
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
      // A load this element started delivers the account itself; rerun only for loads made elsewhere.
      if (this.task.status !== TaskStatus.PENDING && this.task.value !== account) void this.task.run();
    });
  }
}
