import { expect, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { getDailyUsage, getIntervalUsage, getMonthlyUsage } from '../../src/api/endpoints.js';
import { CLOCK_KEY, clockAt, setClock } from '../../src/api/clock.js';
import type { DailyUsage } from '../../src/api/types.js';
import { localToday } from '../../src/core/dates.js';
import { formatKwh, formatKwhValue } from '../../src/core/format.js';
import '../../src/elements/usage-chart/light-usage-chart.js';
import type { LightUsageChart } from '../../src/elements/usage-chart/light-usage-chart.js';
import { shiftMonth, trailingMonths, USAGE_LAG_DAYS } from '../../src/elements/usage-chart/usage-series.js';
import { MONTH_NAMES } from '../fixtures/light-api/example-app/months.js';
import type { ScenarioName } from '../../src/sandbox/index.js';
import * as stories from '../../stories/light-usage-chart.stories.js';
import { DST_CLOCK } from '../../stories/support/fixtures/usage.js';
import type { SandboxSetup } from '../../stories/support/sandbox.js';
import { $, $$, plain, shadow, text } from '../support/dom.js';
import { mountOnSandbox, type Mounted, type MountOptions } from '../support/mount.js';
import { settled } from '../support/settled.js';
import { renderStory, storiesOf, storyReached } from '../support/stories.js';

const plot = (el: LightUsageChart) => $(el, '.plot')!;
const points = (el: LightUsageChart, series = 'consumption') =>
  Number($(el, `path[data-series="${series}"]`)?.getAttribute('data-points') ?? NaN);
const period = (el: LightUsageChart) => text($(el, '[part="period"]'));
const button = (el: LightUsageChart, part: string) => $<HTMLButtonElement>(el, `[part~="${part}"]`)!;

/** Waits until the chart shows a result (chart, table, empty or error), not a skeleton or a pending load. */
const chartShown = (el: LightUsageChart, what = 'the chart did not settle') =>
  settled(el, { shows: '.plot, table, [part~="empty"], [part~="error"]', message: what });

/** A usage chart on a sandbox account, 760 px wide unless `options.width` says otherwise. */
const mountChart = (
  scenario: ScenarioName,
  chart: Parameters<typeof mountOnSandbox>[1],
  options: MountOptions = {},
): Promise<Mounted<LightUsageChart>> =>
  mountOnSandbox<LightUsageChart>('light-usage-chart', chart, scenario, { width: '760px', ...options });

/** The latest month with data, as the API reports it (daily usage without a query). */
async function latestMonth(m: Pick<Mounted<LightUsageChart>, 'client' | 'location'>): Promise<DailyUsage> {
  const raw = (await m.client.request('GET', `/account/locations/${m.location}/usage/daily`)) as DailyUsage;
  return getDailyUsage(m.client, m.location, { year: raw.year, month: raw.month });
}

/** Clicks the chart at the middle of x-axis label `index` (every label is drawn at 760 px for ≤ 12 bars). */
async function clickBar(el: LightUsageChart, index: number): Promise<void> {
  const label = $$<SVGTextElement>(el, 'text.x-label')[index];
  const box = label.getBoundingClientRect();
  const plotBox = plot(el).getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.left + box.width / 2), Math.round(plotBox.top + plotBox.height / 2)],
  });
}

describe('light-usage-chart', () => {
  describe('views on the sandbox', () => {
    it('trailing 12 months (the default): one bar per month with data, stitched from two calendar years', async () => {
      const m = await mountChart('active', html`<light-usage-chart></light-usage-chart>`);
      await chartShown(m.el);
      const today = localToday();
      const trailing = async (end: string) => {
        const { months, years } = trailingMonths(end);
        const responses = await Promise.all(years.map((year) => getMonthlyUsage(m.client, m.location, { year })));
        return { months, years, rows: responses.flatMap((r) => r.months).filter((row) => months.includes(row.month)) };
      };
      let shown = await trailing(today);
      // The first days of a month, before any of it has arrived: the twelve months end with the month just ended.
      const early = Number(today.slice(8, 10)) <= USAGE_LAG_DAYS;
      if (early && !shown.rows.some((row) => row.month === shown.months[11])) {
        shown = await trailing(`${shiftMonth(today.slice(0, 7), -1)}-01`);
      }
      const { years, rows: expected } = shown;
      expect(expected.length).to.be.greaterThan(6);
      expect(points(m.el)).to.equal(expected.length);
      expect(points(m.el, 'vehicle_charging')).to.equal(expected.filter((r) => r.vehicle_charging !== null).length);
      const asked = m.sandbox.requests.filter((r) => r.route === 'usageMonthly' && r.account).map((r) => r.query);
      expect(asked.slice(0, years.length).sort()).to.deep.equal(years.map((y) => `?year=${y}`).sort());
      expect($$(m.el, 'text.x-label')).to.have.length(12);
      // The latest month is partial and says so, in the legend and in the drawing: the current month, or on the
      // first days of a month, before any of it has arrived, the month just ended (its last days are still to come).
      expect($(m.el, 'path.partial-mark')).to.not.equal(null);
      expect(text($(m.el, '[part="legend"]'))).to.contain('Partial period (so far)');
      expect(button(m.el, 'previous')).to.equal(null);
      await expect(m.el).to.be.accessible();
    });

    it('draws the same months whether the API names them "2026-05", "May", "may", 5 or "2026-05-01"', async () => {
      const names = MONTH_NAMES;
      const forms: Record<string, (yyyyMm: string) => unknown> = {
        name: (m) => names[Number(m.slice(5, 7)) - 1],
        'lower-case short name': (m) => names[Number(m.slice(5, 7)) - 1].slice(0, 3).toLowerCase(),
        number: (m) => Number(m.slice(5, 7)),
        date: (m) => `${m}-01`,
      };
      const baseline = await mountChart('active', html`<light-usage-chart></light-usage-chart>`);
      await chartShown(baseline.el);
      const drawn = points(baseline.el);
      expect(drawn).to.be.greaterThan(6);
      for (const [form, rename] of Object.entries(forms)) {
        // The sandbox's monthly answers, with each month written the other way.
        const renamed: MountOptions['fetch'] =
          ({ sandbox }) =>
          async (input, init) => {
            const response = await sandbox.fetch(input, init);
            const url = new URL(input instanceof Request ? input.url : String(input));
            if (!url.pathname.endsWith('/usage/monthly') || !response.ok) return response;
            const body = (await response.json()) as { months: Array<{ month: string }> };
            const months = body.months.map((row) => ({ ...row, month: rename(row.month) }));
            return new Response(JSON.stringify({ ...body, months }), { headers: response.headers });
          };
        const m = await mountChart('active', html`<light-usage-chart></light-usage-chart>`, { fetch: renamed });
        await chartShown(m.el);
        expect(points(m.el), form).to.equal(drawn);
        expect($$(m.el, 'text.x-label'), form).to.have.length(12);
      }
    });

    it('year: one bar per month of the response, prev/next from its links, disabled at the ends', async () => {
      const m = await mountChart('active', html`<light-usage-chart view="year"></light-usage-chart>`);
      const latest = await latestMonth(m);
      m.el.year = latest.year;
      await chartShown(m.el);
      const response = await getMonthlyUsage(m.client, m.location, { year: latest.year });
      expect(points(m.el)).to.equal(response.months.length);
      expect(period(m.el)).to.equal(String(latest.year));
      expect(response.next).to.equal(null);
      expect(button(m.el, 'next').disabled).to.equal(true);
      expect(button(m.el, 'previous').disabled).to.equal(!response.previous);

      const changed = oneEvent(m.el, 'light-usage-view-change');
      button(m.el, 'previous').click();
      expect((await changed).detail).to.deep.equal({ view: 'year', year: latest.year - 1 });
      await chartShown(m.el);
      const before = await getMonthlyUsage(m.client, m.location, { year: latest.year - 1 });
      expect(period(m.el)).to.equal(String(latest.year - 1));
      expect(points(m.el)).to.equal(before.months.length);
      expect(button(m.el, 'next').disabled).to.equal(false);
      expect(button(m.el, 'previous').disabled).to.equal(!before.previous);
      expect(text($(m.el, '[role="status"][aria-live]'))).to.equal(`Showing ${latest.year - 1}.`);
    });

    it('month: one bar per day of the response, the rest of the month missing or future', async () => {
      const m = await mountChart('active', html`<light-usage-chart view="month"></light-usage-chart>`);
      const latest = await latestMonth(m);
      Object.assign(m.el, { year: latest.year, month: latest.month });
      await chartShown(m.el);
      expect(points(m.el)).to.equal(latest.days.length);
      const previous = latest.previous!.match(/month=(\d+)&year=(\d+)/)!;
      const changed = oneEvent(m.el, 'light-usage-view-change');
      button(m.el, 'previous').click();
      expect((await changed).detail).to.deep.equal({
        view: 'month',
        year: Number(previous[2]),
        month: Number(previous[1]),
      });
      await chartShown(m.el);
      const before = await getDailyUsage(m.client, m.location, {
        year: Number(previous[2]),
        month: Number(previous[1]),
      });
      expect(points(m.el)).to.equal(before.days.length);
      expect($(m.el, 'path.missing-mark')).to.equal(null);
    });

    it('a month of 15-minute intervals: every interval of the response in one path', async () => {
      const m = await mountChart('active', html`<light-usage-chart view="intervals"></light-usage-chart>`);
      const latest = await latestMonth(m);
      Object.assign(m.el, { year: latest.year, month: latest.month });
      await chartShown(m.el);
      const response = await getIntervalUsage(m.client, m.location, { year: latest.year, month: latest.month });
      expect(points(m.el)).to.equal(response.intervals.length);
      expect($$(m.el, 'path.series')).to.have.length(1);
      expect($(m.el, 'path.series.consumption')!.getAttribute('d')!.match(/M/g)).to.have.length(1);
      // Pixel columns of lows and highs: joins bevelled, as rounding them costs the most to rasterize.
      expect(getComputedStyle($(m.el, 'path.series.consumption')!).strokeLinejoin).to.equal('bevel');
    });

    it('day: the intervals of one day, and one request per month however many days are visited', async () => {
      const m = await mountChart('active', html`<light-usage-chart view="day"></light-usage-chart>`);
      const latest = await latestMonth(m);
      const days = latest.days.map((d) => d.date);
      const day = Number(days[Math.floor(days.length / 2)].slice(8, 10));
      Object.assign(m.el, { year: latest.year, month: latest.month, day });
      await chartShown(m.el);
      const response = await getIntervalUsage(m.client, m.location, { year: latest.year, month: latest.month });
      const date = `${latest.year}-${String(latest.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      expect(points(m.el)).to.equal(response.intervals.filter((i) => i.start.startsWith(date)).length);
      // A day's 96 steps keep their rounded corners.
      expect(getComputedStyle($(m.el, 'path.series.consumption')!).strokeLinejoin).to.equal('round');
      const monthQuery = `?year=${latest.year}&month=${latest.month}`;
      const intervalRequests = () =>
        m.sandbox.requests.filter((r) => r.route === 'usageIntervals' && r.query === monthQuery);
      const asked = intervalRequests().length;

      button(m.el, 'previous').click();
      await chartShown(m.el);
      expect(m.el.day).to.equal(day - 1);
      button(m.el, 'next').click();
      await chartShown(m.el);
      button(m.el, 'next').click();
      await chartShown(m.el);
      expect(m.el.day).to.equal(day + 1);
      expect(intervalRequests().length).to.equal(asked);
    });

    it('a cancelled account: its final month is part of a month for good, not "so far"', async () => {
      const m = await mountChart('cancelled', html`<light-usage-chart table></light-usage-chart>`);
      await chartShown(m.el);
      const notes = $$(m.el, 'tbody tr .note').map(text);
      expect(text($(m.el, 'thead th.note'))).to.equal('Note');
      expect(notes).to.include('Part of the month: service ended in it');
      expect(notes).to.not.include('Partial, so far');
      m.el.table = false;
      await m.el.updateComplete;
      const legend = text($(m.el, '[part="legend"]'));
      expect(legend).to.contain('Part of a month (service started or ended in it)');
      expect(legend).to.not.contain('so far');
    });

    it('solar: export as a second series, hidden with hide-export', async () => {
      const m = await mountChart('solar', html`<light-usage-chart view="year"></light-usage-chart>`);
      const latest = await latestMonth(m);
      m.el.year = latest.year;
      await chartShown(m.el);
      const response = await getMonthlyUsage(m.client, m.location, { year: latest.year });
      expect(points(m.el, 'generation')).to.equal(response.months.filter((r) => r.generation !== null).length);
      expect(response.months.some((r) => (r.generation ?? 0) > 0)).to.equal(true);
      expect(text($(m.el, '[part="legend"]'))).to.contain('Export (solar)');
      expect(text($(m.el, '#summary'))).to.contain('Sent back to the grid');
      m.el.hideExport = true;
      await m.el.updateComplete;
      expect($(m.el, 'path[data-series="generation"]')).to.equal(null);
      expect(text($(m.el, '[part="legend"]'))).not.to.contain('Export');
    });

    it('draws at the width it has, and again when that changes (a phone turned, a sidebar closed)', async () => {
      const m = await mountChart('active', html`<light-usage-chart></light-usage-chart>`);
      await chartShown(m.el);
      const drawnWidth = () => Number($(m.el, 'svg.plot-svg')?.getAttribute('width'));
      const areaWidth = () => Math.floor($(m.el, '.plot-area')!.getBoundingClientRect().width);
      expect(drawnWidth()).to.equal(areaWidth());
      expect(drawnWidth()).to.be.greaterThan(600);
      // Whatever the first drawing set off has run: only the new width can draw it again.
      await nextFrame();
      await m.el.updateComplete;
      m.root.style.width = '375px';
      await waitUntil(() => drawnWidth() <= 375, 'the chart was not drawn again at its new width');
      expect(drawnWidth()).to.equal(areaWidth());
      expect(points(m.el)).to.be.greaterThan(6);
    });
  });

  describe('on the first of a month, before any of it has arrived', () => {
    // Midnight has just passed in Texas: the newest usage is from Nov 29 (it lags a day or two).
    let pinned: unknown;
    beforeEach(() => {
      pinned = (globalThis as Record<symbol, unknown>)[CLOCK_KEY];
      setClock(clockAt('2026-12-01T00:30:00-06:00'));
    });
    afterEach(() => {
      (globalThis as Record<symbol, unknown>)[CLOCK_KEY] = pinned;
    });

    it('trailing 12 months end with the month just ended (partial), not with an empty December', async () => {
      const m = await mountChart('active', html`<light-usage-chart table></light-usage-chart>`);
      await chartShown(m.el);
      const rows = $$(m.el, 'tbody tr').map((row) => [text(row.querySelector('th')), text(row.querySelector('.note'))]);
      expect(rows).to.have.length(12);
      expect(rows.at(-1)).to.deep.equal(['November 2026', 'Partial, so far']);
      expect(rows.at(-2)).to.deep.equal(['October 2026', '']);
      expect(rows[0]).to.deep.equal(['December 2025', '']);
      expect(period(m.el)).to.equal('Dec 2025 – Nov 2026');
      m.el.table = false;
      await m.el.updateComplete;
      expect($(m.el, 'path.partial-mark')).to.not.equal(null);
      expect(text($(m.el, '[part="legend"]'))).to.contain('Partial period (so far)');
    });

    it('the month view opens on the month before, with its latest days', async () => {
      const m = await mountChart('active', html`<light-usage-chart view="month"></light-usage-chart>`);
      await chartShown(m.el);
      expect(period(m.el)).to.equal('November 2026');
      expect(points(m.el)).to.equal(29);
      expect(button(m.el, 'next').disabled).to.equal(true);
    });

    it('the month of intervals opens on the month before too', async () => {
      const m = await mountChart('active', html`<light-usage-chart view="intervals"></light-usage-chart>`);
      await chartShown(m.el);
      expect(period(m.el)).to.contain('November 2026');
      expect(points(m.el)).to.equal(28 * 96 + 100);
    });

    it('a month asked for is shown as asked, even with no data yet', async () => {
      const m = await mountChart(
        'active',
        html`<light-usage-chart view="month" year="2026" month="12"></light-usage-chart>`,
      );
      await chartShown(m.el);
      expect(period(m.el)).to.equal('December 2026');
      expect($(m.el, '[part~="empty"]')).to.not.equal(null);
    });

    it('two days on, once Dec 1 has arrived, November is whole and December is partial', async () => {
      setClock(clockAt('2026-12-02T13:00:00-06:00'));
      const m = await mountChart('active', html`<light-usage-chart table></light-usage-chart>`);
      await chartShown(m.el);
      const rows = $$(m.el, 'tbody tr').map((row) => [text(row.querySelector('th')), text(row.querySelector('.note'))]);
      expect(rows.at(-1)).to.deep.equal(['December 2026', 'Partial, so far']);
      expect(rows.at(-2)).to.deep.equal(['November 2026', '']);
    });
  });

  describe('drill-down and keyboard', () => {
    it('a click on a month bar opens its days; Enter on a day opens its intervals', async () => {
      const m = await mountChart('active', html`<light-usage-chart view="year"></light-usage-chart>`);
      const latest = await latestMonth(m);
      m.el.year = latest.year;
      await chartShown(m.el);
      const changed = oneEvent(m.el, 'light-usage-view-change');
      await clickBar(m.el, latest.month - 1);
      expect((await changed).detail).to.deep.equal({ view: 'month', year: latest.year, month: latest.month });
      await chartShown(m.el);
      expect(m.el.view).to.equal('month');
      expect(($(m.el, 'select') as HTMLSelectElement).value).to.equal('month');

      plot(m.el).focus();
      await sendKeys({ press: 'Home' });
      const drilled = oneEvent(m.el, 'light-usage-view-change');
      await sendKeys({ press: 'Enter' });
      expect((await drilled).detail).to.deep.equal({ view: 'day', year: latest.year, month: latest.month, day: 1 });
      await chartShown(m.el);
      expect(points(m.el)).to.be.oneOf([92, 96, 100]);
      expect(shadow(m.el).activeElement === plot(m.el), 'the chart keeps focus').to.equal(true);
    });

    it('arrow keys move a tooltip between points and announce each; Home, End and Escape work', async () => {
      const m = await mountChart('active', html`<light-usage-chart view="month"></light-usage-chart>`);
      const latest = await latestMonth(m);
      Object.assign(m.el, { year: latest.year, month: latest.month });
      await chartShown(m.el);
      const live = $(m.el, '[role="status"][aria-live="polite"]')!;
      // Tabbing in shows the latest day with data at once.
      button(m.el, 'previous').focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(m.el).activeElement === plot(m.el), 'the chart has focus').to.equal(true);
      const dateLabel = (date: string) =>
        new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', {
          month: 'short',
          day: 'numeric',
          year: 'numeric',
          timeZone: 'UTC',
        });
      expect(text($(m.el, '[part="tooltip"] .when'))).to.equal(dateLabel(latest.days.at(-1)!.date));

      await sendKeys({ press: 'Home' });
      const first = latest.days[0];
      const firstLabel = dateLabel(first.date);
      const kwh = (v: number) => plain(formatKwh(v));
      expect(text($(m.el, '[part="tooltip"]')))
        .to.contain(firstLabel)
        .and.contain(`Consumption: ${kwh(first.consumption!)}`);
      expect(text(live)).to.contain(firstLabel).and.contain(kwh(first.consumption!));

      await sendKeys({ press: 'ArrowRight' });
      expect(text(live)).to.contain(kwh(latest.days[1].consumption!));
      await sendKeys({ press: 'End' });
      // End stops at the last day that has begun: later days are future, never announced as zero.
      const monthEnd = new Date(Date.UTC(latest.year, latest.month, 0)).toISOString().slice(0, 10);
      const today = localToday();
      expect(text($(m.el, '[part="tooltip"] .when'))).to.equal(dateLabel(today < monthEnd ? today : monthEnd));
      await sendKeys({ press: 'Escape' });
      expect($(m.el, '[part="tooltip"]')).to.equal(null);
      expect(m.el.view).to.equal('month');
      await expect(m.el).to.be.accessible();
    });

    it('stepping to the last period keeps focus in the toolbar', async () => {
      const m = await mountChart('active', html`<light-usage-chart view="year"></light-usage-chart>`);
      const latest = await latestMonth(m);
      m.el.year = latest.year - 1;
      await chartShown(m.el);
      button(m.el, 'next').focus();
      await sendKeys({ press: 'Enter' });
      await chartShown(m.el);
      expect(period(m.el)).to.equal(String(latest.year));
      expect(button(m.el, 'next').disabled).to.equal(true);
      expect(shadow(m.el).activeElement === button(m.el, 'previous'), 'focus moved to Previous').to.equal(true);
    });

    it('the view selector opens the focused day, and PageDown moves a day in the month of intervals', async () => {
      const m = await mountChart('active', html`<light-usage-chart view="month"></light-usage-chart>`);
      const latest = await latestMonth(m);
      Object.assign(m.el, { year: latest.year, month: latest.month });
      await chartShown(m.el);
      plot(m.el).focus();
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowRight' });
      const select = $<HTMLSelectElement>(m.el, 'select')!;
      select.value = 'day';
      const changed = oneEvent(m.el, 'light-usage-view-change');
      select.dispatchEvent(new Event('change'));
      expect((await changed).detail).to.deep.equal({ view: 'day', year: latest.year, month: latest.month, day: 2 });
      await chartShown(m.el);
      expect(period(m.el)).to.contain(`${latest.year}`).and.contain(' 2, ');

      select.value = 'intervals';
      select.dispatchEvent(new Event('change'));
      await chartShown(m.el);
      expect(m.el.view).to.equal('intervals');
      plot(m.el).focus();
      await sendKeys({ press: 'Home' });
      expect(text($(m.el, '[part="tooltip"] .when'))).to.match(/ 1, \d{4}, 12:00 AM$/);
      await sendKeys({ press: 'PageDown' });
      expect(text($(m.el, '[part="tooltip"] .when'))).to.match(/ 2, \d{4}, 12:00 AM$/);
      await sendKeys({ press: 'Enter' });
      await chartShown(m.el);
      expect(m.el.view).to.equal('day');
      expect(m.el.day).to.equal(2);
    });

    it('the tooltip sits beside the bar it describes, never over it, at 375 px and at 1280 px', async () => {
      for (const width of ['343px', '1200px']) {
        const m = await mountChart('active', html`<light-usage-chart view="year"></light-usage-chart>`, { width });
        const latest = await latestMonth(m);
        m.el.year = latest.year;
        await chartShown(m.el);
        button(m.el, 'previous').focus();
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Home' });
        for (let index = 0; index < 12; index++) {
          if (index) await sendKeys({ press: 'ArrowRight' });
          await waitUntil(() => $(m.el, '[part="tooltip"]') && $(m.el, 'rect.cursor'), 'no tooltip');
          await m.el.updateComplete;
          const box = plot(m.el).getBoundingClientRect();
          const tip = $(m.el, '[part="tooltip"]')!.getBoundingClientRect();
          const bar = $(m.el, 'rect.cursor')!.getBoundingClientRect();
          const apart = tip.right <= bar.left + 0.5 || tip.left >= bar.right - 0.5;
          expect(apart, `${width}, bar ${index}: the tooltip covers its bar`).to.equal(true);
          expect(tip.left).to.be.at.least(box.left - 0.5);
          expect(tip.right).to.be.at.most(box.right + 0.5);
        }
      }
    });

    it('hovering shows the exact value and date', async () => {
      const m = await mountChart('active', html`<light-usage-chart view="year"></light-usage-chart>`);
      const latest = await latestMonth(m);
      m.el.year = latest.year;
      await chartShown(m.el);
      const response = await getMonthlyUsage(m.client, m.location, { year: latest.year });
      const label = $$<SVGTextElement>(m.el, 'text.x-label')[0].getBoundingClientRect();
      const box = plot(m.el).getBoundingClientRect();
      await sendMouse({
        type: 'move',
        position: [Math.round(label.left + label.width / 2), Math.round(box.top + 120)],
      });
      await waitUntil(() => $(m.el, '[part="tooltip"]'));
      const january = response.months.find((r) => r.month === `${latest.year}-01`)!;
      expect(text($(m.el, '[part="tooltip"]')))
        .to.contain(`January ${latest.year}`)
        .and.contain(plain(formatKwh(january.consumption!)));
      await sendMouse({ type: 'move', position: [0, 0] });
      await waitUntil(() => !$(m.el, '[part="tooltip"]'));
    });
  });

  describe('table and CSV', () => {
    it('says beside the chart and the table that the numbers are estimates that may differ from the meter readings on the bill, in English and Spanish', async () => {
      const m = await mountChart('active', html`<light-usage-chart view="year"></light-usage-chart>`);
      await chartShown(m.el);
      const note = () => text($(m.el, '.estimate-note'));
      expect(note()).to.equal(
        'These figures are estimates to help you follow your energy use. They may not match the meter readings on your bill exactly.',
      );
      m.el.table = true;
      await waitUntil(() => $(m.el, 'table'), 'the table view');
      expect(note()).to.contain('meter readings on your bill');
      await expect(m.el).to.be.accessible();
      m.el.locale = 'es';
      await waitUntil(() => note().startsWith('Estas cifras son estimaciones'), 'the Spanish note');
      expect(note()).to.contain('lecturas del medidor de su factura');
      await expect(m.el).to.be.accessible();
    });

    it('the table shows the same points and values as the chart', async () => {
      const m = await mountChart('solar', html`<light-usage-chart view="month"></light-usage-chart>`);
      const latest = await latestMonth(m);
      Object.assign(m.el, { year: latest.year, month: latest.month });
      await chartShown(m.el);
      const drawn = points(m.el);
      const toggle = button(m.el, 'table-toggle');
      toggle.click();
      await waitUntil(() => $(m.el, 'table'), 'the table view (its code loads when first shown)');
      expect(m.el.table).to.equal(true);
      // The label names what a press shows: the chart, from the table view.
      expect(text(toggle)).to.equal('Show as chart');
      const table = $(m.el, 'table')!;
      expect(text(table.querySelector('caption'))).to.equal(`Energy use, ${period(m.el)} (kWh)`);
      const headers = [...table.querySelectorAll('thead th')];
      expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      // A Note column follows only when some day has a note (on the 1st of a month, none may).
      expect(headers.slice(0, 3).map(text)).to.deep.equal(['Date', 'Consumption', 'Export (solar)']);
      const rows = [...table.querySelectorAll('tbody tr')];
      const withData = rows.filter((row) => !text(row).includes('No data'));
      expect(withData).to.have.length(drawn);
      latest.days.forEach((day, i) => {
        const cells = [...withData[i].querySelectorAll('th, td')].map(text);
        expect(cells[1]).to.equal(formatKwhValue(day.consumption!));
        expect(cells[2]).to.equal(formatKwhValue(day.generation!));
      });
      await expect(m.el).to.be.accessible();
      m.el.theme = 'dark';
      await m.el.updateComplete;
      await expect(m.el).to.be.accessible();
    });

    it('at 375px, a solar month of 15-minute rows fits without scrolling sideways, each time whole, and the buttons fill the row', async () => {
      const m = await mountChart('solar', html`<light-usage-chart view="intervals" table></light-usage-chart>`, {
        width: '343px',
      });
      await waitUntil(() => $(m.el, 'tbody tr'), 'the table view');
      const wrap = $(m.el, '.table-wrap')!;
      expect([...wrap.querySelectorAll('thead th')].map(text)).to.deep.equal(['Time', 'Consumption', 'Export (solar)']);
      expect(wrap.scrollWidth, 'no sideways scroll').to.be.at.most(wrap.clientWidth);
      const labels = [...wrap.querySelectorAll('tbody th')];
      expect(labels.length).to.be.greaterThan(90);
      for (const label of labels.slice(0, 8)) {
        // The caption names the month and year: a row names its day and time (and, for an hour that repeats when
        // the clocks fall back, its offset), the time never split.
        expect(text(label)).to.match(/^[A-Z][a-z]{2} \d{1,2}, \d{1,2}:\d{2} [AP]M( \(UTC[−+]\d+\))?$/);
        const time = document.createRange();
        const node = label.firstChild!.nodeType === Node.TEXT_NODE ? label.firstChild! : label.lastChild!;
        const words = node.textContent!;
        const at = words.lastIndexOf(', ') + 2;
        time.setStart(node, at);
        time.setEnd(node, words.includes(' (') ? words.indexOf(' (') : words.length);
        expect(new Set([...time.getClientRects()].map((r) => Math.round(r.top))).size, text(label)).to.equal(1);
      }
      const row = $(m.el, '.chart-actions')!.getBoundingClientRect();
      for (const action of $$(m.el, '.chart-actions button'))
        expect(Math.round(action.getBoundingClientRect().width), text(action)).to.equal(Math.round(row.width));
      await expect(m.el).to.be.accessible();
    });

    it('at 1280px, the table and download buttons keep their own widths', async () => {
      const m = await mountChart('solar', html`<light-usage-chart view="intervals" table></light-usage-chart>`, {
        width: '1040px',
      });
      await waitUntil(() => $(m.el, 'tbody tr'), 'the table view');
      const row = $(m.el, '.chart-actions')!.getBoundingClientRect();
      const actions = $$(m.el, '.chart-actions button').map((b) => b.getBoundingClientRect());
      expect(Math.round(actions[1].top)).to.equal(Math.round(actions[0].top));
      expect(actions[0].width + actions[1].width).to.be.below(row.width / 2);
    });

    it('downloads the shown data as CSV', async () => {
      const m = await mountChart('active', html`<light-usage-chart view="month"></light-usage-chart>`);
      const latest = await latestMonth(m);
      Object.assign(m.el, { year: latest.year, month: latest.month });
      await chartShown(m.el);
      const blobs: Blob[] = [];
      const downloads: string[] = [];
      const create = URL.createObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:usage-test');
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        downloads.push(`${this.download} ${this.href}`);
      };
      try {
        button(m.el, 'download').click();
        // The CSV code loads on the first download.
        await waitUntil(() => downloads.length > 0, 'the download');
      } finally {
        URL.createObjectURL = create;
        HTMLAnchorElement.prototype.click = click;
      }
      const month = `${latest.year}-${String(latest.month).padStart(2, '0')}`;
      expect(downloads).to.have.length(1);
      expect(downloads[0]).to.match(new RegExp(`^usage-${month}-01_${month}-\\d\\d\\.csv blob:usage-test$`));
      expect(blobs[0].type).to.equal('text/csv;charset=utf-8');
      const csv = (await blobs[0].text()).replace(/^\ufeff/, '');
      const lines = csv.split('\r\n');
      expect(lines[0]).to.equal('Date,Consumption (kWh),Vehicle charging (kWh),Note');
      for (const day of latest.days) {
        expect(lines).to.include(
          `${day.date},${Number(day.consumption!.toFixed(6))},${Number(day.vehicle_charging!.toFixed(6))},`,
        );
      }
      expect(lines.at(-1)).to.equal('');
    });
  });

  describe('states', () => {
    it('empty for a customer whose service just started', async () => {
      const m = await mountChart('new-service', html`<light-usage-chart></light-usage-chart>`);
      await chartShown(m.el);
      expect(text($(m.el, '[part~="empty"]')))
        .to.contain('No usage yet')
        .and.contain('a day or two after service starts');
      expect($(m.el, '[part="period"]')).to.equal(null);
      await expect(m.el).to.be.accessible();
    });

    it('no location, or service not started: says so without asking for usage', async () => {
      for (const [scenario, title] of [
        ['new-customer', 'No service address yet'],
        ['enrolled-pending', 'Service has not started yet'],
      ] as const) {
        const m = await mountChart(scenario, html`<light-usage-chart></light-usage-chart>`);
        await chartShown(m.el);
        expect(text($(m.el, '[part~="empty"]'))).to.contain(title);
        expect(m.sandbox.requests.filter((r) => r.route?.startsWith('usage'))).to.have.length(0);
        await expect(m.el).to.be.accessible();
      }
    });

    it('loading: a chart-sized skeleton, announced, then the chart', async () => {
      const m = await mountChart('active', html`<light-usage-chart view="year"></light-usage-chart>`, {
        latencyMs: 400,
      });
      const skeleton = $(m.el, '[part~="skeleton"]')!;
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(text(skeleton)).to.equal('Loading…');
      expect($(m.el, '.skeleton-plot')!.getBoundingClientRect().height).to.equal(260);
      await expect(m.el).to.be.accessible();
      await chartShown(m.el);
      expect(plot(m.el).getBoundingClientRect().height).to.equal(260);
    });

    it('error: light-error, a retry button, and the retry succeeds', async () => {
      const m = await mountChart('active', html`<light-usage-chart view="year"></light-usage-chart>`, {
        faults: [{ route: 'usageMonthly', kind: 'status', status: 500, times: 3 }],
      });
      const { detail } = await oneEvent(m.el, 'light-error');
      expect(detail).to.include({ code: 'server', status: 500, retryable: true });
      await chartShown(m.el);
      const error = $(m.el, '[part~="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      await expect(m.el).to.be.accessible();
      button(m.el, 'retry-button').click();
      await chartShown(m.el);
      expect(points(m.el)).to.be.greaterThan(0);
      expect($(m.el, '[part~="error"]')).to.equal(null);
    });

    it('a view change that fails (503) leaves the Show menu on that view; choosing the shown view goes back', async () => {
      const m = await mountChart('active', html`<light-usage-chart></light-usage-chart>`);
      await chartShown(m.el);
      m.sandbox.faults.add({ route: 'usageDaily', kind: 'status', status: 503, times: 3 });
      const select = $<HTMLSelectElement>(m.el, 'select')!;
      select.value = 'month';
      select.dispatchEvent(new Event('change'));
      await oneEvent(m.el, 'light-error');
      await chartShown(m.el);
      expect($(m.el, '[part~="error"]')).to.not.equal(null);
      expect(m.el.view).to.equal('month');
      expect($<HTMLSelectElement>(m.el, 'select')!.value, 'the menu names the view that failed').to.equal('month');
      expect($(m.el, '[part="period"]'), 'no period label for what is no longer shown').to.equal(null);
      const again = $<HTMLSelectElement>(m.el, 'select')!;
      again.value = 'trailing';
      again.dispatchEvent(new Event('change'));
      await waitUntil(() => $(m.el, '.plot') && !$(m.el, '[part~="error"]'), 'back on the last 12 months');
      expect(m.el.view).to.equal('trailing');
      expect($<HTMLSelectElement>(m.el, 'select')!.value).to.equal('trailing');
      expect(period(m.el)).to.contain('–');
    });

    it('while another period loads, the period label says it is loading, not the old period', async () => {
      const m = await mountChart('active', html`<light-usage-chart view="year"></light-usage-chart>`);
      await chartShown(m.el);
      const year = period(m.el);
      m.sandbox.faults.add({ route: 'usageMonthly', kind: 'latency', delayMs: 600, times: 1 });
      button(m.el, 'previous').click();
      await waitUntil(() => m.el.shadowRoot!.querySelector('.busy'), 'loading the year before');
      expect(period(m.el)).to.equal('Loading…');
      await waitUntil(() => !m.el.shadowRoot!.querySelector('.busy') && period(m.el) !== 'Loading…');
      expect(period(m.el)).to.equal(String(Number(year) - 1));
    });

    it('an account that cannot load: light-error, retry, then the chart', async () => {
      const m = await mountChart('active', html`<light-usage-chart></light-usage-chart>`, {
        faults: [{ route: 'account', kind: 'status', status: 503, times: 3 }],
      });
      const { detail } = await oneEvent(m.el, 'light-error');
      expect(detail).to.include({ code: 'server', status: 503 });
      await chartShown(m.el);
      await expect(m.el).to.be.accessible();
      button(m.el, 'retry-button').click();
      await chartShown(m.el);
      expect(points(m.el)).to.be.greaterThan(0);
    });

    it('tells zero use from a day without data', async () => {
      let zeroDay = '';
      let missingDay = '';
      const zeroAndMissing =
        ({ sandbox }: SandboxSetup): typeof globalThis.fetch =>
        async (input, init) => {
          const response = await sandbox.fetch(input, init);
          if (!String(input instanceof Request ? input.url : input).includes('/usage/daily')) return response;
          const body = (await response.json()) as DailyUsage;
          zeroDay = body.days[1].date;
          missingDay = body.days[2].date;
          body.days[1] = { ...body.days[1], consumption: 0, vehicle_charging: 0 };
          body.days.splice(2, 1);
          return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
        };
      let latest!: DailyUsage;
      const { el } = await mountChart(
        'active',
        () => html`<light-usage-chart view="month" year=${latest.year} month=${latest.month}></light-usage-chart>`,
        { width: 'auto', fetch: zeroAndMissing, before: async (m) => void (latest = await latestMonth(m)) },
      );
      await chartShown(el);
      // The zero day is drawn (a stub on the baseline); the missing one gets a dashed box and a legend entry.
      expect(points(el)).to.equal(latest.days.length - 1);
      expect($(el, 'path.missing-mark')!.getAttribute('d')!.match(/M/g)!.length).to.be.at.least(1);
      expect(text($(el, '[part="legend"]'))).to.contain('No data');
      el.table = true;
      await waitUntil(() => $(el, 'table'), 'the table view');
      const row = (date: string) => {
        const label = new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', {
          month: 'short',
          day: 'numeric',
          year: 'numeric',
          timeZone: 'UTC',
        });
        return $$(el, 'tbody tr').find((tr) => text(tr.querySelector('th')) === label)!;
      };
      expect([...row(zeroDay).querySelectorAll('td')].map(text).slice(0, 2)).to.deep.equal(['0', '0']);
      expect(text(row(missingDay))).to.contain('No data');
      expect(text(row(missingDay).querySelector('td'))).not.to.contain('0');
    });

    it('axe-clean in chart and table views, light and dark, and in Spanish', async () => {
      const m = await mountChart('solar', html`<light-usage-chart view="year" theme="dark"></light-usage-chart>`);
      await chartShown(m.el);
      await expect(m.el).to.be.accessible();
      m.el.theme = 'light';
      m.el.locale = 'es';
      await m.el.updateComplete;
      expect(text($(m.el, '[part="heading"]'))).to.equal('Consumo de energía');
      expect(button(m.el, 'table-toggle').textContent!.trim()).to.equal('Mostrar como tabla');
      await expect(m.el).to.be.accessible();
      m.el.table = true;
      await waitUntil(() => $(m.el, 'table'), 'the table view');
      expect(button(m.el, 'table-toggle').textContent!.trim()).to.equal('Mostrar como gráfico');
      await expect(m.el).to.be.accessible();
    });

    it('renders hostile API strings as inert text', async () => {
      const hostile = '<img src=x onerror="window.__usagePwned=1">';
      const hostileUnits =
        ({ sandbox }: SandboxSetup): typeof globalThis.fetch =>
        async (input, init) => {
          const response = await sandbox.fetch(input, init);
          if (!String(input instanceof Request ? input.url : input).includes('/usage/')) return response;
          const body = (await response.json()) as Record<string, unknown>;
          return new Response(JSON.stringify({ ...body, units: hostile }), {
            status: response.status,
            headers: { 'Content-Type': 'application/json' },
          });
        };
      (window as { __usagePwned?: number }).__usagePwned = 0;
      const { el } = await mountChart('active', html`<light-usage-chart view="year" table></light-usage-chart>`, {
        width: 'auto',
        fetch: hostileUnits,
      });
      await chartShown(el);
      expect($(el, 'img')).to.equal(null);
      expect(text($(el, 'caption'))).to.contain(hostile);
      el.table = false;
      await el.updateComplete;
      expect(text($(el, 'svg text.units'))).to.equal(hostile);
      expect($(el, 'img')).to.equal(null);
      expect((window as { __usagePwned?: number }).__usagePwned).to.equal(0);
    });
  });

  describe('daylight saving time', () => {
    it('spring forward: 92 intervals over 23 hours, no 2 a.m. label', async () => {
      const m = await mountChart(
        'active',
        html`<light-usage-chart view="day" year="2026" month="3" day="8"></light-usage-chart>`,
        {
          now: () => new Date(DST_CLOCK),
        },
      );
      await chartShown(m.el);
      expect(points(m.el)).to.equal(92);
      expect(text($(m.el, '.dst-note'))).to.contain('23 hours');
      const labels = $$(m.el, 'text.x-label').map(text);
      expect(labels).to.include('4 AM').and.not.include('2 AM');
      // Hour labels sit at their true times: 4 AM is 3 real hours after midnight, not 4.
      const xs = $$<SVGTextElement>(m.el, 'text.x-label').map((t) => Number(t.getAttribute('x')));
      const perHour = (xs[labels.indexOf('6 AM')] - xs[labels.indexOf('4 AM')]) / 2;
      expect(xs[labels.indexOf('4 AM')] - xs[0]).to.be.closeTo(3 * perHour, 0.5);
    });

    it('fall back: 100 intervals over 25 hours; the repeated hour is told apart by its offset', async () => {
      const m = await mountChart(
        'active',
        html`<light-usage-chart view="day" year="2026" month="11" day="1" table></light-usage-chart>`,
        {
          now: () => new Date(DST_CLOCK),
        },
      );
      await chartShown(m.el);
      expect(text($(m.el, '.dst-note'))).to.contain('25 hours');
      const rows = $$(m.el, 'tbody th').map(text);
      expect(rows).to.have.length(100);
      expect(rows.filter((r) => r.startsWith('1:00 AM'))).to.deep.equal(['1:00 AM (UTC−5)', '1:00 AM (UTC−6)']);
      m.el.table = false;
      await m.el.updateComplete;
      expect(points(m.el)).to.equal(100);
    });
  });

  describe('stories', () => {
    for (const [name, story] of storiesOf(stories)) {
      it(`renders ${name} accessibly`, async () => {
        const host = await renderStory(stories.default as never, story);
        const charts = [...host.querySelectorAll('light-usage-chart')];
        expect(charts.length).to.equal(1);
        if (name === 'Loading') await waitUntil(() => $(charts[0], '[part~="skeleton"]'));
        else await chartShown(charts[0], `${name} did not settle`);
        await storyReached(host, story);
        await expect(host).to.be.accessible();
      });
    }

    it('each state story shows its state', async () => {
      const show = async (story: keyof typeof stories) => {
        const host = await renderStory(stories.default as never, stories[story] as never);
        const el = host.querySelector('light-usage-chart')!;
        if (story !== 'Loading') await chartShown(el);
        return el;
      };
      expect($(await show('Empty'), '[part~="empty"]')).to.not.equal(null);
      expect($(await show('Loading'), '[part~="skeleton"]')).to.not.equal(null);
      expect($(await show('ErrorWithRetry'), '[part~="error"]')).to.not.equal(null);
      expect($(await show('TableView'), 'table')).to.not.equal(null);
      expect(points(await show('DstSpringForward'))).to.equal(92);
      expect(points(await show('DstFallBack'))).to.equal(100);
      const narrow = await show('Narrow320');
      expect(narrow.getBoundingClientRect().width).to.equal(320);
      expect(Number($(narrow, 'svg.plot-svg')!.getAttribute('width'))).to.be.at.most(320);
    });
  });
});
