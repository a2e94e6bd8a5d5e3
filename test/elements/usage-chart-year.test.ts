import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { IntervalUsage } from '../../src/api/types.js';
import { chartFrame } from '../../src/core/chart/chart-frame.js';
import { round } from '../../src/core/chart/chart-scale.js';
import { localToday } from '../../src/core/dates.js';
import '../../src/elements/usage-chart/light-usage-chart.js';
import type { LightUsageChart } from '../../src/elements/usage-chart/light-usage-chart.js';
import { PLOT_HEIGHT } from '../../src/elements/usage-chart/light-usage-chart.styles.js';
import { intervalSetOf } from '../../src/elements/usage-chart/usage-intervals.js';
import type { UsageSource } from '../../src/elements/usage-chart/usage-period.js';
import {
  loadYearIntervals,
  mergeMonths,
  yearGeometry,
  yearMonthsToLoad,
} from '../../src/elements/usage-chart/usage-year.js';
import type { Fault } from '../../src/sandbox/index.js';
import * as stories from '../../stories/light-usage-chart.stories.js';
import { $, text } from '../support/dom.js';
import { mountOnSandbox, type MountOptions } from '../support/mount.js';
import { settled } from '../support/settled.js';
import { renderStory } from '../support/stories.js';

const YEAR_VIEW = html`<light-usage-chart view="year-intervals"></light-usage-chart>`;
const shown = (el: LightUsageChart) =>
  settled(el, { shows: '.plot, table, [part~="empty"], [part~="error"]', timeout: 9500 });
const mount = (scenario: 'active' | 'solar' | 'new-service', options: MountOptions = {}, view = YEAR_VIEW) =>
  mountOnSandbox<LightUsageChart>('light-usage-chart', view, scenario, { width: '760px', ...options });

/** This year, or in January (one month so far) the year before, which the customer was served all of. */
function yearOfSeveralMonths(): number {
  const today = localToday();
  const thisYear = Number(today.slice(0, 4));
  return yearMonthsToLoad(thisYear, today).length > 1 ? thisYear : thisYear - 1;
}
const yearView = (year: number) => html`<light-usage-chart view="year-intervals" year=${year}></light-usage-chart>`;
const consumption = (el: LightUsageChart) => $(el, 'path[data-series="consumption"]')!;

/** The points of a path's `d` (each M or L is one). */
const pathPoints = (d: string) => [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [+m[1], +m[2]]);

/** A month of intervals: 96 a day, `value(i)` each. */
function month(year: number, m: number, value: (i: number) => number | null = () => 0.5): IntervalUsage {
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const intervals: IntervalUsage['intervals'] = [];
  for (let d = 1; d <= days; d++)
    for (let q = 0; q < 96; q++) {
      const hh = String(Math.floor(q / 4)).padStart(2, '0');
      const mm = String((q % 4) * 15).padStart(2, '0');
      const start = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${hh}:${mm}:00-06:00`;
      intervals.push({ start, consumption: value(intervals.length), generation: 0 });
    }
  const previous = m === 1 ? `month=12&year=${year - 1}` : `month=${m - 1}&year=${year}`;
  return { year, month: m, units: 'kWh', intervals, previous, next: null };
}

describe('usage chart: a year every 15 minutes', () => {
  describe('loading a year (pure)', () => {
    it('asks for the months begun by today and not before service started', () => {
      expect(yearMonthsToLoad(2025, '2026-03-08')).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(yearMonthsToLoad(2026, '2026-03-08')).to.deep.equal([1, 2, 3]);
      expect(yearMonthsToLoad(2026, '2026-12-01', '2026-10-15')).to.deep.equal([10, 11, 12]);
      expect(yearMonthsToLoad(2027, '2026-12-01')).to.deep.equal([]);
    });

    it('asks for every month at once, and names the months that failed while drawing the rest', async () => {
      const asked: number[] = [];
      let inFlight = 0;
      let most = 0;
      const source = {
        intervals: async (year: number, m: number) => {
          asked.push(m);
          most = Math.max(most, ++inFlight);
          await Promise.resolve();
          inFlight--;
          if (m === 4) throw new Error('April failed');
          return month(year, m);
        },
      } as UsageSource;
      const data = await loadYearIntervals(source, {
        view: 'year-intervals',
        year: 2025,
        today: '2026-06-17',
        coverage: {},
      });
      expect(asked).to.have.length(12);
      expect(most, 'all twelve requests in flight together').to.equal(12);
      expect(data.failed).to.deep.equal([{ year: 2025, month: 4 }]);
      expect(data.set.points).to.have.length(365 * 96 - 30 * 96);
      expect(data.previous).to.deep.equal({ year: 2024 });
      expect(data.domain![1] - data.domain![0]).to.equal(365 * 86_400_000);
    });

    it('the same responses (a year shown again from the cache) give the same set, so it is not parsed again', () => {
      const months = [month(2025, 1), month(2025, 2)];
      const set = mergeMonths(months);
      expect(mergeMonths([...months])).to.equal(set);
      expect(mergeMonths([months[0], month(2025, 2)])).to.not.equal(set);
      expect(set.points[0].key < set.points[set.points.length - 1].key).to.equal(true);
    });

    it('reads each month once: a month already shown and the year it belongs to share its points', () => {
      const months = [month(2025, 1), month(2025, 2)];
      const january = intervalSetOf(months[0]);
      const set = mergeMonths(months);
      expect(set.points[0]).to.equal(january.points[0]);
      expect(set.points[january.points.length - 1]).to.equal(january.points[january.points.length - 1]);
      expect(intervalSetOf(months[1]).points[0]).to.equal(set.points[january.points.length]);
    });

    it('tells how many months have settled, failed ones included, as each arrives', async () => {
      const progress: string[] = [];
      const source = {
        intervals: async (year: number, m: number) => {
          await new Promise((resolve) => setTimeout(resolve, 13 - m));
          if (m === 12) throw new Error('December failed');
          return month(year, m);
        },
      } as UsageSource;
      const request = { view: 'year-intervals' as const, year: 2025, today: '2026-06-17', coverage: {} };
      await loadYearIntervals(source, {
        ...request,
        onProgress: (settled, total) => progress.push(`${settled}/${total}`),
      });
      expect(progress).to.deep.equal(Array.from({ length: 13 }, (_, i) => `${i}/12`));
      const single: string[] = [];
      await loadYearIntervals(source, {
        ...request,
        year: 2026,
        today: '2026-01-20',
        onProgress: (settled, total) => single.push(`${settled}/${total}`),
      });
      expect(single, 'a year of one month so far has nothing to count').to.deep.equal([]);
    });

    it('fails as a whole when no month arrives', async () => {
      const source = { intervals: () => Promise.reject(new Error('offline')) } as unknown as UsageSource;
      const load = loadYearIntervals(source, { view: 'year-intervals', year: 2025, today: '2026-06-17', coverage: {} });
      let error: unknown;
      await load.catch((e: unknown) => (error = e));
      expect((error as Error).message).to.equal('offline');
    });

    it('draws 35,040 intervals in at most two points per pixel column, the peak among them', () => {
      const months = Array.from({ length: 12 }, (_, i) =>
        month(2025, i + 1, (j) => (i === 6 && j === 1234 ? 9.75 : 0.2 + ((j * 7) % 13) / 20)),
      );
      const set = mergeMonths(months);
      expect(set.points).to.have.length(35_040);
      const geometry = yearGeometry(set, 700, 'en', { domain: null });
      const drawn = pathPoints(geometry.series[0].d);
      // Two per column of the plot's width, plus where the area meets its baseline.
      expect(drawn.length).to.be.at.most(2 * (geometry.right - geometry.left) + 4);
      expect(Math.min(...drawn.map(([, y]) => y)), 'the peak is drawn').to.equal(round(geometry.y(9.75)));
      expect(geometry.series[0].count).to.equal(35_040);
      expect(geometry.xLabels.map((l) => l.text)).to.include('Jul');
    });
  });

  describe('the element', () => {
    it('loads every month of the year, draws it decimated with the peak, and is accessible', async () => {
      // What the sandbox answered, read beside the element (asking again would only repeat the same months).
      const answered: Array<{ month: number; intervals: Array<{ consumption: string | number | null }> }> = [];
      const m = await mount('active', {
        fetch:
          ({ sandbox }) =>
          async (input, init) => {
            const response = await sandbox.fetch(input, init);
            const url = String(input instanceof Request ? input.url : input);
            if (url.includes('/usage/intervals') && response.ok) answered.push(await response.clone().json());
            return response;
          },
      });
      await shown(m.el);
      const year = Number(localToday().slice(0, 4));
      expect(text($(m.el, '[part="period"]'))).to.equal(`${year}, every 15 minutes`);
      const months = yearMonthsToLoad(year, localToday());
      expect(
        answered.map((r) => r.month).sort((a, b) => a - b),
        'one request a month',
      ).to.deep.equal(months);
      const all = answered.flatMap((r) => r.intervals);
      const peak = Math.max(...all.map((i) => (i.consumption === null ? -Infinity : Number(i.consumption))));
      const svg = $(m.el, 'svg.plot-svg')!;
      const width = Number(svg.getAttribute('width'));
      const frame = chartFrame(0, peak, width, PLOT_HEIGHT, 'kWh', 'en');
      const drawn = pathPoints(consumption(m.el).getAttribute('d')!);
      expect(drawn.length, 'at most ~2 points per pixel column').to.be.at.most(2 * (frame.right - frame.left) + 4);
      expect(Math.min(...drawn.map(([, y]) => y)), 'the highest interval is drawn').to.equal(round(frame.y(peak)));
      expect(Number(consumption(m.el).getAttribute('data-points'))).to.equal(
        all.filter((i) => i.consumption !== null).length,
      );
      expect($(m.el, '.months-failed')).to.equal(null);
      await expect(m.el).to.be.accessible();
    });

    it('is offered in the Show menu, and a point opens its day with Enter', async () => {
      const m = await mountOnSandbox<LightUsageChart>(
        'light-usage-chart',
        html`<light-usage-chart view="month"></light-usage-chart>`,
        'active',
        { width: '760px' },
      );
      await shown(m.el);
      const select = $<HTMLSelectElement>(m.el, 'select')!;
      expect([...select.options].map((o) => o.textContent!.trim())).to.include('Year, every 15 minutes');
      select.value = 'year-intervals';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => m.el.view === 'year-intervals' && $(m.el, '.plot') && !$(m.el, '.busy'), 'the year view', {
        timeout: 9000,
      });
      await shown(m.el);
      $<HTMLElement>(m.el, '.plot')!.focus();
      await sendKeys({ press: 'End' });
      await waitUntil(() => $(m.el, '.tooltip'), 'the last interval focused');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => m.el.view === 'day', 'the day of that interval');
    });

    it('loading: the skeleton until the months arrive', async () => {
      const m = await mount('active', { latencyMs: 400 });
      expect($(m.el, '[part="skeleton"]')).to.not.equal(null);
      await shown(m.el);
      expect($(m.el, '.plot')).to.not.equal(null);
    });

    it('loading: how many of the months have arrived, on the skeleton and while switching to the year', async () => {
      const year = yearOfSeveralMonths();
      const total = yearMonthsToLoad(year, localToday()).length;
      let release!: () => void;
      let hold = true;
      const m = await mount(
        'active',
        {
          fetch:
            ({ sandbox }) =>
            async (input, init) => {
              const url = String(input instanceof Request ? input.url : input);
              if (hold && url.includes('/usage/intervals')) {
                hold = false;
                await new Promise<void>((resolve) => (release = resolve));
              }
              return sandbox.fetch(input, init);
            },
        },
        yearView(year),
      );
      const bar = (scope: string) => $(m.el, `${scope} progress`) as HTMLProgressElement | null;
      const allButOne = (scope: string) => () => bar(scope)?.value === total - 1;
      await waitUntil(allButOne('[part="skeleton"]'), 'all months but the held one counted', { timeout: 9000 });
      expect(bar('[part="skeleton"]')!.max).to.equal(total);
      expect(bar('[part="skeleton"]')!.getAttribute('aria-label')).to.equal('Months loaded');
      expect(text($(m.el, '[part="progress"]'))).to.equal(`${total - 1} of ${total} months`);
      await expect(m.el).to.be.accessible();
      release();
      await shown(m.el);
      expect($(m.el, '[part="progress"]'), 'gone once the year is drawn').to.equal(null);

      // From a month to the year before (not loaded yet): the period line counts its months, one held again.
      m.el.view = 'intervals';
      m.el.month = 1;
      m.el.year = year;
      await waitUntil(() => !$(m.el, '.busy') && $(m.el, '.plot'), 'the month shown', { timeout: 9000 });
      hold = true;
      m.el.year = year - 1;
      m.el.view = 'year-intervals';
      await waitUntil(
        () => $(m.el, '[part="period"] progress') && bar('[part="period"]')!.value === bar('[part="period"]')!.max - 1,
        'the period line counts the months',
        { timeout: 9000 },
      );
      expect(text($(m.el, '[part="period"]'))).to.match(/^Loading… \d+ of \d+ months$/);
      release();
      await waitUntil(() => !$(m.el, '[part="progress"]') && !$(m.el, '.busy'), 'the year drawn', { timeout: 9000 });
    });

    it('empty: a customer whose service has not started sees why, not an empty year', async () => {
      const m = await mount('new-service');
      await shown(m.el);
      expect($(m.el, '[part~="empty"]')).to.not.equal(null);
      await expect(m.el).to.be.accessible();
    });

    it('a month that fails is named, the rest is drawn, and a retry asks for that month alone', async () => {
      let asked: string[] = [];
      const m = await mount(
        'active',
        {
          faults: [{ route: 'usageIntervals', kind: 'status', status: 404, times: 1 }],
          fetch:
            ({ sandbox }) =>
            (input, init) => {
              const url = String(input instanceof Request ? input.url : input);
              if (url.includes('/usage/intervals')) asked.push(new URL(url).search);
              return sandbox.fetch(input, init);
            },
        },
        // A year of one month would fail as a whole: see the error test below.
        yearView(yearOfSeveralMonths()),
      );
      await shown(m.el);
      const notice = $(m.el, '.months-failed')!;
      expect(notice, 'the failed month is named').to.not.equal(null);
      expect(notice.getAttribute('role')).to.equal('status');
      expect(text(notice)).to.match(/^Usage for \w+ \d{4} could not be loaded\. The rest of the year is shown\./);
      const before = Number(consumption(m.el).getAttribute('data-points'));
      await expect(m.el).to.be.accessible();
      const failedQuery = asked[0];
      asked = [];
      notice.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
      await waitUntil(() => !$(m.el, '.months-failed') && !$(m.el, '.busy'), 'the month retried', { timeout: 9000 });
      expect(asked, 'only the failed month is asked again').to.deep.equal([failedQuery]);
      expect(Number(consumption(m.el).getAttribute('data-points'))).to.be.at.least(before);
    });

    it('error: when no month arrives, the error and its retry; the retry draws the year', async () => {
      let fault!: Fault;
      const m = await mount('active', {
        before: async (setup) =>
          void (fault = setup.sandbox.faults.add({ route: 'usageIntervals', kind: 'malformed' })),
      });
      await shown(m.el);
      expect($(m.el, '[part~="error"][role="alert"]')).to.not.equal(null);
      expect(m.errors.length).to.be.at.least(1);
      await expect(m.el).to.be.accessible();
      fault.remove();
      $<HTMLButtonElement>(m.el, '[part~="retry-button"]')!.click();
      await waitUntil(() => $(m.el, '.plot') && !$(m.el, '.busy'), 'the year after the retry', { timeout: 9000 });
      expect($(m.el, '[part~="error"]')).to.equal(null);
    });

    it('the YearEvery15Minutes story renders and is accessible', async () => {
      const host = await renderStory(stories.default as never, stories.YearEvery15Minutes as never);
      const el = host.querySelector<LightUsageChart>('light-usage-chart')!;
      await shown(el);
      expect(el.view).to.equal('year-intervals');
      await expect(el).to.be.accessible();
    });
  });
});
