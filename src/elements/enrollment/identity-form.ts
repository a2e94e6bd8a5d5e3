/**
 * The identity step's form: what the customer typed (prefilled once from the account), the problems shown on
 * it, and the check that focuses the first one before anything is sent.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Account, IdentityRequest } from '../../api/types.js';
import { localToday } from '../../core/dates.js';
import { checkIdentity, normalizePhone, type IdentityForm, type IdentityProblem } from './enrollment-forms.js';
import { EMPTY_IDENTITY, identityFromSources, type KnownCustomer } from './enrollment-prefill.js';
import type { Busy } from './enrollment-submission.js';
import type { IdentityView } from './steps/identity-view.js';

/** The identity request for a form that passed `checkIdentity`: names and email trimmed, the phone as 10 digits. */
export function identityRequest(form: IdentityForm): IdentityRequest {
  return {
    first_name: form.first_name.trim(),
    last_name: form.last_name.trim(),
    phone_number: normalizePhone(form.phone_number)!,
    email: form.email.trim(),
    date_of_birth: form.date_of_birth,
  };
}

export interface IdentityFormOptions {
  /** Where the form's fields are rendered. */
  root: () => ParentNode;
  /** Runs a request as the step's (busy state, failure and retry). */
  send: (request: () => Promise<void>) => Promise<void>;
  /** Sends the identity (then moves on). */
  request: (body: IdentityRequest) => Promise<void>;
}

export class IdentityFormController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: IdentityFormOptions;
  #form: IdentityForm = { ...EMPTY_IDENTITY };
  #problems: IdentityProblem[] = [];
  #prefilled = false;
  #sentForCustomer = false;

  constructor(host: ReactiveControllerHost, options: IdentityFormOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** What the customer typed. */
  get form(): IdentityForm {
    return this.#form;
  }

  /** The problems shown on the form. */
  get problems(): IdentityProblem[] {
    return this.#problems;
  }

  /**
   * Whether to send the form for the customer (the partner hides the step, or gave the details): asked
   * once, when the step is first reached; yes when the form, as prefilled, would be sent.
   */
  sendForCustomer(): boolean {
    if (this.#sentForCustomer) return false;
    this.#sentForCustomer = true;
    return !checkIdentity(this.#form, localToday()).length;
  }

  /** Fills the form with the account's details (and the partner's, where it has none), once the account is there. */
  prefill(account: Account | undefined, customer?: KnownCustomer): void {
    if (!account || this.#prefilled) return;
    this.#prefilled = true;
    this.#setForm(identityFromSources(account, customer));
  }

  /**
   * Checks the form: the request to send, or `null` with the problems shown and the first one focused.
   */
  async check(): Promise<IdentityRequest | null> {
    const problems = checkIdentity(this.#form, localToday());
    this.#setProblems(problems);
    if (problems.length) {
      await this.#host.updateComplete;
      const first = problems[0] === 'date_of_birth_age' ? 'date_of_birth' : problems[0];
      this.#options.root().querySelector<HTMLElement>(`#${first}`)?.focus();
      return null;
    }
    return identityRequest(this.#form);
  }

  /** Checks the form and, when it passes, sends it. */
  async submit(): Promise<void> {
    const body = await this.check();
    if (body) await this.#options.send(() => this.#options.request(body));
  }

  /** The step's view but whether identity is done and what submitting does; `busy` is the request in flight. */
  view(busy: Busy | null): Omit<IdentityView, 'done' | 'onSubmit'> {
    return {
      form: this.#form,
      problems: this.#problems,
      today: localToday(),
      sending: busy === 'identity',
      busy: busy !== null,
      onInput: (name, value, problem) => {
        this.#setForm({ ...this.#form, [name]: value });
        if (problem) this.#setProblems(this.#problems.filter((p) => p !== problem));
      },
    };
  }

  #setForm(form: IdentityForm): void {
    this.#form = form;
    this.#host.requestUpdate();
  }

  #setProblems(problems: IdentityProblem[]): void {
    this.#problems = problems;
    this.#host.requestUpdate();
  }
}
