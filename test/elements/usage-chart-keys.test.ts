import { expect } from '@open-wc/testing';
import { intervalSet } from '../../src/elements/usage-chart/usage-intervals.js';
import type { DailyUsage, IntervalUsage } from '../../src/api/types.js';
import { keyAction, navigable, sameTimeOtherDay } from '../../src/elements/usage-chart/usage-keys.js';
import type { ChartData } from '../../src/elements/usage-chart/usage-period.js';
import { dailySet } from '../../src/elements/usage-chart/usage-series.js';

const days: DailyUsage = {
  year: 2026,
  month: 3,
  units: 'kWh',
  days: [1, 2, 3, 5].map((d) => ({
    date: `2026-03-0${d}`,
    consumption: 20,
    generation: 0,
    vehicle_charging: 0,
    eligible_vehicle_charging: null,
  })),
  next: null,
  previous: null,
};
const month: ChartData = {
  view: 'month',
  set: dailySet(days, '2026-03-05'),
  anchor: { year: 2026, month: 3 },
  previous: null,
  next: null,
  domain: null,
};

/** Two Central-time days of 15-minute data, the first the spring-forward day (no 2 AM hour). */
function springIntervals(): IntervalUsage {
  const list: IntervalUsage['intervals'] = [];
  for (const [date, skip] of [
    ['2026-03-08', true],
    ['2026-03-09', false],
  ] as const) {
    for (let hour = 0; hour < 24; hour++) {
      if (skip && hour === 2) continue;
      const offset = skip && hour < 2 ? '-06:00' : '-05:00';
      for (const minute of [0, 15, 30, 45]) {
        const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        list.push({ start: `${date}T${time}:00${offset}`, consumption: 0.3, generation: 0 });
      }
    }
  }
  return { year: 2026, month: 3, units: 'kWh', intervals: list, next: null, previous: null };
}

const key = (k: string, data: ChartData, active: number | null, drillable = true) =>
  keyAction(k, data, active, drillable);

describe('usage chart keys', () => {
  it('lets the customer focus every point that is not in the future', () => {
    expect(navigable(month.set)).to.deep.equal([0, 1, 2, 3, 4]);
  });

  it('moves with the arrows, Home and End, starting at either end', () => {
    expect(key('ArrowRight', month, null)).to.deep.equal({ type: 'move', index: 0 });
    expect(key('ArrowLeft', month, null)).to.deep.equal({ type: 'move', index: 4 });
    expect(key('ArrowRight', month, 2)).to.deep.equal({ type: 'move', index: 3 });
    expect(key('ArrowRight', month, 4)).to.deep.equal({ type: 'move', index: 4 });
    expect(key('ArrowLeft', month, 0)).to.deep.equal({ type: 'move', index: 0 });
    expect(key('Home', month, 3)).to.deep.equal({ type: 'move', index: 0 });
    expect(key('End', month, 0)).to.deep.equal({ type: 'move', index: 4 });
  });

  it('opens the focused point with Enter and lets it go with Escape', () => {
    expect(key('Enter', month, 2)).to.deep.equal({ type: 'drill', index: 2 });
    expect(key('Enter', month, 2, false)).to.equal(null);
    expect(key('Enter', month, null)).to.equal(null);
    expect(key('Escape', month, 2)).to.deep.equal({ type: 'clear' });
    expect(key('Escape', month, null)).to.equal(null);
    expect(key('a', month, 2)).to.equal(null);
  });

  it('pages only in the time views', () => {
    expect(key('PageDown', month, 2)).to.equal(null);
    const set = intervalSet(springIntervals());
    const day: ChartData = { ...month, view: 'day', set: { ...set, points: set.points.slice(92) } };
    expect(key('PageDown', day, 0)).to.deep.equal({ type: 'move', index: 4 });
    expect(key('PageUp', day, 2)).to.deep.equal({ type: 'move', index: 0 });
    expect(key('PageUp', day, null)).to.deep.equal({ type: 'move', index: 95 });
  });

  it('pages a month of intervals to the same wall-clock time on the next day, the nearest on a DST day', () => {
    const set = intervalSet(springIntervals());
    const intervals: ChartData = { ...month, view: 'intervals', set };
    // 01:00 on the 8th (index 4) → 01:00 on the 9th (92 + 4).
    expect(key('PageDown', intervals, 4)).to.deep.equal({ type: 'move', index: 96 });
    // 02:00 on the 9th has no twin on the 8th: the interval at the same position instead.
    expect(sameTimeOtherDay(set, 92 + 8, -1)).to.equal(8);
    expect(set.points[sameTimeOtherDay(set, 92 + 12, -1)].time).to.equal('03:00');
  });
});
