/**
 * Validation of what the customer types in enrollment, as pure functions: each returns the fields in error
 * (by name) so the form can mark them, link the messages and focus the first one.
 */
import { parseIsoDate } from '../../core/dates.js';
import type { Plan } from '../../api/types.js';
import { isStartAllowed, startWindow } from '../../core/plan-terms.js';

export interface IdentityForm {
  first_name: string;
  last_name: string;
  phone_number: string;
  email: string;
  date_of_birth: string;
}

export type IdentityProblem =
  'first_name' | 'last_name' | 'phone_number' | 'email' | 'date_of_birth' | 'date_of_birth_age';

/** US phone numbers: 10 digits, with an optional leading 1 and any punctuation. */
export function normalizePhone(value: string): string | null {
  const digits = value.replace(/\D/g, '');
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  return /^[2-9]\d{2}[2-9]\d{6}$/.test(national) ? national : null;
}

/** Whole years between a `YYYY-MM-DD` birth date and `today`. */
export function ageOn(birth: string, today: string): number {
  const b = parseIsoDate(birth);
  const t = parseIsoDate(today);
  if (b === null || t === null) return NaN;
  const [by, bm, bd] = birth.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** Problems with an identity form, in the order of the fields. */
export function checkIdentity(form: IdentityForm, today: string): IdentityProblem[] {
  const problems: IdentityProblem[] = [];
  if (!form.first_name.trim()) problems.push('first_name');
  if (!form.last_name.trim()) problems.push('last_name');
  if (!normalizePhone(form.phone_number)) problems.push('phone_number');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) problems.push('email');
  if (parseIsoDate(form.date_of_birth) === null || form.date_of_birth > today) problems.push('date_of_birth');
  else if (ageOn(form.date_of_birth, today) < 18) problems.push('date_of_birth_age');
  return problems;
}

/** A full SSN, as 9 digits, or `null`. Dashes and spaces are accepted; impossible numbers are refused. */
export function normalizeSsn(value: string): string | null {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{9}$/.test(digits)) return null;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area.startsWith('9')) return null;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return null;
  return digits;
}

/**
 * Whether the start date enrollment is about to send is allowed by the plan's window (`core/plan-terms.ts`): inside
 * a window the customer chooses from, bounds included. A fixed window asks nothing (the view states its day, which
 * is the date sent), and one that names no day leaves it to the customer and the server: a real date is enough.
 */
/**
 * The start date an acceptance sends: a fixed window's day (by the rule in `core/plan-terms.ts`), else the
 * customer's choice (`chosen`), which starts at the window's earliest day.
 */
export function startDateToSend(plan: Pick<Plan, 'earliest_start_date' | 'latest_start_date'>, chosen: string): string {
  const window = startWindow(plan);
  return window.fixed ? (window.earliest ?? chosen) : chosen;
}

export function startDateAllowed(date: string, earliest: string | null, latest: string | null): boolean {
  const window = startWindow({ earliest_start_date: earliest, latest_start_date: latest });
  return window.fixed ? parseIsoDate(date) !== null : isStartAllowed(window, date);
}
