import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { acceptRenewal, getAllDocuments, getDocuments, requestRenewalPlans } from '../../api/endpoints.js';
import { isAbortError, type LightApiError } from '../../api/errors.js';
import type { LightClient } from '../../api/http.js';
import type { AcceptRenewalRequest, Account, IsoDate, Location, LocationDocuments, Plan } from '../../api/types.js';
import { AccountController } from '../../core/account-controller.js';
import { addDays, daysBetween, localToday, parseIsoDate } from '../../core/dates.js';
import { formatDate } from '../../core/format.js';
import { resolveLocation } from '../../core/location.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { formStyles } from '../../core/form.styles.js';
import { LightDataElement } from '../../core/light-element.js';
import { isOutcomeUnknown } from '../../core/outcome.js';
import { coreMsg } from '../../core/messages.js';
import { errorMessage, renderErrorState, renderSkeleton, renderTaskError, toLightError } from '../../core/templates.js';
import { safeHttpUrl } from '../../core/url.js';
import type { PlanSelectDetail } from '../plan-card/light-plan-card.js';
import '../plan-card/light-plan-card.js';
import { renewalMsg as msg } from './light-renewal.messages.js';
import { renewalStyles } from './light-renewal.styles.js';
import {
  contractStanding,
  findQueuedRenewal,
  isInWindow,
  locationStanding,
  matchPlan,
  serviceStartDate,
  startWindow,
  type QueuedRenewal,
  type RenewalStanding,
} from './renewal-eligibility.js';

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

interface Confirmation {
  plan: Plan;
  serviceStartDate: IsoDate;
  contractEnd: IsoDate | null;
}

const DOCUMENT_KEYS = [
  ['efl', 'efl_url'],
  ['tos', 'tos_url'],
  ['yrac', 'yrac_url'],
] as const;

/**
 * Renews the customer's plan before the contract ends: the current plan and contract end date, the days left and
 * what happens without a renewal (a month-to-month plan), then the renewal plans as `<light-plan-card>`s, and an
 * accept step with the plan's documents, a required terms checkbox and the start date (the day after the contract
 * ends). After accepting it shows a confirmation, emits `light-renewal-accepted` and refreshes the shared account.
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
  @state() private notice: { kind: 'expired'; plan: string } | { kind: 'gone' } | null = null;
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
    task: async ([client, locationUuid, open], { signal }): Promise<Plan[] | typeof initialState> => {
      if (!client || !locationUuid || !open) return initialState;
      return requestRenewalPlans(client, locationUuid, { signal });
    },
    args: () => [this.client, this.#activeLocation()?.uuid, this.#standing()?.kind === 'open'] as const,
    onComplete: (plans) => this.#plansArrived(plans as Plan[]),
  });

  /** Set synchronously on submit, so a second click before the re-render sends nothing. */
  #inFlight = false;
  /** The last accept lost its answer and the contract could not be read since: whether it took is not known. */
  #unsure = false;
  /** The plan whose offer expired, while the plans are requested again. */
  #replacing: { uuid: string; name: string } | null = null;
  #focusAfterUpdate: string | null = null;

  protected override get watchedTasks() {
    return [this.#account.task, this.#contract, this.#plans];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another location: nothing chosen for the previous one carries over.
    if (changed.has('locationUuid') && this.hasUpdated) {
      this.#resetChoice();
      this.#unsure = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusAfterUpdate) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focusAfterUpdate);
      this.#focusAfterUpdate = null;
      target?.focus();
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

  #selectedPlan(): Plan | null {
    return this.#plans.value?.find((p) => p.uuid === this.selectedUuid) ?? null;
  }

  #planName(plan: Pick<Plan, 'name'>): string {
    return plan.name || msg(this.resolvedLocale, 'unnamed');
  }

  #date(date: string | null | undefined): string {
    return formatDate(date, this.resolvedLocale, 'long');
  }

  // Rendering ----------------------------------------------------------------------------------------------------

  protected override renderContent(): TemplateResult {
    const locale = this.resolvedLocale;
    return html`<section class="renewal surface" part="base" aria-labelledby="title">
      <h2 id="title">${msg(locale, 'title')}</h2>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.confirmation ? this.#renderConfirmation(this.confirmation) : this.#renderState(locale)}
    </section>`;
  }

  #renderState(locale: SupportedLocale): unknown {
    const accountTask = this.#account.task;
    const account = this.#account.value;
    if (!account) {
      if (accountTask.status === TaskStatus.ERROR) {
        return renderTaskError(accountTask, locale);
      }
      return renderSkeleton(locale, 4);
    }
    const location = this.#location(account);
    const gate = locationStanding(location);
    if (gate) return this.#renderStanding(gate, location);

    if (this.#contract.status === TaskStatus.ERROR) {
      return renderTaskError(this.#contract, locale);
    }
    const standing = this.#standing();
    if (!standing) return renderSkeleton(locale, 4);
    return html`${this.#renderSummary(standing, location!)} ${this.#renderStanding(standing, location)}`;
  }

  #renderStanding(standing: RenewalStanding, location: Location | null): unknown {
    const locale = this.resolvedLocale;
    switch (standing.kind) {
      case 'no-location':
        return this.#notice(msg(locale, 'noLocationTitle'), msg(locale, 'noLocationBody'));
      case 'inactive': {
        if (!standing.finalServiceDate && this.#account.value?.status === 'cancelled') {
          return this.#notice(msg(locale, 'endedTitle'), msg(locale, 'cancelledBody'));
        }
        if (standing.finalServiceDate || (location && !isFuture(location.service_start_date))) {
          const ended = this.#date(standing.finalServiceDate);
          return this.#notice(
            msg(locale, 'endedTitle'),
            ended ? msg(locale, 'endedBody', { date: ended }) : msg(locale, 'endedBodyNoDate'),
          );
        }
        const start = this.#date(standing.serviceStartDate);
        return this.#notice(
          msg(locale, 'pendingTitle'),
          start ? msg(locale, 'pendingBody', { date: start }) : msg(locale, 'pendingBodyNoDate'),
        );
      }
      case 'scheduled': {
        const plan = standing.renewal.planName || msg(locale, 'unnamed');
        const date = this.#date(standing.renewal.startDate);
        return this.#notice(
          msg(locale, 'scheduledTitle'),
          date ? msg(locale, 'scheduledBody', { plan, date }) : msg(locale, 'scheduledBodyNoDate', { plan }),
          'success',
        );
      }
      case 'not-yet':
        return this.#notice(
          msg(locale, 'notYetTitle'),
          msg(locale, 'notYetBody', { end: this.#date(standing.contractEnd), opens: this.#date(standing.opensOn) }),
        );
      case 'open':
        return this.#renderPlans();
    }
  }

  #notice(title: string, body: string, tone: 'info' | 'success' | 'warning' = 'info'): TemplateResult {
    return html`<div class="notice tone-${tone}" part="notice">
      <p class="state-title">${title}</p>
      <p>${body}</p>
    </div>`;
  }

  #renderSummary(standing: RenewalStanding, location: Location): TemplateResult {
    const locale = this.resolvedLocale;
    const end = 'contractEnd' in standing ? standing.contractEnd : null;
    const daysLeft = end ? daysBetween(localToday(), end) : null;
    const left =
      daysLeft === null
        ? ''
        : daysLeft > 0
          ? msg(locale, 'daysLeft', { days: daysLeft })
          : daysLeft === 0
            ? msg(locale, 'endsToday')
            : msg(locale, 'ended', { days: -daysLeft });
    const consequence =
      standing.kind === 'scheduled'
        ? ''
        : !end
          ? msg(locale, 'monthToMonthUnknownEnd')
          : daysLeft! < 0
            ? msg(locale, 'monthToMonthNow', { date: this.#date(end) })
            : msg(locale, 'monthToMonthAhead', { date: this.#date(end) });
    return html`<div class="surface" part="summary">
      <dl class="summary" aria-label=${msg(locale, 'contractLabel')}>
        ${
          location.plan_name
            ? html`<div>
                <dt>${msg(locale, 'currentPlan')}</dt>
                <dd>${location.plan_name}</dd>
              </div>`
            : nothing
        }
        ${
          end
            ? html`<div>
                <dt>${msg(locale, 'contractEnds')}</dt>
                <dd>${this.#date(end)}</dd>
              </div>`
            : nothing
        }
        ${
          left
            ? html`<div>
                <dt>${msg(locale, 'timeLeft')}</dt>
                <dd>${left}</dd>
              </div>`
            : nothing
        }
      </dl>
      ${consequence ? html`<p class="consequence">${consequence}</p>` : nothing}
    </div>`;
  }

  #renderPlans(): unknown {
    const locale = this.resolvedLocale;
    const task = this.#plans;
    const plans = task.value;
    if (task.status === TaskStatus.ERROR) {
      const failure = toLightError(task.error);
      return renderErrorState(failure, {
        locale,
        title: failure.code === 'validation' ? msg(locale, 'unavailableTitle') : undefined,
        onRetry: () => void task.run(),
      });
    }
    if (!plans) return renderSkeleton(locale, 5);
    if (!plans.length && task.status === TaskStatus.COMPLETE) {
      return this.#notice(msg(locale, 'noPlansTitle'), msg(locale, 'noPlansBody'));
    }
    const updating = task.status === TaskStatus.PENDING;
    const busy = updating || this.sending;
    const selected = this.#selectedPlan();
    return html`<section class="plans-section" aria-labelledby="plans-heading" aria-busy=${updating ? 'true' : 'false'}>
      <h3 id="plans-heading">${msg(locale, 'plansHeading')}</h3>
      ${updating ? html`<p class="updating" aria-hidden="true">${msg(locale, 'updatingPlans')}</p>` : nothing}
      ${this.notice?.kind === 'gone' ? this.#renderExpiryNotice() : nothing}
      <ul class="plans" part="plans">
        ${plans.map(
          (plan) =>
            html`<li>
              <light-plan-card
                part="plan"
                compact
                heading-level="4"
                .plan=${plan}
                ?selected=${plan.uuid === this.selectedUuid}
                ?disabled=${busy}
                @light-plan-select=${this.#onSelect}
              ></light-plan-card>
            </li>`,
        )}
      </ul>
      ${selected ? this.#renderAccept(selected, busy) : nothing}
    </section>`;
  }

  #renderExpiryNotice(): TemplateResult | typeof nothing {
    const locale = this.resolvedLocale;
    const notice = this.notice;
    if (!notice) return nothing;
    const text =
      notice.kind === 'expired' ? msg(locale, 'planExpired', { plan: notice.plan }) : msg(locale, 'planGone');
    return html`<div class="notice tone-warning" part="notice" id="expiry-notice" tabindex="-1"><p>${text}</p></div>`;
  }

  #renderAccept(plan: Plan, busy: boolean): TemplateResult {
    const locale = this.resolvedLocale;
    const name = this.#planName(plan);
    const failure = this.acceptFailure;
    return html`<form
      class="accept surface"
      part="accept"
      novalidate
      aria-labelledby="accept-heading"
      @submit=${this.#onSubmit}
    >
      <h3 id="accept-heading" tabindex="-1">${msg(locale, 'acceptHeading', { plan: name })}</h3>
      ${this.notice?.kind === 'expired' ? this.#renderExpiryNotice() : nothing} ${this.#renderStart(plan)}
      <div class="check terms" part="terms">
        <input
          type="checkbox"
          id="terms"
          required
          .checked=${this.termsAccepted}
          ?disabled=${busy}
          aria-invalid=${this.termsError ? 'true' : 'false'}
          aria-describedby=${this.termsError ? 'terms-error' : nothing}
          @change=${this.#onTerms}
        />
        <label for="terms">${msg(locale, 'termsLead', { plan: name })} ${this.#renderDocuments(plan, name)}</label>
      </div>
      ${this.termsError ? html`<p class="field-error" id="terms-error">${msg(locale, 'termsRequired')}</p>` : nothing}
      ${
        failure && !this.sending
          ? html`<div class="accept-error state error" role="alert" part="error">
              <p class="state-title">${msg(locale, 'acceptFailed')}</p>
              <p>${errorMessage(failure.error, locale)}</p>
              <p>${msg(locale, 'choicesKept')}</p>
            </div>`
          : nothing
      }
      <div class="actions">
        ${
          failure && !this.sending
            ? html`<button
                type="button"
                class="retry-button"
                part="button retry-button"
                ?disabled=${busy}
                @click=${this.#retry}
              >
                ${coreMsg(locale, 'retry')}
              </button>`
            : html`<button type="submit" part="button accept-button" ?disabled=${busy}>
                ${this.sending ? msg(locale, 'accepting') : msg(locale, 'accept')}
              </button>`
        }
      </div>
    </form>`;
  }

  #renderStart(plan: Plan): TemplateResult {
    const locale = this.resolvedLocale;
    const window = startWindow(plan);
    if (window.fixed) {
      const contractEnd = this.#contract.value?.documents.contract_end ?? null;
      const date = this.#date(window.earliest);
      const text = !date
        ? msg(locale, 'startUnknown')
        : contractEnd && parseIsoDate(contractEnd) !== null && window.earliest === addDays(contractEnd, 1)
          ? msg(locale, 'startAfterContract', { date })
          : msg(locale, 'startFixed', { date });
      return html`<p class="start" part="start-date">${text}</p>`;
    }
    const from = this.#date(window.earliest);
    const to = this.#date(window.latest);
    const value = this.chosenStart ?? window.earliest ?? '';
    return html`<div class="field" part="start-date">
      <label for="start">${msg(locale, 'startLabel')}</label>
      <input
        type="date"
        id="start"
        required
        min=${window.earliest ?? nothing}
        max=${window.latest ?? nothing}
        .value=${value}
        ?disabled=${this.sending}
        aria-invalid=${this.startError ? 'true' : 'false'}
        aria-describedby="start-hint"
        @change=${this.#onStart}
      />
      <p class="muted" id="start-hint">
        ${this.startError ? html`<span class="field-error">${msg(locale, 'startInvalid', { from, to })}</span>` : msg(locale, 'startHint', { from, to })}
      </p>
    </div>`;
  }

  #renderDocuments(plan: Plan, name: string): TemplateResult {
    const locale = this.resolvedLocale;
    return html`<ul class="doc-list">
      ${DOCUMENT_KEYS.map(([key, field]) => {
        const url = safeHttpUrl(plan[field]);
        const label = msg(locale, key);
        if (!url) return html`<li>${label} <span class="muted">${msg(locale, 'notOnline')}</span></li>`;
        const details = [isPdf(url) ? msg(locale, 'pdf') : '', msg(locale, 'opensInNewTab')].filter(Boolean).join(', ');
        return html`<li>
          <a href=${url} target="_blank" rel="noopener noreferrer"
            >${label}<span class="visually-hidden">, ${name} (${details})</span
            ><span aria-hidden="true">&nbsp;↗</span></a
          >
        </li>`;
      })}
    </ul>`;
  }

  #renderConfirmation(confirmation: Confirmation): TemplateResult {
    const locale = this.resolvedLocale;
    const name = this.#planName(confirmation.plan);
    const date = this.#date(confirmation.serviceStartDate);
    const end = this.#date(confirmation.contractEnd);
    return html`<div class="confirmation notice tone-success" part="confirmation">
      <h2 id="confirmed-heading" tabindex="-1">
        <span class="mark" aria-hidden="true">✓</span>${msg(locale, 'confirmedTitle')}
      </h2>
      <p>
        ${date ? msg(locale, 'confirmedBody', { plan: name, date }) : msg(locale, 'confirmedBodyNoDate', { plan: name })}
      </p>
      ${end ? html`<p>${msg(locale, 'currentContinues', { date: end })}</p>` : nothing}
      <h3>${msg(locale, 'newDocuments')}</h3>
      ${this.#renderDocuments(confirmation.plan, name)}
    </div>`;
  }

  // Behaviour ----------------------------------------------------------------------------------------------------

  /** Focuses `selector` once the next render is done (requesting one, in case nothing else changed). */
  #focusSoon(selector: string): void {
    this.#focusAfterUpdate = selector;
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
      const match = matchPlan(plans, replacing);
      this.selectedUuid = match?.uuid ?? null;
      this.notice = match ? { kind: 'expired', plan: this.#planName(match) } : { kind: 'gone' };
      this.announcement = match ? msg(locale, 'planExpired', { plan: this.#planName(match) }) : msg(locale, 'planGone');
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
    this.announcement = msg(this.resolvedLocale, 'planSelected', { plan: this.#planName(plan) });
  }

  #onTerms(event: Event): void {
    this.termsAccepted = (event.target as HTMLInputElement).checked;
    if (this.termsAccepted) this.termsError = false;
    // A changed form is sent with Accept again, not resent as it was.
    this.acceptFailure = null;
  }

  #onStart(event: Event): void {
    this.chosenStart = (event.target as HTMLInputElement).value;
    this.acceptFailure = null;
    const plan = this.#selectedPlan();
    this.startError = !!plan && !isInWindow(startWindow(plan), this.chosenStart);
  }

  #onSubmit(event: Event): void {
    event.preventDefault();
    if (this.#inFlight) return;
    const plan = this.#selectedPlan();
    if (!plan) return;
    const window = startWindow(plan);
    if (!window.fixed && !isInWindow(window, this.chosenStart ?? window.earliest ?? '')) {
      this.startError = true;
      this.#focusSoon('#start');
      return;
    }
    if (!this.termsAccepted) {
      this.termsError = true;
      this.#focusSoon('#terms');
      return;
    }
    const start = serviceStartDate(window, this.chosenStart) ?? this.#fallbackStart();
    void this.#send({ plan_uuid: plan.uuid, service_start_date: start, terms_accepted: true }, plan);
  }

  /** For a plan that names no start date: the day after the contract ends, else tomorrow. */
  #fallbackStart(): IsoDate {
    const end = this.#contract.value?.documents.contract_end;
    const tomorrow = addDays(localToday(), 1);
    const afterEnd = end && parseIsoDate(end) !== null ? addDays(end, 1) : null;
    return afterEnd && afterEnd > tomorrow ? afterEnd : tomorrow;
  }

  #retry(): void {
    const failure = this.acceptFailure;
    if (!failure || this.#inFlight) return;
    void this.#send(failure.body, failure.plan);
  }

  async #send(body: AcceptRenewalRequest, plan: Plan): Promise<void> {
    const client = this.client;
    const location = this.#activeLocation();
    if (!client || !location) return;
    this.#inFlight = true;
    this.sending = true;
    this.notice = null;
    let queued: QueuedRenewal | null;
    try {
      queued = await this.#accept(client, location.uuid, body);
    } catch (error) {
      this.#inFlight = false;
      this.sending = false;
      const failure = this.reportError(error);
      if (!failure) return;
      if (failure.code === 'validation' || failure.code === 'not_found') {
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
    this.#inFlight = false;
    this.sending = false;
    this.acceptFailure = null;
    if (queued?.planName && queued.planName !== plan.name) {
      // Another renewal was accepted meanwhile (elsewhere): show the one the server has.
      this.#resetChoice();
      void this.#contract.run();
      return;
    }
    this.confirmation = {
      plan,
      serviceStartDate: body.service_start_date,
      contractEnd: this.#contract.value?.documents.contract_end ?? null,
    };
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
   * Sends the accept. When its answer is lost (the outcome is unknown), the location's contract says whether it
   * took: a renewal now queued is returned as the outcome; none → the error is rethrown and Retry sends the accept
   * again; the contract unreadable too → rethrown, and Retry reads the contract before sending anything.
   * Resolves `null` when the accept itself answered.
   */
  async #accept(client: LightClient, locationUuid: string, body: AcceptRenewalRequest): Promise<QueuedRenewal | null> {
    if (this.#unsure) {
      const queued = await this.#queuedRenewal(client, locationUuid);
      this.#unsure = false;
      if (queued) return queued;
    }
    try {
      await acceptRenewal(client, locationUuid, body);
      return null;
    } catch (error) {
      if (!isOutcomeUnknown(error)) throw error;
      this.#unsure = true;
      const queued = await this.#queuedRenewal(client, locationUuid).catch(() => undefined);
      if (queued === undefined) throw error;
      this.#unsure = false;
      if (queued) return queued;
      throw error;
    }
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

function isFuture(date: string | null): boolean {
  return !!date && parseIsoDate(date) !== null && date > localToday();
}

function isPdf(url: string): boolean {
  try {
    return new URL(url).pathname.toLowerCase().endsWith('.pdf');
  } catch {
    return false;
  }
}
