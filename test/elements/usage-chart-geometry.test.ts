import { expect } from '@open-wc/testing';
import { intervalSet, stepPaths, timeDomain, timeGeometry } from '../../src/elements/usage-chart/usage-intervals.js';
import type { DailyUsage, IntervalUsage } from '../../src/api/types.js';
import { PLOT_HEIGHT } from '../../src/elements/usage-chart/light-usage-chart.styles.js';
import {
  computeGeometry,
  dateTimeFormat,
  indexAtX,
  MARGIN,
  wallTime,
} from '../../src/elements/usage-chart/usage-geometry.js';
import { linearScale, stepAreaPath, stepLinePath } from '../../src/core/chart/chart-scale.js';
import { dailySet } from '../../src/elements/usage-chart/usage-series.js';

const days: DailyUsage = {
  year: 2026,
  month: 3,
  units: 'kWh',
  days: [1, 2, 3].map((d) => ({
    date: `2026-03-0${d}`,
    consumption: d * 10,
    generation: d === 2 ? -4 : 0,
    vehicle_charging: 0,
    eligible_vehicle_charging: null,
  })),
  next: null,
  previous: null,
};

function oneDay(): IntervalUsage {
  const list: IntervalUsage['intervals'] = [];
  for (let q = 0; q < 96; q++) {
    const time = `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`;
    list.push({ start: `2026-03-09T${time}:00-05:00`, consumption: q === 40 ? null : 0.5, generation: 0 });
  }
  return { year: 2026, month: 3, units: 'kWh', intervals: list, next: null, previous: null };
}

/** March 2026 in 15-minute intervals (2,972: spring forward takes an hour): 0.5 kWh, one 9 kWh peak, a gap. */
function oneMonth(): IntervalUsage {
  const list: IntervalUsage['intervals'] = [];
  const first = Date.UTC(2026, 2, 1, 6);
  for (let at = first; at < Date.UTC(2026, 3, 1, 5); at += 15 * 60_000) {
    const i = list.length;
    const offset = at >= Date.UTC(2026, 2, 8, 8) ? -5 : -6;
    const wall = new Date(at + offset * 3_600_000).toISOString().slice(0, 19);
    list.push({
      start: `${wall}-0${-offset}:00`,
      consumption: i === 1500 ? 9 : i >= 2000 && i < 2010 ? null : 0.5,
      generation: i % 96 === 50 ? 0.3 : 0,
    });
  }
  return { year: 2026, month: 3, units: 'kWh', intervals: list, next: null, previous: null };
}

/** The points a path's commands go through. */
const vertices = (d: string) => d.match(/[MLVH]/g)?.length ?? 0;

describe('usage chart geometry', () => {
  it('draws time series in one pass exactly as the step area and step line of a list of steps', () => {
    const set = intervalSet(oneDay());
    // Gaps: the null at 40, and a generation run broken by another null.
    set.points[10].generation = null;
    set.points[11].generation = 0.25;
    const x = linearScale(timeDomain(set), [40, 600]);
    const y = linearScale([0, 1], [200, 10]);
    const centers = new Float64Array(set.points.length);
    const [consumption, generation] = stepPaths({
      points: set.points,
      keys: ['consumption', 'generation'],
      x,
      y,
      baseline: 200,
      centers,
    });
    const steps = (key: 'consumption' | 'generation') =>
      set.points.map((p) => ({ x0: x(p.start), x1: x(p.end), value: p[key] }));
    expect(consumption.d).to.equal(stepAreaPath(steps('consumption'), y, 200));
    expect(consumption.count).to.equal(95);
    expect(generation.d).to.equal(stepLinePath(steps('generation'), y));
    expect(generation.count).to.equal(95);
    expect(centers[0]).to.equal((x(set.points[0].start) + x(set.points[0].end)) / 2);
  });

  it('draws a month as bars, one band per day, with missing days marked and no future bars', () => {
    const set = dailySet(days, '2026-03-03');
    const g = computeGeometry(set, 600, 'en');
    expect(g.kind).to.equal('bars');
    expect(g.width).to.equal(600);
    expect(g.right).to.equal(600 - MARGIN.right);
    expect([g.top, g.bottom]).to.deep.equal([MARGIN.top, PLOT_HEIGHT - MARGIN.bottom]);
    expect(g.band!.step * 31).to.be.closeTo(g.right - g.left, 0.001);
    expect(g.centers).to.have.length(31);
    const consumption = g.series.find((s) => s.key === 'consumption')!;
    expect(consumption.count).to.equal(3);
    // Day 3 (partial today) is marked; nothing is missing before it.
    expect(g.partial).to.not.equal('');
    expect(g.missing).to.equal('');
    expect(g.ticks.min).to.be.at.most(-4);
    expect(g.ticks.max).to.be.at.least(30);
    expect(g.xLabels[0]).to.deep.include({ text: '1', muted: false });
    expect(g.xLabels.at(-1)!.muted).to.equal(true);
  });

  it('marks a day with no data as missing rather than zero', () => {
    const set = dailySet({ ...days, days: [days.days[0], days.days[2]] }, '2026-03-10');
    const g = computeGeometry(set, 600, 'en');
    expect(g.missing).to.not.equal('');
  });

  it('uses fewer y ticks on a narrow chart', () => {
    const set = dailySet(days, '2026-03-03');
    const wide = computeGeometry(set, 600, 'en');
    const narrow = computeGeometry(set, 320, 'en');
    expect(narrow.ticks.values.length).to.be.at.most(wide.ticks.values.length);
  });

  it('draws intervals on a time axis with wall-clock hour labels', () => {
    const set = intervalSet(oneDay());
    const g = timeGeometry(set, 800, 'en', { dayView: true, domain: timeDomain(set) });
    expect(g.kind).to.equal('time');
    expect(g.band).to.equal(null);
    expect(g.series.find((s) => s.key === 'consumption')!.count).to.equal(95);
    expect(g.xLabels.map((l) => l.text).slice(0, 2)).to.deep.equal(['12 AM', '2 AM']);
    expect(g.centers[0]).to.be.greaterThan(g.left);
    expect(g.centers[95]).to.be.lessThan(g.right);
  });

  it('draws a month of intervals as min/max pixel columns: two points a column at most, every peak and gap kept', () => {
    const set = intervalSet(oneMonth());
    expect(set.points).to.have.length(2972);
    const g = timeGeometry(set, 800, 'en', { dayView: false, domain: timeDomain(set, { year: 2026, month: 3 }) });
    const [consumption, generation] = g.series;
    const columns = Math.ceil(g.right - g.left);
    // Each value and each point under the pointer is still there: only the drawing is thinned.
    expect([consumption.count, generation.count]).to.deep.equal([2962, 2972]);
    expect(g.centers[2971]).to.be.lessThan(g.right);
    expect(vertices(consumption.d)).to.be.at.most(2 * columns + 8);
    expect(vertices(consumption.d)).to.be.below(set.points.length / 2);
    // Drawn with bevelled joins: a column's low and high meet too sharply for a rounded join to show.
    expect([consumption.decimated, generation.decimated]).to.deep.equal([true, true]);
    // The 9 kWh peak is drawn at its own height; the gap splits the area in two closed runs.
    expect(consumption.d).to.include(` ${Math.round(g.y(9) * 10) / 10}`);
    expect(consumption.d.match(/Z/g)).to.have.length(2);
    // Export's one interval a day at 0.3 stays visible as a spike each day.
    expect(generation.d.match(new RegExp(` ${Math.round(g.y(0.3) * 10) / 10}(?![0-9])`, 'g'))).to.have.length(31);
  });

  it('labels a month so far to its end, where the whole month would have its labels', () => {
    const month = oneMonth();
    // March 2026 up to the 2nd: the labels after it (the 8th's change of clocks included) are still drawn.
    const soFar = { ...month, intervals: month.intervals.slice(0, 2 * 92) };
    const labels = (usage: IntervalUsage) => {
      const set = intervalSet(usage);
      const g = timeGeometry(set, 800, 'en', { dayView: false, domain: timeDomain(set, { year: 2026, month: 3 }) });
      return g.xLabels;
    };
    const whole = labels(month);
    const partial = labels(soFar);
    expect(whole.map((l) => l.text)).to.have.length.greaterThan(10);
    expect(partial.map((l) => l.text)).to.deep.equal(whole.map((l) => l.text));
    // Days with no data yet are whole days of 24 hours from the last: after the change of clocks, an hour (1 px
    // here) from the true midnight.
    partial.forEach((label, i) => expect(label.x, label.text).to.be.closeTo(whole[i].x, 2));
  });

  it('draws one column per device pixel: twice the columns at a pixel ratio of 2, steps where they fit', () => {
    const set = intervalSet(oneMonth());
    const domain = timeDomain(set, { year: 2026, month: 3 });
    const at = (width: number, pixelRatio: number) =>
      timeGeometry(set, width, 'en', { dayView: false, domain, pixelRatio }).series[0].d;
    const one = vertices(at(800, 1));
    expect(vertices(at(800, 2))).to.be.within(1.6 * one, 2.2 * one);
    // 1,400 px at a ratio of 3 is more device pixels than the month's 2,972 intervals: each is a step again.
    expect(at(1400, 3)).to.match(/H/);
    expect(at(800, 2)).to.not.match(/H/);
  });

  it('keeps steps where an interval is wider than a pixel (a day)', () => {
    const set = intervalSet(oneDay());
    const g = timeGeometry(set, 800, 'en', { dayView: true, domain: timeDomain(set) });
    const x = linearScale(timeDomain(set), [g.left, g.right]);
    const centers = new Float64Array(96);
    const [consumption] = stepPaths({ points: set.points, keys: ['consumption'], x, y: g.y, baseline: g.y0, centers });
    expect(g.series[0].d).to.equal(consumption.d);
    expect(g.series[0].decimated).to.equal(undefined);
  });

  it('finds the point under the pointer, none off the plot or in the future', () => {
    const set = dailySet(days, '2026-03-03');
    const g = computeGeometry(set, 600, 'en');
    expect(indexAtX(g, set, g.centers[1])).to.equal(1);
    expect(indexAtX(g, set, g.left - 10)).to.equal(null);
    expect(indexAtX(g, set, g.centers[20])).to.equal(null);
    const time = intervalSet(oneDay());
    const t = timeGeometry(time, 800, 'en', { dayView: true, domain: timeDomain(time) });
    expect(indexAtX(t, time, t.centers[50] + 0.1)).to.equal(50);
  });

  it('formats wall-clock times without shifting them, and caches formatters', () => {
    expect(wallTime('13:45', 'en')).to.equal('1:45 PM');
    expect(wallTime('13:00', 'en', false)).to.equal('1 PM');
    expect(dateTimeFormat('es', { month: 'short' })).to.equal(dateTimeFormat('es', { month: 'short' }));
  });
});
