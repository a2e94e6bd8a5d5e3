import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A part of an element that its first paint does not need (a table view, a download, the views of later steps),
 * fetched on first use. `get()` gives the module once here and starts fetching it otherwise; the host updates when
 * it arrives. A fetch that fails (offline) is tried again on the next ask; `load()` then resolves `undefined`.
 */
export class LazyModule<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #fetch: () => Promise<T>;
  readonly #onLoad?: (module: T) => void;
  #module?: T;
  #loading?: Promise<T | undefined>;

  /** `onLoad` runs once with the module, before the host updates (to adopt styles that came with it, say). */
  constructor(host: ReactiveControllerHost, fetch: () => Promise<T>, onLoad?: (module: T) => void) {
    this.#host = host;
    this.#fetch = fetch;
    this.#onLoad = onLoad;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the module is being fetched. */
  get pending(): boolean {
    return !!this.#loading && !this.#module;
  }

  /** The module, or `undefined` (and fetching starts) while it is not here. */
  get(): T | undefined {
    if (!this.#module) void this.load();
    return this.#module;
  }

  /** The module once here, or `undefined` when it could not be fetched (the next ask tries again). */
  load(): Promise<T | undefined> {
    if (this.#module) return Promise.resolve(this.#module);
    this.#loading ??= this.#fetch().then(
      (module) => {
        this.#module = module;
        this.#onLoad?.(module);
        this.#host.requestUpdate();
        return module;
      },
      () => {
        this.#loading = undefined;
        return undefined;
      },
    );
    return this.#loading;
  }
}
