/** Calendar dates as `YYYY-MM-DD`, computed in UTC so no time zone can shift a day. */
import type { IsoDate } from '../api/types.js';
import { now } from '../api/clock.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Epoch ms of midnight UTC for a `YYYY-MM-DD` date, or `null` when it is not one. */
export function parseIsoDate(value: string | null | undefined): number | null {
  const match = ISO_DATE.exec(value ?? '');
  if (!match) return null;
  const [, y, m, d] = match.map(Number);
  const time = Date.UTC(y, m - 1, d);
  const check = new Date(time);
  return check.getUTCMonth() === m - 1 && check.getUTCDate() === d ? time : null;
}

/** `YYYY-MM-DD` of a UTC timestamp. */
export function toIsoDate(time: number): IsoDate {
  return new Date(time).toISOString().slice(0, 10);
}

/** Today in the customer's own calendar (their local date, by the library's clock), as `YYYY-MM-DD`. */
export function localToday(at: Date = new Date(now())): IsoDate {
  return toIsoDate(Date.UTC(at.getFullYear(), at.getMonth(), at.getDate()));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const time = parseIsoDate(date);
  if (time === null) throw new RangeError(`Not a date: ${date}`);
  return toIsoDate(time + days * 86_400_000);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (a === null || b === null) return NaN;
  return Math.round((b - a) / 86_400_000);
}
