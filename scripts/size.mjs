#!/usr/bin/env node
/**
 * Reports gzip sizes of the built bundles against the budgets of DESIGN.md §10, and exits non-zero over budget.
 *
 * Script tag (dist/bundle): a page loads `light-elements.js` and its static chunks at once, then each element's
 * chunks when its tag appears. Budget: 40 kB gzip for what a page loads up front plus any one element
 * (lit included, Stripe.js excluded). Every element at once is reported too.
 *
 * npm (dist/elements): what importing one element adds to a partner's bundle, minified as their bundler would,
 * lit and @lit/* excluded (shared with the app), other languages excluded (loaded on demand). Each element's code must contain only its own folder, core,
 * api, and the elements it composes by tag.
 *
 * Run `npm run build` first.
 */
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const PAGE_BUDGET = 40 * KB;
/**
 * DESIGN.md §10's byte goals below the page budget: reported against, not enforced (a page over one is marked,
 * and the script still passes), so how far each is shows on every run.
 */
const GOALS = { 'light-usage-chart': 28 * KB, everything: 65 * KB };
/** Elements that render other elements by tag, and so include them. */
const COMPOSES = { enrollment: ['address-search', 'plan-card'], renewal: ['plan-card'] };

const dist = resolve('dist');
const bundle = join(dist, 'bundle');
if (!existsSync(join(bundle, 'light-elements.js')) || !existsSync(join(dist, 'elements'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(2);
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
const gzip = (files) => gzipSync(Buffer.concat([...files].map((f) => readFileSync(f))), { level: 9 }).length;

/** A module and the local modules it imports: statically, and with `dynamic`, dynamically too. */
function closure(file, { dynamic = false } = {}, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const staticImports = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
  const dynamicImports = /import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;
  for (const [, spec] of code.matchAll(staticImports)) closure(resolve(dirname(file), spec), { dynamic }, seen);
  if (dynamic)
    for (const [, spec] of code.matchAll(dynamicImports)) closure(resolve(dirname(file), spec), { dynamic }, seen);
  return seen;
}

const rows = [];
let failed = false;
function row(name, bytes, { budget, goal, note = '' } = {}) {
  const over = budget !== undefined && bytes > budget;
  failed ||= over;
  const verdict = over ? 'OVER' : budget ? 'ok' : '';
  const toGoal = goal === undefined ? '' : `goal ≤ ${kb(goal)}: ${bytes > goal ? `${kb(bytes - goal)} over` : 'met'}`;
  rows.push([name, kb(bytes), budget ? `≤ ${kb(budget)}` : '', verdict, [note, toGoal].filter(Boolean).join('; ')]);
}

// Script tag ---------------------------------------------------------------------------------------------------
const entry = join(bundle, 'light-elements.js');
const upFront = closure(entry);
row('script tag: loaded up front (light-elements.js)', gzip(upFront), {
  budget: PAGE_BUDGET,
  note: `${upFront.size} files`,
});
row('script tag: classic loader (light-elements.iife.js)', gzip([join(bundle, 'light-elements.iife.js')]));

const entryCode = readFileSync(entry, 'utf8');
const elementChunks = [
  ...entryCode.matchAll(/["'`]?(light-[a-z-]+)["'`]?\s*:\s*\(\)\s*=>\s*import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g),
];
if (!elementChunks.length) {
  console.error('Could not find the element loaders in light-elements.js.');
  process.exit(2);
}
const everything = new Set(upFront);
for (const [, tag, spec] of elementChunks.sort((a, b) => a[1].localeCompare(b[1]))) {
  const files = closure(resolve(bundle, spec), {}, new Set(upFront));
  files.forEach((f) => everything.add(f));
  row(`script tag: page with <${tag}>`, gzip(files), {
    budget: PAGE_BUDGET,
    goal: GOALS[tag],
    note: 'up front + its chunks',
  });
}
row('script tag: every element on one page', gzip(everything), {
  goal: GOALS.everything,
  note: `${everything.size} files`,
});

// npm ----------------------------------------------------------------------------------------------------------
const elementsDir = join(dist, 'elements');
const external = ['lit', 'lit/*', '@lit/*', '@stripe/*'];
for (const file of readdirSync(elementsDir)
  .filter((f) => f.endsWith('.js') && !f.includes('.component'))
  .sort()) {
  const name = file.replace(/\.js$/, '');
  const result = await build({
    entryPoints: [join(elementsDir, file)],
    bundle: true,
    minify: true,
    format: 'esm',
    external,
    write: false,
    metafile: true,
    logLevel: 'silent',
    // Loaded on demand (other languages), so not part of what importing the element costs up front.
    plugins: [
      {
        name: 'lazy',
        setup: (b) =>
          b.onResolve({ filter: /.*/ }, (a) =>
            a.kind === 'dynamic-import' ? { path: a.path, external: true } : undefined,
          ),
      },
    ],
  });
  const sources = Object.keys(result.metafile.inputs).map((p) => relative(dist, resolve(p)));
  const foreign = new Set();
  for (const source of closure(join(elementsDir, file))) {
    const map = `${source}.map`;
    if (!existsSync(map)) continue;
    for (const original of JSON.parse(readFileSync(map, 'utf8')).sources ?? []) {
      const match = /src\/elements\/([^/]+)\//.exec(original);
      if (match && match[1] !== name && !(COMPOSES[name] ?? []).includes(match[1])) foreign.add(match[1]);
    }
  }
  if (foreign.size) failed = true;
  const note = foreign.size ? `OTHER ELEMENTS INCLUDED: ${[...foreign].join(', ')}` : `${sources.length} modules`;
  row(`npm: light-elements/${name}`, gzipSync(result.outputFiles[0].contents, { level: 9 }).length, { note });
}

const litFiles = [
  'lit/index.js',
  'lit-html/lit-html.js',
  'lit-element/lit-element.js',
  '@lit/reactive-element/reactive-element.js',
];
row('lit itself, for scale (shared on npm)', gzip(litFiles.map((f) => resolve('node_modules', f))));

const width = rows.reduce((w, r) => Math.max(w, r[0].length), 0);
for (const [name, size, budget, verdict, note] of rows) {
  console.log(`${name.padEnd(width)}  ${size.padStart(8)}  ${budget.padEnd(10)} ${verdict.padEnd(4)} ${note}`);
}
if (failed) {
  console.error('\nOver budget, or an element pulls in another element (DESIGN.md §10).');
  process.exit(1);
}
