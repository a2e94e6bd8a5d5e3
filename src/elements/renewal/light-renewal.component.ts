import { initialState, Task, TaskStatus } from '@lit/task';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { acceptRenewal, getAllDocuments, getDocuments, requestRenewalPlans } from '../../api/endpoints.js';
import { isAbortError, type LightApiError } from '../../api/errors.js';
import type { LightClient } from '../../api/http.js';
import type { AcceptRenewalRequest, Account, IsoDate, Location, LocationDocuments, Plan } from '../../api/types.js';
import { TERMS_ID } from '../../core/plan-acceptance.js';
import { AccountController } from '../../core/account-controller.js';
import type { StatusExplanation } from '../../core/account-status.js';
import { localToday } from '../../core/dates.js';
import { formStyles } from '../../core/form.styles.js';
import { LightDataElement } from '../../core/light-element.js';
import { resolveLocation } from '../../core/location.js';
import { isStartAllowed, startWindow } from '../../core/plan-terms.js';
import { focusTarget, renderSkeleton, renderTaskError } from '../../core/templates.js';
import type { PlanSelectDetail } from '../plan-card/light-plan-card.js';
import '../plan-card/light-plan-card.js';
import { renewalMsg as msg } from './light-renewal.messages.js';
import { renewalStyles } from './light-renewal.styles.js';
import { checkAccept, isOfferGone, RenewalAcceptor } from './renewal-accept.js';
import { renderConfirmation, type Confirmation } from './renewal-done-view.js';
import {
  afterRefusal,
  customPlansSource,
  missingPlansSource,
  requestCustomPlans,
  type RenewalPlansProvider,
} from './renewal-custom.js';
import {
  contractStanding,
  findQueuedRenewal,
  locationStanding,
  type QueuedRenewal,
  type RenewalStanding,
} from './renewal-eligibility.js';
import { renderPlans } from './renewal-plans-view.js';
import { noticeText, renderStanding, renderSummary, type RenewalNotice } from './renewal-standing-view.js';
import { renderAccept } from './renewal-terms-view.js';
import { planName } from './renewal-text.js';

export interface RenewalAcceptedDetail {
  /** The renewed service location. */
  locationUuid: string;
  /** The accepted renewal plan. */
  planUuid: string;
  planName: string;
  /** The day the new plan starts, `YYYY-MM-DD`. */
  serviceStartDate: IsoDate;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'light-renewal-accepted': CustomEvent<RenewalAcceptedDetail>;
  }
}

interface ContractInfo {
  documents: LocationDocuments;
  queued: QueuedRenewal | null;
}

/**
 * Renews the customer's plan before the contract ends: the current plan and contract end date, the days left and
 * what happens without a renewal (a month-to-month plan), then the renewal plans as `<light-plan-card>`s, and an
 * accept step with the plan's documents, a required terms checkbox and the start date (the day after the contract
 * ends). After accepting it shows a confirmation, emits `light-renewal-accepted` and refreshes the shared account.
 *
 * The renewal offers are the location's own (`renewal-plans/request`). With `plansProvider`, or `custom-plans` and a
 * `backend`, the partner's own plans take their place (custom rates from the app-token plans request), each accepted
 * as a renewal that starts the day after the contract ends.
 *
 * Renewal opens 90 days before the contract ends; earlier, or without active service, the element says why and
 * when instead of showing an empty list. An offer that expired meanwhile is replaced by the current one, keeping the
 * customer's choice.
 *
 * @tag light-renewal
 * @summary Renewal plans for a service location, with terms, start date and confirmation.
 *
 * @fires light-renewal-accepted - When a renewal is accepted. Detail: `{ locationUuid, planUuid, planName, serviceStartDate }`.
 * @fires light-plan-select - Bubbles from the inner plan cards when the customer chooses a plan. Detail: `{ planUuid, plan }`.
 * @fires light-error - When loading or accepting fails, or the element is not configured.
 *
 * @csspart base - The element's box.
 * @csspart summary - The current plan, contract end and days left.
 * @csspart notice - An explanation box (not open yet, no active service, scheduled, offer expired).
 * @csspart plans - The list of renewal plans.
 * @csspart plan - Each `<light-plan-card>`.
 * @csspart accept - The accept form.
 * @csspart terms - The terms checkbox and its document links.
 * @csspart start-date - The start date (text, or a date field when the window is wider than a day).
 * @csspart button - Buttons (accept, retry).
 * @csspart confirmation - The confirmation after accepting.
 * @csspart error - An error box.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --light-color-primary - Accent, links and the selected plan.
 * @cssprop --light-color-success - The confirmation mark.
 * @cssprop --light-color-warning - Notices that need the customer's attention.
 * @cssprop --light-color-danger - Errors.
 */
export class LightRenewal extends LightDataElement {
  static override styles = [...(LightDataElement.styles as []), formStyles, renewalStyles];

  /** The service location to renew. Unset: the account's first location. */
  @property({ attribute: 'location-uuid' }) locationUuid?: string;

  /**
   * Offers the partner's own plans instead of the location's renewal offers (custom rates, which only the partner's
   * backend can request, with the app-token plans request): `(esiId, { locationUuid, contractEnd, signal }) =>
   * Promise<{ plans } | Plan[]>`. Each is accepted as a renewal starting the day after the contract ends. Property only.
   */
  @property({ attribute: false }) plansProvider?: RenewalPlansProvider;

  /**
   * Offer the plans of the partner's backend (the `/plans` route of `backend`: the app-token plans request, with
   * custom rates) instead of the location's renewal offers. Off by default: a `backend` alone keeps the renewal
   * offers. `plansProvider` wins over it.
   */
  @property({ type: Boolean, attribute: 'custom-plans' }) customPlans = false;

  /** The chosen renewal plan. */
  @state() private selectedUuid: string | null = null;
  @state() private termsAccepted = false;
  @state() private termsError = false;
  /** The start date typed by the customer, when the plan's window is wider than one day. */
  @state() private chosenStart: string | null = null;
  @state() private startError = false;
  @state() private sending = false;
  /** A failed accept that can be sent again, unchanged. */
  @state() private acceptFailure: { error: LightApiError; body: AcceptRenewalRequest; plan: Plan } | null = null;
  /** Why the plans were reloaded (the chosen offer expired). */
  @state() private notice: RenewalNotice | null = null;
  @state() private confirmation: Confirmation | null = null;
  /** What the polite live region says. */
  @state() private announcement = '';

  readonly #account = new AccountController(this, () => this.client);

  readonly #contract = new Task(this, {
    task: async ([client, locationUuid], { signal }): Promise<ContractInfo | typeof initialState> => {
      if (!client || !locationUuid) return initialState;
      const [documents, all] = await Promise.all([
        getDocuments(client, locationUuid, { signal }),
        // Only used to spot a renewal already accepted; without it, the server still refuses a second one.
        getAllDocuments(client, locationUuid, { signal }).catch((error: unknown) => {
          if (isAbortError(error)) throw error;
          return [];
        }),
      ]);
      return { documents, queued: findQueuedRenewal(all, documents.contract_end) };
    },
    args: () => [this.client, this.#activeLocation()?.uuid] as const,
  });

  readonly #plans = new Task(this, {
    task: async ([client, locationUuid, open, custom], { signal }): Promise<Plan[] | typeof initialState> => {
      const location = this.#activeLocation();
      if (!client || !locationUuid || !open || !location) return initialState;
      if (custom === null) throw missingPlansSource();
      if (!custom) return requestRenewalPlans(client, locationUuid, { signal });
      return requestCustomPlans(custom, { location, contractEnd: this.#contractEnd(), today: localToday(), signal });
    },
    args: () =>
      [this.client, this.#activeLocation()?.uuid, this.#standing()?.kind === 'open', this.#customSource()] as const,
    onComplete: (plans) => this.#plansArrived(plans as Plan[]),
  });

  /** Sends accepts one at a time and settles a lost answer from the contract. */
  readonly #acceptor = new RenewalAcceptor();
  /** The plan whose offer expired, while the plans are requested again. */
  #replacing: { uuid: string; name: string } | null = null;
  #focusAfterUpdate: { selector: string; reveal?: string } | null = null;
  /** The account status sentences, once here (or `failed`: not fetched, offline). */
  #statusSentences?: typeof import('../../core/account-status.js') | 'failed';
  #statusLoading?: Promise<void>;

  protected override get watchedTasks() {
    return [this.#account.task, this.#contract, this.#plans];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another location: nothing chosen for the previous one carries over.
    if (changed.has('locationUuid') && this.hasUpdated) {
      this.#resetChoice();
      this.#acceptor.reset();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusAfterUpdate) {
      const { selector, reveal } = this.#focusAfterUpdate;
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      const shown = reveal ? this.renderRoot.querySelector<HTMLElement>(reveal) : null;
      this.#focusAfterUpdate = null;
      focusTarget(target, { preventScroll: !!shown });
      // The whole of it when it fits the screen, else its top.
      shown?.scrollIntoView({ block: 'nearest' });
    }
  }

  // Derived state ------------------------------------------------------------------------------------------------

  #location(account: Account): Location | null {
    return resolveLocation(account, this.locationUuid);
  }

  #activeLocation(): Location | undefined {
    const account = this.#account.value;
    const location = account ? this.#location(account) : null;
    return location?.is_service_active ? location : undefined;
  }

  /** Where the location stands; `undefined` while what decides it is still loading. */
  #standing(): RenewalStanding | undefined {
    const account = this.#account.value;
    if (!account) return undefined;
    const gate = locationStanding(this.#location(account));
    if (gate) return gate;
    if (this.#contract.status !== TaskStatus.COMPLETE || !this.#contract.value) return undefined;
    const { documents, queued } = this.#contract.value;
    return contractStanding({ contractEnd: documents.contract_end, queued, today: localToday() });
  }

  #customSource() {
    const backend = this.backendInForce;
    return customPlansSource({ provider: this.plansProvider, customPlans: this.customPlans, backend });
  }

  #contractEnd(): IsoDate | null {
    return this.#contract.value?.documents.contract_end ?? null;
  }

  #selectedPlan(): Plan | null {
    return this.#plans.value?.find((p) => p.uuid === this.selectedUuid) ?? null;
  }

  // Rendering ----------------------------------------------------------------------------------------------------

  protected override renderContent(): TemplateResult {
    const locale = this.resolvedLocale;
    return html`<section class="renewal surface" part="base" aria-labelledby="title">
      <h2 id="title">${msg(locale, 'title')}</h2>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.confirmation ? renderConfirmation(locale, this.confirmation) : this.#renderState()}
    </section>`;
  }

  /** Loading, a notice about where the location stands, or the contract summary with the plans. */
  #renderState(): unknown {
    const locale = this.resolvedLocale;
    const account = this.#account.value;
    if (!account) {
      const task = this.#account.task;
      return task.status === TaskStatus.ERROR ? renderTaskError(task, locale) : renderSkeleton(locale, 4);
    }
    const location = this.#location(account);
    const gate = locationStanding(location);
    if (gate) return this.#renderStanding(gate);
    if (this.#contract.status === TaskStatus.ERROR) return renderTaskError(this.#contract, locale);
    const standing = this.#standing();
    if (!standing) return renderSkeleton(locale, 4);
    return html`${renderSummary(locale, { standing, location: location!, today: localToday() })}
    ${this.#renderStanding(standing)}`;
  }

  #renderStanding(standing: RenewalStanding): unknown {
    return renderStanding(this.resolvedLocale, {
      standing,
      accountCancelled: this.#account.value?.status === 'cancelled',
      accountStatus: this.#account.value?.status ?? null,
      status: () => this.#statusExplanation(),
      today: localToday(),
      renderPlans: () => this.#renderPlans(),
    });
  }

  #renderPlans(): unknown {
    return renderPlans(this.resolvedLocale, {
      plans: this.#plans,
      selectedUuid: this.selectedUuid,
      notice: this.notice,
      sending: this.sending,
      onSelect: (event) => this.#onSelect(event),
      renderAccept: (plan, busy) => this.#renderAccept(plan, busy),
    });
  }

  #renderAccept(plan: Plan, busy: boolean): TemplateResult {
    return renderAccept(this.resolvedLocale, {
      plan,
      contractEnd: this.#contractEnd(),
      notice: this.notice,
      chosenStart: this.chosenStart,
      startError: this.startError,
      termsAccepted: this.termsAccepted,
      termsError: this.termsError,
      sending: this.sending,
      busy,
      failure: this.acceptFailure?.error ?? null,
      onStart: (value) => this.#onStart(value),
      onTerms: (checked) => this.#onTerms(checked),
      onSubmit: () => this.#onSubmit(),
      onRetry: () => this.#retry(),
    });
  }

  /** The account status in the account status element's words, fetched the first time it is asked for. */
  #statusExplanation(): StatusExplanation | null | undefined {
    const account = this.#account.value;
    const sentences = this.#statusSentences;
    if (!account || sentences === 'failed') return account ? null : undefined;
    if (sentences) return sentences.explainStatus(account, this.resolvedLocale);
    if (!this.#statusLoading)
      this.#statusLoading = import('../../core/account-status.js').then(
        (module) => {
          this.#statusSentences = module;
          this.requestUpdate();
        },
        () => {
          // Offline: the notice goes without them (and still names no start date).
          this.#statusSentences = 'failed';
          this.requestUpdate();
        },
      );
    return undefined;
  }

  // Behaviour ----------------------------------------------------------------------------------------------------

  /**
   * Focuses `selector` once the next render is done (requesting one, in case nothing else changed); with
   * `reveal`, scrolls that element into view instead of only the focused one.
   */
  #focusSoon(selector: string, reveal?: string): void {
    this.#focusAfterUpdate = { selector, reveal };
    this.requestUpdate();
  }

  #resetChoice(): void {
    this.selectedUuid = null;
    this.termsAccepted = false;
    this.termsError = false;
    this.chosenStart = null;
    this.startError = false;
    this.acceptFailure = null;
    this.notice = null;
    this.confirmation = null;
    this.#replacing = null;
  }

  #plansArrived(plans: Plan[]): void {
    const locale = this.resolvedLocale;
    const replacing = this.#replacing;
    this.#replacing = null;
    if (replacing) {
      const { kind, match } = afterRefusal(plans, replacing);
      this.selectedUuid = kind === 'expired' ? match!.uuid : null;
      const notice: RenewalNotice = kind === 'gone' ? { kind } : { kind, plan: planName(locale, match!) };
      this.notice = notice;
      this.announcement = noticeText(locale, notice);
      this.#focusSoon('#expiry-notice');
      return;
    }
    if (this.selectedUuid && !plans.some((p) => p.uuid === this.selectedUuid)) this.selectedUuid = null;
    this.announcement = msg(locale, 'plansFound', { count: plans.length });
  }

  #onSelect(event: CustomEvent<PlanSelectDetail>): void {
    const { planUuid, plan } = event.detail;
    if (planUuid === this.selectedUuid) return;
    this.#resetChoice();
    this.selectedUuid = planUuid;
    this.announcement = msg(this.resolvedLocale, 'planSelected', { plan: planName(this.resolvedLocale, plan) });
    // The terms and Accept appear under every card, likely off screen: bring them into view and move focus to
    // their heading, so that the next step is seen and read (a click shows no focus ring there, a key does).
    this.#focusSoon('#accept-heading', '.accept');
  }

  #onTerms(checked: boolean): void {
    this.termsAccepted = checked;
    if (this.termsAccepted) this.termsError = false;
    // A changed form is sent with Accept again, not resent as it was.
    this.acceptFailure = null;
  }

  #onStart(value: string): void {
    this.chosenStart = value;
    this.acceptFailure = null;
    const plan = this.#selectedPlan();
    this.startError = !!plan && !isStartAllowed(startWindow(plan), this.chosenStart);
  }

  #onSubmit(): void {
    if (this.#acceptor.inFlight) return;
    const plan = this.#selectedPlan();
    if (!plan) return;
    const check = checkAccept({
      plan,
      chosenStart: this.chosenStart,
      termsAccepted: this.termsAccepted,
      contractEnd: this.#contractEnd(),
      today: localToday(),
    });
    if (!check.ok) {
      if (check.problem === 'start') this.startError = true;
      else this.termsError = true;
      this.#focusSoon(check.problem === 'start' ? '#start' : `#${TERMS_ID}`);
      return;
    }
    void this.#send(check.body, plan);
  }

  #retry(): void {
    const failure = this.acceptFailure;
    if (!failure || this.#acceptor.inFlight) return;
    void this.#send(failure.body, failure.plan);
  }

  async #send(body: AcceptRenewalRequest, plan: Plan): Promise<void> {
    const client = this.client;
    const location = this.#activeLocation();
    if (!client || !location) return;
    this.sending = true;
    this.notice = null;
    let queued: QueuedRenewal | null;
    try {
      queued = await this.#acceptor.send(
        {
          accept: (accepted) => acceptRenewal(client, location.uuid, accepted),
          queued: () => this.#queuedRenewal(client, location.uuid),
        },
        body,
      );
    } catch (error) {
      this.sending = false;
      const failure = this.reportError(error);
      if (!failure) return;
      if (isOfferGone(failure)) {
        // The offer expired (or was withdrawn): ask for current plans and keep the customer's choice.
        this.acceptFailure = null;
        this.termsAccepted = false;
        this.#replacing = { uuid: plan.uuid, name: plan.name };
        this.announcement = msg(this.resolvedLocale, 'updatingPlans');
        void this.#plans.run();
        return;
      }
      this.acceptFailure = { error: failure, body, plan };
      this.#focusSoon('.retry-button');
      return;
    }
    this.sending = false;
    this.acceptFailure = null;
    if (queued?.planName && queued.planName !== plan.name) {
      // Another renewal was accepted meanwhile (elsewhere): show the one the server has.
      this.#resetChoice();
      void this.#contract.run();
      return;
    }
    this.confirmation = { plan, serviceStartDate: body.service_start_date, contractEnd: this.#contractEnd() };
    this.announcement = '';
    this.#focusSoon('#confirmed-heading');
    this.emit('light-renewal-accepted', {
      locationUuid: location.uuid,
      planUuid: plan.uuid,
      planName: plan.name,
      serviceStartDate: body.service_start_date,
    });
    // Every element on the page sees the new plan (already read again when the answer was lost). A failed
    // refresh does not undo the renewal: the next load shows it, so it is not reported as an error here.
    if (!queued) await this.#account.refresh().catch(() => undefined);
  }

  /**
   * The renewal queued for a location, read from the server now (the contract and every document set), with the
   * shared account read again beside them so every element on the page follows the server too.
   */
  async #queuedRenewal(client: LightClient, locationUuid: string): Promise<QueuedRenewal | null> {
    const [documents, all] = await Promise.all([
      getDocuments(client, locationUuid),
      getAllDocuments(client, locationUuid),
      this.#account.refresh(),
    ]);
    return findQueuedRenewal(all, documents.contract_end);
  }
}
