/**
 * Type-ahead search that is never out of order: debounced, at most one request in flight (a newer query aborts
 * the older one), a result is delivered only if its query is still the latest, and recent answers are cached.
 * Pure logic with no DOM, so it is tested on its own.
 */
export interface LatestSearchOptions<T> {
  search: (query: string, signal: AbortSignal) => Promise<T>;
  debounceMs?: number;
  /** How many recent queries to keep answers for. */
  cacheSize?: number;
  /** Seams for tests. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export type SearchOutcome<T> =
  | { status: 'done'; query: string; value: T; cached: boolean }
  | { status: 'error'; query: string; error: unknown }
  /** A newer query replaced this one; ignore it. */
  | { status: 'superseded'; query: string };

export class LatestSearch<T> {
  #options: Required<LatestSearchOptions<T>>;
  #cache = new Map<string, T>();
  #timer: unknown = null;
  #controller: AbortController | null = null;
  #latest = 0;
  #pendingResolve: ((outcome: SearchOutcome<T>) => void) | null = null;
  #pendingQuery = '';

  constructor(options: LatestSearchOptions<T>) {
    this.#options = {
      debounceMs: 250,
      cacheSize: 20,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      ...options,
    };
  }

  /** How many requests are in flight right now: 0 or 1. */
  get inFlight(): number {
    return this.#controller ? 1 : 0;
  }

  /**
   * Asks for `query`. Resolves once: with the answer, an error, or `superseded` when a newer call came first.
   * A cached query answers at once, without waiting for the debounce.
   */
  request(query: string, { immediate = false } = {}): Promise<SearchOutcome<T>> {
    const key = normalize(query);
    const id = ++this.#latest;
    this.#supersedePending();
    this.#abortInFlight();
    const cached = this.#cache.get(key);
    if (cached !== undefined) {
      this.#touch(key, cached);
      return Promise.resolve({ status: 'done', query, value: cached, cached: true });
    }
    return new Promise((resolve) => {
      this.#pendingResolve = resolve;
      this.#pendingQuery = query;
      const run = () => {
        this.#timer = null;
        this.#pendingResolve = null;
        void this.#run(id, key, query).then(resolve);
      };
      if (immediate || this.#options.debounceMs <= 0) run();
      else this.#timer = this.#options.setTimer(run, this.#options.debounceMs);
    });
  }

  /** Drops any pending or in-flight request (its promise resolves `superseded`). */
  cancel(): void {
    this.#latest++;
    this.#supersedePending();
    this.#abortInFlight();
  }

  async #run(id: number, key: string, query: string): Promise<SearchOutcome<T>> {
    const controller = new AbortController();
    this.#controller = controller;
    try {
      const value = await this.#options.search(query, controller.signal);
      if (id !== this.#latest) return { status: 'superseded', query };
      this.#touch(key, value);
      return { status: 'done', query, value, cached: false };
    } catch (error) {
      if (id !== this.#latest || controller.signal.aborted) return { status: 'superseded', query };
      return { status: 'error', query, error };
    } finally {
      if (this.#controller === controller) this.#controller = null;
    }
  }

  #supersedePending(): void {
    if (this.#timer !== null) {
      this.#options.clearTimer(this.#timer);
      this.#timer = null;
    }
    this.#pendingResolve?.({ status: 'superseded', query: this.#pendingQuery });
    this.#pendingResolve = null;
  }

  #abortInFlight(): void {
    this.#controller?.abort();
    this.#controller = null;
  }

  #touch(key: string, value: T): void {
    this.#cache.delete(key);
    this.#cache.set(key, value);
    while (this.#cache.size > this.#options.cacheSize) {
      this.#cache.delete(this.#cache.keys().next().value as string);
    }
  }
}

/** Queries that differ only in case and spacing are the same query. */
function normalize(query: string): string {
  return query.trim().replace(/\s+/g, ' ').toLowerCase();
}
