#!/usr/bin/env node
/**
 * Time to next paint for a month of 15-minute usage (31 days × 96 = 2,976 intervals): light-usage-chart against
 * Recharts (the chart library of Light's example app), in the same headless Chromium, plus gzip sizes.
 * Checks the performance budget of DESIGN.md §10 by measurement; it is not a test and CI does not run it.
 *
 * Run from the repository root (devDependencies installed; recharts, react and react-dom are there for this):
 *
 *   node scripts/bench-usage-chart.mjs            # 9 runs each after 2 warm-ups
 *   RUNS=21 node scripts/bench-usage-chart.mjs
 *   CHROME_PATH=/path/to/chrome node scripts/bench-usage-chart.mjs
 *
 * What it does: builds two pages with Vite into a temporary folder (bench/usage-chart/*-page.*), opens each in
 * headless Chromium through playwright-core (pages are served from memory: no network), gives both the same
 * generated JSON response and measures, per run, performance.now() from handing over the data (the element
 * inserted with its fetch answering at once; Recharts given the parsed rows) to the second animation frame after
 * the series path is in the DOM (the element's updateComplete + rAF + rAF). Reports each median, their ratio,
 * and gzip sizes: the element's npm entry (lit external, as a partner's bundler shares it), the same with lit
 * inlined, and the Recharts page (React + ReactDOM + Recharts).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const RUNS = Math.max(3, Number(process.env.RUNS) || 9);
const WARMUP = 2;
const YEAR = 2026;
const MONTH = 10; // October: 31 days, all in daylight time.

/** A deterministic month of 15-minute intervals shaped like a Texas home in autumn. */
function monthOfIntervals() {
  let seed = 20261001;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const intervals = [];
  for (let day = 1; day <= 31; day++) {
    for (let quarter = 0; quarter < 96; quarter++) {
      const hour = quarter / 4;
      const base = 0.16 + 0.1 * Math.exp(-(((hour - 7.5) / 1.5) ** 2)) + 0.22 * Math.exp(-(((hour - 18.5) / 2.5) ** 2));
      const hh = String(Math.floor(hour)).padStart(2, '0');
      const mm = String((quarter % 4) * 15).padStart(2, '0');
      intervals.push({
        start: `${YEAR}-${String(MONTH).padStart(2, '0')}-${String(day).padStart(2, '0')}T${hh}:${mm}:00-05:00`,
        consumption: Math.round(base * (0.85 + 0.3 * random()) * 1000) / 1000,
        generation: 0,
      });
    }
  }
  return { month: MONTH, year: YEAR, units: 'kWh', intervals, next: null, previous: `month=${MONTH - 1}&year=${YEAR}` };
}

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Builds one entry with Vite (library mode, minified, ES module) and returns the output file's bytes. */
async function bundle(entry, outDir, { external = [] } = {}) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      copyPublicDir: false,
      lib: { entry: resolve(root, entry), formats: ['es'], fileName: () => 'page.js' },
      rolldownOptions: { external, output: { codeSplitting: false } },
    },
  });
  const files = readdirSync(outDir).filter((f) => f.endsWith('.js'));
  return Buffer.concat(files.map((f) => readFileSync(join(outDir, f))));
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head>
<body style="margin:0;font-family:system-ui"><div id="chart" style="width:760px"></div>
<script type="module" src="/page.js"></script></body></html>`;

async function measure(browser, dir, fn, data) {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('http://bench.invalid/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/' || path === '/index.html') return route.fulfill({ body: PAGE, contentType: 'text/html' });
    return route.fulfill({ path: join(dir, path.slice(1)), contentType: 'text/javascript' });
  });
  await page.addInitScript((value) => (window.BENCH_DATA = value), data);
  await page.goto('http://bench.invalid/');
  await page.waitForFunction((name) => typeof window[name] === 'function', fn);
  const times = await page.evaluate(async ({ name, runs }) => window[name](runs), { name: fn, runs: RUNS + WARMUP });
  await page.close();
  if (errors.length) throw new Error(`${fn}: ${errors.join('; ')}`);
  return times.slice(WARMUP);
}

const temp = mkdtempSync(join(tmpdir(), 'light-usage-bench-'));
try {
  const response = monthOfIntervals();
  const data = { year: YEAR, month: MONTH, body: JSON.stringify(response) };
  console.log(`Building into ${temp} …`);
  const lightDir = join(temp, 'light');
  const rechartsDir = join(temp, 'recharts');
  await bundle('bench/usage-chart/light-page.ts', lightDir);
  const rechartsBytes = await bundle('bench/usage-chart/recharts-page.mjs', rechartsDir);
  const entryExternal = await bundle('src/elements/usage-chart/light-usage-chart.ts', join(temp, 'entry'), {
    external: [/^lit($|\/)/, /^@lit\//],
  });
  const entryInlined = await bundle('src/elements/usage-chart/light-usage-chart.ts', join(temp, 'entry-inlined'));

  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  let light;
  let recharts;
  try {
    light = await measure(browser, lightDir, 'benchLight', data);
    recharts = await measure(browser, rechartsDir, 'benchRecharts', data);
  } finally {
    await browser.close();
  }

  const lightMedian = median(light);
  const rechartsMedian = median(recharts);
  const ms = (v) => `${v.toFixed(1)} ms`;
  console.log(
    `\n${response.intervals.length} intervals, ${RUNS} runs each (after ${WARMUP} warm-ups), time to next paint:`,
  );
  console.log(
    `  light-usage-chart  median ${ms(lightMedian)}   (min ${ms(Math.min(...light))}, max ${ms(Math.max(...light))})`,
  );
  console.log(
    `  Recharts AreaChart median ${ms(rechartsMedian)}   (min ${ms(Math.min(...recharts))}, max ${ms(Math.max(...recharts))})`,
  );
  console.log(`  ratio: Recharts / light-usage-chart = ${(rechartsMedian / lightMedian).toFixed(1)}×`);
  console.log('\ngzip sizes (level 9, minified):');
  console.log(`  light-usage-chart entry, lit external (npm):  ${kb(gz(entryExternal))}`);
  console.log(`  light-usage-chart entry, lit inlined:         ${kb(gz(entryInlined))}`);
  console.log(`  Recharts page (React + ReactDOM + Recharts):  ${kb(gz(rechartsBytes))}`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
