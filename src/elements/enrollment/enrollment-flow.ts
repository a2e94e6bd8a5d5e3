/**
 * Which step is on screen, and what follows when it changes: the `light-enrollment-step` event, a browser
 * history entry per step (so Back reviews the previous step), and focus on the new step's heading when the
 * customer moved there. The step itself stays derived (see `enrollment-steps.ts`); this only adds the step a
 * customer opened for review. A step counts as shown only once the customer can see it: an element that is
 * hidden (its own or an ancestor's `hidden`, `display: none`) or not on the page announces nothing, records no
 * history and takes no focus until it comes into view.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  currentStage,
  isStepDone,
  stepNumber,
  stepsOf,
  type EnrollmentSnapshot,
  type PageProgress,
  type Stage,
  type StepName,
} from './enrollment-steps.js';
import { focusTarget } from '../../core/templates.js';

export interface EnrollmentStepDetail {
  step: Stage;
  /** 1-based position among the steps; the confirmation (`step: 'done'`) is at `total`. */
  index: number;
  total: number;
}

export interface EnrollmentFlowOptions {
  /** The account as last read, or `undefined` while it loads. */
  account: () => EnrollmentSnapshot | undefined;
  /** What the customer did on this page. */
  progress: () => PageProgress;
  /** Whether steps get no history entries of their own. */
  noHistory: () => boolean;
  /** A stage comes on screen (before it renders); `left` is the stage it replaces. */
  enter: (stage: Stage, left: Stage | null) => void;
  /** Announces a stage shown. */
  emit: (detail: EnrollmentStepDetail) => void;
  /** The shown step's heading, to focus. */
  heading: () => HTMLElement | null;
  /** The element the steps are shown in: whether the customer can see it decides when a step is shown. */
  target: () => HTMLElement;
}

/** The event detail for a stage among `steps`. */
export function stepDetail(stage: Stage, steps: readonly StepName[] = stepsOf({})): EnrollmentStepDetail {
  return { step: stage, index: stage === 'done' ? steps.length : stepNumber(stage, steps), total: steps.length };
}

export class EnrollmentFlow implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: EnrollmentFlowOptions;
  #viewing: StepName | null = null;
  #shown: Stage | null = null;
  #entered: Stage | null = null;
  #userMoved = false;
  /** Watches a hidden element for coming into view. */
  #watcher?: ResizeObserver;
  /** The step on screen came from the browser's Back or Forward: it already has its history entry. */
  #fromHistory = false;

  constructor(host: ReactiveControllerHost, options: EnrollmentFlowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
    this.#watcher?.disconnect();
  }

  /** A completed step opened for review or change; `null` shows the current step. */
  get viewing(): StepName | null {
    return this.#viewing;
  }

  set viewing(step: StepName | null) {
    if (step === this.#viewing) return;
    this.#viewing = step;
    this.#host.requestUpdate();
  }

  /** The step the customer should be on, or `null` while the account loads. */
  get current(): Stage | null {
    const account = this.#options.account();
    return account ? currentStage(account, this.#options.progress()) : null;
  }

  /** The stage on screen: a completed step opened for review, or the current one. */
  get stage(): Stage | null {
    const current = this.current;
    return current && (this.#viewing ?? current);
  }

  /** Shows `step`: for review when it is not the current one. */
  open(step: StepName): void {
    const current = this.current ?? step;
    this.viewing = step === current ? null : step;
  }

  /** The next stage shown is the customer's own move: it gets a history entry, and focus goes to it. */
  moved(): void {
    this.#userMoved = true;
  }

  /** Before render: runs a newly reached stage's entry work. */
  update(): void {
    const stage = this.stage;
    if (!stage || stage === this.#entered) return;
    const left = this.#entered;
    this.#entered = stage;
    this.#options.enter(stage, left);
  }

  /** After render: announces a newly shown stage, records it in history, and moves focus when the customer moved. */
  updated(): void {
    const stage = this.stage;
    if (!stage || stage === this.#shown) return;
    const target = this.#options.target();
    // No box (hidden, or not on the page): once it gets one, its size changes, and the next update announces it.
    if (!target.checkVisibility()) {
      (this.#watcher ??= new ResizeObserver(() => this.#host.requestUpdate())).observe(target);
      return;
    }
    this.#watcher?.disconnect();
    this.#shown = stage;
    this.#options.emit(stepDetail(stage, stepsOf(this.#options.progress())));
    // Each step the customer moves to gets a history entry, so the browser's Back reviews the previous step
    // instead of leaving the page; a step reached while loading takes over the current entry.
    if (!this.#options.noHistory() && !this.#fromHistory) {
      const entry = { ...history.state, lightEnrollment: stage };
      if (this.#userMoved) history.pushState(entry, '');
      else history.replaceState(entry, '');
    }
    this.#fromHistory = false;
    // Focus follows the customer's own moves; a step reached while loading must not steal focus from the page.
    if (this.#userMoved) {
      this.#userMoved = false;
      focusTarget(this.#options.heading());
    }
  }

  #onPopState = (event: PopStateEvent) => {
    const target = (event.state as { lightEnrollment?: Stage } | null)?.lightEnrollment;
    const account = this.#options.account();
    if (!target || !account || target === 'done') return;
    const progress = this.#options.progress();
    this.#fromHistory = true;
    this.viewing = target === currentStage(account, progress) || !isStepDone(target, account, progress) ? null : target;
  };
}
