/**
 * Code the enrollment fetches only when a step needs it, so the first step stays small: the plan cards (from the
 * plan step on) and the status sentences (from the review step on).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LightApiError } from '../../api/errors.js';
import type { Account } from '../../api/types.js';
import type { explainStatus, StatusExplanation } from '../../core/account-status.js';
import type { SupportedLocale } from '../../core/i18n.js';

export interface PlanCardsOptions {
  /** Whether `<light-plan-card>` is defined. */
  defined: () => boolean;
  /** Fetches its code (which defines it). */
  load: () => Promise<unknown>;
}

/**
 * `<light-plan-card>` on demand. Until it is defined, the step shows loading; when its code cannot be fetched
 * (offline), `error` says so until `retry`, which fetches it again.
 */
export class PlanCardsLoader implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: PlanCardsOptions;
  #loading?: Promise<unknown>;
  #error: LightApiError | null = null;

  constructor(host: ReactiveControllerHost, options: PlanCardsOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Why the code could not be fetched, or `null`. */
  get error(): LightApiError | null {
    return this.#error;
  }

  /** Whether the cards can be shown; asking starts fetching their code (once, unless it failed). */
  ready(): boolean {
    if (this.#options.defined()) return true;
    if (!this.#loading && !this.#error) {
      this.#loading = this.#options.load().then(
        () => this.#host.requestUpdate(),
        (cause: unknown) => {
          // Offline: the step says so, and its retry fetches the code again.
          this.#error = new LightApiError('network', 'The plan cards could not load.', { cause });
          this.#host.requestUpdate();
        },
      );
    }
    return false;
  }

  /** Forgets the failure, so the next `ready()` fetches the code again. */
  retry = (): void => {
    this.#error = null;
    this.#loading = undefined;
    this.#host.requestUpdate();
  };
}

/** The status sentences (`explainStatus`) on demand; a failed fetch is tried again on the next `load()`. */
export class StatusSentences implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #load: () => Promise<{ explainStatus: typeof explainStatus }>;
  #explain?: typeof explainStatus;
  #loading?: Promise<void>;

  constructor(host: ReactiveControllerHost, load: () => Promise<{ explainStatus: typeof explainStatus }>) {
    this.#host = host;
    this.#load = load;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts fetching the sentences, unless they are here or on their way. */
  load(): void {
    if (this.#loading) return;
    this.#loading = this.#load().then(
      (module) => {
        this.#explain = module.explainStatus;
        this.#host.requestUpdate();
      },
      () => {
        // Offline: try again when the step is next entered or rendered.
        this.#loading = undefined;
      },
    );
  }

  /** The account's status in plain words, or `undefined` (and fetching starts) while the sentences are not here. */
  explain(account: Account, locale: SupportedLocale): StatusExplanation | undefined {
    const status = this.#explain?.(account, locale);
    if (!status) this.load();
    return status;
  }
}
