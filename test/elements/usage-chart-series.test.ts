import { expect } from '@open-wc/testing';
import {
  dayTicks,
  hourTicks,
  intervalSet,
  intervalsPerDay,
  parseIntervalStart,
  sliceDays,
  timeDomain,
} from '../../src/elements/usage-chart/usage-intervals.js';
import { MONTH_NAMES } from '../fixtures/light-api/example-app/months.js';
import { toMonthlyUsage } from '../../src/api/normalize.js';
import type { DailyUsage, IntervalUsage, MonthlyUsage } from '../../src/api/types.js';
import {
  dailySet,
  intervalDays,
  monthlySet,
  oncePer,
  parseNavQuery,
  presentSeries,
  shiftMonth,
  summarize,
  trailingMonths,
  yearMonths,
} from '../../src/elements/usage-chart/usage-series.js';

const HOUR = 3_600_000;
const row = (month: string, consumption: number | null, generation: number | null = 0, vehicle: number | null = 0) => ({
  month,
  consumption,
  generation,
  vehicle_charging: vehicle,
  eligible_vehicle_charging: null,
});

function monthly(year: number, months: ReturnType<typeof row>[], extra: Partial<MonthlyUsage> = {}): MonthlyUsage {
  return { year, units: 'kWh', months, next: null, previous: null, ...extra };
}

/**
 * A Central-time day of 15-minute intervals as the API stamps them: wall clock plus offset. `offsets` maps the
 * wall-clock hour to the offsets that hour occurs in (two on the fall-back day, none for the skipped hour).
 */
function centralDay(date: string, offsets: (hour: number) => string[]): IntervalUsage['intervals'] {
  const out: IntervalUsage['intervals'] = [];
  for (let hour = 0; hour < 24; hour++) {
    for (const offset of offsets(hour)) {
      for (const minute of [0, 15, 30, 45]) {
        const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        out.push({ start: `${date}T${time}:00${offset}`, consumption: 0.25 + hour / 100, generation: 0 });
      }
    }
  }
  return out;
}

const springForward = centralDay('2026-03-08', (h) => (h < 2 ? ['-06:00'] : h === 2 ? [] : ['-05:00']));
const fallBack = centralDay('2025-11-02', (h) => (h < 1 ? ['-05:00'] : h === 1 ? ['-05:00', '-06:00'] : ['-06:00']));
const ordinary = centralDay('2026-03-09', () => ['-05:00']);

const intervals = (list: IntervalUsage['intervals'], extra: Partial<IntervalUsage> = {}): IntervalUsage => ({
  month: 3,
  year: 2026,
  units: 'kWh',
  intervals: list,
  next: null,
  previous: null,
  ...extra,
});

describe('usage series', () => {
  it('works out what is read from a set once per set, and again for another one', () => {
    let runs = 0;
    const length = oncePer((points: readonly unknown[]) => (runs++, points.length));
    const one = [1, 2, 3];
    const other = [1];
    expect([length(one), length(one), length(other), length(one)]).to.deep.equal([3, 3, 1, 3]);
    expect(runs).to.equal(2);
  });

  describe('months', () => {
    it('shifts month keys across years', () => {
      expect(shiftMonth('2026-01', -1)).to.equal('2025-12');
      expect(shiftMonth('2025-12', 1)).to.equal('2026-01');
      expect(shiftMonth('2026-03', -14)).to.equal('2025-01');
      expect(yearMonths(2026)).to.have.length(12);
      expect(yearMonths(2026)[11]).to.equal('2026-12');
    });

    it('takes the trailing twelve months from two calendar years, one in December', () => {
      expect(trailingMonths('2026-03-18')).to.deep.equal({
        months: [
          '2025-04',
          '2025-05',
          '2025-06',
          '2025-07',
          '2025-08',
          '2025-09',
          '2025-10',
          '2025-11',
          '2025-12',
          '2026-01',
          '2026-02',
          '2026-03',
        ],
        years: [2025, 2026],
      });
      expect(trailingMonths('2026-12-02').years).to.deep.equal([2026]);
    });

    it('stitches two years into the trailing window, each month from its own year', () => {
      const { months } = trailingMonths('2026-03-18');
      const set = monthlySet(
        [
          monthly(2025, [row('2025-03', 999), row('2025-04', 900), row('2025-11', 700), row('2025-12', 800)]),
          monthly(2026, [row('2026-01', 810), row('2026-02', 720), row('2026-03', 300)]),
        ],
        months,
        '2026-03-18',
      );
      expect(set.points.map((p) => p.key)).to.deep.equal(months);
      expect(set.points[0].consumption).to.equal(900);
      expect(set.points.map((p) => p.consumption)).not.to.include(999);
      expect(set.points.find((p) => p.key === '2025-12')!.consumption).to.equal(800);
      expect(set.points.find((p) => p.key === '2026-01')!.consumption).to.equal(810);
    });

    describe('month keys as the API may send them', () => {
      const NAMES = MONTH_NAMES;
      /** A whole year of use on the wire, its months named by `label`, amounts as decimal strings. */
      const wireYear = (year: number, label: (index: number) => string | number) => ({
        year,
        units: 'kWh',
        months: NAMES.map((_, i) => ({
          month: label(i),
          consumption: String(100 + i),
          generation: '0',
          vehicle_charging: '0',
          eligible_vehicle_charging: '0',
        })),
      });
      const drawn = (set: ReturnType<typeof monthlySet>) =>
        set.points.filter((p) => p.status === 'complete' || p.status === 'partial').length;
      const LABELS: Array<[string, (year: number) => (i: number) => string | number]> = [
        ['YYYY-MM', (year) => (i) => `${year}-${String(i + 1).padStart(2, '0')}`],
        ['YYYY-MM-DD', (year) => (i) => `${year}-${String(i + 1).padStart(2, '0')}-01`],
        ['full month names', () => (i) => NAMES[i]],
        ['lower-case 3-letter names', () => (i) => NAMES[i].slice(0, 3).toLowerCase()],
        ['month numbers', () => (i) => i + 1],
        ['zero-padded month-number strings', () => (i) => String(i + 1).padStart(2, '0')],
      ];

      for (const [label, make] of LABELS) {
        it(`draws 12 of the trailing 12 months from two years keyed by ${label}`, () => {
          const today = '2026-06-15';
          const { months, years } = trailingMonths(today);
          const responses = years.map((year) => toMonthlyUsage(wireYear(year, make(year))));
          const set = monthlySet(responses, months, today);
          expect(drawn(set)).to.equal(12);
          expect(set.points.map((p) => p.consumption)).to.deep.equal([
            106, 107, 108, 109, 110, 111, 100, 101, 102, 103, 104, 105,
          ]);
        });

        it(`draws 12 of 12 months of a past calendar year keyed by ${label}`, () => {
          const set = monthlySet([toMonthlyUsage(wireYear(2025, make(2025)))], yearMonths(2025), '2026-06-15');
          expect(drawn(set)).to.equal(12);
          expect(set.points.every((p) => p.status === 'complete')).to.equal(true);
        });
      }

      it('reads month names even in a response that did not go through the normalizer', () => {
        const set = monthlySet(
          [
            monthly(
              2025,
              NAMES.map((name, i) => row(name, 100 + i)),
            ),
          ],
          yearMonths(2025),
          '2026-06-15',
        );
        expect(drawn(set)).to.equal(12);
        expect(set.points[0].consumption).to.equal(100);
      });

      it('places each named month in the year of its own response', () => {
        const set = monthlySet(
          [monthly(2025, [row('December', 800)]), monthly(2026, [row('January', 810)])],
          ['2025-12', '2026-01'],
          '2026-06-15',
        );
        expect(set.points.map((p) => p.consumption)).to.deep.equal([800, 810]);
      });
    });

    it('marks the current month partial, gaps missing (never zero) and later months future', () => {
      const set = monthlySet(
        [monthly(2026, [row('2026-01', 810), row('2026-03', 300)])],
        yearMonths(2026),
        '2026-03-18',
      );
      const status = Object.fromEntries(set.points.map((p) => [p.key, p.status]));
      expect(status['2026-01']).to.equal('complete');
      expect(status['2026-02']).to.equal('missing');
      expect(status['2026-03']).to.equal('partial');
      expect(status['2026-04']).to.equal('future');
      expect(status['2026-12']).to.equal('future');
      expect(set.points[1].consumption).to.equal(null);
    });

    it('on the first days of a month, before any of it has arrived, marks the month just ended partial', () => {
      const status = (today: string, ...responses: MonthlyUsage[]) =>
        Object.fromEntries(
          monthlySet(responses, trailingMonths(today).months, today).points.map((p) => [p.key, p.status]),
        );
      const november = monthly(2026, [row('2026-10', 900), row('2026-11', 640)]);
      // Dec 1 and 2: usage lags a day or two, so November's last days may still be on their way.
      expect(status('2026-12-01', november)).to.include({
        '2026-10': 'complete',
        '2026-11': 'partial',
        '2026-12': 'missing',
      });
      expect(status('2026-12-02', november)).to.include({ '2026-11': 'partial', '2026-12': 'missing' });
      // Once a day of December has arrived, November is whole (data arrives one day at a time).
      const december = monthly(2026, [row('2026-10', 900), row('2026-11', 700), row('2026-12', 20)]);
      expect(status('2026-12-02', december)).to.include({ '2026-11': 'complete', '2026-12': 'partial' });
      // Past the lag, a month with no data yet is just missing, and the one before it complete.
      expect(status('2026-12-03', november)).to.include({ '2026-11': 'complete', '2026-12': 'missing' });
      // Across a year: on New Year's Day, December is the month just ended.
      expect(status('2027-01-01', monthly(2026, [row('2026-12', 800)]), monthly(2027, []))).to.include({
        '2026-12': 'partial',
        '2027-01': 'missing',
      });
      // On a leap day nothing lags: February is the current month.
      expect(status('2028-02-29', monthly(2028, [row('2028-01', 900), row('2028-02', 700)]))).to.include({
        '2028-01': 'complete',
        '2028-02': 'partial',
      });
    });

    it('marks the first month of service partial when service started mid-month, and the last when it ended early', () => {
      const set = monthlySet(
        [monthly(2025, [row('2025-06', 400), row('2025-07', 1200), row('2025-08', 600)])],
        yearMonths(2025),
        '2026-03-18',
        { serviceStart: '2025-06-14', serviceEnd: '2025-08-20' },
      );
      expect(set.points[5].status).to.equal('partial');
      expect(set.points[6].status).to.equal('complete');
      expect(set.points[7].status).to.equal('partial');
      const fromFirst = monthlySet([monthly(2025, [row('2025-06', 400)])], yearMonths(2025), '2026-03-18', {
        serviceStart: '2025-06-01',
      });
      expect(fromFirst.points[5].status).to.equal('complete');
    });

    it('keeps zero use as a value, distinct from no data', () => {
      const set = monthlySet([monthly(2025, [row('2025-05', 0)])], yearMonths(2025), '2026-01-01');
      expect(set.points[4]).to.include({ consumption: 0, status: 'complete' });
      expect(set.points[3]).to.include({ consumption: null, status: 'missing' });
    });

    it('shows export and vehicle charging only when present', () => {
      const plain = monthlySet([monthly(2025, [row('2025-05', 10, 0, 0)])], yearMonths(2025), '2026-01-01');
      expect(plain.series).to.deep.equal(['consumption']);
      const solar = monthlySet([monthly(2025, [row('2025-05', 10, 3, 0)])], yearMonths(2025), '2026-01-01');
      expect(solar.series).to.deep.equal(['consumption', 'generation']);
      const ev = monthlySet([monthly(2025, [row('2025-05', 10, null, 4)])], yearMonths(2025), '2026-01-01');
      expect(ev.series).to.deep.equal(['consumption', 'vehicle_charging']);
      expect(presentSeries([])).to.deep.equal(['consumption']);
    });
  });

  describe('days', () => {
    const daily: DailyUsage = {
      month: 2,
      year: 2026,
      units: 'kWh',
      days: [
        { date: '2026-02-01', consumption: 30, generation: 0, vehicle_charging: 0, eligible_vehicle_charging: 0 },
        { date: '2026-02-02', consumption: 0, generation: 0, vehicle_charging: 0, eligible_vehicle_charging: 0 },
        { date: '2026-02-04', consumption: 28.5, generation: 0, vehicle_charging: 0, eligible_vehicle_charging: 0 },
      ],
      next: null,
      previous: 'month=1&year=2026',
    };

    it('has every day of the month, with gaps missing and days after today future', () => {
      const set = dailySet(daily, '2026-02-05');
      expect(set.points).to.have.length(28);
      expect(set.points.map((p) => p.status).slice(0, 6)).to.deep.equal([
        'complete',
        'complete',
        'missing',
        'complete',
        'missing',
        'future',
      ]);
      expect(set.points[1].consumption).to.equal(0);
      expect(set.points[2].consumption).to.equal(null);
      expect(set.points.at(-1)!.status).to.equal('future');
    });

    it('marks a day partial only when it is today', () => {
      expect(dailySet(daily, '2026-02-04').points[3].status).to.equal('partial');
      expect(dailySet(daily, '2026-03-01').points[3].status).to.equal('complete');
    });

    it('handles leap years', () => {
      expect(dailySet({ ...daily, year: 2028, days: [] }, '2028-03-01').points).to.have.length(29);
    });
  });

  describe('intervals and daylight saving time', () => {
    it('reads starts with their offset, and without', () => {
      const spring = parseIntervalStart('2026-03-08T03:00:00-05:00')!;
      expect(spring.instant).to.equal(Date.UTC(2026, 2, 8, 8));
      expect(spring).to.include({ date: '2026-03-08', time: '03:00', hour: 3, minute: 0, offsetMinutes: -300 });
      expect(parseIntervalStart('2026-03-08T01:45:00-06:00')!.instant).to.equal(Date.UTC(2026, 2, 8, 7, 45));
      expect(parseIntervalStart('2026-03-08T01:45:00Z')!.offsetMinutes).to.equal(0);
      expect(parseIntervalStart('2026-03-08T01:45+0530')!.offsetMinutes).to.equal(330);
      expect(parseIntervalStart('2026-03-08T01:45:00')!.offsetMinutes).to.equal(null);
      expect(parseIntervalStart('yesterday')).to.equal(null);
      expect(parseIntervalStart('2026-13-08T01:45:00Z')).to.equal(null);
    });

    it('reads the API form by its characters exactly as the pattern reads every other form', () => {
      expect(parseIntervalStart('2026-11-01T01:15:00+05:30')).to.deep.equal({
        instant: Date.UTC(2026, 10, 1, 1, 15) - 330 * 60_000,
        date: '2026-11-01',
        time: '01:15',
        hour: 1,
        minute: 15,
        offsetMinutes: 330,
      });
      expect(parseIntervalStart('2026-11-01T01:15:30-06:00')!.instant).to.equal(Date.UTC(2026, 10, 1, 7, 15, 30));
      for (const hostile of [
        '2026-11-01T0a:15:00-06:00',
        '2026-11-01T24:15:00-06:00',
        '2026-00-01T01:15:00-06:00',
        '2026-11-32T01:15:00-06:00',
        '2026-11-01T01:60:00-06:00',
        '2026-11-01T01:15:00*06:00',
        '2026-11-01T01:15:00-0x:00',
      ]) {
        expect(parseIntervalStart(hostile), hostile).to.equal(null);
      }
    });

    it('gives each start its own day and wall time when days and times alternate', () => {
      const starts = [
        '2026-03-08T23:45:00-05:00',
        '2026-03-09T00:00:00-05:00',
        '2026-03-08T23:45:00-05:00',
        '2026-03-10T23:45:00-05:00',
        '2025-03-10T23:45:00-05:00',
        '2026-03-10T00:00:00-05:00',
      ];
      expect(starts.map((s) => `${parseIntervalStart(s)!.date} ${parseIntervalStart(s)!.time}`)).to.deep.equal(
        starts.map((s) => `${s.slice(0, 10)} ${s.slice(11, 16)}`),
      );
      const set = intervalSet(intervals([...ordinary, ...springForward]));
      expect(set.points.map((p) => `${p.date} ${p.time}`)).to.deep.equal(
        set.points.map((p) => `${p.key.slice(0, 10)} ${p.key.slice(11, 16)}`),
      );
    });

    it('reads each start at its own instant when the day, the offset or the form changes from one to the next', () => {
      const starts = [
        '2026-11-01T01:45:00-05:00',
        '2026-11-01T01:00:00-06:00',
        '2026-11-01T01:00:00-05:00',
        '2026-11-01T01:00:00Z',
        '2026-11-01T01:00:00+05:30',
        '2026-11-02T01:00:00+05:30',
        '2026-11-02 01:00:00 -05:00',
        '2026-11-02T01:00:00-05:00',
        '2025-11-02T01:00:00-05:00',
        '2026-11-02T01:00:30-06:00',
        '2026-12-02T01:00:30-06:00',
      ];
      const read = starts.map((s) => parseIntervalStart(s)!);
      expect(read.map((r) => r.instant)).to.deep.equal(starts.map((s) => Date.parse(s.replace(' -', '-'))));
      expect(read.map((r) => r.date)).to.deep.equal(starts.map((s) => s.slice(0, 10)));
      expect(read.map((r) => r.offsetMinutes)).to.deep.equal([
        -300, -360, -300, 0, 330, 330, -300, -300, -300, -360, -360,
      ]);
    });

    it('counts 92 intervals on spring forward, 100 on fall back and 96 otherwise', () => {
      const set = intervalSet(intervals([...springForward, ...ordinary, ...fallBack]));
      const counts = intervalsPerDay(set);
      expect(counts.get('2026-03-08')).to.equal(92);
      expect(counts.get('2026-03-09')).to.equal(96);
      expect(counts.get('2025-11-02')).to.equal(100);
    });

    it('places DST days on a true time axis: 23 and 25 hours long, no overlaps, no gaps', () => {
      for (const [day, hours] of [
        [springForward, 23],
        [fallBack, 25],
        [ordinary, 24],
      ] as const) {
        const set = intervalSet(intervals([...day]));
        const [start, end] = timeDomain(set);
        expect((end - start) / HOUR).to.equal(hours);
        for (let i = 1; i < set.points.length; i++) expect(set.points[i].start).to.equal(set.points[i - 1].end);
      }
    });

    it('sorts by instant: the repeated 1 a.m. hour of fall back comes in the order it happened', () => {
      const shuffled = [...fallBack].reverse();
      const set = intervalSet(intervals(shuffled));
      const ones = set.points.filter((p) => p.time === '01:00');
      expect(ones.map((p) => p.offsetMinutes)).to.deep.equal([-300, -360]);
      expect(ones[1].start - ones[0].start).to.equal(HOUR);
    });

    it('labels wall-clock hours at their real positions on DST days', () => {
      const spring = intervalSet(intervals([...springForward]));
      const midnight = spring.points[0].start;
      const ticks = hourTicks(spring.points, 3);
      // 0, 3, 6 … 21 on the wall clock; 3 a.m. comes two real hours after midnight.
      expect(ticks.map((t) => t.hour)).to.deep.equal([0, 3, 6, 9, 12, 15, 18, 21]);
      expect((ticks[1].at - midnight) / HOUR).to.equal(2);
      expect((ticks[2].at - midnight) / HOUR).to.equal(5);
      const fall = intervalSet(intervals([...fallBack]));
      const everyHour = hourTicks(fall.points, 1);
      expect(everyHour.map((t) => t.hour).slice(0, 4)).to.deep.equal([0, 1, 1, 2]);
      expect(everyHour).to.have.length(25);
      expect((hourTicks(fall.points, 3)[1].at - fall.points[0].start) / HOUR).to.equal(4);
    });

    it('groups by day, slices a day and puts day ticks at local midnights', () => {
      const set = intervalSet(intervals([...springForward, ...ordinary]));
      const days = intervalDays(set);
      expect(days.map((d) => [d.date, d.to - d.from])).to.deep.equal([
        ['2026-03-08', 92],
        ['2026-03-09', 96],
      ]);
      const one = sliceDays(set, ['2026-03-09']);
      expect(one.points).to.have.length(96);
      expect(one.points.every((p) => p.date === '2026-03-09')).to.equal(true);
      expect(dayTicks(set).map((t) => t.date)).to.deep.equal(['2026-03-08', '2026-03-09']);
      expect(dayTicks(set, 2).map((t) => t.date)).to.deep.equal(['2026-03-09']);
    });

    it('widens a month of intervals to the whole month for the days still to come', () => {
      const set = intervalSet(intervals([...springForward, ...ordinary]));
      const [start, end] = timeDomain(set, { year: 2026, month: 3 });
      expect((set.points[0].start - start) / HOUR).to.equal(7 * 24);
      expect((end - set.points.at(-1)!.end) / HOUR).to.equal(22 * 24);
    });

    it('drops unreadable starts and marks intervals without values missing', () => {
      const set = intervalSet(
        intervals([
          { start: 'garbage', consumption: 1, generation: 0 },
          { start: '2026-03-09T00:00:00-05:00', consumption: null, generation: null },
          { start: '2026-03-09T00:15:00-05:00', consumption: 0, generation: 0 },
        ]),
      );
      expect(set.points.map((p) => p.status)).to.deep.equal(['missing', 'complete']);
    });
  });

  it('summarizes total, average and peak over points with data', () => {
    const set = monthlySet(
      [monthly(2025, [row('2025-01', 100), row('2025-02', 300), row('2025-03', 200)])],
      yearMonths(2025),
      '2026-01-01',
    );
    const summary = summarize(set.points, 'consumption');
    expect(summary.total).to.equal(600);
    expect(summary.count).to.equal(3);
    expect(summary.average).to.equal(200);
    expect(summary.peak!.key).to.equal('2025-02');
    expect(summarize([], 'consumption')).to.deep.equal({ total: 0, count: 0, average: 0, peak: null });
  });

  it('reads next/previous links as years and months', () => {
    expect(parseNavQuery('year=2025')).to.deep.equal({ year: 2025 });
    expect(parseNavQuery('month=3&year=2026')).to.deep.equal({ year: 2026, month: 3 });
    expect(parseNavQuery('https://api.light.dev/v1/account/locations/x/usage/daily?year=2026&month=12')).to.deep.equal({
      year: 2026,
      month: 12,
    });
    expect(parseNavQuery(null)).to.equal(null);
    expect(parseNavQuery('month=13&year=2026')).to.equal(null);
    expect(parseNavQuery('year=<script>')).to.equal(null);
  });
});
