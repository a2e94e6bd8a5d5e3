/**
 * The credit step's form. The SSN is never held here: it is read from its field when sent, and the field is
 * blanked once it is sent or leaves the screen. Only the form's checkboxes and its problems are kept.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { normalizeSsn } from './enrollment-forms.js';
import type { Busy } from './enrollment-submission.js';
import type { CreditView } from './steps/credit-view.js';

export interface CreditFormOptions {
  /** Where the form's fields (`#ssn`, `#consent`) are rendered. */
  root: () => ParentNode;
  /** Runs a request as the step's (busy state, failure, and `retry` for its Retry). */
  send: (request: () => Promise<void>, retry: () => void) => Promise<void>;
  /** Sends the SSN for the credit check. */
  request: (ssn: string) => Promise<void>;
  /** The check was submitted (the field is blank again): move on. */
  sent: () => void;
}

export class CreditFormController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: CreditFormOptions;
  #showSsn = false;
  #ssnInvalid = false;
  #consent = false;
  #consentMissing = false;

  constructor(host: ReactiveControllerHost, options: CreditFormOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Reads the field as it is now (what is sent is what the customer sees, also on Retry): the SSN, or `null`
   * with the problems shown and the first one focused.
   */
  async read(): Promise<string | null> {
    const ssn = normalizeSsn(this.#field()?.value ?? '');
    this.#set(() => {
      this.#ssnInvalid = !ssn;
      this.#consentMissing = !this.#consent;
    });
    if (!ssn || !this.#consent) {
      await this.#host.updateComplete;
      this.#options
        .root()
        .querySelector<HTMLElement>(!ssn ? '#ssn' : '#consent')
        ?.focus();
      return null;
    }
    return ssn;
  }

  /**
   * Reads the field and, when it passes, sends it; sent, the field is blanked (it is the SSN's only copy). Retry
   * reads the field again.
   */
  async submit(): Promise<void> {
    const ssn = await this.read();
    if (!ssn) return;
    const request = async () => {
      await this.#options.request(ssn);
      this.clear();
      this.#options.sent();
    };
    await this.#options.send(request, () => void this.submit());
  }

  /** Blanks the SSN field: the SSN is kept nowhere else. */
  clear(): void {
    const input = this.#field();
    if (input) input.value = '';
  }

  /**
   * The step's view but `askAgain` and what submitting does. `busy` is the request in flight; while a request's
   * failure is shown, missing consent is not (the failure says what to do).
   */
  view(busy: Busy | null, failed: boolean): Omit<CreditView, 'askAgain' | 'onSubmit'> {
    return {
      showSsn: this.#showSsn,
      ssnInvalid: this.#ssnInvalid,
      consent: this.#consent,
      consentMissing: !failed && this.#consentMissing,
      sending: busy === 'credit',
      busy: busy !== null,
      onSsnInput: () => this.#set(() => (this.#ssnInvalid = false)),
      onShowSsn: (checked) => this.#set(() => (this.#showSsn = checked)),
      onConsent: (checked) =>
        this.#set(() => {
          this.#consent = checked;
          this.#consentMissing = false;
        }),
    };
  }

  /** The SSN field, when it is on screen. */
  #field(): HTMLInputElement | null {
    return this.#options.root().querySelector<HTMLInputElement>('#ssn');
  }

  #set(change: () => void): void {
    change();
    this.#host.requestUpdate();
  }
}
