import type { Plan } from '../../api/types.js';
import { formatDate } from '../../core/format.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { renewalMsg as msg } from './light-renewal.messages.js';

/** A plan's name as the renewal element shows it: its own, or a generic one when it has none. */
export function planName(locale: SupportedLocale, plan: { name: Plan['name'] | null }): string {
  return plan.name || msg(locale, 'unnamed');
}

/** A date as the renewal element writes it (`March 1, 2026`); empty when it is not a date. */
export function longDate(locale: SupportedLocale, date: string | null | undefined): string {
  return formatDate(date, locale, 'long');
}

/** Whether a document link is a PDF (its path ends in `.pdf`), which its link says to screen readers. */
export function isPdf(url: string): boolean {
  try {
    return new URL(url).pathname.toLowerCase().endsWith('.pdf');
  } catch {
    return false;
  }
}
