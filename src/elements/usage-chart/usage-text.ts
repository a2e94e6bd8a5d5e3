/**
 * The chart in words, for headings, the tooltip, the table, the summary and the live region: built from the data
 * and the locale alone.
 */
import { formatDate, formatKwh, formatMonth, formatMonthDay, unbroken } from '../../core/format.js';
import { isLocaleReady, type SupportedLocale } from '../../core/i18n.js';
import { usageChartMsg as msg } from './light-usage-chart.messages.js';
import type { ChartData } from './usage-period.js';
import { wallTime } from './usage-geometry.js';
import { monthKey, oncePer, summarize, type SeriesKey, type UsagePoint, type UsageSet } from './usage-series.js';

/** `-300` → `−5`, `330` → `+5:30`. */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

export function seriesName(key: SeriesKey, locale: SupportedLocale): string {
  return msg(locale, key === 'consumption' ? 'consumption' : key === 'generation' ? 'generation' : 'vehicle');
}

const withoutExport = oncePer((set: UsageSet): UsageSet => ({
  ...set,
  series: set.series.filter((key) => key !== 'generation'),
}));

/** The set as shown: without export when it is hidden (the same object for the same set, so what is drawn from it is kept). */
export function visibleSet(set: UsageSet, hideExport: boolean): UsageSet {
  return hideExport && set.series.includes('generation') ? withoutExport(set) : set;
}

/** The period shown, for the heading: `Jan 2026 – Dec 2026`, `2026`, `March 2026`, `March 5, 2026`. */
export function periodLabel(data: ChartData, locale: SupportedLocale): string {
  const { year, month, day } = data.anchor;
  switch (data.view) {
    case 'trailing': {
      const points = data.set.points;
      return msg(locale, 'range', {
        from: formatMonth(points[0]?.key, locale, 'short'),
        to: formatMonth(points[points.length - 1]?.key, locale, 'short'),
      });
    }
    case 'year':
      return String(year);
    case 'year-intervals':
      return msg(locale, 'everyQuarterHour', { period: String(year) });
    case 'month':
      return formatMonth(monthKey(year, month ?? 1), locale);
    case 'intervals':
      return msg(locale, 'everyQuarterHour', { period: formatMonth(monthKey(year, month ?? 1), locale) });
    default:
      return formatDate(
        data.set.points[0]?.date ?? `${monthKey(year, month ?? 1)}-${String(day ?? 1).padStart(2, '0')}`,
        locale,
        'long',
      );
  }
}

/** Wall-clock times that occur twice in the set (the fall-back hour), which need their offset to tell apart. */
export const repeatedTimes = oncePer((set: UsageSet): ReadonlySet<string> => {
  const seen = new Set<string>();
  const times = new Set<string>();
  // A wall-clock time repeats only where the clocks went back, so only where the offset changes: a set with one
  // offset throughout (most months) is answered without a key per point.
  const points = set.points;
  const first = points[0]?.offsetMinutes;
  const oneOffset = points.every((p) => p.offsetMinutes === first);
  for (const p of oneOffset ? [] : points) {
    const key = `${p.date} ${p.time}`;
    if (seen.has(key)) times.add(key);
    seen.add(key);
  }
  return times;
});

/**
 * How an interval's label names its day: in full (`Mar 5, 2026, 7:00 PM`), without the year where the period shown
 * names it (a month's or a year's table: `Mar 5, 7:00 PM`), or not at all (a day's: `7:00 PM`).
 */
export type PointDate = 'full' | 'without-year' | 'none';

/** When a point is: its month, its day, or its day and wall-clock time (with the offset when the time repeats). */
export function pointLabel(
  set: UsageSet,
  point: UsagePoint,
  locale: SupportedLocale,
  date: PointDate = 'full',
): string {
  if (set.granularity === 'month') return formatMonth(point.key, locale);
  if (set.granularity === 'day') return formatDate(point.date, locale);
  // `7:00 PM` on one line: a row label that wraps does so between the day and the time.
  let time = unbroken(wallTime(point.time ?? '00:00', locale));
  if (
    point.offsetMinutes !== null &&
    point.offsetMinutes !== undefined &&
    repeatedTimes(set).has(`${point.date} ${point.time}`)
  ) {
    time += ` (${msg(locale, 'utcOffset', { offset: offsetText(point.offsetMinutes) })})`;
  }
  if (date === 'none') return time;
  return `${date === 'full' ? formatDate(point.date, locale) : formatMonthDay(point.date, locale)}, ${time}`;
}

/** `12.3 kWh`, by the one rule for kWh in `core/format.ts`. */
export function amount(value: number, set: UsageSet, locale: SupportedLocale): string {
  return formatKwh(value, locale, set.units);
}

/** What to say about a point that is not complete; `null` when it is. */
export function statusNote(point: UsagePoint, locale: SupportedLocale): string | null {
  if (point.status === 'partial') {
    return msg(
      locale,
      point.edge === 'end' ? 'partialEnded' : point.edge === 'start' ? 'partialStarted' : 'partialShort',
    );
  }
  if (point.status === 'missing') return msg(locale, 'noData');
  if (point.status === 'future') return msg(locale, 'future');
  return null;
}

/** One point in words, for the tooltip and the live region (`set` is the set as shown). */
export function describePoint(set: UsageSet, point: UsagePoint, locale: SupportedLocale): string {
  const parts = [pointLabel(set, point, locale)];
  if (point.status === 'complete' || point.status === 'partial') {
    for (const key of set.series) {
      const value = point[key];
      parts.push(`${seriesName(key, locale)}: ${value === null ? msg(locale, 'noData') : amount(value, set, locale)}`);
    }
  }
  const note = statusNote(point, locale);
  if (note) parts.push(note);
  return parts.join('. ');
}

const summaries = oncePer((_set: UsageSet) => new Map<SupportedLocale, string>());

/** Total, average and peak use of the set as shown, and its export when shown (worked out once per set and locale). */
export function usageSummary(set: UsageSet, locale: SupportedLocale): string {
  const byLocale = summaries(set);
  let text = byLocale.get(locale);
  if (text === undefined) {
    text = summaryText(set, locale);
    // Not while the language is still English for want of its catalog: the translation would never show.
    if (isLocaleReady(locale)) byLocale.set(locale, text);
  }
  return text;
}

function summaryText(set: UsageSet, locale: SupportedLocale): string {
  const usage = summarize(set.points, 'consumption');
  if (!usage.peak) return msg(locale, 'summaryNone');
  const per = msg(
    locale,
    set.granularity === 'month' ? 'perMonth' : set.granularity === 'day' ? 'perDay' : 'perInterval',
  );
  let text = msg(locale, 'summary', {
    total: amount(usage.total, set, locale),
    average: amount(usage.average, set, locale),
    per,
    peak: amount(usage.peak.consumption ?? 0, set, locale),
    when: pointLabel(set, usage.peak, locale),
  });
  if (set.series.includes('generation')) {
    text += ` ${msg(locale, 'summaryExport', { total: amount(summarize(set.points, 'generation').total, set, locale) })}`;
  }
  return text;
}

/** The note on a daylight-saving day (23 or 25 hours long); `null` on any other view or day. */
export function dstNote(data: ChartData, locale: SupportedLocale): string | null {
  const hours = data.view === 'day' && data.domain ? Math.round((data.domain[1] - data.domain[0]) / 3_600_000) : 24;
  return hours === 23 || hours === 25 ? msg(locale, hours === 23 ? 'dstSpring' : 'dstFall') : null;
}

/** The legend's words for partial bars: "so far" only when some partial bar is still filling in. */
export function partialLegend(set: UsageSet, locale: SupportedLocale): string {
  const partial = set.points.filter((p) => p.status === 'partial');
  return msg(locale, partial.length && partial.every((p) => p.edge) ? 'partialService' : 'partial');
}
