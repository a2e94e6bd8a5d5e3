import type { LightErrorCode } from '../api/errors.js';

/** Detail of `light-error`: what failed, safe to log (no token, no personal data). */
export interface LightErrorDetail {
  code: LightErrorCode;
  message: string;
  /** HTTP status, 0 when none. */
  status: number;
  retryable: boolean;
  /**
   * For the partner's developer: the API call that failed when it is one whose path or body is inferred from
   * the docs (see `INFERRED_CALLS`), so `message` says how to route it; `undefined` otherwise.
   */
  call?: string;
}

/** Detail of `light-service-active`: the account whose electricity service has just become active. */
export interface ServiceActiveDetail {
  accountUuid: string;
}

/** Detail of `light-eligibility-result`: a ZIP code's eligibility, as `<light-eligibility>` showed it. */
export interface EligibilityResultDetail {
  /** The 5-digit ZIP code checked. */
  postalCode: string;
  /** `eligibility_likelihood`, 0–100: how likely the area is to have retail choice. */
  likelihood: number;
  /** The names of the area's utilities (TDUs). */
  utilities: string[];
  /** Whether the area may have retail choice (likelihood above 0). */
  eligible: boolean;
}

/** Detail of `light-comparison-upload`: the customer's bill was sent and is being read. */
export interface ComparisonUploadDetail {
  /** The comparison invoice's uuid (what `comparison_invoice.processed` webhooks name). */
  invoiceUuid: string;
}

/** Detail of `light-comparison-ready`: both comparisons are on screen. Dollars; `null` where the API sent none. */
export interface ComparisonReadyDetail {
  invoiceUuid: string;
  planGroup: string;
  /** The uploaded bill's total, and the same usage on the plan group. */
  billDollars: number | null;
  planDollars: number | null;
  /** The typical year on the current plan and on the plan group. */
  annualCurrentDollars: number | null;
  annualOfferedDollars: number | null;
  /** Set when the rates use the customer's own meter history (a usage profile). */
  usageProfileUuid: string | null;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'light-error': CustomEvent<LightErrorDetail>;
    'light-service-active': CustomEvent<ServiceActiveDetail>;
    'light-eligibility-result': CustomEvent<EligibilityResultDetail>;
    'light-comparison-upload': CustomEvent<ComparisonUploadDetail>;
    'light-comparison-ready': CustomEvent<ComparisonReadyDetail>;
  }
}

/** Names of every `light-*` event, each typed in `GlobalEventHandlersEventMap` beside the element that fires it. */
export type LightEventName = Extract<keyof GlobalEventHandlersEventMap, `light-${string}`>;

/** The detail type of a `light-*` event. */
export type LightEventDetail<K extends LightEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** A `light-*` event: bubbles and crosses shadow roots, so a partner can listen anywhere above the element. */
export function lightEvent<K extends LightEventName>(name: K, detail: LightEventDetail<K>, cancelable = false) {
  return new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
}
