import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { acceptPlan, finalizeEnrollment, submitCreditCheck, submitIdentity } from '../../api/endpoints.js';
import type { Account, Plan, ServiceAddress } from '../../api/types.js';
import { AccountController } from '../../core/account-controller.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { formStyles } from '../../core/form.styles.js';
import { LightDataElement } from '../../core/light-element.js';
import '../address-search/light-address-search.js';
import { completeDetail, planAcceptedDetail } from './enrollment-events.js';
import { EnrollmentFlow } from './enrollment-flow.js';
import { CreditFormController } from './credit-form.js';
import { TermsFormController } from './terms-form.js';
import { LazyViews } from './enrollment-loaders.js';
import { enrollmentOutcome, isStillMoving } from './enrollment-outcome.js';
import { backendPlansProvider, EnrollmentOffers, type PlansProvider } from './enrollment-offers.js';
import { LazyPaymentSetup } from './payment-setup.js';
import type { KnownAddress } from './address-prefill.js';
import { PartnerAddress } from './partner-address.js';
import type { ClientAgentConsent, ClientAgentOptions } from './client-agent.js';
import { parseHideSteps, skipsAddress } from './enrollment-prefill.js';
import type { HideableStep, KnownCustomer } from './enrollment-prefill.js';
import { isStepDone, stepsOf, type PageProgress, type Stage, type StepName } from './enrollment-steps.js';
import { EnrollmentSubmission, isPlanAccepted, type FinalizeResult } from './enrollment-submission.js';
import { IdentityFormController } from './identity-form.js';
import { enrollmentMsg as msg } from './light-enrollment.messages.js';
import { enrollmentStyles } from './light-enrollment.styles.js';
import { renderAddress } from './steps/address-view.js';
import { renderAccountPending, renderFrame } from './steps/frame-view.js';
import { renderSkeleton } from '../../core/templates.js';
import { renderPlans } from './steps/plans-view.js';
import { renderAcceptedPlan } from './steps/terms-outline.js';

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
 * @fires light-enrollment-step - When a step comes into view (none while the element is hidden). Detail:
 *   `{ step, index, total }`, `index` from 1; the confirmation is `step: 'done'` with `index` equal to `total`.
 * @fires light-plan-accepted - When the plan is accepted. Detail: `{ planUuid, planName, esiId, serviceStartDate }`.
 * @fires light-payment-method-added - When a card is saved. Detail: `{ accountUuid }` (never card data).
 * @fires light-enrollment-complete - When the enrollment is submitted. Detail: account summary (never the SSN).
 * @fires light-service-active - Once, when the submitted enrollment's service becomes active. Detail: `{ accountUuid }`.
 * @fires light-client-agent-consent - With `client-agent`, when the customer authorizes the partner to enroll them.
 *   Detail: `{ accountUuid, esiId, consent, locale, acceptedAt, recorded }`.
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

  /**
   * Stripe publishable key (`pk_…`). Default: `<light-provider>`'s or `configure()`'s, then the token endpoint's
   * `stripe_public_key`, then the account's `app.stripe_public_key`.
   */
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
  @property({ attribute: 'hide-steps', converter: parseHideSteps }) hideSteps: HideableStep[] = [];

  /**
   * The address the partner already has (`{ address_1, address_2?, city?, state?, postal_code }`). With a
   * `backend`, the full-address search runs first: one match goes straight to confirmation, several meters are
   * offered to choose from; otherwise the search starts from it. Default: the account's `preliminary_address`.
   * Property only.
   */
  @property({ attribute: false }) serviceAddress?: KnownAddress;

  /**
   * The customer's details the partner already has (`first_name`, `last_name`, `email`, `phone_number`,
   * `date_of_birth`), filling what the account lacks; complete, they are sent for the customer and the identity
   * step is skipped. Property only: a date of birth never goes in an attribute.
   */
  @property({ attribute: false }) customer?: KnownCustomer;

  /**
   * Client-agent (power of attorney) enrollment: the customer gives address, details, credit check and card,
   * then consents to the partner enrolling them later; the partner's backend records it (`record-client-agent`)
   * and accepts the plan when the time comes. No plan is chosen or submitted here.
   */
  @property({ type: Boolean, attribute: 'client-agent' }) clientAgent = false;

  /** With `client-agent`: roughly when the partner will enroll the customer ("when your installation is complete"). */
  @property({ attribute: 'client-agent-when' }) clientAgentWhen?: string;

  /** With `client-agent`: the plan the customer will be enrolled in, as the consent names it. */
  @property({ attribute: 'client-agent-plan' }) clientAgentPlan?: string;

  /** Do not add browser history entries per step (Back then leaves the page as usual). */
  @property({ type: Boolean, attribute: 'no-history' }) noHistory = false;

  @state() private page: PageProgress = { addressConfirmed: false, planChosen: false, creditSubmitted: false };
  @state() private address: ServiceAddress | null = null;
  @state() private notice: string | null = null;

  readonly #account: AccountController = new AccountController(this, () => this.client, {
    watch: () => this.stage === 'done' && isStillMoving(enrollmentOutcome(this.#account.value!, this.clientAgent)),
    onServiceActive: (account) => this.emit('light-service-active', { accountUuid: account.uuid }),
  });
  readonly #flow = new EnrollmentFlow(this, {
    account: () => this.#account.value,
    progress: () => this.#progress(),
    noHistory: () => this.noHistory,
    enter: (stage, left) => {
      // The credit step is leaving the screen: its field, the only copy of the SSN, goes blank with it.
      if (left === 'credit') this.#credit.clear();
      this.#enter(stage);
    },
    emit: (detail) => this.emit('light-enrollment-step', detail),
    heading: () => this.renderRoot.querySelector<HTMLElement>('#step-title'),
    target: () => this,
  });
  readonly #payment = new LazyPaymentSetup(this, {
    client: () => this.client,
    publishableKey: () => this.publishableKeyInForce,
    factory: () => this.stripeFactory,
    locale: () => this.resolvedLocale,
  });
  readonly #offers = new EnrollmentOffers(this, {
    client: () => this.client,
    esiId: () => this.address?.esi_id,
    provider: () => this.plansProvider ?? backendPlansProvider(this.backendInForce),
    lookupEsiId: () => (skipsAddress(this.startStep) ? this.esiId : undefined),
  });
  readonly #identity = new IdentityFormController(this, {
    root: () => this.renderRoot,
    send: (request) => this.#submission.send('identity', 'identity', request),
    request: async (body) => {
      await submitIdentity(this.client!, body);
      await this.#account.refresh();
      this.#next();
    },
  });
  readonly #terms = new TermsFormController(this, { root: () => this.renderRoot });
  readonly #credit = new CreditFormController(this, {
    root: () => this.renderRoot,
    send: (request, retry) => this.#submission.send('credit', 'credit', request, retry),
    request: (ssn) => submitCreditCheck(this.client!, { ssn, consent: true }),
    sent: () => {
      this.page = { ...this.page, creditSubmitted: true };
      this.#next();
    },
  });
  readonly #submission = new EnrollmentSubmission(this, { refresh: () => this.#account.refresh() });
  readonly #views = new LazyViews(this, () => import('./steps/outcome-views.js'));
  readonly #prefill = new PartnerAddress(this, {
    backend: () => this.backendUrl,
    given: () => this.serviceAddress,
    account: () => this.#account.value,
    needed: () => !this.page.addressConfirmed && !this.esiId && !this.#account.value?.enrollment.has_accepted_plan,
  });
  #consent?: ClientAgentConsent;
  readonly #consentOptions: ClientAgentOptions = {
    backend: () => this.backendUrl,
    given: () => ({ partner: this.#account.value?.app?.name, when: this.clientAgentWhen, plan: this.clientAgentPlan }),
    send: (action) => this.#submission.send('consent', 'consent', action),
    moved: () => this.#moved(),
    emit: (detail) => this.emit('light-client-agent-consent', detail),
    refresh: () => this.#account.refresh(),
    focus: () => this.renderRoot.querySelector<HTMLElement>('#client-agent-consent')?.focus(),
  };

  protected override get watchedTasks() {
    const { plans, lookup } = this.#offers;
    return [this.#account.task, plans, lookup, this.#payment, { error: this.#submission.failure?.error }];
  }

  /** The stage on screen: a completed step opened for review, or the current one. */
  get stage(): Stage | null {
    return this.#flow.stage;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#credit.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#identity.prefill(this.#account.value, this.customer);
    const looked = this.#offers.lookup.value;
    if (looked && !this.address && this.esiId && skipsAddress(this.startStep)) {
      this.address = looked;
      this.page = { ...this.page, addressConfirmed: true };
    }
    const preset = this.startStep === 'terms' ? this.#offers.preset(this.planUuid) : undefined;
    if (preset) this.#choose(preset);
    this.#flow.update();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#flow.updated();
  }

  /** Work a step needs when it comes on screen: its data, the card form, or sending what the partner supplied. */
  #enter(stage: Stage): void {
    if (stage === 'plan') this.#offers.enterPlans();
    if (stage === 'terms') this.#offers.cards.ready();
    // Code fetched a step or two ahead, not with the first step: the confirmation's, the card form's.
    if (stage === 'review' || stage === 'done' || stage === 'consent') void this.#views.load();
    if (stage === 'identity' || stage === 'credit') this.#payment.prepare();
    if (stage === 'payment' && this.#payment.state === 'idle' && !this.#account.value?.enrollment.has_payment_method) {
      void this.#payment.start();
    }
    const given = this.hideSteps.includes('identity') || !!this.customer;
    if (stage === 'identity' && given && this.#identity.sendForCustomer()) void this.#identity.submit();
  }

  #progress(): PageProgress {
    const creditSubmitted = this.page.creditSubmitted || this.hideSteps.includes('credit');
    return { ...this.page, creditSubmitted, clientAgent: this.clientAgent, consented: !!this.#consent?.given };
  }

  /** Moves on after a user action (focus follows to the new step's heading). */
  #moved(): void {
    this.#flow.moved();
    this.notice = null;
  }

  /** A step is done: on to the current one. */
  #next(): void {
    this.#flow.viewing = null;
    this.#moved();
  }

  // Render ------------------------------------------------------------------------------------------------------

  protected override renderContent(): TemplateResult {
    const locale = this.resolvedLocale;
    const task = this.#account.task;
    const account = this.#account.value;
    if (!account) return renderAccountPending(locale, task.error, () => void task.run());
    const stage = this.stage!;
    return renderFrame(locale, {
      stage,
      steps: stepsOf(this.#progress()),
      content: this.#renderStage(account, stage),
      notice: this.notice,
      failure: this.#submission.failure,
      busy: this.#submission.busy !== null,
      reviewing: this.#flow.viewing !== null,
      isDone: (step) => isStepDone(step, account, this.#progress()),
      onOpen: (step) => this.#view(step),
      onBackToCurrent: () => this.#backToCurrent(),
    });
  }

  #renderStage(account: Account, stage: Stage): TemplateResult {
    const locale = this.resolvedLocale;
    const { busy } = this.#submission;
    switch (stage) {
      case 'plan':
        return this.#renderPlans();
      case 'address':
      case 'terms':
        if (account.enrollment.has_accepted_plan) return renderAcceptedPlan(locale, account);
        return stage === 'address' ? this.#renderAddress() : this.#renderTerms();
      case 'identity':
        return this.#offers.later(locale, stage, (views) =>
          views.renderIdentity(locale, {
            ...this.#identity.view(busy),
            done: account.enrollment.is_identity_verified,
            onSubmit: () => void this.#identity.submit(),
          }),
        );
      case 'credit':
        return this.#offers.later(locale, stage, (views) =>
          views.renderCredit(locale, {
            ...this.#credit.view(busy, this.#submission.failure !== null),
            askAgain: account.enrollment.has_accepted_plan && !this.page.creditSubmitted,
            onSubmit: () => void this.#credit.submit(),
          }),
        );
      case 'payment': {
        const onSave = () => void this.#savePayment();
        const done = account.enrollment.has_payment_method;
        return this.#offers.later(locale, stage, (v) =>
          v.renderPayment(locale, v.paymentView(this.#payment, done, onSave)),
        );
      }
      case 'review':
        return this.#offers.later(locale, stage, (views) =>
          views.renderReview(locale, {
            account,
            sending: busy === 'finalize',
            busy: busy !== null,
            onEdit: (step) => this.#view(step),
            onSubmit: () => void this.#finalize(),
          }),
        );
      case 'consent':
      case 'done': {
        const views = this.#views.get();
        if (!views) return html`<div aria-busy="true">${renderSkeleton(locale, 4)}</div>`;
        const consent = (this.#consent ??= new views.ClientAgentConsent(this, this.#consentOptions));
        if (stage === 'done') return views.renderDone(locale, account, consent.terms(views, locale), this.clientAgent);
        const consentFor = { accountUuid: account.uuid, esiId: this.address?.esi_id ?? null };
        return views.renderConsent(locale, consent.view(views, locale, busy, consentFor));
      }
    }
  }

  // Address -----------------------------------------------------------------------------------------------------

  #renderAddress(): TemplateResult {
    const locale = this.resolvedLocale;
    return renderAddress(locale, {
      lookup: this.esiId && skipsAddress(this.startStep) && !this.address ? this.#offers.lookupState : null,
      prefill: this.#prefill.state,
      meters: this.#prefill.meters(locale, (address) => this.#confirmAddress(address)),
      query: this.address ? '' : (this.query ?? ''),
      value: this.address?.esi_id ?? this.esiId ?? '',
      onRetryLookup: () => void this.#offers.lookup.run(),
      // The inner choice is not the enrollment's until the customer confirms it.
      onSelect: (event) => event.stopPropagation(),
      onConfirm: (event) => {
        event.stopPropagation();
        this.#confirmAddress(event.detail.address);
      },
    });
  }

  #confirmAddress(address: ServiceAddress): void {
    this.#prefill.dismiss();
    const changed = this.address?.esi_id !== address.esi_id;
    this.address = address;
    if (changed) {
      this.#terms.choose(null);
      this.page = { ...this.page, planChosen: false };
    }
    this.page = { ...this.page, addressConfirmed: true };
    this.#next();
    if (!this.clientAgent) this.#offers.load();
  }

  // Plans -------------------------------------------------------------------------------------------------------

  #renderPlans(): TemplateResult {
    return renderPlans(this.resolvedLocale, {
      address: this.address,
      ...this.#offers.view(),
      selected: this.#terms.plan?.uuid,
      onSelect: (event) => {
        event.stopPropagation();
        this.#choose(event.detail.plan);
        this.#moved();
      },
      onChangeAddress: () => {
        this.page = { ...this.page, addressConfirmed: false, planChosen: false };
        this.#terms.choose(null);
        this.#flow.viewing = null;
        this.#moved();
      },
    });
  }

  #choose(plan: Plan): void {
    this.#terms.choose(plan);
    this.page = { ...this.page, planChosen: true };
    this.#flow.viewing = null;
  }

  // Terms -------------------------------------------------------------------------------------------------------

  #renderTerms(): TemplateResult {
    const plan = this.#terms.plan;
    if (!plan) return this.#renderPlans();
    return this.#offers.later(this.resolvedLocale, 'terms', (views) =>
      views.renderTerms(this.resolvedLocale, {
        ...this.#terms.view(plan, this.#submission.busy),
        onSubmit: () => void this.#accept(),
        onChangePlan: () => {
          this.page = { ...this.page, planChosen: false };
          this.#next();
        },
      }),
    );
  }

  async #accept(): Promise<void> {
    const plan = this.#terms.plan;
    const address = this.address;
    const client = this.client;
    if (!plan || !address || !client || this.#submission.busy) return;
    const body = this.#terms.check(address.esi_id);
    if (!body) return;
    const accepted = (account: Account) => isPlanAccepted(account, address.esi_id, plan.uuid);
    await this.#submission.send('accept', 'terms', async () => {
      if ((await this.#submission.accept(() => acceptPlan(client, body), accepted)) === 'expired') {
        // Prices moved on: show the current offers, keep the customer's place in the flow.
        this.#terms.choose(null);
        this.page = { ...this.page, planChosen: false };
        this.notice = msg(this.resolvedLocale, 'planExpired');
        this.#flow.moved();
        this.#offers.load();
        return;
      }
      this.emit('light-plan-accepted', planAcceptedDetail(plan, address.esi_id, body.service_start_date));
      this.#moved();
    });
  }

  // Payment, review and finalize ---------------------------------------------------------------------------------

  async #savePayment(): Promise<void> {
    if (!(await this.#payment.submit())) return;
    this.#payment.reset();
    this.emit('light-payment-method-added', { accountUuid: this.#account.value?.uuid ?? '' });
    this.#next();
  }

  async #finalize(): Promise<void> {
    const client = this.client;
    if (!client || this.#submission.busy) return;
    const locale = this.resolvedLocale;
    await this.#submission.send('finalize', 'review', async () =>
      this.#afterFinalize(await this.#submission.finalize(() => finalizeEnrollment(client)), locale),
    );
  }

  /** Goes where finalizing left the customer: the confirmation, or the step the server still waits for. */
  #afterFinalize(result: FinalizeResult, locale: SupportedLocale): void {
    if (result.kind === 'finalized') {
      this.#next(); // Submitted (by this page): on to the confirmation.
      if (result.account) this.emit('light-enrollment-complete', completeDetail(result.account));
      return;
    }
    if (result.kind === 'not-ready') return void (this.notice = msg(locale, 'finalizeNotReady'));
    if (result.kind === 'rejected' && result.step === 'credit') this.page = { ...this.page, creditSubmitted: false };
    this.#flow.open(result.step);
    this.#flow.moved();
    const step = msg(locale, `step.${result.step}`);
    this.notice = msg(locale, result.kind === 'missing' ? 'missingStep' : 'finalizeRejected', { step });
  }

  // Shared ------------------------------------------------------------------------------------------------------

  #view(step: StepName): void {
    this.#flow.open(step);
    this.#submission.clearFailure();
    this.#moved();
  }

  #backToCurrent(): void {
    this.#submission.clearFailure();
    this.#payment.reset();
    this.#next();
  }
}
