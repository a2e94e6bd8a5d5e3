/**
 * The 15-minute views (`intervals`, a month; `day`, one day of it), loaded with their data: reading interval
 * starts, placing them on a true time axis, the day chosen from a month, and the drawing as step paths. None of
 * it is needed for the first paint of the default view.
 *
 * Intervals are placed on a true time axis from their start time and UTC offset, so the 92 intervals of the
 * spring-forward day and the 100 of the fall-back day span exactly 23 and 25 hours, and their wall-clock labels
 * come from the data's own offsets rather than from the viewer's time zone.
 */
import type { IntervalUsage, IsoDate } from '../../api/types.js';
import { coord, linearScale, round } from '../../core/chart/chart-scale.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { columnPaths } from './decimate.js';
import { valueFrame, wallTime, type Geometry, type SeriesDrawing } from './usage-geometry.js';
import {
  fallbackMonth,
  monthOf,
  type Anchor,
  type ChartData,
  type DrawOptions,
  type UsageRequest,
  type UsageSource,
} from './usage-period.js';
import {
  DAY_MS,
  daysInMonth,
  intervalDays,
  oncePer,
  parseNavQuery,
  presentSeries,
  type DayGroup,
  type UsagePoint,
  type UsageSet,
} from './usage-series.js';

type Month = { year: number; month: number };

const INTERVAL_MS = 15 * 60_000;

const INTERVAL_START =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export interface ParsedStart {
  /** Epoch ms of the instant. */
  instant: number;
  date: IsoDate;
  /** Wall-clock `HH:MM`. */
  time: string;
  hour: number;
  minute: number;
  /** UTC offset in minutes, `null` when the value had none (then the wall clock is taken as UTC). */
  offsetMinutes: number | null;
}

const zoneOffsets = new Map<string, number | null>();

/** Minutes east of UTC for `Z`, `-05:00`, `+0530`…; `null` for no zone. Memoized: a month has two at most. */
function zoneOffset(zone: string | undefined): number | null {
  if (!zone) return null;
  let offset = zoneOffsets.get(zone);
  if (offset === undefined) {
    if (zone.toUpperCase() === 'Z') offset = 0;
    else {
      const digits = zone.replace(':', '');
      const sign = digits.startsWith('-') ? -1 : 1;
      offset = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0));
    }
    zoneOffsets.set(zone, offset);
  }
  return offset;
}

/** The API's own form, `2026-03-08T03:00:00-05:00`, with a real month, day, hour and minute. */
const CANONICAL_START =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d[+-]\d{2}:\d{2}$/;

/**
 * What the last canonical start read, for the next one: a month's 2,976 starts fall on 31 days and (a DST month
 * aside) one UTC offset, so each day's date and midnight, and each offset, are read once, not per start. It
 * starts with a day and a zone no start begins or ends with.
 */
const last = { day: '-', midnight: 0, zone: 'none', offsetMinutes: 0 };

/** `HH:MM` by minute of the day: a month's 2,976 starts share 96, so each text is made once, not per point. */
const wallTimes: string[] = [];

/** The two digits at `at` of a string already known to hold digits there. */
const twoDigits = (value: string, at: number) => (value.charCodeAt(at) - 48) * 10 + value.charCodeAt(at + 1) - 48;

/**
 * The API's own form, checked by the pattern and read by character codes: a month holds 2,976 starts, and reading
 * them is what the chart does most before it can draw, in code the engine has not optimized yet (a month in a cold
 * page: 3 ms this way, 18 ms checking each character with a call, 12–19 ms through `Date.parse`). Only the time
 * of day is read from every start; the day and the offset when they change. `null` for any other form (the
 * general pattern).
 */
function parseCanonicalStart(value: string): ParsedStart | null {
  if (!CANONICAL_START.test(value)) return null;
  if (!value.startsWith(last.day)) {
    last.day = value.slice(0, 10);
    last.midnight = Date.UTC(
      twoDigits(value, 0) * 100 + twoDigits(value, 2),
      twoDigits(value, 5) - 1,
      twoDigits(value, 8),
    );
  }
  if (!value.endsWith(last.zone)) {
    last.zone = value.slice(19);
    const offset = twoDigits(value, 20) * 60 + twoDigits(value, 23);
    last.offsetMinutes = value.charCodeAt(19) === 45 ? -offset : offset;
  }
  const hour = twoDigits(value, 11);
  const minute = twoDigits(value, 14);
  const minuteOfDay = hour * 60 + minute;
  return {
    instant: last.midnight + (minuteOfDay - last.offsetMinutes) * 60_000 + twoDigits(value, 17) * 1000,
    date: last.day,
    time: (wallTimes[minuteOfDay] ??= value.slice(11, 16)),
    hour,
    minute,
    offsetMinutes: last.offsetMinutes,
  };
}

/** Reads an interval start such as `2026-03-08T03:00:00-05:00`; `null` for anything else. */
export function parseIntervalStart(value: string): ParsedStart | null {
  const canonical = parseCanonicalStart(value);
  if (canonical) return canonical;
  const match = INTERVAL_START.exec(value) ?? INTERVAL_START.exec(value.trim());
  if (!match) return null;
  const y = +match[1];
  const mo = +match[2];
  const d = +match[3];
  const hour = +match[4];
  const minute = +match[5];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || hour > 23 || minute > 59) return null;
  const offset = zoneOffset(match[7]);
  const wall = Date.UTC(y, mo - 1, d, hour, minute, match[6] ? +match[6] : 0);
  return {
    instant: wall - (offset ?? 0) * 60_000,
    date: `${match[1]}-${match[2]}-${match[3]}`,
    time: `${match[4]}:${match[5]}`,
    hour,
    minute,
    offsetMinutes: offset,
  };
}

/**
 * Every interval of the response on a time axis, sorted by instant. Intervals whose start cannot be read are
 * dropped (they cannot be placed); an interval without a consumption value is `missing`.
 */
export function intervalSet(response: IntervalUsage): UsageSet {
  const points: UsagePoint[] = [];
  let sorted = true;
  for (const interval of response.intervals) {
    const parsed = parseIntervalStart(interval.start);
    if (!parsed) continue;
    const consumption = interval.consumption ?? null;
    const generation = interval.generation ?? null;
    if (points.length && parsed.instant < points[points.length - 1].start) sorted = false;
    points.push({
      key: interval.start,
      date: parsed.date,
      start: parsed.instant,
      end: parsed.instant + INTERVAL_MS,
      time: parsed.time,
      offsetMinutes: parsed.offsetMinutes,
      status: consumption === null && generation === null ? 'missing' : 'complete',
      consumption,
      generation,
      vehicle_charging: null,
    });
  }
  if (!sorted) points.sort((a, b) => a.start - b.start);
  return { granularity: 'interval', units: response.units || 'kWh', points, series: presentSeries(points) };
}

/** How many intervals each day holds: 96, or 92 / 100 on the days clocks change. */
export function intervalsPerDay(set: UsageSet): Map<IsoDate, number> {
  return new Map(intervalDays(set).map((d) => [d.date, d.to - d.from]));
}

/** Only the points of `dates` (one day, or a run of days). */
export function sliceDays(set: UsageSet, dates: readonly IsoDate[]): UsageSet {
  const wanted = new Set(dates);
  const points = set.points.filter((p) => wanted.has(p.date));
  return { ...set, points, series: presentSeries(points) };
}

/** The time span an interval view covers: its data, widened to whole calendar days of the month for `future` room. */
export function timeDomain(set: UsageSet, month?: { year: number; month: number }): [number, number] {
  const points = set.points;
  if (points.length === 0) return [0, DAY_MS];
  let start = points[0].start;
  let end = points[points.length - 1].end;
  if (month) {
    const first = Number(points[0].date.slice(8, 10));
    const last = Number(points[points.length - 1].date.slice(8, 10));
    start -= (first - 1) * DAY_MS;
    end += (daysInMonth(month.year, month.month) - last) * DAY_MS;
  }
  return [start, end];
}

export interface TimeTick {
  /** Epoch ms. */
  at: number;
  /** Wall-clock hour (0–23) for hour ticks. */
  hour: number;
  date: IsoDate;
}

/**
 * Wall-clock hour ticks for interval points: one at each interval that starts on a whole hour divisible by
 * `everyHours`. Spring forward has no 2 o'clock, so its ticks land at the true positions of 0, 3, 6…; fall back
 * repeats 1 o'clock, and both get a tick only when `everyHours` is 1.
 */
export function hourTicks(points: readonly UsagePoint[], everyHours: number): TimeTick[] {
  const ticks: TimeTick[] = [];
  for (const p of points) {
    if (!p.time) continue;
    const hour = Number(p.time.slice(0, 2));
    if (p.time.endsWith(':00') && hour % everyHours === 0) ticks.push({ at: p.start, hour, date: p.date });
  }
  return ticks;
}

/**
 * Ticks at the first interval of each day of `set` (local midnight), every `everyDays` days. With `monthDays` (the
 * axis spans the whole month), the days with no intervals get one too, a whole number of days from the nearest day
 * that has some: a month so far is labelled to its end, not only as far as its data reaches.
 */
export function dayTicks(set: UsageSet, everyDays = 1, monthDays?: number): TimeTick[] {
  const present = intervalDays(set).map(({ date, from }) => ({
    day: Number(date.slice(8, 10)),
    date,
    at: set.points[from].start,
  }));
  if (!present.length) return [];
  const own = new Map(present.map((p) => [p.day, p]));
  const days = monthDays ? Array.from({ length: monthDays }, (_, i) => i + 1) : present.map((p) => p.day);
  const ticks: TimeTick[] = [];
  for (const day of days) {
    if ((day - 1) % everyDays) continue;
    const known = own.get(day);
    if (known) {
      ticks.push({ at: known.at, hour: 0, date: known.date });
      continue;
    }
    const near = present.reduce((a, b) => (Math.abs(b.day - day) < Math.abs(a.day - day) ? b : a));
    const date = `${near.date.slice(0, 8)}${String(day).padStart(2, '0')}` as IsoDate;
    ticks.push({ at: near.at + (day - near.day) * DAY_MS, hour: 0, date });
  }
  return ticks;
}

/**
 * A month's intervals as points, read once per response: a cached month shown again, or a month of the year view,
 * is not parsed again.
 */
export const intervalSetOf = oncePer(intervalSet);

/** The index in `days` of the day nearest to day-of-month `wanted` (the earlier one on a tie). */
export function nearestDay(days: readonly DayGroup[], wanted: number): number {
  let index = 0;
  days.forEach((d, i) => {
    const distance = Math.abs(Number(d.date.slice(8, 10)) - wanted);
    if (distance < Math.abs(Number(days[index].date.slice(8, 10)) - wanted)) index = i;
  });
  return index;
}

/** The last day of the month before, as a day anchor. */
function lastDayOf(month: Month | null): Anchor | null {
  return month && { ...month, day: daysInMonth(month.year, month.month) };
}

/** The first day of the month after, as a day anchor. */
function firstDayOf(month: Month | null): Anchor | null {
  return month && { ...month, day: 1 };
}

/** The day view of a month's intervals: the day nearest to `day` (default: the latest), and its neighbours. */
export function dayData(
  set: UsageSet,
  month: Month,
  day: number | undefined,
  previous: Month | null,
  next: Month | null,
): ChartData {
  const days = intervalDays(set);
  const wanted = day ?? (days.length ? Number(days[days.length - 1].date.slice(8, 10)) : 1);
  if (days.length === 0) {
    return {
      view: 'day',
      set: { ...set, points: [] },
      anchor: { ...month, day: wanted },
      previous: lastDayOf(previous),
      next: firstDayOf(next),
      domain: null,
    };
  }
  // The nearest day with data (a day asked for may not have arrived yet, or be before service started).
  const index = nearestDay(days, wanted);
  const chosen = days[index];
  const points = set.points.slice(chosen.from, chosen.to);
  const slice: UsageSet = { ...set, points, series: presentSeries(points) };
  const dayOf = (i: number) => Number(days[i].date.slice(8, 10));
  return {
    view: 'day',
    set: slice,
    anchor: { ...month, day: dayOf(index) },
    previous: index > 0 ? { ...month, day: dayOf(index - 1) } : lastDayOf(previous),
    next: index < days.length - 1 ? { ...month, day: dayOf(index + 1) } : firstDayOf(next),
    domain: timeDomain(slice),
  };
}

/** The month (or its day) of intervals `request` shows, from the month's `response`, falling back as the month views do. */
export async function loadIntervals(
  source: UsageSource,
  request: UsageRequest,
  asked: Month,
  first: IntervalUsage,
): Promise<ChartData> {
  const { view, year, day } = request;
  let shown = asked;
  let response = first;
  let set = intervalSetOf(response);
  const fallback = fallbackMonth(set, response.previous, year !== undefined);
  if (fallback) {
    shown = fallback;
    response = await source.intervals(shown.year, shown.month);
    set = intervalSetOf(response);
  }
  const previous = monthOf(parseNavQuery(response.previous));
  const next = monthOf(parseNavQuery(response.next));
  if (view === 'intervals') {
    return { view, set, anchor: shown, previous, next, domain: timeDomain(set, shown), draw: timeGeometry };
  }
  return { ...dayData(set, shown, day, previous, next), draw: timeGeometry };
}

/**
 * The drawing of a month or a day of intervals `width` pixels wide: consumption as a filled step area, the other
 * series as step lines; hour labels for a day (`dayView`), day labels for a month. `domain` is the axis's span.
 */
export function timeGeometry(set: UsageSet, width: number, locale: SupportedLocale, options: DrawOptions): Geometry {
  const points = set.points;
  const frame = valueFrame(set, width, locale);
  const { left, right, y, y0 } = frame;
  const centers = new Float64Array(points.length);
  const xLabels: Geometry['xLabels'] = [];
  const series: Geometry['series'] = [];
  const [start, end] = options.domain ?? [0, 1];
  const x = linearScale([start, end], [left, right]);
  const plotWidth = right - left;
  // A month is several 15-minute intervals a device pixel: steps that narrow cost drawing time and show nothing
  // that one low and one high point a pixel column do not.
  const columns = Math.ceil(plotWidth * (options.pixelRatio ?? 1));
  const drawing = { points, keys: set.series, x, y, baseline: y0, centers };
  series.push(
    ...(columns * INTERVAL_MS < end - start ? columnPaths(drawing, [left, right], columns) : stepPaths(drawing)),
  );
  if (options.dayView) {
    const every = plotWidth < 300 ? 6 : plotWidth < 560 ? 3 : 2;
    for (const tick of hourTicks(points, every)) {
      xLabels.push({
        x: x(tick.at),
        text: wallTime(`${String(tick.hour).padStart(2, '0')}:00`, locale, false),
        muted: false,
      });
    }
  } else {
    // The axis spans the month (its days so far included): so do its labels.
    const monthDays = options.domain ? Math.round((end - start) / DAY_MS) : undefined;
    const days = monthDays || intervalDays(set).length || 1;
    const every = Math.max(1, Math.ceil((days * 26) / plotWidth));
    for (const tick of dayTicks(set, every, monthDays)) {
      xLabels.push({ x: x(tick.at), text: String(Number(tick.date.slice(8, 10))), muted: false });
    }
  }
  return {
    ...frame,
    kind: 'time',
    band: null,
    centers,
    series,
    partial: '',
    missing: '',
    xLabels,
  };
}

/**
 * Every series of a time view as one path each, built in one pass over the points with no object per point:
 * consumption as a filled step area (closed down to `baseline`), the others as step lines. A `null` value breaks
 * the path, so a gap shows as a gap. Writes each point's middle into `centers`. The same drawing as
 * `stepAreaPath` / `stepLinePath` of `core/chart/chart-scale.ts`, without their list of steps.
 */
export function stepPaths({ points, keys, x, y, baseline, centers }: SeriesDrawing): Geometry['series'] {
  const base = coord(baseline);
  // `start`: where the open run began, as text; '' when no run is open.
  const paths = keys.map((key) => ({ key, area: key === 'consumption', d: '', count: 0, start: '', lastX: NaN }));
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    const x0 = x(p.start);
    const x1 = x(p.end);
    centers[i] = (x0 + x1) / 2;
    const r0 = round(x0);
    const r1 = round(x1);
    const t0 = coord(r0);
    const t1 = coord(r1);
    for (const path of paths) {
      const value = p[path.key];
      if (value === null) {
        if (path.area && path.start) path.d += `V${base}H${path.start}Z`;
        path.start = '';
        continue;
      }
      const py = coord(y(value));
      if (!path.start || r0 !== path.lastX) {
        if (path.area && path.start) path.d += `V${base}H${path.start}Z`;
        path.start = t0;
        path.d += path.area ? `M${t0} ${base}V${py}` : `M${t0} ${py}`;
      } else path.d += `V${py}`;
      path.lastX = r1;
      path.d += `H${t1}`;
      path.count++;
    }
  }
  return paths.map((path) => ({
    key: path.key,
    d: path.area && path.start ? `${path.d}V${base}H${path.start}Z` : path.d,
    count: path.count,
  }));
}
