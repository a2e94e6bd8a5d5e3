/**
 * The enrollment's offers: the partner's ESI ID looked up (when the flow starts past the address), the plans for
 * the confirmed address, cheapest first, and the code of the plan cards and of the steps after the plan, fetched
 * together from the plan step on (the first steps stay small).
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { requestPlans, searchEsiId } from '../../api/endpoints.js';
import type { LightApiError } from '../../api/errors.js';
import type { LightClient } from '../../api/http.js';
import type { Plan, ServiceAddress } from '../../api/types.js';
import { toPlans } from '../../api/normalize.js';
import { toLightError } from '../../core/templates.js';
import { postToBackend } from '../../core/clients.js';
import type { Refusal } from '../../core/origins.js';
import { addStyles, PlanCardsLoader } from './enrollment-loaders.js';
import { cheapestFirst, offeredPlan } from './plan-offers.js';
import type { SupportedLocale } from '../../core/i18n.js';
import type { PlansView } from './steps/plans-view.js';
import { renderStepPending, type LaterStep } from './steps/terms-outline.js';

/** The views of the steps after the plan, fetched with the plan cards. */
export type LaterStepViews = typeof import('./steps/later-steps.js');

/** A function that returns plans for an ESI ID, for partners who request custom-rate plans server-side. */
export type PlansProvider = (esiId: string) => Promise<unknown>;

const backendProviders = new Map<string, PlansProvider>();

/**
 * The plans provider of the partner's `light-elements/server` at `backend` (the same function for the same
 * backend): POSTs `{ esi_id }` to its `/plans` with the page's cookie, never the account token.
 */
export function backendPlansProvider(backend: string | Refusal | undefined): PlansProvider | undefined {
  if (typeof backend !== 'string') return undefined;
  let provider = backendProviders.get(backend);
  if (!provider)
    backendProviders.set(backend, (provider = (esiId) => postToBackend(`${backend}/plans`, { esi_id: esiId })));
  return provider;
}

export interface EnrollmentOffersOptions {
  client: () => LightClient | undefined;
  /** The confirmed address's ESI ID: whose plans are offered. */
  esiId: () => string | undefined;
  provider: () => PlansProvider | undefined;
  /** The partner's ESI ID to look up, when the customer already confirmed its address on the partner's page. */
  lookupEsiId: () => string | undefined;
}

export class EnrollmentOffers {
  /** The plans for the confirmed address, cheapest first; run when the plan step is reached or the address changes. */
  readonly plans: Task<
    readonly [LightClient | undefined, string | undefined, PlansProvider | undefined],
    Plan[] | null
  >;
  /** The address of the partner's ESI ID, or `null` when it is not found. */
  readonly lookup: Task<readonly [LightClient | undefined, string | undefined], ServiceAddress | null>;
  /** `<light-plan-card>`'s code and the views of the steps after the plan ({@link laterViews} once fetched). */
  readonly cards: PlanCardsLoader;
  /** The views of the steps after the plan, once {@link cards} has fetched them. */
  laterViews?: LaterStepViews;

  #presetTried = false;

  constructor(host: ReactiveControllerHost, options: EnrollmentOffersOptions) {
    this.plans = new Task(host, {
      task: async ([client, esiId, provider], { signal }) => {
        if (!client || !esiId) return null;
        return cheapestFirst(provider ? toPlans(await provider(esiId)) : await requestPlans(client, esiId, { signal }));
      },
      args: () => [options.client(), options.esiId(), options.provider()] as const,
      autoRun: false,
    });
    this.lookup = new Task(host, {
      task: async ([client, esiId], { signal }) => {
        if (!client || !esiId) return null;
        const [match] = await searchEsiId(client, esiId, { signal });
        return match ?? null;
      },
      // Only needed to start at the plans: otherwise the address search looks the ESI ID up for confirmation.
      args: () => [options.client(), options.lookupEsiId()] as const,
    });
    this.cards = new PlanCardsLoader(host, {
      defined: () => !!customElements.get('light-plan-card') && !!this.laterViews,
      load: () =>
        Promise.all([import('./steps/later-steps.js'), import('../plan-card/light-plan-card.js')]).then(([views]) => {
          this.laterViews = views;
          addStyles(host, views.styles);
        }),
    });
  }

  /**
   * `step` rendered by `render` with the views of the steps after the plan; while they are being fetched (which
   * asking starts), or when they could not be, what the step shows instead.
   */
  later(locale: SupportedLocale, step: LaterStep, render: (views: LaterStepViews) => TemplateResult): TemplateResult {
    // Asking first: it starts the fetch when the views are not here yet.
    const ready = this.cards.ready();
    return ready && this.laterViews
      ? render(this.laterViews)
      : renderStepPending(locale, step, this.cards.error, this.cards.retry);
  }

  /** Requests the plans (again). */
  load = (): void => void this.plans.run();

  /** The plan step comes on screen: its plans, unless asked for already, and its cards. */
  enterPlans(): void {
    if (this.plans.status === TaskStatus.INITIAL) this.load();
    this.cards.ready();
  }

  /**
   * The plan the partner preselected (`uuid`), if offered: asked once, the first time the offers are there, so
   * a customer who changes the plan is not sent back to it.
   */
  preset(uuid: string | undefined): Plan | undefined {
    const offers = this.plans.value;
    if (!offers || !uuid || this.#presetTried) return undefined;
    this.#presetTried = true;
    return offeredPlan(offers, uuid);
  }

  /** The partner's ESI ID still being looked up (`'pending'`), why the lookup failed, or `null` once done. */
  get lookupState(): 'pending' | LightApiError | null {
    const lookup = this.lookup;
    if (lookup.status === TaskStatus.COMPLETE) return null;
    return lookup.error ? toLightError(lookup.error) : 'pending';
  }

  /** The offers' part of the plan step's view. */
  view(): Pick<PlansView, 'plans' | 'cardsError' | 'cardsReady' | 'onRetryPlans' | 'onRetryCards'> {
    return {
      plans: this.plans,
      cardsError: this.cards.error,
      cardsReady: () => this.cards.ready(),
      onRetryPlans: this.load,
      onRetryCards: this.cards.retry,
    };
  }
}
