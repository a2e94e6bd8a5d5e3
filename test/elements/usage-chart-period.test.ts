import { expect } from '@open-wc/testing';
import { dayData, intervalSet, nearestDay } from '../../src/elements/usage-chart/usage-intervals.js';
import type { DailyUsage, IntervalUsage, MonthlyUsage } from '../../src/api/types.js';
import {
  canDrill,
  chartedLocation,
  drillTarget,
  fallbackMonth,
  firstRequests,
  focusMonth,
  loadUsage,
  notStarted,
  resolveView,
  viewChange,
  viewSelectTarget,
  type UsageCall,
  type UsageSource,
  type UsageView,
} from '../../src/elements/usage-chart/usage-period.js';
import { dailySet, intervalDays, trailingMonths } from '../../src/elements/usage-chart/usage-series.js';

const amounts = (consumption: number | null) => ({
  consumption,
  generation: 0,
  vehicle_charging: 0,
  eligible_vehicle_charging: null,
});

function daily(year: number, month: number, days: number[], extra: Partial<DailyUsage> = {}): DailyUsage {
  const mm = String(month).padStart(2, '0');
  return {
    year,
    month,
    units: 'kWh',
    days: days.map((d) => ({ date: `${year}-${mm}-${String(d).padStart(2, '0')}`, ...amounts(20 + d) })),
    next: null,
    previous: null,
    ...extra,
  };
}

function intervals(year: number, month: number, days: number[], extra: Partial<IntervalUsage> = {}): IntervalUsage {
  const mm = String(month).padStart(2, '0');
  const list: IntervalUsage['intervals'] = [];
  for (const d of days) {
    for (let q = 0; q < 96; q++) {
      const time = `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`;
      list.push({
        start: `${year}-${mm}-${String(d).padStart(2, '0')}T${time}:00-06:00`,
        consumption: 0.3,
        generation: 0,
      });
    }
  }
  return { year, month, units: 'kWh', intervals: list, next: null, previous: null, ...extra };
}

const monthly = (year: number, extra: Partial<MonthlyUsage> = {}): MonthlyUsage => ({
  year,
  units: 'kWh',
  months: [{ month: `${year}-01`, ...amounts(800) }],
  next: null,
  previous: null,
  ...extra,
});

/** A source over fixed responses that records what was asked for. */
function source(responses: Record<string, unknown>) {
  const asked: string[] = [];
  const answer = <T>(key: string) => {
    asked.push(key);
    if (!(key in responses)) return Promise.reject(new Error(`no ${key}`));
    return Promise.resolve(responses[key] as T);
  };
  const s: UsageSource = {
    monthly: (y) => answer(`monthly ${y}`),
    daily: (y, m) => answer(`daily ${y}-${m}`),
    intervals: (y, m) => answer(`intervals ${y}-${m}`),
  };
  return { source: s, asked };
}

const coverage = {};

describe('usage period', () => {
  it('takes an unknown view as trailing', () => {
    expect(resolveView('day')).to.equal('day');
    expect(resolveView('weekly')).to.equal('trailing');
    expect(resolveView(undefined)).to.equal('trailing');
  });

  it('loads the trailing months from each calendar year they span, with no prev/next', async () => {
    const { source: s, asked } = source({ 'monthly 2025': monthly(2025), 'monthly 2026': monthly(2026) });
    const data = await loadUsage(s, { view: 'trailing', today: '2026-03-18', coverage });
    expect(asked).to.deep.equal(['monthly 2025', 'monthly 2026']);
    expect(data.anchor).to.deep.equal({ year: 2026, month: 3 });
    expect(data.set.points).to.have.length(12);
    expect([data.previous, data.next]).to.deep.equal([null, null]);
  });

  it('on the 1st, before any of the month has arrived, the trailing months end with the month just ended', async () => {
    const { source: s, asked } = source({ 'monthly 2025': monthly(2025), 'monthly 2026': monthly(2026) });
    const data = await loadUsage(s, { view: 'trailing', today: '2026-12-01', coverage });
    expect(data.anchor).to.deep.equal({ year: 2026, month: 11 });
    expect(data.set.points.map((p) => p.key)).to.deep.equal(trailingMonths('2026-11-30').months);
    // The year before (which the twelve months to November need) was asked for with this one, not after it.
    expect(asked.slice(0, 2)).to.deep.equal(['monthly 2026', 'monthly 2025']);
  });

  it('follows a year’s links to other years', async () => {
    const { source: s } = source({ 'monthly 2025': monthly(2025, { previous: 'year=2024', next: 'year=2026' }) });
    const data = await loadUsage(s, { view: 'year', year: 2025, today: '2026-03-18', coverage });
    expect(data.anchor).to.deep.equal({ year: 2025 });
    expect(data.previous).to.deep.equal({ year: 2024 });
    expect(data.next).to.deep.equal({ year: 2026 });
  });

  it('falls back to the previous month when none was asked for and this one has nothing yet', async () => {
    const { source: s, asked } = source({
      'daily 2026-12': daily(2026, 12, [], { previous: 'month=11&year=2026' }),
      'daily 2026-11': daily(2026, 11, [1, 2, 29], { previous: 'month=10&year=2026', next: 'month=12&year=2026' }),
    });
    const data = await loadUsage(s, { view: 'month', today: '2026-12-01', coverage });
    expect(asked).to.deep.equal(['daily 2026-12', 'daily 2026-11']);
    expect(data.anchor).to.deep.equal({ year: 2026, month: 11 });
    expect(data.previous).to.deep.equal({ year: 2026, month: 10 });
    expect(data.next).to.deep.equal({ year: 2026, month: 12 });
  });

  it('keeps a month asked for, even with nothing in it', async () => {
    const { source: s, asked } = source({ 'daily 2026-12': daily(2026, 12, [], { previous: 'month=11&year=2026' }) });
    const data = await loadUsage(s, { view: 'month', year: 2026, month: 12, today: '2026-12-01', coverage });
    expect(asked).to.deep.equal(['daily 2026-12']);
    expect(data.anchor).to.deep.equal({ year: 2026, month: 12 });
  });

  it('decides the fall back from the data, the link and whether a year was asked for', () => {
    const empty = dailySet(daily(2026, 12, []), '2026-12-01');
    const full = dailySet(daily(2026, 12, [1]), '2026-12-02');
    expect(fallbackMonth(empty, 'month=11&year=2026', false)).to.deep.equal({ year: 2026, month: 11 });
    expect(fallbackMonth(empty, 'month=11&year=2026', true)).to.equal(null);
    expect(fallbackMonth(full, 'month=11&year=2026', false)).to.equal(null);
    expect(fallbackMonth(empty, 'year=2025', false)).to.equal(null);
    expect(fallbackMonth(empty, null, false)).to.equal(null);
  });

  it('shows a month of intervals over the whole month', async () => {
    const { source: s } = source({ 'intervals 2026-3': intervals(2026, 3, [1, 2]) });
    const data = await loadUsage(s, { view: 'intervals', year: 2026, month: 3, today: '2026-03-18', coverage });
    expect(data.set.points).to.have.length(192);
    expect(data.domain![1] - data.domain![0]).to.be.greaterThan(30 * 86_400_000);
  });

  it('picks the nearest day with data, the earlier one on a tie', () => {
    const days = intervalDays(intervalSet(intervals(2026, 3, [3, 7, 9])));
    expect(nearestDay(days, 3)).to.equal(0);
    expect(nearestDay(days, 6)).to.equal(1);
    expect(nearestDay(days, 8)).to.equal(1);
    expect(nearestDay(days, 31)).to.equal(2);
    expect(nearestDay(days, 1)).to.equal(0);
  });

  it('opens the latest day by default, with the days beside it as prev/next', async () => {
    const { source: s } = source({
      'intervals 2026-3': intervals(2026, 3, [3, 7, 9], { previous: 'month=2&year=2026', next: 'month=4&year=2026' }),
    });
    const latest = await loadUsage(s, { view: 'day', year: 2026, month: 3, today: '2026-03-18', coverage });
    expect(latest.anchor).to.deep.equal({ year: 2026, month: 3, day: 9 });
    expect(latest.set.points).to.have.length(96);
    expect(latest.previous).to.deep.equal({ year: 2026, month: 3, day: 7 });
    expect(latest.next).to.deep.equal({ year: 2026, month: 4, day: 1 });
    const first = await loadUsage(s, { view: 'day', year: 2026, month: 3, day: 1, today: '2026-03-18', coverage });
    expect(first.anchor.day).to.equal(3);
    expect(first.previous).to.deep.equal({ year: 2026, month: 2, day: 28 });
    expect(first.next).to.deep.equal({ year: 2026, month: 3, day: 7 });
  });

  it('keeps the day asked for in a month with no data, leading to the months around it', () => {
    const set = intervalSet(intervals(2026, 3, []));
    const data = dayData(set, { year: 2026, month: 3 }, 5, { year: 2026, month: 2 }, null);
    expect(data.anchor).to.deep.equal({ year: 2026, month: 3, day: 5 });
    expect(data.set.points).to.deep.equal([]);
    expect(data.previous).to.deep.equal({ year: 2026, month: 2, day: 28 });
    expect(data.next).to.equal(null);
    expect(data.domain).to.equal(null);
  });

  describe('navigation', () => {
    const month = {
      view: 'month' as const,
      set: dailySet(daily(2026, 3, [1, 2, 3]), '2026-03-18'),
      anchor: { year: 2026, month: 3 },
      previous: null,
      next: null,
      domain: null,
    };

    it('states the period moved to, dropping what the view does not use', () => {
      expect(viewChange('trailing', {}, '2026-03-18')).to.deep.equal({ view: 'trailing', year: 2026 });
      expect(viewChange('year', { year: 2025, month: 4 }, '2026-03-18')).to.deep.equal({ view: 'year', year: 2025 });
      expect(viewChange('month', { year: 2025, month: 4, day: 2 }, '2026-03-18')).to.deep.equal({
        view: 'month',
        year: 2025,
        month: 4,
      });
      expect(viewChange('day', { year: 2025, month: 4, day: 2 }, '2026-03-18')).to.deep.equal({
        view: 'day',
        year: 2025,
        month: 4,
        day: 2,
      });
    });

    it('drills into a day with data, never into a missing or future one', () => {
      expect(canDrill(month, 1)).to.equal(true);
      expect(canDrill(month, 10)).to.equal(false);
      expect(canDrill(month, 30)).to.equal(false);
      expect(drillTarget(month, 1)).to.deep.equal({ view: 'day', anchor: { year: 2026, month: 3, day: 2 } });
      expect(drillTarget(month, 10)).to.equal(null);
    });

    it('opens the focused month of a year, else the latest with data', () => {
      const year = { ...month, view: 'year' as const };
      expect(focusMonth(year, null, '2026-03-18')).to.deep.equal({ year: 2026, month: 3 });
      expect(viewSelectTarget(year, 'month', null, '2026-03-18')).to.deep.equal({
        view: 'month',
        anchor: { year: 2026, month: 3 },
      });
      expect(viewSelectTarget(month, 'day', 1, '2026-03-18')).to.deep.equal({
        view: 'day',
        anchor: { year: 2026, month: 3, day: 2 },
      });
      expect(viewSelectTarget(month, 'month', null, '2026-03-18')).to.equal(null);
      expect(viewSelectTarget(month, 'trailing', null, '2026-03-18')).to.deep.equal({ view: 'trailing', anchor: {} });
    });
  });
});

describe('usage chart: the requests a view starts with', () => {
  /** The requests `loadUsage` makes before any answer is in: a source that records them and never answers. */
  function asked(view: UsageView, today: string, year?: number, month?: number): UsageCall[] {
    const calls: UsageCall[] = [];
    const never = () => new Promise<never>(() => {});
    const source: UsageSource = {
      monthly: (y) => (calls.push({ series: 'monthly', year: y }), never()),
      daily: (y, m) => (calls.push({ series: 'daily', year: y, month: m }), never()),
      intervals: (y, m) => (calls.push({ series: 'intervals', year: y, month: m }), never()),
    };
    void loadUsage(source, { view, year, month, today, coverage: {} });
    return calls;
  }

  const views: UsageView[] = ['trailing', 'year', 'month', 'intervals', 'day'];
  // Mid-year, December (one calendar year of trailing months), the 1st of a month (usage lags) and New Year's Day.
  const days = ['2026-07-15', '2026-12-01', '2026-03-01', '2027-01-01'];

  it('are exactly what loading the view asks for first, for every view, period and day', () => {
    for (const view of views) {
      for (const today of days) {
        for (const [year, month] of [
          [undefined, undefined],
          [2025, undefined],
          [2025, 2],
          [2026, 11],
        ] as const) {
          const label = `${view} ${year ?? '-'}-${month ?? '-'} on ${today}`;
          expect(firstRequests({ view, year, month, today }), label).to.deep.equal(asked(view, today, year, month));
        }
      }
    }
  });

  it('name the two calendar years of the trailing twelve months, or one in December after its first days', () => {
    expect(firstRequests({ view: 'trailing', today: '2026-07-15' })).to.deep.equal([
      { series: 'monthly', year: 2025 },
      { series: 'monthly', year: 2026 },
    ]);
    expect(firstRequests({ view: 'trailing', today: '2026-12-03' })).to.deep.equal([{ series: 'monthly', year: 2026 }]);
    // December 1st and 2nd: also the year before, for the twelve months ending with November.
    expect(firstRequests({ view: 'trailing', today: '2026-12-02' })).to.deep.equal([
      { series: 'monthly', year: 2026 },
      { series: 'monthly', year: 2025 },
    ]);
    expect(firstRequests({ view: 'day', year: 2026, month: 3, today: '2026-07-15' })).to.deep.equal([
      { series: 'intervals', year: 2026, month: 3 },
    ]);
  });

  it('leave the year of 15-minute data to the chart (its months depend on when service began)', () => {
    expect(firstRequests({ view: 'year-intervals', year: 2025, today: '2026-07-15' })).to.deep.equal([]);
  });

  it('are for the location given, else the account’s first once it has begun service', () => {
    const location = (uuid: string, extra: object = {}) =>
      ({ uuid, is_service_active: false, final_service_date: null, has_usage_history: false, ...extra }) as never;
    expect(chartedLocation('given', [location('first', { is_service_active: true })])).to.equal('given');
    expect(chartedLocation(undefined, [location('first', { is_service_active: true }), location('second')])).to.equal(
      'first',
    );
    expect(chartedLocation(undefined, [location('ended', { final_service_date: '2025-05-31' })])).to.equal('ended');
    expect(chartedLocation(undefined, [location('pending')])).to.equal(undefined);
    expect(notStarted(location('pending'))).to.equal(true);
    expect(chartedLocation(undefined, [])).to.equal(undefined);
    expect(chartedLocation(undefined, undefined)).to.equal(undefined);
  });
});
