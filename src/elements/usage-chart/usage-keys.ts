/** The chart's keyboard: which key moves the focused point where, opens it or lets it go. No DOM. */
import type { ChartData } from './usage-period.js';
import { intervalDays, type UsageSet } from './usage-series.js';

/** What a key does: focus another point, open the focused one, or clear the focus. */
export type KeyAction = { type: 'move'; index: number } | { type: 'drill'; index: number } | { type: 'clear' };

/** Indexes of the points a customer can focus (every one that is not in the future). */
export function navigable(set: UsageSet): number[] {
  const out: number[] = [];
  set.points.forEach((p, i) => {
    if (p.status !== 'future') out.push(i);
  });
  return out;
}

/** The interval at the same wall-clock time `delta` days away (the nearest one on a daylight-saving day). */
export function sameTimeOtherDay(set: UsageSet, index: number, delta: number): number {
  const days = intervalDays(set);
  const from = days.findIndex((d) => index >= d.from && index < d.to);
  const target = days[Math.max(0, Math.min(days.length - 1, from + delta))];
  const time = set.points[index].time;
  for (let i = target.from; i < target.to; i++) if (set.points[i].time === time) return i;
  return Math.min(target.to - 1, target.from + (index - days[from].from));
}

/**
 * What `key` does on the chart showing `data` with the point at `active` focused (`null`: none); `null` when
 * the key does nothing (and the browser keeps its default). `drillable` says whether the focused point opens.
 */
export function keyAction(key: string, data: ChartData, active: number | null, drillable: boolean): KeyAction | null {
  const points = navigable(data.set);
  if (points.length === 0) return null;
  const position = active === null ? -1 : points.indexOf(active);
  const last = points.length - 1;
  let next: number;
  switch (key) {
    case 'ArrowRight':
      next = position < 0 ? 0 : Math.min(last, position + 1);
      break;
    case 'ArrowLeft':
      next = position < 0 ? last : Math.max(0, position - 1);
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = last;
      break;
    case 'PageDown':
    case 'PageUp': {
      // Time views only (every point is navigable there): an hour in a day, a day in a month.
      if (data.view !== 'day' && data.view !== 'intervals' && data.view !== 'year-intervals') return null;
      const delta = key === 'PageDown' ? 1 : -1;
      if (position < 0) next = delta > 0 ? 0 : last;
      else if (data.view === 'day') next = Math.max(0, Math.min(last, position + 4 * delta));
      else next = sameTimeOtherDay(data.set, points[position], delta);
      break;
    }
    case 'Enter':
      return active === null || !drillable ? null : { type: 'drill', index: active };
    case 'Escape':
      return active === null ? null : { type: 'clear' };
    default:
      return null;
  }
  return { type: 'move', index: points[next] };
}
