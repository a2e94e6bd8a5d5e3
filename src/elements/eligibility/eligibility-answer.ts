/**
 * Eligibility by ZIP code as pure functions: what the customer typed as a ZIP code, the backend's answer read
 * defensively, and the answer as a verdict the element words.
 */
import { intlLocale, type SupportedLocale } from '../../core/i18n.js';

/** What the element makes of `{ eligibility_likelihood, utilities }`. */
export interface EligibilityAnswer {
  /** `eligibility_likelihood`, 0–100. */
  likelihood: number;
  /** The utilities' names as the API gives them (`display_name`, else `name`). */
  utilities: string[];
  /** Whether the area may have retail choice: any likelihood above 0. */
  eligible: boolean;
}

/**
 * - `none`: likelihood 0, not a retail-choice area (a city-owned utility or an electric co-op sells power there).
 * - `likely`: 70 or more.
 * - `possible`: anything between.
 */
export type EligibilityVerdict = 'none' | 'possible' | 'likely';

/** From this likelihood on, the answer says "likely" rather than "possibly". */
export const LIKELY_FROM = 70;

/** A 5-digit ZIP code from what the customer typed (spaces around it and a ZIP+4 tail are accepted), or `null`. */
export function normalizeZip(value: string): string | null {
  const match = /^\s*(\d{5})(?:[-\s]?\d{4})?\s*$/.exec(value);
  return match ? match[1] : null;
}

/**
 * The backend's answer, or a `TypeError` when it is not one: `eligibility_likelihood` a number (or numeric string)
 * from 0 to 100, `utilities` a list whose entries without a name are skipped.
 */
export function toEligibilityAnswer(raw: unknown): EligibilityAnswer {
  const json = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : null;
  const value = json?.eligibility_likelihood;
  const likelihood = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof likelihood !== 'number' || !Number.isFinite(likelihood) || likelihood < 0 || likelihood > 100) {
    throw new TypeError('The eligibility answer has no eligibility_likelihood from 0 to 100.');
  }
  const list = Array.isArray(json?.utilities) ? (json.utilities as unknown[]) : [];
  const utilities = [
    ...new Set(
      list.flatMap((entry) => {
        const utility = entry && typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
        const name = [utility.display_name, utility.name].find((n) => typeof n === 'string' && n.trim());
        return typeof name === 'string' ? [name.trim()] : [];
      }),
    ),
  ];
  return { likelihood, utilities, eligible: likelihood > 0 };
}

/** The verdict for a likelihood. */
export function verdictOf(likelihood: number): EligibilityVerdict {
  if (!(likelihood > 0)) return 'none';
  return likelihood >= LIKELY_FROM ? 'likely' : 'possible';
}

/** Names joined as a sentence would (`Oncor and CenterPoint Energy`, `Oncor y CenterPoint Energy`). */
export function formatNames(names: readonly string[], locale: SupportedLocale): string {
  return new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' }).format(names);
}
