#!/usr/bin/env node
/**
 * Benchmark of Light Elements on a partner page (not a test; CI does not run it): light-usage-chart from the
 * script-tag build against uPlot, Chart.js and Recharts drawing the same month of 15-minute usage (October 2026,
 * 31 days × 96 = 2,976 intervals) from the same JSON, and the time to first data of every data element.
 *
 *   npm run bench                              # 15 cold runs per contender
 *   RUNS=5 LATENCY=50 npm run bench            # fewer runs; 50 ms per request
 *   BASELINE=be042ff npm run bench             # also bench that commit's bundle, in the same round-robin
 *   BENCH_JSON=bench.json npm run bench        # and write the results as JSON
 *   CHROME_PATH=/path/to/chrome npm run bench  # default /usr/lib/chromium/chromium
 *
 * Builds (with Vite, into a temporary folder): this checkout's script-tag bundle (`vite build --mode script-tag`,
 * what `npm run pretest` puts in dist/bundle, so dist/ is left alone), the library pages in bench/usage-chart/,
 * the sandbox (src/sandbox) for Node, and with BASELINE the script-tag bundle of that commit (in a temporary git
 * worktree sharing node_modules, removed afterwards). One headless Chromium (playwright-core) runs everything;
 * every request, page, script and API call, is answered from memory by `context.route` after LATENCY ms
 * (default 20): no real network.
 *
 * The chart table: each contender's page does what the element does on a partner page: POST /energy/token,
 * GET /light-api/v1/account, GET .../locations/{uuid}/usage/intervals?month=10&year=2026, then draw: the element
 * as `<light-usage-chart token-endpoint api-base view="intervals" year month>` from the script tag; uPlot 1.6 and
 * Chart.js 4.6 on canvas (bars); Recharts (Light's example app's chart library) as a BarChart. Contenders take
 * turns (round-robin, each round starting one further on; one warm-up round dropped); every cold run is a new
 * browser context. Medians over RUNS:
 * - cold: navigation start → painted (below), the three requests and every script included;
 * - render: the intervals response's responseEnd (resource timing) → painted;
 * - warm: on the drawn chart, asking for the other month, whose response the page already holds: the element's
 *   `month` set (its cache answers; it builds the series and renders), a library page's setData / update /
 *   render of the parsed rows (mapping the rows to the library's format included), from the call until painted.
 *   "main thread": the CPU time of the renderer's main thread, from Linux's scheduler (bench/lib/cpu.mjs):
 *   script, style, layout, paint recording, and a canvas's drawing, which on this GPU-less machine runs there;
 *   "all threads": that and the renderer's other threads (rasterizing the page's tiles, background compiling
 *   and garbage collection); "to painted": the wall time, which includes waiting for the frames. Chromium's
 *   TaskDuration metric, the main-thread measure of earlier runs, is reported beside them: it counts a task's
 *   wall time (a thread waiting for a core included) and misses most of a canvas's drawing, which the canvas
 *   flushes as its task ends (uPlot's warm switch here: about 14 ms of main-thread CPU, 7 ms of TaskDuration).
 *   Without /proc, "main thread" is TaskDuration and
 *   "all threads" is left out. Two switches per cold run (October, then September, after an untimed first visit to
 *   September that fetched it); a switch that makes a request fails the run. These are the second and third
 *   drawings on the page, so they run much of their code before the engine has optimized it;
 * - settled: the same measures once the page has switched back and forth six more times (untimed), over the
 *   six switches after those: the steady cost of paging through months, when the code is optimized;
 * - frame floor: on the drawn chart, nothing changed, the time until "painted" (below) all the same: the two frames
 *   any change waits for however little it costs, so no contender's render can be shorter; Recharts' render over
 *   it is the most "Recharts / element" could reach on this machine;
 * - gzip: the scripts the page requested, each gzipped (level 9), summed; files: how many.
 * "Painted": the animation frame after the first frame at which the series is in place (the element's consumption
 * path with all points, Recharts' last bar in the DOM, uPlot's draw hook, Chart.js's afterDraw).
 * "Round by round" takes DESIGN.md §10's ratios within each round, where the contenders ran one after another on
 * the same machine state: their median, quartiles, and how many rounds met each goal.
 * "Where the time goes" gives, for the element, the median responseEnd of the entry script, the last chunk, the
 * token, account and intervals responses, and painted, all from navigation start.
 *
 * The year table: the element alone (`view="year-intervals" year="2025"`, twelve month requests at once, 35,040
 * intervals) over min(RUNS, 5) cold runs: cold, render (the last month's responseEnd → painted), and warm: back to
 * the year from one of its months (`view` set to `intervals`, then to `year-intervals` again; every month cached),
 * main-thread and all-threads CPU time and wall time to painted. The account it reads has service from before that year.
 *
 * The element table: a cold page per data element, configured by attributes only, against the sandbox (a new
 * customer per run in a scenario where the element has data): median ms from navigation start until its first data
 * painted (a DOM state in its shadow root, named in the table), its last script and its first API response (token
 * and first Light API call), so "≈ max(last chunk, token + first request) + render" can be read off.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { buildBaseline, buildScriptTag, bundlePage, loadSandbox } from '../bench/lib/build.mjs';
import { rendererOf } from '../bench/lib/cpu.mjs';
import { lastScript, responseEnd } from '../bench/lib/probe.mjs';
import { coldPage } from '../bench/lib/runner.mjs';
import { filesOf, htmlPage, tokenAnswer } from '../bench/lib/site.mjs';
import { kb, median, ms, quartiles, ratio, table } from '../bench/lib/stats.mjs';
import { FULL_YEAR, MONTH, OTHER_MONTH, YEAR, monthOfIntervals } from '../bench/usage-chart/data.mjs';

const root = resolve(import.meta.dirname, '..');
const RUNS = Math.max(1, Number(process.env.RUNS) || 15);
const LATENCY = Number(process.env.LATENCY ?? 20);
const BASELINE = process.env.BASELINE;
const WARMUP_ROUNDS = 1;
const CHROME = process.env.CHROME_PATH || '/usr/lib/chromium/chromium';

/** The installed version of package `name`, found as the library pages resolve it. */
function version(name) {
  for (const dir of ['bench/usage-chart', 'bench', '.']) {
    const file = join(root, dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')).version;
  }
  return '?';
}
const pattern = (month) => new RegExp(`/usage/intervals\\?(?=.*\\bmonth=${month}\\b)`);

// Contenders -----------------------------------------------------------------------------------------------------

const CHART_TAG = `<light-usage-chart token-endpoint="/energy/token" api-base="/light-api" view="intervals"
  year="${YEAR}" month="${MONTH}"></light-usage-chart>`;

/** The element from a script-tag bundle: its series path holding every interval of the month. */
function elementContender(name, files) {
  return {
    name,
    element: true,
    site: { files, html: htmlPage('/light-elements.js', CHART_TAG) },
    drawn: (count) => ({ path: ['light-usage-chart', `path[data-series="consumption"][data-points="${count}"]`] }),
  };
}

/** A library page from bench/usage-chart/: it marks `#chart` with the number of points drawn. */
function libraryContender(name, dir) {
  return {
    name,
    element: false,
    site: { files: filesOf(dir), html: htmlPage('/page.js', '') },
    drawn: (count) => ({ path: [`#chart[data-drawn="${count}"]`] }),
  };
}

/** The API the chart pages call: the token, the sandbox's account JSON and the generated months. */
function chartApi(account) {
  const months = new Map([MONTH, OTHER_MONTH].map((m) => [m, JSON.stringify(monthOfIntervals(YEAR, m))]));
  return async (request, url) => {
    if (url.pathname === '/energy/token' && request.method() === 'POST') return tokenAnswer('bench-token');
    if (url.pathname === '/light-api/v1/account') return { status: 200, body: account };
    const month = Number(url.searchParams.get('month'));
    if (url.pathname.endsWith('/usage/intervals') && months.has(month)) return { status: 200, body: months.get(month) };
    return null;
  };
}

// The chart bench ------------------------------------------------------------------------------------------------

/** The renderer main thread's busy time so far, ms (Chromium's TaskDuration metric). */
async function busy(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
}

/** What a timed change reads on the drawn page: its CDP session, and its renderer's CPU times (or `null`). */
async function probesOf(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return { cdp, renderer: await rendererOf(page) };
}

/**
 * One change of the drawn chart (`change`: the element's properties, or a library page's `{ month }`; `null`
 * for none) until `condition` painted: the wall time from the change to painted, and over that span the
 * renderer main thread's TaskDuration (`tasks`) and, from /proc, its CPU time (`main`) and that of the
 * renderer's other threads (`others`; both `null` without /proc).
 */
async function timedChange(page, { cdp, renderer }, element, change, condition) {
  const tasks = await busy(cdp);
  const cpu = renderer?.times();
  const wall = await page.evaluate(
    async ({ element, change, condition }) => {
      const start = performance.now();
      if (change && element) Object.assign(document.querySelector('light-usage-chart'), change);
      else if (change) void window.benchShow(change.month);
      return (await window.__bench.whenPainted(condition)) - start;
    },
    { element, change, condition },
  );
  const after = renderer?.times();
  return {
    wall,
    tasks: (await busy(cdp)) - tasks,
    main: after ? after.main - cpu.main : null,
    others: after ? after.others - cpu.others : null,
  };
}

/**
 * Warm switches after the two first ones: SETTLING_SWITCHES untimed, so that the page's code has been optimized
 * (as on a chart a customer pages through), then SETTLED_SWITCHES timed.
 */
const SETTLING_SWITCHES = 6;
const SETTLED_SWITCHES = 6;

/** One switch of the drawn chart to `month`, whose `count` points must paint. */
const warmSwitch = (page, probes, contender, month, count) =>
  timedChange(page, probes, contender.element, { month }, contender.drawn(count));

async function chartRun(browser, contender, api, counts) {
  const site = { ...contender.site, api };
  const options = { site, condition: contender.drawn(counts[MONTH]), latency: LATENCY, label: contender.name };
  return coldPage(browser, options, async ({ page, painted, entries, served }) => {
    const intervals = responseEnd(entries, pattern(MONTH));
    const probes = await probesOf(page);
    await warmSwitch(page, probes, contender, OTHER_MONTH, counts[OTHER_MONTH]);
    const requests = served.requests;
    const warm = [
      await warmSwitch(page, probes, contender, MONTH, counts[MONTH]),
      await warmSwitch(page, probes, contender, OTHER_MONTH, counts[OTHER_MONTH]),
    ];
    // Then back and forth until the engine has settled on the code it runs (untimed), and the settled switches.
    const settled = [];
    for (let i = 0; i < SETTLING_SWITCHES + SETTLED_SWITCHES; i++) {
      const month = i % 2 ? OTHER_MONTH : MONTH;
      const change = await warmSwitch(page, probes, contender, month, counts[month]);
      if (i >= SETTLING_SWITCHES) settled.push(change);
    }
    if (served.requests !== requests) throw new Error(`${contender.name}: a warm switch made a request`);
    const floor = (await timedChange(page, probes, contender.element, null, contender.drawn(counts[OTHER_MONTH]))).wall;
    return {
      cold: painted,
      render: painted - intervals,
      warm,
      settled,
      floor,
      gzip: served.scripts.reduce((sum, s) => sum + s.gzip, 0),
      files: served.scripts.length,
      waterfall: {
        entry: responseEnd(entries, /\/light-elements\.js$/),
        lastChunk: lastScript(entries),
        token: responseEnd(entries, /^\/energy\/token/),
        account: responseEnd(entries, /^\/light-api\/v1\/account$/),
        intervals,
        painted,
      },
    };
  });
}

/**
 * Every contender in turn, WARMUP_ROUNDS + RUNS times; the warm-up rounds are dropped. Each round starts one
 * contender further on, so that none always runs right after the same one (after Recharts, the browser is still
 * clearing up a page that kept it busy for seconds).
 */
async function roundRobin(items, run) {
  const results = new Map(items.map((item) => [item, []]));
  for (let round = 0; round < WARMUP_ROUNDS + RUNS; round++) {
    for (let turn = 0; turn < items.length; turn++) {
      const item = items[(round + turn) % items.length];
      const result = await run(item);
      if (round >= WARMUP_ROUNDS) results.get(item).push(result);
    }
    process.stdout.write(`\r  round ${round + 1} of ${WARMUP_ROUNDS + RUNS}`);
  }
  process.stdout.write('\n');
  return results;
}

/** A change's main-thread work: the thread's CPU time from /proc, or (without /proc) Chromium's TaskDuration. */
const mainWork = (change) => change.main ?? change.tasks;
/** A change's work on every thread of the renderer (`null` without /proc). */
const allWork = (change) => (change.main === null ? null : change.main + change.others);

function summarizeChart(runs) {
  const of = (pick) => median(runs.map(pick));
  const waterfall = Object.fromEntries(Object.keys(runs[0].waterfall).map((key) => [key, of((r) => r.waterfall[key])]));
  const switches = (kind, measure) => median(runs.flatMap((r) => r[kind].map(measure)));
  return {
    cold: of((r) => r.cold),
    render: of((r) => r.render),
    warm: switches('warm', mainWork),
    warmAll: switches('warm', allWork),
    warmTasks: switches('warm', (w) => w.tasks),
    warmWall: switches('warm', (w) => w.wall),
    settled: switches('settled', mainWork),
    settledAll: switches('settled', allWork),
    settledTasks: switches('settled', (w) => w.tasks),
    settledWall: switches('settled', (w) => w.wall),
    gzip: runs[0].gzip,
    files: runs[0].files,
    waterfall,
  };
}

// The year table -------------------------------------------------------------------------------------------------

const YEAR_RUNS = Math.min(RUNS, 5);
const YEAR_MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The API of the year page: the account (service from before FULL_YEAR) and each month of FULL_YEAR. */
function yearApi(account) {
  const json = JSON.parse(account);
  for (const location of json.locations) location.service_start_date = `${FULL_YEAR - 1}-01-01`;
  const body = JSON.stringify(json);
  const months = new Map(YEAR_MONTHS.map((m) => [m, JSON.stringify(monthOfIntervals(FULL_YEAR, m))]));
  return async (request, url) => {
    if (url.pathname === '/energy/token' && request.method() === 'POST') return tokenAnswer('bench-token');
    if (url.pathname === '/light-api/v1/account') return { status: 200, body };
    const month = Number(url.searchParams.get('month'));
    const asked = url.pathname.endsWith('/usage/intervals') && Number(url.searchParams.get('year')) === FULL_YEAR;
    return asked && months.has(month) ? { status: 200, body: months.get(month) } : null;
  };
}

async function yearRun(browser, files, api) {
  const points = YEAR_MONTHS.reduce((sum, m) => sum + monthOfIntervals(FULL_YEAR, m).intervals.length, 0);
  const tag = `<light-usage-chart token-endpoint="/energy/token" api-base="/light-api" view="year-intervals"
    year="${FULL_YEAR}"></light-usage-chart>`;
  const drawn = (count) => ({ path: ['light-usage-chart', `path[data-series="consumption"][data-points="${count}"]`] });
  const site = { files, html: htmlPage('/light-elements.js', tag), api };
  const options = { site, condition: drawn(points), latency: LATENCY, label: 'light-usage-chart (year)' };
  return coldPage(browser, options, async ({ page, painted, entries, served }) => {
    const lastMonth = Math.max(...entries.filter((e) => e.path.includes('/usage/intervals')).map((e) => e.end));
    const probes = await probesOf(page);
    const show = (view, count) => timedChange(page, probes, true, { month: MONTH, view }, drawn(count));
    const month = monthOfIntervals(FULL_YEAR, MONTH).intervals.length;
    const requests = served.requests;
    const warm = [];
    for (let i = 0; i < 2; i++) {
      await show('intervals', month);
      warm.push(await show('year-intervals', points));
    }
    if (served.requests !== requests) throw new Error('light-usage-chart (year): a warm switch made a request');
    return { points, cold: painted, render: painted - lastMonth, warm, files: served.scripts.length };
  });
}

function yearReport(runs) {
  const of = (pick) => median(runs.map(pick));
  const warm = runs.flatMap((r) => r.warm);
  const rows = [
    [
      `light-usage-chart, ${runs[0].points.toLocaleString('en')} intervals`,
      ms(of((r) => r.cold)),
      ms(of((r) => r.render)),
      ms(median(warm.map(mainWork))),
      ms(median(warm.map(allWork))),
      ms(median(warm.map((w) => w.wall))),
    ],
  ];
  const columns = ['year of 15-minute data', 'cold', 'render', 'warm (main thread)', 'warm (all threads)'];
  return table([...columns, 'warm (to painted)'], rows);
}

// The element table ----------------------------------------------------------------------------------------------

/** Each data element with the scenario in which it has data, and the DOM state that is its first data. */
const ELEMENTS = [
  { tag: 'light-invoices', scenario: 'active', first: ['tr[part="row"]'], what: 'an invoice row' },
  { tag: 'light-renewal', scenario: 'renewal-due', first: ['light-plan-card', 'button'], what: 'a renewal offer' },
  { tag: 'light-documents', scenario: 'active', first: ['a[part="link"]'], what: 'a document link' },
  { tag: 'light-account-status', scenario: 'active', first: ['[part="title"]'], what: 'the status title' },
  {
    tag: 'light-enrollment',
    scenario: 'new-customer',
    attributes: 'stripe-publishable-key="pk_test_partner" no-history',
    first: ['light-address-search', 'input'],
    what: "step 1's address field",
  },
  { tag: 'light-usage-chart', scenario: 'active', first: ['path[data-series="consumption"]'], what: 'the series' },
];

/** The partner's token endpoint and a same-origin Light API proxy, both answered by the sandbox. */
function sandboxApi(sandbox, accountUuid) {
  return async (request, url) => {
    if (url.pathname === '/energy/token') return { status: 200, body: JSON.stringify(sandbox.mintToken(accountUuid)) };
    if (!url.pathname.startsWith('/light-api/')) return null;
    const headers = await request.allHeaders();
    const forwarded = new Headers();
    for (const name of ['authorization', 'content-type', 'accept', 'accept-language']) {
      if (headers[name]) forwarded.set(name, headers[name]);
    }
    const target = `${sandbox.apiBase}${url.pathname.slice('/light-api'.length)}${url.search}`;
    const body = request.postDataBuffer() ?? undefined;
    const response = await sandbox.handle(new Request(target, { method: request.method(), headers: forwarded, body }));
    return { status: response.status, body: await response.text() };
  };
}

async function elementRun(browser, sandbox, { element, bundle }) {
  const { accountUuid } = sandbox.session(element.scenario);
  const tag = `<${element.tag} token-endpoint="/energy/token" api-base="/light-api" ${element.attributes ?? ''}></${element.tag}>`;
  const site = {
    files: bundle.files,
    html: htmlPage('/light-elements.js', tag),
    api: sandboxApi(sandbox, accountUuid),
  };
  const label = `${element.tag} (${bundle.name})`;
  const options = { site, condition: { path: [element.tag, ...element.first] }, latency: LATENCY, label };
  return coldPage(browser, options, async ({ painted, entries }) => ({
    first: painted,
    lastChunk: lastScript(entries),
    token: responseEnd(entries, /^\/energy\/token/),
    firstApi: Math.min(...entries.filter((e) => e.path.startsWith('/light-api/')).map((e) => e.end)),
  }));
}

function summarizeElement(runs) {
  return Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]));
}

// Report ---------------------------------------------------------------------------------------------------------

function chartReport(summary, names) {
  const rows = names.map((name) => {
    const s = summary[name];
    return [
      name,
      ms(s.cold),
      ms(s.render),
      ms(s.warm),
      ms(s.warmAll),
      ms(s.warmWall),
      ms(s.settled),
      ms(s.settledAll),
      ms(s.settledWall),
      kb(s.gzip),
      s.files,
    ];
  });
  const light = summary['light-usage-chart'];
  const compare = (label, a, b) => [
    label,
    ratio(a.cold, b.cold),
    ratio(a.render, b.render),
    ratio(a.warm, b.warm),
    ratio(a.warmAll, b.warmAll),
    ratio(a.warmWall, b.warmWall),
    ratio(a.settled, b.settled),
    ratio(a.settledAll, b.settledAll),
    ratio(a.settledWall, b.settledWall),
    ratio(a.gzip, b.gzip),
    '',
  ];
  rows.push(compare('ratio element / uPlot', light, summary.uPlot));
  rows.push(compare('ratio Recharts / element', summary.Recharts, light));
  const columns = ['contender', 'cold', 'render', 'warm (main thread)', 'warm (all threads)', 'warm (to painted)'];
  columns.push('settled (main thread)', 'settled (all threads)', 'settled (to painted)', 'gzip', 'files');
  return table(columns, rows);
}

/** Chromium's TaskDuration over the same switches: the main-thread measure of runs before /proc was read. */
function taskTimeReport(summary, names) {
  const rows = names.map((name) => [name, ms(summary[name].warmTasks), ms(summary[name].settledTasks)]);
  return table(['contender', 'warm (TaskDuration)', 'settled (TaskDuration)'], rows);
}

/**
 * The goals as ratios taken round by round (each round runs every contender once, so one round's contenders share
 * the machine's state): the median and quartiles of the ratios, and in how many rounds each goal held. On a busy
 * machine a ratio of medians can land either side of a goal; this shows how far the spread reaches.
 */
function pairedReport(chartRuns, names) {
  if (!names.includes('uPlot') || !names.includes('Recharts')) return '';
  const of = (name) => chartRuns[name];
  const light = of('light-usage-chart');
  const uplot = of('uPlot');
  const recharts = of('Recharts');
  const warm = (run, measure = mainWork) => median(run.warm.map(measure));
  const settled = (run) => median(run.settled.map(mainWork));
  const goals = [
    ['cold, element / uPlot', (i) => light[i].cold / uplot[i].cold, (r) => r <= 1.3, '≤ 1.3×'],
    ['render, element / uPlot', (i) => light[i].render / uplot[i].render, (r) => r <= 1.2, '≤ 1.2×'],
    ['warm, element / uPlot', (i) => warm(light[i]) / warm(uplot[i]), (r) => r <= 1.5, '≤ 1.5×'],
    ['settled, element / uPlot', (i) => settled(light[i]) / settled(uplot[i]), (r) => r <= 1.5, '≤ 1.5×'],
    ['render, Recharts / element', (i) => recharts[i].render / light[i].render, (r) => r >= 20, '≥ 20×'],
    // For scale: the same goal held against the fastest library, and against a chart that costs nothing.
    ['render, Recharts / uPlot', (i) => recharts[i].render / uplot[i].render, null, ''],
    ['render, Recharts / frame floor', (i) => recharts[i].render / light[i].floor, null, ''],
    // And warm work measured the other ways: every renderer thread (rasterizing included), and TaskDuration.
    ['warm, all threads, element / uPlot', (i) => warm(light[i], allWork) / warm(uplot[i], allWork), null, ''],
    [
      'warm, TaskDuration, element / uPlot',
      (i) => warm(light[i], (w) => w.tasks) / warm(uplot[i], (w) => w.tasks),
      null,
      '',
    ],
  ];
  const rows = goals.map(([label, ratioAt, holds, goal]) => {
    const ratios = light.map((_, i) => ratioAt(i));
    const [low, mid, high] = quartiles(ratios);
    const x = (v) => (v == null || !Number.isFinite(v) ? '–' : `${v.toFixed(2)}×`);
    const within = holds ? `${ratios.filter(holds).length} of ${ratios.length}` : '';
    return [label, goal, x(mid), `${x(low)}–${x(high)}`, within];
  });
  return table(['ratio, round by round', 'goal', 'median', 'quartiles', 'rounds within the goal'], rows);
}

function waterfallLine(name, w) {
  const steps = [
    ['entry script', w.entry],
    ['last chunk', w.lastChunk],
    ['token', w.token],
    ['account', w.account],
    ['intervals', w.intervals],
    ['painted', w.painted],
  ];
  return `  ${name}: ${steps.map(([label, value]) => `${label} ${ms(value)}`).join(' → ')}`;
}

function elementReport(summary, bundles) {
  const [current, baseline] = bundles.map((b) => b.name);
  const columns = ['element', 'first data is', 'first data', 'last chunk', 'token', 'first API response'];
  if (baseline) columns.push('first data (baseline)', 'last chunk (baseline)', 'after / before');
  const rows = ELEMENTS.map((element) => {
    const now = summary[element.tag][current];
    const row = [element.tag, element.what, ms(now.first), ms(now.lastChunk), ms(now.token), ms(now.firstApi)];
    if (!baseline) return row;
    const before = summary[element.tag][baseline];
    return [...row, ms(before.first), ms(before.lastChunk), ratio(now.first, before.first)];
  });
  return table(columns, rows);
}

// Main -----------------------------------------------------------------------------------------------------------

/** Builds every page: the contenders of the chart table and the bundles of the element table. */
async function buildAll(temp) {
  console.log(`Building into ${temp} …`);
  const bundleDir = join(temp, 'bundle');
  await buildScriptTag(root, bundleDir);
  const bundles = [{ name: 'current', files: filesOf(bundleDir) }];
  if (BASELINE) {
    await buildBaseline(root, BASELINE, temp, join(temp, 'baseline'));
    bundles.push({ name: `baseline ${BASELINE}`, files: filesOf(join(temp, 'baseline')) });
  }
  const libraries = [];
  for (const [name, page] of [
    ['uPlot', 'uplot-page.mjs'],
    ['Chart.js', 'chartjs-page.mjs'],
    ['Recharts', 'recharts-page.mjs'],
  ]) {
    await bundlePage(root, `bench/usage-chart/${page}`, join(temp, page));
    libraries.push(libraryContender(name, join(temp, page)));
  }
  const contenders = [
    elementContender('light-usage-chart', bundles[0].files),
    ...(BASELINE ? [elementContender('light-usage-chart (baseline)', bundles[1].files)] : []),
    ...libraries,
  ];
  const { createSandbox } = await loadSandbox(root, join(temp, 'sandbox'));
  const sandbox = createSandbox({ seed: 11 });
  return { bundles, contenders, sandbox };
}

/** The account JSON of an active customer with usage history, as the sandbox answers GET /v1/account. */
async function activeAccount(sandbox) {
  const { accountUuid } = sandbox.session('active');
  const { token } = sandbox.mintToken(accountUuid);
  const request = new Request(`${sandbox.apiBase}/v1/account`, { headers: { Authorization: `Bearer ${token}` } });
  const body = await (await sandbox.handle(request)).text();
  const location = JSON.parse(body).locations?.[0];
  if (!location?.is_service_active) throw new Error('The sandbox account has no location in service');
  return body;
}

async function main(temp) {
  const { bundles, contenders, sandbox } = await buildAll(temp);
  const api = chartApi(await activeAccount(sandbox));
  const counts = { [MONTH]: monthOfIntervals(YEAR, MONTH).intervals.length };
  counts[OTHER_MONTH] = monthOfIntervals(YEAR, OTHER_MONTH).intervals.length;
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const header =
      `${counts[MONTH].toLocaleString('en')} intervals; uPlot ${version('uplot')}, Chart.js ${version('chart.js')}, ` +
      `Recharts ${version('recharts')}; Chromium ${browser.version()}; ${RUNS} cold runs each, round-robin after ` +
      `${WARMUP_ROUNDS} warm-up round; latency ${LATENCY} ms per request (scripts and API alike)`;
    console.log(`\n${header}\nChart:`);
    const chartRuns = await roundRobin(contenders, (c) => chartRun(browser, c, api, counts));
    const chart = Object.fromEntries(contenders.map((c) => [c.name, summarizeChart(chartRuns.get(c))]));

    console.log('Year:');
    const yearApiOf = yearApi(await activeAccount(sandbox));
    const yearRuns = [];
    for (let run = 0; run < WARMUP_ROUNDS + YEAR_RUNS; run++) {
      const result = await yearRun(browser, bundles[0].files, yearApiOf);
      if (run >= WARMUP_ROUNDS) yearRuns.push(result);
      process.stdout.write(`\r  run ${run + 1} of ${WARMUP_ROUNDS + YEAR_RUNS}`);
    }
    process.stdout.write('\n');

    console.log('Elements:');
    const pairs = ELEMENTS.flatMap((element) => bundles.map((bundle) => ({ element, bundle })));
    const elementRuns = await roundRobin(pairs, (pair) => elementRun(browser, sandbox, pair));
    const elements = {};
    for (const pair of pairs) {
      elements[pair.element.tag] ??= {};
      elements[pair.element.tag][pair.bundle.name] = summarizeElement(elementRuns.get(pair));
    }

    console.log(`\n${header}\n`);
    console.log(
      chartReport(
        chart,
        contenders.map((c) => c.name),
      ),
    );
    console.log(
      `\nThe same switches' main-thread work as Chromium's TaskDuration:\n\n${taskTimeReport(
        chart,
        contenders.map((c) => c.name),
      )}`,
    );
    console.log(
      `\n${pairedReport(
        Object.fromEntries(contenders.map((c) => [c.name, chartRuns.get(c)])),
        contenders.map((c) => c.name),
      )}`,
    );
    console.log('\nWhere the time goes (median ms from navigation start):');
    for (const c of contenders.filter((c) => c.element)) console.log(waterfallLine(c.name, chart[c.name].waterfall));
    console.log(`\nA year of 15-minute data, ${FULL_YEAR} (medians of ${YEAR_RUNS} cold runs):\n`);
    console.log(yearReport(yearRuns));
    console.log('\nTime to first data, per element (median ms from navigation start):\n');
    console.log(elementReport(elements, bundles));
    if (process.env.BENCH_JSON) {
      const config = { runs: RUNS, latency: LATENCY, baseline: BASELINE ?? null, chromium: browser.version() };
      const runs = {
        chart: Object.fromEntries(contenders.map((c) => [c.name, chartRuns.get(c)])),
        year: yearRuns,
        elements: pairs.map((pair) => ({
          tag: pair.element.tag,
          bundle: pair.bundle.name,
          runs: elementRuns.get(pair),
        })),
      };
      writeFileSync(process.env.BENCH_JSON, `${JSON.stringify({ config, chart, elements, runs }, null, 2)}\n`);
      console.log(`\nResults written to ${process.env.BENCH_JSON}`);
    }
  } finally {
    await browser.close();
  }
}

const temp = mkdtempSync(join(tmpdir(), 'light-bench-'));
try {
  await main(temp);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
