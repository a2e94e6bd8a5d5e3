/**
 * Waiting for an uploaded bill to be read: `GET /v1/account/comparison-invoice` again and again, 2 s apart and
 * growing by half each time up to 30 s, until it is processed. It stops when the host disconnects, waits while
 * the page is hidden (and polls as soon as it is shown again), and polls at once on `pollNow()` (the partner's
 * `comparison_invoice.processed` webhook arrived). Waiting goes through a `Sleep` seam, so tests drive it
 * without real time.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sleep as realSleep, type Sleep } from '../../api/timing.js';
import type { ComparisonInvoice } from '../../api/types.js';

export const FIRST_DELAY_MS = 2_000;
export const MAX_DELAY_MS = 30_000;

/** The wait before poll number `attempt` (0 first): 2 s, 3 s, 4.5 s … capped at 30 s. */
export function pollDelay(attempt: number): number {
  return Math.min(MAX_DELAY_MS, Math.round(FIRST_DELAY_MS * 1.5 ** Math.max(0, attempt)));
}

/** Whether the invoice is done being processed (read, or not readable). */
export function isProcessed(invoice: ComparisonInvoice): boolean {
  return Boolean(invoice.processed_at || invoice.processing_error) || invoice.status === 'processed';
}

export interface PollerOptions {
  /** Reads the invoice once. */
  read: (signal: AbortSignal) => Promise<ComparisonInvoice>;
  /** Each invoice read, processed or not. */
  onInvoice: (invoice: ComparisonInvoice) => void;
  /** A read that failed (after the client's own retries); polling stops until `start()` again. */
  onError: (error: unknown) => void;
  sleep?: Sleep;
  /** Whether the page is hidden now. */
  hidden?: () => boolean;
}

export class InvoicePoller implements ReactiveController {
  #options: PollerOptions;
  #run: AbortController | null = null;
  #wake: (() => void) | null = null;

  constructor(host: ReactiveControllerHost, options: PollerOptions) {
    this.#options = options;
    host.addController(this);
  }

  /** Whether a poll loop is running. */
  get running(): boolean {
    return this.#run !== null;
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Starts polling (a running loop is replaced). */
  start(): void {
    this.stop();
    const run = new AbortController();
    this.#run = run;
    void this.#loop(run.signal).finally(() => {
      if (this.#run === run) this.#run = null;
    });
  }

  stop(): void {
    this.#run?.abort();
    this.#run = null;
    this.#wake = null;
  }

  /** Ends the current wait and reads the invoice now. */
  pollNow(): void {
    this.#wake?.();
  }

  async #loop(signal: AbortSignal): Promise<void> {
    for (let attempt = 0; !signal.aborted; attempt++) {
      await this.#wait(pollDelay(attempt), signal);
      if (signal.aborted) return;
      let invoice: ComparisonInvoice;
      try {
        invoice = await this.#options.read(signal);
      } catch (error) {
        if (!signal.aborted) this.#options.onError(error);
        return;
      }
      if (signal.aborted) return;
      this.#options.onInvoice(invoice);
      if (isProcessed(invoice)) return;
    }
  }

  /** `ms`, then (while the page is hidden) until it is shown; `pollNow()` or an abort ends it early. */
  #wait(ms: number, signal: AbortSignal): Promise<void> {
    const { sleep = realSleep, hidden = () => document.visibilityState === 'hidden' } = this.#options;
    return new Promise((resolve) => {
      const timer = new AbortController();
      const done = () => {
        timer.abort();
        document.removeEventListener('visibilitychange', onVisible);
        signal.removeEventListener('abort', done);
        if (this.#wake === done) this.#wake = null;
        resolve();
      };
      const onVisible = () => {
        if (!hidden()) done();
      };
      this.#wake = done;
      signal.addEventListener('abort', done, { once: true });
      sleep(ms, timer.signal).then(
        () => (hidden() ? document.addEventListener('visibilitychange', onVisible) : done()),
        () => undefined,
      );
    });
  }
}
