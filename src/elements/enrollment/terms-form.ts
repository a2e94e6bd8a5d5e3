/**
 * The terms step's form: the plan chosen, the start date, the terms box and the problems shown on them, and the
 * check that focuses the first problem before the plan is accepted.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AcceptPlanRequest, Plan } from '../../api/types.js';
import { TERMS_ID } from '../../core/plan-acceptance.js';
import { startWindow } from '../../core/plan-terms.js';
import { startDateAllowed, startDateToSend } from './enrollment-forms.js';
import type { Busy } from './enrollment-submission.js';
import type { TermsError, TermsView } from './steps/terms-view.js';

export interface TermsFormOptions {
  /** Where the form's fields are rendered. */
  root: () => ParentNode;
}

export class TermsFormController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: TermsFormOptions;
  #plan: Plan | null = null;
  #startDate = '';
  #accepted = false;
  #errors: TermsError[] = [];

  constructor(host: ReactiveControllerHost, options: TermsFormOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The plan chosen, or `null`. */
  get plan(): Plan | null {
    return this.#plan;
  }

  /** Chooses `plan` (or none): the form starts over, its start date at the plan's earliest. */
  choose(plan: Plan | null): void {
    this.#plan = plan;
    this.#startDate = plan ? (startWindow(plan).earliest ?? '') : '';
    this.#accepted = false;
    this.#errors = [];
    this.#host.requestUpdate();
  }

  /**
   * Checks the form for the address `esiId`: the accept request to send, or `null` with the problems shown and
   * the first one focused once they are on screen. Synchronous, so a request starts in the same turn as the click.
   */
  check(esiId: string): AcceptPlanRequest | null {
    const plan = this.#plan;
    if (!plan) return null;
    const date = startDateToSend(plan, this.#startDate);
    const errors: TermsError[] = [];
    if (!startDateAllowed(date, plan.earliest_start_date, plan.latest_start_date)) errors.push('date');
    if (!this.#accepted) errors.push('terms');
    this.#setErrors(errors);
    if (!errors.length) return { plan_uuid: plan.uuid, esi_id: esiId, service_start_date: date, terms_accepted: true };
    const field = errors[0] === 'date' ? '#start-date' : `#${TERMS_ID}`;
    void this.#host.updateComplete.then(() => this.#options.root().querySelector<HTMLElement>(field)?.focus());
    return null;
  }

  /** The step's view but what submitting and changing the plan do; `busy` is the request in flight. */
  view(plan: Plan, busy: Busy | null): Omit<TermsView, 'onSubmit' | 'onChangePlan'> {
    return {
      plan,
      startDate: this.#startDate,
      accepted: this.#accepted,
      errors: this.#errors,
      sending: busy === 'accept',
      busy: busy !== null,
      onStartDate: (value) => {
        this.#startDate = value;
        this.#setErrors(this.#errors.filter((x) => x !== 'date'));
      },
      onAccepted: (checked) => {
        this.#accepted = checked;
        this.#setErrors(this.#errors.filter((x) => x !== 'terms'));
      },
    };
  }

  #setErrors(errors: TermsError[]): void {
    this.#errors = errors;
    this.#host.requestUpdate();
  }
}
