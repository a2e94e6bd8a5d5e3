/**
 * What accepting a plan involves, as one rule for every element that shows or accepts one (enrollment, renewal,
 * the plan card). Pure: no DOM, no Lit, no requests.
 *
 * **The start window.** A plan names the first and last day it can start (`earliest_start_date`,
 * `latest_start_date`). The customer chooses a day only when both are real `YYYY-MM-DD` dates and the last comes
 * after the first. Otherwise the window is `fixed`: one bound missing or not a date, the two equal (a typical
 * renewal: the day after the contract ends), or the last before the first. A fixed window starts on its earliest
 * date; when the plan names no usable earliest date it starts on a date the element supplies itself.
 *
 * **The documents.** Every plan has an Electricity Facts Label, Terms of Service and Your Rights as a Customer
 * (always in that order); each is a link only when its URL is absolute http(s).
 */
import type { IsoDate, Plan } from '../api/types.js';
import { parseIsoDate } from './dates.js';
import { safeHttpUrl } from './url.js';

/** A plan's start window, read by the rule above. */
export interface StartWindow {
  /** The first day the plan can start; `null` when the plan names no usable one. */
  earliest: IsoDate | null;
  /** The last day; the same as `earliest` when the window is fixed. */
  latest: IsoDate | null;
  /** The customer has no choice of day. */
  fixed: boolean;
}

/** The plan fields the start window is read from. */
export type StartBounds = Pick<Plan, 'earliest_start_date' | 'latest_start_date'>;

function isDate(value: string | null | undefined): value is IsoDate {
  return parseIsoDate(value) !== null;
}

/** The plan's start window. */
export function startWindow(plan: StartBounds): StartWindow {
  const earliest = isDate(plan.earliest_start_date) ? plan.earliest_start_date : null;
  const latest = isDate(plan.latest_start_date) ? plan.latest_start_date : null;
  const fixed = !earliest || !latest || latest <= earliest;
  return { earliest, latest: fixed ? earliest : latest, fixed };
}

/**
 * Whether `date` is a real date inside the window, both ends included. A fixed window allows its one day only;
 * a window with no known day allows none (the element supplies the date then).
 */
export function isStartAllowed(window: StartWindow, date: string | null | undefined): boolean {
  if (!isDate(date) || !window.earliest) return false;
  return date >= window.earliest && date <= (window.latest ?? window.earliest);
}

/**
 * The `service_start_date` to send: the chosen date when the customer could choose and it lies inside the window,
 * else the earliest start. `null` when the plan names no start date (the element supplies one).
 */
export function serviceStartDate(window: StartWindow, chosen?: string | null): IsoDate | null {
  if (!window.fixed && isStartAllowed(window, chosen)) return chosen!;
  return window.earliest;
}

/** The documents a plan comes with, in the order they are shown. */
export const PLAN_DOCUMENT_KEYS = ['efl', 'tos', 'yrac'] as const;

export type PlanDocumentKey = (typeof PLAN_DOCUMENT_KEYS)[number];

/** A document's usual abbreviation, the same in every language: EFL, TOS, YRAC. */
export function documentAbbreviation(key: PlanDocumentKey): string {
  return key.toUpperCase();
}

export interface PlanDocument {
  key: PlanDocumentKey;
  /** The absolute http(s) URL, or `null` when the plan has none that can be a link. */
  url: string | null;
}

/** A document that can be a link. */
export type LinkedPlanDocument = PlanDocument & { url: string };

/** The plan's three documents, in order, each with its URL when it is absolute http(s). */
export function planDocuments(plan: Pick<Plan, `${PlanDocumentKey}_url`>): PlanDocument[] {
  return PLAN_DOCUMENT_KEYS.map((key) => ({ key, url: safeHttpUrl(plan[`${key}_url`]) }));
}

/** Only the documents that can be links. */
export function linkedDocuments(documents: readonly PlanDocument[]): LinkedPlanDocument[] {
  return documents.filter((d): d is LinkedPlanDocument => d.url !== null);
}
