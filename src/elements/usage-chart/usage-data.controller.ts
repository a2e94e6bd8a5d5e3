import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getDailyUsage, getIntervalUsage, getMonthlyUsage } from '../../api/endpoints.js';
import type { LightClient } from '../../api/http.js';
import { loadUsage, type ChartData, type UsageRequest, type UsageSource } from './usage-period.js';

/** How many periods' responses are kept; the oldest goes first. */
export const MAX_CACHED = 24;

/** Settles like `promise`, or rejects with the abort reason when `signal` aborts first (the promise runs on). */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * The chart's usage requests: one per period, shared by every view that needs it (a month of intervals serves
 * all its days), kept while the client stays the same. An abort lets go of a request without cancelling it, so
 * going back to a period finds its response. A failed request is forgotten, so a retry asks again.
 */
export class UsageDataController implements ReactiveController {
  readonly #cache = new Map<string, Promise<unknown>>();
  #client?: LightClient;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The response for `key`, from `fetcher` the first time; rejects when `signal` aborts first. */
  cached<T>(client: LightClient, key: string, fetcher: () => Promise<T>, signal: AbortSignal): Promise<T> {
    if (client !== this.#client) {
      this.#cache.clear();
      this.#client = client;
    }
    let pending = this.#cache.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = fetcher();
      this.#cache.set(key, pending);
      pending.catch(() => this.#cache.delete(key));
      if (this.#cache.size > MAX_CACHED) this.#cache.delete(this.#cache.keys().next().value!);
    }
    return abortable(pending, signal);
  }

  /** A location's usage through the cache. */
  source(client: LightClient, location: string, signal: AbortSignal): UsageSource {
    return {
      monthly: (year) =>
        this.cached(client, `monthly ${location} ${year}`, () => getMonthlyUsage(client, location, { year }), signal),
      daily: (year, month) =>
        this.cached(
          client,
          `daily ${location} ${year}-${month}`,
          () => getDailyUsage(client, location, { year, month }),
          signal,
        ),
      intervals: (year, month) =>
        this.cached(
          client,
          `intervals ${location} ${year}-${month}`,
          () => getIntervalUsage(client, location, { year, month }),
          signal,
        ),
    };
  }

  /** Loads what `request` shows for a location. */
  load(client: LightClient, location: string, request: UsageRequest, signal: AbortSignal): Promise<ChartData> {
    return loadUsage(this.source(client, location, signal), request);
  }
}
