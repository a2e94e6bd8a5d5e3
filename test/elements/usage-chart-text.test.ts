import { expect } from '@open-wc/testing';
import { intervalSet } from '../../src/elements/usage-chart/usage-intervals.js';
import type { DailyUsage, IntervalUsage } from '../../src/api/types.js';
import type { ChartData } from '../../src/elements/usage-chart/usage-period.js';
import { dailySet } from '../../src/elements/usage-chart/usage-series.js';
import {
  amount,
  describePoint,
  dstNote,
  offsetText,
  periodLabel,
  pointLabel,
  repeatedTimes,
  seriesName,
  statusNote,
  usageSummary,
  visibleSet,
} from '../../src/elements/usage-chart/usage-text.js';
import { csvLabels } from '../../src/elements/usage-chart/csv.js';
import { plain } from '../support/dom.js';

const days: DailyUsage = {
  year: 2026,
  month: 3,
  units: 'kWh',
  days: [1, 2].map((d) => ({
    date: `2026-03-0${d}`,
    consumption: d * 10,
    generation: 1.5,
    vehicle_charging: 0,
    eligible_vehicle_charging: null,
  })),
  next: null,
  previous: null,
};
const set = dailySet(days, '2026-03-02');
const data = (extra: Partial<ChartData>): ChartData => ({
  view: 'month',
  set,
  anchor: { year: 2026, month: 3 },
  previous: null,
  next: null,
  domain: null,
  ...extra,
});

/** The fall-back hour: 01:00–01:45 twice, at −05:00 then −06:00. */
function fallBack(): IntervalUsage {
  const list: IntervalUsage['intervals'] = [];
  for (const offset of ['-05:00', '-06:00']) {
    for (const minute of [0, 15, 30, 45]) {
      list.push({
        start: `2025-11-02T01:${String(minute).padStart(2, '0')}:00${offset}`,
        consumption: 0.2,
        generation: 0,
      });
    }
  }
  return { year: 2025, month: 11, units: 'kWh', intervals: list, next: null, previous: null };
}

describe('usage chart text', () => {
  it('writes UTC offsets with a true minus sign', () => {
    expect(offsetText(-300)).to.equal('−5');
    expect(offsetText(330)).to.equal('+5:30');
    expect(offsetText(0)).to.equal('+0');
  });

  it('names the series and hides export when asked', () => {
    expect(seriesName('consumption', 'en')).to.not.equal(seriesName('generation', 'en'));
    expect(set.series).to.include('generation');
    expect(visibleSet(set, true).series).to.not.include('generation');
    expect(visibleSet(set, false)).to.equal(set);
  });

  it('labels each view’s period', () => {
    expect(plain(periodLabel(data({}), 'en'))).to.equal('March 2026');
    expect(periodLabel(data({ view: 'year', anchor: { year: 2026 } }), 'en')).to.equal('2026');
    expect(plain(periodLabel(data({ view: 'day', anchor: { year: 2026, month: 3, day: 1 } }), 'en'))).to.equal(
      'March 1, 2026',
    );
    expect(plain(periodLabel(data({ view: 'intervals' }), 'en'))).to.contain('March 2026');
    expect(periodLabel(data({ view: 'month' }), 'es')).to.contain('2026');
  });

  it('tells the repeated fall-back times apart by their offsets', () => {
    const intervals = intervalSet(fallBack());
    expect(repeatedTimes(intervals).size).to.equal(4);
    expect(plain(pointLabel(intervals, intervals.points[0], 'en', 'none'))).to.equal('1:00 AM (UTC−5)');
    expect(plain(pointLabel(intervals, intervals.points[4], 'en', 'none'))).to.equal('1:00 AM (UTC−6)');
    expect(plain(pointLabel(intervals, intervals.points[4], 'en', 'without-year'))).to.equal('Nov 2, 1:00 AM (UTC−6)');
    expect(plain(pointLabel(intervals, intervals.points[4], 'es', 'without-year'))).to.match(/^2 nov, /);
    expect(plain(pointLabel(intervals, intervals.points[0], 'en'))).to.match(/^Nov 2, 2025, 1:00 AM/);
  });

  it('describes a point with its values and status', () => {
    expect(plain(amount(12.345, set, 'en'))).to.equal('12.3 kWh');
    expect(plain(describePoint(set, set.points[0], 'en'))).to.match(/^Mar 1, 2026\. .*: 10\.0 kWh\. .*: 1\.5 kWh$/);
    expect(statusNote(set.points[0], 'en')).to.equal(null);
    expect(statusNote(set.points[1], 'en')).to.be.a('string');
    expect(describePoint(set, set.points[1], 'en').endsWith(statusNote(set.points[1], 'en')!)).to.equal(true);
    expect(plain(describePoint(set, set.points[5], 'en'))).to.equal(`Mar 6, 2026. ${statusNote(set.points[5], 'en')}`);
  });

  it('sums the period up, with export only when shown', () => {
    const withExport = plain(usageSummary(set, 'en'));
    expect(withExport).to.contain('30.0 kWh');
    const without = plain(usageSummary(visibleSet(set, true), 'en'));
    expect(without.length).to.be.lessThan(withExport.length);
    const none = dailySet({ ...days, days: [] }, '2026-03-02');
    expect(usageSummary(none, 'en')).to.not.contain('kWh');
  });

  it('notes a daylight-saving day in the day view only', () => {
    const hours = (h: number): [number, number] => [0, h * 3_600_000];
    expect(dstNote(data({ view: 'day', domain: hours(23) }), 'en')).to.be.a('string');
    expect(dstNote(data({ view: 'day', domain: hours(25) }), 'en')).to.be.a('string');
    expect(dstNote(data({ view: 'day', domain: hours(23) }), 'en')).to.not.equal(
      dstNote(data({ view: 'day', domain: hours(25) }), 'en'),
    );
    expect(dstNote(data({ view: 'day', domain: hours(24) }), 'en')).to.equal(null);
    expect(dstNote(data({ view: 'intervals', domain: hours(23) }), 'en')).to.equal(null);
  });

  it('heads the CSV columns with each series and its units', () => {
    const labels = csvLabels(set, 'en');
    expect(labels.series.consumption).to.contain('kWh');
    expect(labels.series.consumption).to.contain(seriesName('consumption', 'en'));
    expect(labels.period).to.not.equal(csvLabels(intervalSet(fallBack()), 'en').period);
  });
});
