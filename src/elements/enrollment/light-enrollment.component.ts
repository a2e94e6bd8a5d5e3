import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  acceptPlan,
  finalizeEnrollment,
  requestPlans,
  searchEsiId,
  submitCreditCheck,
  submitIdentity,
} from '../../api/endpoints.js';
import { LightApiError } from '../../api/errors.js';
import { toPlans } from '../../api/normalize.js';
import type { Account, Plan, ServiceAddress } from '../../api/types.js';
import { AccountController } from '../../core/account-controller.js';
import type { explainStatus } from '../../core/account-status.js';
import { localToday } from '../../core/dates.js';
import { formStyles } from '../../core/form.styles.js';
import { LightDataElement } from '../../core/light-element.js';
import { isOutcomeUnknown } from '../../core/outcome.js';
import { PaymentSetupController } from '../../core/stripe.js';
import { renderErrorState, renderSkeleton, toLightError } from '../../core/templates.js';
import '../address-search/light-address-search.js';
import type { AddressSelectDetail } from '../address-search/light-address-search.js';
import {
  checkIdentity,
  normalizePhone,
  normalizeSsn,
  startDateAllowed,
  type IdentityForm,
  type IdentityProblem,
} from './enrollment-forms.js';
import { EnrollmentFlow, type EnrollmentStepDetail } from './enrollment-flow.js';
import { isStepDone, missingForFinalize, type PageProgress, type Stage, type StepName } from './enrollment-steps.js';
import { enrollmentMsg as msg } from './light-enrollment.messages.js';
import { enrollmentStyles } from './light-enrollment.styles.js';
import { renderCredit } from './steps/credit-view.js';
import { renderAddress } from './steps/address-view.js';
import { renderDone } from './steps/done-view.js';
import { renderIdentity } from './steps/identity-view.js';
import { renderPayment } from './steps/payment-view.js';
import { renderPlans } from './steps/plans-view.js';
import { renderAcceptedPlan, renderTerms } from './steps/terms-view.js';
import { renderProgress } from './steps/progress-view.js';
import { renderReview } from './steps/review-view.js';

export type { EnrollmentStepDetail };
export interface PlanAcceptedDetail {
  planUuid: string;
  planName: string;
  esiId: string;
  serviceStartDate: string;
}
export interface EnrollmentCompleteDetail {
  accountUuid: string;
  status: string;
  statusReason: string;
  planName: string | null;
  serviceStartDate: string | null;
  finalizedAt: string | null;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'light-enrollment-step': CustomEvent<EnrollmentStepDetail>;
    'light-plan-accepted': CustomEvent<PlanAcceptedDetail>;
    'light-payment-method-added': CustomEvent<{ accountUuid: string }>;
    'light-enrollment-complete': CustomEvent<EnrollmentCompleteDetail>;
  }
}

type Busy = 'accept' | 'identity' | 'credit' | 'finalize' | null;
type HideableStep = 'identity' | 'credit';

/** A function that returns plans for an ESI ID, for partners who request custom-rate plans server-side. */
export type PlansProvider = (esiId: string) => Promise<unknown>;

const EMPTY_IDENTITY: IdentityForm = { first_name: '', last_name: '', phone_number: '', email: '', date_of_birth: '' };

/** Cheapest average price at 1,000 kWh first (the usual Texas comparison), then by energy rate. */
function byAveragePrice(a: Plan, b: Plan): number {
  const price = (p: Plan) => p.average_price_1000_cents ?? p.energy_rate_cents_per_kwh ?? Infinity;
  return price(a) - price(b);
}

/**
 * The whole signup, inside the partner's page: service address → plan → accept (terms, start date) → identity →
 * soft credit check → payment method (Stripe) → review → submit → confirmation with the account's status.
 *
 * The step is derived from the account (server truth) plus what the customer entered on this page, so a reload
 * resumes where the customer was. What the customer types survives every failure and retry; the SSN lives in
 * memory only until it is sent and never appears in an event, attribute, log or storage. Buttons that send
 * data are disabled while their request is in flight: one click, one request.
 *
 * Stripe Elements cannot live in a shadow root: during the payment step the element adds a light-DOM child
 * (`slot="light-stripe"`) and mounts the card form there.
 *
 * @tag light-enrollment
 * @summary The complete enrollment flow, resumable, with Stripe payment.
 *
 * @slot light-stripe - Filled by the element itself with the Stripe card form during the payment step.
 *
 * @fires light-enrollment-step - When a step is shown. Detail: `{ step, index, total }`.
 * @fires light-plan-accepted - When the plan is accepted. Detail: `{ planUuid, planName, esiId, serviceStartDate }`.
 * @fires light-payment-method-added - When a card is saved. Detail: `{ accountUuid }` (never card data).
 * @fires light-enrollment-complete - When the enrollment is submitted. Detail: account summary (never the SSN).
 * @fires light-error - When a request fails or the element is not configured.
 *
 * @csspart base - The wrapper.
 * @csspart progress - The step list.
 * @csspart step - The current step's panel.
 * @csspart button - Buttons.
 * @csspart error - Error boxes.
 *
 * @cssprop --light-color-primary - Accent, progress and primary buttons.
 * @cssprop --light-color-surface - Panel background.
 */
export class LightEnrollment extends LightDataElement {
  static override styles = [...(LightDataElement.styles as []), formStyles, enrollmentStyles];

  /** Stripe publishable key; default: the account's `app.stripe_public_key`. */
  @property({ attribute: 'stripe-publishable-key' }) stripePublishableKey?: string;

  protected override get ownPublishableKey(): string | undefined {
    return this.stripePublishableKey;
  }

  /**
   * Fetches plans for an ESI ID through the partner's backend (custom rates via the app-token API).
   * Returns `{ plans }` or a plan list. Default: the account-token plans request. Property only.
   */
  @property({ attribute: false }) plansProvider?: PlansProvider;

  /** An ESI ID the customer already chose (say, on a landing page): the flow opens on its address. */
  @property({ attribute: 'esi-id' }) esiId?: string;

  /**
   * With `esi-id`: `plan` starts at the plans when the customer already confirmed that address on the partner's
   * page, and `terms` goes on to accept the plan named by `plan-uuid` (chosen on the partner's pricing page).
   * Otherwise the address is shown for confirmation first.
   */
  @property({ attribute: 'start-step' }) startStep?: 'address' | 'plan' | 'terms';

  /** With `start-step="terms"`: the plan the customer already chose, if it is still offered. */
  @property({ attribute: 'plan-uuid' }) planUuid?: string;

  /** Text to search for in the address step, when the partner already has the customer's address. */
  @property() query?: string;

  /**
   * Steps the partner has already done (space-separated): `identity` (details given at account creation: sent
   * for the customer from the account) and `credit` (submitted by the partner's backend).
   */
  @property({
    attribute: 'hide-steps',
    converter: (value) =>
      (value ?? '').split(/[\s,]+/).filter((s): s is HideableStep => s === 'identity' || s === 'credit'),
  })
  hideSteps: HideableStep[] = [];

  /** Do not add browser history entries per step (Back then leaves the page as usual). */
  @property({ type: Boolean, attribute: 'no-history' }) noHistory = false;

  @state() private page: PageProgress = { addressConfirmed: false, planChosen: false, creditSubmitted: false };
  @state() private address: ServiceAddress | null = null;
  @state() private plan: Plan | null = null;
  @state() private startDate = '';
  @state() private termsAccepted = false;
  @state() private identity: IdentityForm = { ...EMPTY_IDENTITY };
  @state() private problems: IdentityProblem[] = [];
  @state() private consent = false;
  @state() private ssnInvalid = false;
  @state() private consentMissing = false;
  @state() private showSsn = false;
  @state() private busy: Busy = null;
  @state() private failure: { step: Stage; error: LightApiError; retry: () => void } | null = null;
  @state() private notice: string | null = null;
  @state() private termsErrors: Array<'date' | 'terms'> = [];

  readonly #account = new AccountController(this, () => this.client);
  readonly #flow = new EnrollmentFlow(this, {
    account: () => this.#account.value,
    progress: () => this.#progress(),
    noHistory: () => this.noHistory,
    enter: (stage, left) => {
      // The credit step is leaving the screen: its field, the only copy of the SSN, goes blank with it.
      if (left === 'credit') this.#clearSsn();
      this.#enter(stage);
    },
    emit: (detail) => this.emit('light-enrollment-step', detail),
    heading: () => this.renderRoot.querySelector<HTMLElement>('#step-title'),
  });
  readonly #payment = new PaymentSetupController(this, {
    client: () => this.client,
    publishableKey: () => this.publishableKeyInForce,
    factory: () => this.stripeFactory,
    locale: () => this.resolvedLocale,
  });
  readonly #plans = new Task(this, {
    task: async ([client, esiId, provider], { signal }) => {
      if (!client || !esiId) return null;
      const plans = provider ? toPlans(await provider(esiId)) : await requestPlans(client, esiId, { signal });
      return [...plans].sort(byAveragePrice);
    },
    args: () => [this.client, this.address?.esi_id, this.plansProvider] as const,
    autoRun: false,
  });
  readonly #esiLookup = new Task(this, {
    task: async ([client, esiId], { signal }) => {
      if (!client || !esiId) return null;
      const [match] = await searchEsiId(client, esiId, { signal });
      return match ?? null;
    },
    // Only needed to start at the plans: otherwise the address search looks the ESI ID up for confirmation.
    args: () => [this.client, this.#skipsAddress ? this.esiId : undefined] as const,
  });

  /** POSTs whose last try lost its answer and whose effect the account has not shown yet either way. */
  #unsure = new Set<'accept' | 'finalize'>();
  #presetPlanTried = false;
  #identityPrefilled = false;
  #autoIdentityTried = false;

  protected override get watchedTasks() {
    return [this.#account.task, this.#plans, this.#esiLookup, this.#payment, { error: this.failure?.error }];
  }

  /** The stage on screen: a completed step opened for review, or the current one. */
  get stage(): Stage | null {
    return this.#flow.stage;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#clearSsn();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const account = this.#account.value;
    if (account && !this.#identityPrefilled) {
      this.#identityPrefilled = true;
      this.identity = {
        first_name: account.first_name ?? '',
        last_name: account.last_name ?? '',
        phone_number: account.phone_number ?? '',
        email: account.email ?? '',
        date_of_birth: account.date_of_birth ?? '',
      };
    }
    const looked = this.#esiLookup.value;
    if (looked && !this.address && this.esiId && this.#skipsAddress) {
      this.address = looked;
      this.page = { ...this.page, addressConfirmed: true };
    }
    const offers = this.#plans.value;
    if (offers && this.planUuid && this.startStep === 'terms' && !this.#presetPlanTried) {
      this.#presetPlanTried = true;
      const preset = offers.find((plan) => plan.uuid === this.planUuid);
      if (preset) this.#choose(preset);
    }
    this.#flow.update();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#flow.updated();
  }

  /** Work a step needs when it comes on screen: its data, the card form, or sending what the partner supplied. */
  #enter(stage: Stage): void {
    if (stage === 'plan' && this.#plans.status === TaskStatus.INITIAL) void this.#plans.run();
    if (stage === 'plan' || stage === 'terms') this.#planCardsReady();
    // The status sentences are shown only once submitted: fetched from the review step on, not with the first step.
    if (stage === 'review' || stage === 'done') this.#loadStatusSentences();
    if (stage === 'payment' && this.#payment.state === 'idle' && !this.#account.value?.enrollment.has_payment_method) {
      void this.#payment.start();
    }
    if (stage === 'identity' && this.hideSteps.includes('identity') && !this.#autoIdentityTried) {
      this.#autoIdentityTried = true;
      if (!checkIdentity(this.identity, localToday()).length) void this.#submitIdentity();
    }
  }

  #planCards?: Promise<unknown>;
  #planCardsError: LightApiError | null = null;

  #retryPlanCards = (): void => {
    this.#planCardsError = null;
    this.#planCards = undefined;
    this.requestUpdate();
  };

  /**
   * Whether `<light-plan-card>` is defined. The cards are first shown at the plan step, so their code is fetched
   * from then on (beside the plans request), not with the address step; until it arrives the step shows loading.
   */
  #planCardsReady(): boolean {
    if (customElements.get('light-plan-card')) return true;
    if (!this.#planCards && !this.#planCardsError) {
      this.#planCards = import('../plan-card/light-plan-card.js').then(
        () => this.requestUpdate(),
        (cause: unknown) => {
          // Offline: the step says so, and its retry fetches the code again.
          this.#planCardsError = new LightApiError('network', 'The plan cards could not load.', { cause });
          this.requestUpdate();
        },
      );
    }
    return false;
  }

  #explainStatus?: typeof explainStatus;
  #statusSentences?: Promise<void>;

  #loadStatusSentences(): void {
    if (this.#statusSentences) return;
    this.#statusSentences = import('../../core/account-status.js').then(
      (module) => {
        this.#explainStatus = module.explainStatus;
        this.requestUpdate();
      },
      () => {
        // Offline: try again when the step is next entered or rendered.
        this.#statusSentences = undefined;
      },
    );
  }

  /** The partner says the customer already confirmed the address of `esi-id`. */
  get #skipsAddress(): boolean {
    return this.startStep === 'plan' || this.startStep === 'terms';
  }

  #progress(): PageProgress {
    return { ...this.page, creditSubmitted: this.page.creditSubmitted || this.hideSteps.includes('credit') };
  }

  /** Moves on after a user action (focus follows to the new step's heading). */
  #moved(): void {
    this.#flow.moved();
    this.notice = null;
  }

  // Render ------------------------------------------------------------------------------------------------------

  protected override renderContent(): TemplateResult {
    const locale = this.resolvedLocale;
    const task = this.#account.task;
    const account = this.#account.value;
    if (!account) {
      if (task.error) {
        return renderErrorState(toLightError(task.error), { locale, onRetry: () => void task.run() });
      }
      return html`<div class="base" part="base">${renderSkeleton(locale, 6)}</div>`;
    }
    const stage = this.stage!;
    return html`<div class="base" part="base">
      ${
        stage === 'done'
          ? nothing
          : renderProgress(locale, {
              stage,
              isDone: (step) => isStepDone(step, account, this.#progress()),
              onOpen: (step) => this.#view(step),
            })
      }
      <section class="surface step" part="step" aria-labelledby="step-title">
        ${this.notice ? html`<p class="notice" role="alert">${this.notice}</p>` : nothing}
        ${this.#renderStage(account, stage)}
        ${
          this.failure && this.failure.step === stage
            ? renderErrorState(this.failure.error, { locale, onRetry: this.failure.retry, busy: this.busy !== null })
            : nothing
        }
        ${
          this.#flow.viewing && stage !== 'done'
            ? html`<div class="actions">
                <button type="button" class="secondary" part="button" @click=${this.#backToCurrent}>
                  ${msg(locale, 'backToCurrent')}
                </button>
              </div>`
            : nothing
        }
      </section>
    </div>`;
  }

  #renderStage(account: Account, stage: Stage): TemplateResult {
    switch (stage) {
      case 'address': {
        if (account.enrollment.has_accepted_plan) return renderAcceptedPlan(this.resolvedLocale, account);
        const lookup = this.#esiLookup;
        const waiting = this.esiId && this.#skipsAddress && lookup.status !== TaskStatus.COMPLETE && !this.address;
        return renderAddress(this.resolvedLocale, {
          lookup: waiting ? (lookup.error ? toLightError(lookup.error) : 'pending') : null,
          query: this.address ? '' : (this.query ?? ''),
          value: this.address?.esi_id ?? this.esiId ?? '',
          onRetryLookup: () => void lookup.run(),
          // The inner choice is not the enrollment's until the customer confirms it.
          onSelect: (event) => event.stopPropagation(),
          onConfirm: (event) => this.#onAddressConfirm(event),
        });
      }
      case 'plan':
        return this.#renderPlans();
      case 'terms':
        return account.enrollment.has_accepted_plan
          ? renderAcceptedPlan(this.resolvedLocale, account)
          : this.#renderTerms();
      case 'identity':
        return renderIdentity(this.resolvedLocale, {
          form: this.identity,
          problems: this.problems,
          done: account.enrollment.is_identity_verified,
          today: localToday(),
          sending: this.busy === 'identity',
          busy: this.busy !== null,
          onInput: (name, value, problem) => {
            this.identity = { ...this.identity, [name]: value };
            if (problem) this.problems = this.problems.filter((p) => p !== problem);
          },
          onSubmit: () => void this.#submitIdentity(),
        });
      case 'credit':
        return renderCredit(this.resolvedLocale, {
          askAgain: account.enrollment.has_accepted_plan && !this.page.creditSubmitted,
          showSsn: this.showSsn,
          ssnInvalid: this.ssnInvalid,
          consent: this.consent,
          consentMissing: this.failure === null && this.consentMissing,
          sending: this.busy === 'credit',
          busy: this.busy !== null,
          onSubmit: () => void this.#submitCredit(),
          onSsnInput: () => (this.ssnInvalid = false),
          onShowSsn: (checked) => (this.showSsn = checked),
          onConsent: (checked) => {
            this.consent = checked;
            this.consentMissing = false;
          },
        });
      case 'payment': {
        const payment = this.#payment;
        return renderPayment(this.resolvedLocale, {
          onFile: account.enrollment.has_payment_method && payment.state === 'idle',
          state: payment.state,
          error: payment.error,
          stripeUnavailable: payment.stripeUnavailable,
          complete: payment.complete,
          onStart: () => void payment.start(),
          onSave: () => void this.#savePayment(),
          onRetry: () => void (payment.paymentMethodId || payment.complete ? this.#savePayment() : payment.start()),
        });
      }
      case 'review':
        return renderReview(this.resolvedLocale, {
          account,
          sending: this.busy === 'finalize',
          busy: this.busy !== null,
          onEdit: (step) => this.#view(step),
          onSubmit: () => void this.#finalize(),
        });
      case 'done': {
        const status = this.#explainStatus?.(account, this.resolvedLocale);
        if (!status) this.#loadStatusSentences();
        return renderDone(this.resolvedLocale, account, status);
      }
    }
  }

  // Address -----------------------------------------------------------------------------------------------------

  #onAddressConfirm(event: CustomEvent<AddressSelectDetail>): void {
    event.stopPropagation();
    const changed = this.address?.esi_id !== event.detail.esiId;
    this.address = event.detail.address;
    if (changed) {
      this.plan = null;
      this.page = { ...this.page, planChosen: false };
    }
    this.page = { ...this.page, addressConfirmed: true };
    this.#flow.viewing = null;
    this.#moved();
    void this.#plans.run();
  }

  // Plans -------------------------------------------------------------------------------------------------------

  #renderPlans(): TemplateResult {
    return renderPlans(this.resolvedLocale, {
      address: this.address,
      plans: this.#plans,
      selected: this.plan?.uuid,
      cardsError: this.#planCardsError,
      cardsReady: () => this.#planCardsReady(),
      onRetryPlans: () => void this.#plans.run(),
      onRetryCards: this.#retryPlanCards,
      onSelect: (event) => {
        event.stopPropagation();
        this.#choose(event.detail.plan);
        this.#moved();
      },
      onChangeAddress: () => {
        this.page = { ...this.page, addressConfirmed: false, planChosen: false };
        this.plan = null;
        this.#flow.viewing = null;
        this.#moved();
      },
    });
  }

  #choose(plan: Plan): void {
    this.plan = plan;
    this.startDate = plan.earliest_start_date ?? '';
    this.termsAccepted = false;
    this.termsErrors = [];
    this.page = { ...this.page, planChosen: true };
    this.#flow.viewing = null;
  }

  // Terms -------------------------------------------------------------------------------------------------------

  #renderTerms(): TemplateResult {
    const plan = this.plan;
    if (!plan) return this.#renderPlans();
    return renderTerms(this.resolvedLocale, {
      plan,
      startDate: this.startDate,
      accepted: this.termsAccepted,
      errors: this.termsErrors,
      cards: this.#planCardsError ?? (this.#planCardsReady() ? 'ready' : 'loading'),
      sending: this.busy === 'accept',
      busy: this.busy !== null,
      onStartDate: (value) => {
        this.startDate = value;
        this.termsErrors = this.termsErrors.filter((x) => x !== 'date');
      },
      onAccepted: (checked) => {
        this.termsAccepted = checked;
        this.termsErrors = this.termsErrors.filter((x) => x !== 'terms');
      },
      onSubmit: () => void this.#accept(),
      onChangePlan: () => {
        this.page = { ...this.page, planChosen: false };
        this.#flow.viewing = null;
        this.#moved();
      },
      onRetryCards: this.#retryPlanCards,
    });
  }

  async #accept(): Promise<void> {
    const plan = this.plan;
    const address = this.address;
    const client = this.client;
    if (!plan || !address || !client || this.busy) return;
    const date =
      plan.earliest_start_date === plan.latest_start_date
        ? (plan.earliest_start_date ?? this.startDate)
        : this.startDate;
    const errors: Array<'date' | 'terms'> = [];
    if (!startDateAllowed(date, plan.earliest_start_date, plan.latest_start_date)) errors.push('date');
    if (!this.termsAccepted) errors.push('terms');
    this.termsErrors = errors;
    if (errors.length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(errors[0] === 'date' ? '#start-date' : '#terms')?.focus();
      return;
    }
    const body = {
      plan_uuid: plan.uuid,
      esi_id: address.esi_id,
      service_start_date: date,
      terms_accepted: true as const,
    };
    const accepted = (account: Account) =>
      account.enrollment.has_accepted_plan &&
      account.locations.some((l) => l.utility_number === address.esi_id && (!l.plan_uuid || l.plan_uuid === plan.uuid));
    await this.#send('accept', 'terms', async () => {
      let reread: Account | null = null;
      try {
        reread = await this.#post('accept', () => acceptPlan(client, body), accepted);
      } catch (error) {
        if (isExpiredPlan(error)) {
          // Prices moved on: show the current offers, keep the customer's place in the flow.
          this.plan = null;
          this.page = { ...this.page, planChosen: false };
          this.notice = msg(this.resolvedLocale, 'planExpired');
          this.#flow.moved();
          void this.#plans.run();
          return;
        }
        throw error;
      }
      if (!reread) await this.#account.refresh();
      this.emit('light-plan-accepted', {
        planUuid: plan.uuid,
        planName: plan.name,
        esiId: address.esi_id,
        serviceStartDate: date,
      });
      this.#moved();
    });
  }

  // Identity ----------------------------------------------------------------------------------------------------

  async #submitIdentity(): Promise<void> {
    const client = this.client;
    if (!client || this.busy) return;
    const problems = checkIdentity(this.identity, localToday());
    this.problems = problems;
    if (problems.length) {
      await this.updateComplete;
      const first = problems[0] === 'date_of_birth_age' ? 'date_of_birth' : problems[0];
      this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
      return;
    }
    const form = this.identity;
    const body = {
      first_name: form.first_name.trim(),
      last_name: form.last_name.trim(),
      phone_number: normalizePhone(form.phone_number)!,
      email: form.email.trim(),
      date_of_birth: form.date_of_birth,
    };
    await this.#send('identity', 'identity', async () => {
      await submitIdentity(client, body);
      await this.#account.refresh();
      this.#flow.viewing = null;
      this.#moved();
    });
  }

  // Credit ------------------------------------------------------------------------------------------------------

  async #submitCredit(): Promise<void> {
    const client = this.client;
    if (!client || this.busy) return;
    // Read from the field as it is now: what is sent is what the customer sees (also on Retry).
    const ssn = normalizeSsn(this.renderRoot.querySelector<HTMLInputElement>('#ssn')?.value ?? '');
    this.ssnInvalid = !ssn;
    this.consentMissing = !this.consent;
    if (!ssn || !this.consent) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(!ssn ? '#ssn' : '#consent')?.focus();
      return;
    }
    await this.#send(
      'credit',
      'credit',
      async () => {
        await submitCreditCheck(client, { ssn, consent: true });
        // Sent: forget it (the field is its only copy).
        this.#clearSsn();
        this.page = { ...this.page, creditSubmitted: true };
        this.#flow.viewing = null;
        this.#moved();
      },
      () => void this.#submitCredit(),
    );
  }

  /** Blanks the SSN field: the SSN is kept nowhere else. */
  #clearSsn(): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#ssn');
    if (input) input.value = '';
  }

  // Payment -----------------------------------------------------------------------------------------------------

  async #savePayment(): Promise<void> {
    const id = await this.#payment.submit();
    if (!id) return;
    const account = this.#account.value;
    this.#payment.reset();
    this.emit('light-payment-method-added', { accountUuid: account?.uuid ?? '' });
    this.#flow.viewing = null;
    this.#moved();
  }

  // Review and finalize -----------------------------------------------------------------------------------------

  async #finalize(): Promise<void> {
    const client = this.client;
    if (!client || this.busy) return;
    const locale = this.resolvedLocale;
    const finalized = (account: Account) => account.enrollment.is_enrollment_finalized;
    await this.#send('finalize', 'review', async () => {
      const account = await this.#account.refresh();
      // Read just now, so an earlier try whose answer was lost is settled by it.
      this.#unsure.delete('finalize');
      if (account && finalized(account)) return this.#finalized(account);
      const missing = account && missingForFinalize(account);
      if (missing) {
        this.notice = msg(locale, 'missingStep', { step: msg(locale, `step.${missing}`) });
        this.#goTo(missing);
        return;
      }
      let reread: Account | null = null;
      try {
        reread = await this.#post('finalize', () => finalizeEnrollment(client), finalized);
      } catch (error) {
        if (toLightError(error).status === 422) {
          const latest = await this.#account.refresh();
          if (latest && finalized(latest)) return this.#finalized(latest);
          const step = (latest && missingForFinalize(latest)) ?? 'credit';
          if (step === 'credit') this.page = { ...this.page, creditSubmitted: false };
          this.#goTo(step);
          this.notice = msg(locale, 'finalizeRejected', { step: msg(locale, `step.${step}`) });
          return;
        }
        throw error;
      }
      this.#finalized(reread ?? (await this.#account.refresh()));
    });
  }

  /** The enrollment is submitted (by this page): on to the confirmation. */
  #finalized(account: Account | undefined): void {
    this.#flow.viewing = null;
    this.#moved();
    if (!account) return;
    const location = account.locations[0];
    this.emit('light-enrollment-complete', {
      accountUuid: account.uuid,
      status: account.status,
      statusReason: account.status_reason,
      planName: location?.plan_name ?? null,
      serviceStartDate: location?.service_start_date ?? null,
      finalizedAt: account.enrollment.finalized_at,
    });
  }

  // Shared ------------------------------------------------------------------------------------------------------

  /**
   * Sends a POST whose effect the account shows (`applied`). When its answer is lost (the outcome is unknown),
   * reads the account instead of guessing: done there → resolves with that account; not done → rethrows, and
   * the retry sends it again; the account unreadable too → rethrows, and the retry reads the account first, so
   * nothing the server already did is sent twice. Resolves `null` when the POST itself answered.
   */
  async #post(
    kind: 'accept' | 'finalize',
    send: () => Promise<void>,
    applied: (account: Account) => boolean,
  ): Promise<Account | null> {
    if (this.#unsure.has(kind)) {
      const account = await this.#account.refresh();
      this.#unsure.delete(kind);
      if (account && applied(account)) return account;
    }
    try {
      await send();
      return null;
    } catch (error) {
      if (!isOutcomeUnknown(error)) throw error;
      this.#unsure.add(kind);
      const account = await this.#account.refresh().catch(() => undefined);
      if (!account) throw error;
      this.#unsure.delete(kind);
      if (applied(account)) return account;
      throw error;
    }
  }

  /**
   * Runs one request for a step: one at a time, errors kept with a retry that resends the same data (or runs
   * `retry`, for a form that must be read again).
   */
  async #send(
    busy: Exclude<Busy, null>,
    step: Stage,
    action: () => Promise<void>,
    retry: () => void = () => void this.#send(busy, step, action),
  ): Promise<void> {
    if (this.busy) return;
    this.busy = busy;
    this.failure = null;
    try {
      await action();
    } catch (error) {
      const failure = toLightError(error);
      this.failure = { step, error: failure, retry };
    } finally {
      this.busy = null;
    }
  }

  #view(step: StepName): void {
    if (!this.#account.value) return;
    this.#flow.open(step);
    this.failure = null;
    this.#moved();
  }

  #goTo(step: StepName): void {
    this.#flow.open(step);
    this.#flow.moved();
  }

  #backToCurrent(): void {
    this.#flow.viewing = null;
    this.failure = null;
    this.#payment.reset();
    this.#moved();
  }
}

/** An accept refused because the offer is gone: the plan expired or is no longer offered. */
function isExpiredPlan(error: unknown): boolean {
  if (!(error instanceof LightApiError)) return false;
  if (error.code === 'not_found') return true;
  return (
    (error.status === 409 || error.status === 410 || error.status === 422) && /expire|no longer/i.test(error.message)
  );
}
