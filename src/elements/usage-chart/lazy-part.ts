import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A part of the element that the first paint does not need (the table view, the CSV download), loaded on first
 * use: `get()` answers the module once loaded and starts loading it otherwise, updating the host when it arrives.
 * A load that fails (offline) is tried again on the next `get()`.
 */
export class LazyPart<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #loader: () => Promise<T>;
  #value?: T;
  #pending?: Promise<T>;

  constructor(host: ReactiveControllerHost, loader: () => Promise<T>) {
    this.#host = host;
    this.#loader = loader;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The module, or `undefined` while it loads. */
  get(): T | undefined {
    if (this.#value === undefined) void this.load().catch(() => undefined);
    return this.#value;
  }

  /** The module, once loaded. */
  load(): Promise<T> {
    if (this.#value !== undefined) return Promise.resolve(this.#value);
    this.#pending ??= this.#loader().then(
      (value) => {
        this.#value = value;
        this.#host.requestUpdate();
        return value;
      },
      (error: unknown) => {
        this.#pending = undefined;
        throw error;
      },
    );
    return this.#pending;
  }
}
