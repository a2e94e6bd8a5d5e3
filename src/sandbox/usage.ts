/**
 * Energy usage, generated from a seeded model rather than stored: a Texas home's load (air conditioning peaks
 * in the summer afternoons, a smaller heating bump in winter, morning and evening peaks every day), optional
 * rooftop solar (export at midday) and optional overnight EV charging.
 *
 * Everything is built up from 15-minute intervals in whole watt-hours, so a day is exactly the sum of its
 * intervals and a month exactly the sum of its days. Each day has its own seed, so any day can be generated
 * alone and the same seed always gives the same numbers.
 */
import type { AccountRoutes } from './context.js';
import { createRng, hashSeed, randomBetween, randomInt, type Rng } from './random.js';
import { intParam, invalid } from './responses.js';
import { findLocation, type LocationRecord } from './state.js';
import {
  addDays,
  addMonths,
  centralDay,
  centralHour,
  centralMidnight,
  dayNumber,
  dayOfYear,
  daysInMonth,
  formatCentral,
  INTERVAL_MS,
  isoDay,
  maxDay,
  minDay,
  splitDay,
  weekday,
} from './time.js';

export interface UsageProfile {
  seed: number;
  /** A mild spring day's use, kWh. */
  base_kwh_per_day: number;
  /** Rooftop solar size, kW; 0 without solar. */
  solar_kw: number;
  /** Whether an electric vehicle charges at home. */
  ev: boolean;
}

/** One 15-minute interval, in watt-hours. */
export interface IntervalSample {
  /** Epoch ms of the interval's start. */
  start: number;
  consumption: number;
  generation: number;
  vehicle: number;
  eligibleVehicle: number;
}

export type DayTotals = Omit<IntervalSample, 'start'>;

/** A location's usage model. */
export function createUsageProfile(seed: number, options: { solar?: boolean; ev?: boolean } = {}): UsageProfile {
  const rng = createRng(seed);
  return {
    seed,
    base_kwh_per_day: Math.round(randomBetween(rng, 22, 32) * 10) / 10,
    solar_kw: options.solar ? Math.round(randomBetween(rng, 6.5, 9) * 10) / 10 : 0,
    ev: options.ev ?? false,
  };
}

const bump = (x: number, center: number, width: number) => Math.exp(-0.5 * ((x - center) / width) ** 2);

/**
 * The household's daily curve, per quarter hour of the wall clock (at its middle), in kW before the home's own
 * scale: a base load with morning and evening peaks (mean ≈ 0.77 kW), air conditioning peaking in the late
 * afternoon, and heating in the morning and evening. Tabulated once: generating years of intervals stays fast.
 */
const SHAPE = Array.from({ length: 96 }, (_, quarter) => {
  const hour = quarter / 4 + 1 / 8;
  return {
    base: 0.6 + 0.35 * bump(hour, 7.5, 1.2) + 0.7 * bump(hour, 19.5, 2.2) - 0.15 * bump(hour, 3.5, 2),
    cooling: 0.5 + 1.8 * bump(hour, 16.5, 3),
    heating: 0.6 + 0.6 * bump(hour, 7, 1.8) + 0.4 * bump(hour, 21, 2.5),
  };
});

/** Share of a solar array's rated output at an instant's UTC hour (Texas solar noon ≈ 18:30 UTC). */
function solarShare(utcHour: number, doy: number): number {
  const seasonal = Math.sin((2 * Math.PI * (doy - 80)) / 365.25);
  const dayLength = 12 + 1.9 * seasonal;
  const x = (utcHour - 18.5) / dayLength;
  if (Math.abs(x) >= 0.5) return 0;
  return (0.78 + 0.22 * seasonal) * Math.cos(Math.PI * x) ** 1.5;
}

/** Tonight's EV session: when it starts (hours after local midnight) and how much it takes, or none. */
function evSession(rng: Rng): { start: number; kwh: number } | null {
  if (rng() >= 0.55) return null;
  // Most owners schedule after midnight; some plug in when they get home.
  const start = rng() < 0.8 ? randomInt(rng, 0, 8) / 4 : 18 + randomInt(rng, 0, 4) / 4;
  return { start, kwh: randomBetween(rng, 7, 16) };
}

const EV_KW = 7.2;
/** Hours after midnight in which charging counts as eligible (off-peak). */
const EV_ELIGIBLE_UNTIL = 4;

/** The intervals of one Central-time day: 96, or 92 / 100 on daylight-saving days. */
export function dayIntervals(profile: UsageProfile, day: string): IntervalSample[] {
  const rng = createRng(hashSeed(profile.seed, dayNumber(day)));
  const doy = dayOfYear(day);
  // A hotter (or milder) day than usual runs the air conditioning harder and the heating less.
  const anomaly = randomBetween(rng, -0.15, 0.15);
  const cooling = Math.max(0, bump(doy, 205, 38) * (1 + 2 * anomaly));
  const heating = Math.max(0, 0.45 * (bump(doy, 15, 28) + bump(doy, 380, 28)) * (1 - 2 * anomaly));
  const weekendBoost = [0, 6].includes(weekday(day)) ? 1.08 : 1;
  const scale = (profile.base_kwh_per_day / 18.5) * weekendBoost;
  // Mostly sunny: clear 70% of days, partly cloudy 20%, overcast 10%.
  const sky = rng();
  const [dimmest, brightest] = sky < 0.7 ? [0.9, 1] : sky < 0.9 ? [0.5, 0.9] : [0.1, 0.4];
  const cloud = randomBetween(rng, dimmest, brightest);
  const ev = profile.ev ? evSession(rng) : null;

  const start = centralMidnight(day);
  const end = centralMidnight(addDays(day, 1));
  // Only the two daylight-saving days need the clock looked up per interval.
  const regular = end - start === 96 * INTERVAL_MS;
  const samples: IntervalSample[] = [];
  for (let t = start, i = 0; t < end; t += INTERVAL_MS, i++) {
    const middle = t + INTERVAL_MS / 2;
    const shape = SHAPE[regular ? i : Math.floor(centralHour(t) * 4)];
    const kw = shape.base + cooling * shape.cooling + heating * shape.heating;
    const loadKwh = kw * scale * 0.25 * randomBetween(rng, 0.92, 1.08);
    let vehicleKwh = 0;
    const elapsed = (t - start) / 3_600_000;
    if (ev && elapsed >= ev.start && elapsed < ev.start + ev.kwh / EV_KW) {
      vehicleKwh = Math.min(EV_KW * 0.25, ev.kwh - (elapsed - ev.start) * EV_KW);
    }
    const solarKwh = profile.solar_kw
      ? profile.solar_kw *
        0.25 *
        solarShare((middle % 86_400_000) / 3_600_000, doy) *
        cloud *
        randomBetween(rng, 0.95, 1.05)
      : 0;
    const net = loadKwh + vehicleKwh - solarKwh;
    const vehicle = Math.round(vehicleKwh * 1000);
    samples.push({
      start: t,
      consumption: Math.max(0, Math.round(net * 1000)),
      generation: Math.max(0, Math.round(-net * 1000)),
      vehicle,
      eligibleVehicle: elapsed < EV_ELIGIBLE_UNTIL ? vehicle : 0,
    });
  }
  return samples;
}

const dayCache = new WeakMap<UsageProfile, Map<string, DayTotals>>();

/** A day's totals in watt-hours: exactly the sum of its intervals. */
export function dayTotals(profile: UsageProfile, day: string): DayTotals {
  let cache = dayCache.get(profile);
  if (!cache) dayCache.set(profile, (cache = new Map()));
  let totals = cache.get(day);
  if (!totals) {
    totals = { consumption: 0, generation: 0, vehicle: 0, eligibleVehicle: 0 };
    for (const sample of dayIntervals(profile, day)) addTotals(totals, sample);
    cache.set(day, totals);
  }
  return totals;
}

function addTotals(into: DayTotals, add: DayTotals): void {
  into.consumption += add.consumption;
  into.generation += add.generation;
  into.vehicle += add.vehicle;
  into.eligibleVehicle += add.eligibleVehicle;
}

/** Totals over the days `from`…`to`, both included. */
export function periodTotals(profile: UsageProfile, from: string, to: string): DayTotals {
  const totals = { consumption: 0, generation: 0, vehicle: 0, eligibleVehicle: 0 };
  for (let day = from; day <= to; day = addDays(day, 1)) addTotals(totals, dayTotals(profile, day));
  return totals;
}

/**
 * The last day with data: meter data lags a day or two (yesterday's arrives around noon Central), and the API
 * never returns part of a day.
 */
export function lastCompleteDay(now: Date): string {
  const instant = now.getTime();
  return addDays(centralDay(instant), centralHour(instant) >= 12 ? -1 : -2);
}

/**
 * The days a location has usage for: from its service start (at most two years back) to the last complete
 * day or its final service day; `null` before service has started or data has arrived.
 */
export function usageRange(location: LocationRecord, now: Date): { first: string; last: string } | null {
  if (!location.is_service_active && !location.final_service_date) return null;
  let last = lastCompleteDay(now);
  if (location.final_service_date) last = minDay(last, location.final_service_date);
  const first = maxDay(location.service_start_date, addDays(addMonths(last, -24), 1));
  return first <= last ? { first, last } : null;
}

// Responses --------------------------------------------------------------------------------------------------

/**
 * Watt-hours as the API writes kWh: a decimal string (Light's example app types every usage amount as a string,
 * `app/types/energy.ts`), exact to the watt-hour.
 */
const kwh = (wh: number) => (wh / 1000).toFixed(3);

function amountsJson(totals: DayTotals) {
  return {
    consumption: kwh(totals.consumption),
    generation: kwh(totals.generation),
    vehicle_charging: kwh(totals.vehicle),
    eligible_vehicle_charging: kwh(totals.eligibleVehicle),
  };
}

const monthIndex = (year: number, month: number) => year * 12 + month - 1;
const monthQuery = (index: number) => `month=${(index % 12) + 1}&year=${Math.floor(index / 12)}`;

/** `next` / `previous` for a period index, clamped into the range that has data; `null` at either end. */
function links(index: number, first: number, last: number, format: (i: number) => string) {
  return {
    next: index < last ? format(Math.max(index + 1, first)) : null,
    previous: index > first ? format(Math.min(index - 1, last)) : null,
  };
}

/**
 * A month's `next` / `previous`, each left out when there is none: the example app types them `next?: string`
 * on the daily answer (`app/types/energy.ts`), where the yearly one allows `null`.
 */
function presentLinks(nav: { next: string | null; previous: string | null }) {
  return {
    ...(nav.next === null ? {} : { next: nav.next }),
    ...(nav.previous === null ? {} : { previous: nav.previous }),
  };
}

/** The requested month (or the latest with data), its days clipped to the range with data. */
function readMonth(query: URLSearchParams, range: { first: string; last: string } | null, today: string) {
  const month = intParam(query, 'month', 1, 12);
  const year = intParam(query, 'year', 1900, 2100);
  if ((month === undefined) !== (year === undefined)) throw invalid('month and year must be given together.');
  const fallback = splitDay(range?.last ?? today);
  const y = year ?? fallback.year;
  const m = month ?? fallback.month;
  const days: string[] = [];
  if (range) {
    const from = maxDay(isoDay(y, m, 1), range.first);
    const to = minDay(isoDay(y, m, daysInMonth(y, m)), range.last);
    for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  }
  const nav = range
    ? links(
        monthIndex(y, m),
        monthIndex(splitDay(range.first).year, splitDay(range.first).month),
        monthIndex(splitDay(range.last).year, splitDay(range.last).month),
        monthQuery,
      )
    : { next: null, previous: null };
  return { year: y, month: m, days, ...nav };
}

export const usageRoutes = {
  usageMonthly: {
    GET: ({ state, account, params, query }) => {
      const location = findLocation(account, params.location_uuid);
      const range = usageRange(location, state.now());
      const year = intParam(query, 'year', 1900, 2100) ?? splitDay(range?.last ?? state.today()).year;
      const months = [];
      if (range) {
        for (let m = 1; m <= 12; m++) {
          const from = maxDay(isoDay(year, m, 1), range.first);
          const to = minDay(isoDay(year, m, daysInMonth(year, m)), range.last);
          if (from > to) continue;
          const month = `${year}-${String(m).padStart(2, '0')}`;
          months.push({ month, ...amountsJson(periodTotals(location.usage, from, to)) });
        }
      }
      const nav = range
        ? links(year, splitDay(range.first).year, splitDay(range.last).year, (y) => `year=${y}`)
        : { next: null, previous: null };
      return { year, units: 'kWh', months, ...nav };
    },
  },
  usageDaily: {
    GET: ({ state, account, params, query }) => {
      const location = findLocation(account, params.location_uuid);
      const { year, month, days, ...nav } = readMonth(query, usageRange(location, state.now()), state.today());
      return {
        month,
        year,
        units: 'kWh',
        days: days.map((date) => ({ date, ...amountsJson(dayTotals(location.usage, date)) })),
        ...presentLinks(nav),
      };
    },
  },
  usageIntervals: {
    GET: ({ state, account, params, query }) => {
      const location = findLocation(account, params.location_uuid);
      // Inferred shape: the daily answer's amounts, one entry per 15 minutes from `start`.
      const { year, month, days, ...nav } = readMonth(query, usageRange(location, state.now()), state.today());
      const intervals = days.flatMap((day) =>
        dayIntervals(location.usage, day).map((sample) => ({
          start: formatCentral(sample.start),
          consumption: kwh(sample.consumption),
          generation: kwh(sample.generation),
          vehicle_charging: kwh(sample.vehicle),
          eligible_vehicle_charging: kwh(sample.eligibleVehicle),
        })),
      );
      return { month, year, units: 'kWh', intervals, ...presentLinks(nav) };
    },
  },
} satisfies AccountRoutes;
