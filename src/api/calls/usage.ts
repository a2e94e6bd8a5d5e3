/**
 * A location's usage: a year by month, a month by day, a month of 15-minute intervals.
 */
import type { LightClient } from '../http.js';
import { atLocation, PATHS, type Opts } from '../paths.js';
import { list, monthKeyOf, num, pick, record, text, textOr, type Json } from '../parse.js';
import type { DailyUsage, IntervalUsage, MonthlyUsage, UsageAmounts } from '../types.js';
function toAmounts(json: Json): UsageAmounts {
  return {
    consumption: num(json.consumption),
    generation: num(json.generation),
    vehicle_charging: num(json.vehicle_charging),
    eligible_vehicle_charging: num(json.eligible_vehicle_charging),
  };
}

/** `next`/`previous` may be a URL, a query object or null; kept as a query string or null. */
function toLink(value: unknown): string | null {
  if (typeof value === 'string') return value || null;
  if (value && typeof value === 'object') {
    const params = new URLSearchParams();
    for (const [key, v] of Object.entries(value)) if (v !== null && v !== undefined) params.set(key, String(v));
    return params.toString() || null;
  }
  return null;
}

/**
 * A year of usage by month. Each row's `month` becomes `YYYY-MM`, whichever way it came (`"2025-01"`,
 * `"2025-01-01"`, `"January"`, `"jan"`, `1`, `"01"`), names and numbers taking the response's `year`; a month
 * that cannot be read is kept as given (it matches no calendar month, so it is never drawn in the wrong place).
 */
export function toMonthlyUsage(raw: unknown): MonthlyUsage {
  const json = record(raw);
  const year = num(json.year);
  return {
    year: year ?? 0,
    units: textOr(json.units, 'kWh'),
    months: list(json.months).map((m) => {
      const row = record(m);
      return { month: monthKeyOf(row.month, year) ?? textOr(row.month), ...toAmounts(row) };
    }),
    next: toLink(json.next),
    previous: toLink(json.previous),
  };
}

export function toDailyUsage(raw: unknown): DailyUsage {
  const json = record(raw);
  return {
    month: num(json.month) ?? 0,
    year: num(json.year) ?? 0,
    units: textOr(json.units, 'kWh'),
    days: list(json.days).map((d) => ({ date: textOr(record(d).date), ...toAmounts(record(d)) })),
    next: toLink(json.next),
    previous: toLink(json.previous),
  };
}

/** Where an interval's start may be (one list, not one per interval: a month holds thousands). */
const START_KEYS = ['start', 'start_time', 'timestamp'];

/** One interval; a month holds 2,976, so the documented string `start` is taken without the general reader. */
function toInterval(raw: unknown): IntervalUsage['intervals'][number] {
  const item = record(raw);
  const start = item.start;
  return {
    start: typeof start === 'string' ? start : textOr(pick(item, START_KEYS, text)),
    consumption: num(item.consumption),
    generation: num(item.generation),
  };
}

export function toIntervalUsage(raw: unknown): IntervalUsage {
  const json = record(raw);
  return {
    month: num(json.month) ?? 0,
    year: num(json.year) ?? 0,
    units: textOr(json.units, 'kWh'),
    intervals: list(json.intervals).map(toInterval),
    next: toLink(json.next),
    previous: toLink(json.previous),
  };
}

/**
 * Starts the GET that `getMonthlyUsage` (`series` `monthly`, a year), `getDailyUsage` or `getIntervalUsage`
 * (`daily`, `intervals`: a month) makes for the same location and period (`LightClient.prefetch`): the first of
 * them to ask for it soon after takes this answer instead of sending its own.
 */
export function prefetchUsage(
  client: LightClient,
  locationUuid: string,
  series: 'monthly' | 'daily' | 'intervals',
  period: { year: number; month?: number },
): void {
  // `year`, then `month`, as the chart asks: the same URL as its own request.
  const query = series === 'monthly' ? { year: period.year } : { year: period.year, month: period.month };
  // Chosen here rather than from a table made as the module loads: reading `PATHS` at load counts as an effect,
  // and the bundler then puts the API's calls into the script tag's entry file.
  const path = series === 'monthly' ? PATHS.usageMonthly : series === 'daily' ? PATHS.usageDaily : PATHS.usageIntervals;
  client.prefetch(atLocation(path, locationUuid), query);
}

export async function getMonthlyUsage(
  client: LightClient,
  locationUuid: string,
  query: { year?: number } = {},
  opts: Opts = {},
): Promise<MonthlyUsage> {
  return toMonthlyUsage(await client.request('GET', atLocation(PATHS.usageMonthly, locationUuid), { ...opts, query }));
}

export async function getDailyUsage(
  client: LightClient,
  locationUuid: string,
  query: { year: number; month: number },
  opts: Opts = {},
): Promise<DailyUsage> {
  return toDailyUsage(await client.request('GET', atLocation(PATHS.usageDaily, locationUuid), { ...opts, query }));
}

export async function getIntervalUsage(
  client: LightClient,
  locationUuid: string,
  query: { year: number; month: number },
  opts: Opts = {},
): Promise<IntervalUsage> {
  return toIntervalUsage(
    await client.request('GET', atLocation(PATHS.usageIntervals, locationUuid), { ...opts, query }),
  );
}
