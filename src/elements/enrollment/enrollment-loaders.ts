/**
 * Code the enrollment fetches only when a step needs it, so the first step stays small: the plan cards (from the
 * plan step on) and the confirmation's views (from the review step on).
 */
import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import { LightApiError } from '../../api/errors.js';
import { LazyModule } from '../../core/lazy-module.js';

/** Adds the styles that came with fetched views to the element's own (its shadow root's). */
export function addStyles(host: ReactiveControllerHost, styles: CSSResult | undefined): void {
  const root = (host as Partial<{ renderRoot: ShadowRoot }>).renderRoot;
  const sheet = styles?.styleSheet;
  if (root?.adoptedStyleSheets && sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

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

/** A module of views fetched on demand (see `LazyModule`), the styles that come with it added to the element's. */
export class LazyViews<T> extends LazyModule<T> {
  constructor(host: ReactiveControllerHost, load: () => Promise<T>) {
    super(host, load, (module) => addStyles(host, (module as { styles?: CSSResult }).styles));
  }
}
