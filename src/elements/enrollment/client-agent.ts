/**
 * The client-agent consent step's state: the checkbox, why it must be checked, and giving the consent — recorded
 * through the partner's backend when there is one (`POST ${backend}/client-agent` with the time and the text the
 * customer agreed to; it keeps them and calls Light's `record-client-agent`), and always announced to the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { now } from '../../api/clock.js';
import { postToBackend } from '../../core/clients.js';
import type { ClientAgentConsentDetail } from './enrollment-events.js';
import type { Busy } from './enrollment-submission.js';
import type { ConsentView } from './steps/consent-view.js';
import type { ClientAgentTerms } from './steps/done-view.js';
import type * as OutcomeViews from './steps/outcome-views.js';
import type { SupportedLocale } from '../../core/i18n.js';

type LaterViews = typeof OutcomeViews;

/** Who gives the consent, and for which address. */
export type ConsentFor = Pick<ClientAgentConsentDetail, 'accountUuid' | 'esiId'>;

export interface ClientAgentOptions {
  backend: () => string | undefined;
  /** What the partner set: who enrolls the customer (default: the account's app), when, and in which plan. */
  given: () => Partial<ClientAgentTerms>;
  /** Runs the request as the step's (busy state, failure and retry). */
  send: (action: () => Promise<void>) => Promise<void>;
  /** The consent is given: on to the confirmation. */
  moved: () => void;
  /** Announces the consent (`light-client-agent-consent`). */
  emit: (detail: ClientAgentConsentDetail) => void;
  /** Reads the account again (it moves to `ready` once the partner's authorization and every step are in). */
  refresh: () => Promise<unknown>;
  /** Focuses the checkbox. */
  focus: () => void;
}

export class ClientAgentConsent implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: ClientAgentOptions;
  #accepted = false;
  #missing = false;
  #given = false;

  constructor(host: ReactiveControllerHost, options: ClientAgentOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the box is checked. */
  get accepted(): boolean {
    return this.#accepted;
  }

  /** Whether the customer tried to go on without checking it. */
  get missing(): boolean {
    return this.#missing;
  }

  /** Whether the consent was given on this page. */
  get given(): boolean {
    return this.#given;
  }

  set accepted(checked: boolean) {
    this.#accepted = checked;
    if (checked) this.#missing = false;
    this.#host.requestUpdate();
  }

  /** What the consent names, the partner's words or, where it gave none, the defaults in `locale`. */
  terms(views: LaterViews, locale: SupportedLocale): ClientAgentTerms {
    const given = this.#options.given();
    return {
      partner: given.partner || views.laterMsg(locale, 'defaultPartner'),
      when: given.when || views.laterMsg(locale, 'defaultWhen'),
      plan: given.plan || views.laterMsg(locale, 'defaultPlan'),
    };
  }

  /** The step's view; `busy` is the request in flight. */
  view(views: LaterViews, locale: SupportedLocale, busy: Busy | null, detail: ConsentFor): ConsentView {
    const terms = this.terms(views, locale);
    const consent = views.consentText(locale, terms);
    return {
      terms,
      accepted: this.#accepted,
      missing: this.#missing,
      sending: busy === 'consent',
      busy: busy !== null,
      onAccepted: (checked) => (this.accepted = checked),
      onSubmit: () =>
        void this.#options.send(async () => {
          await this.give({ ...detail, consent, locale });
          if (this.#given) this.#options.moved();
        }),
    };
  }

  /**
   * Gives the consent (`consent`: its text as shown) once the box is checked; otherwise says why and focuses the
   * box. A backend that fails rejects, for the step's retry: nothing is announced until it is recorded.
   */
  async give(detail: Omit<ClientAgentConsentDetail, 'acceptedAt' | 'recorded'>): Promise<void> {
    if (!this.#accepted) {
      this.#missing = true;
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      this.#options.focus();
      return;
    }
    const acceptedAt = new Date(now()).toISOString();
    const backend = this.#options.backend();
    if (backend) {
      const { consent, locale, esiId } = detail;
      await postToBackend(`${backend}/client-agent`, {
        client_agent_accepted_at: acceptedAt,
        consent,
        locale,
        esi_id: esiId,
      });
    }
    this.#given = true;
    this.#host.requestUpdate();
    this.#options.emit({ ...detail, acceptedAt, recorded: !!backend });
    await this.#options.refresh();
  }
}
