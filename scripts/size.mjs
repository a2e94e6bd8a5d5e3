#!/usr/bin/env node
/**
 * Reports gzip sizes of the built bundles against the budgets of DESIGN.md §10 and exits non-zero over budget.
 * - the script-tag bundle (every element, lit inlined, Stripe.js excluded): ≤ 40 kB gzip;
 * - each npm element entry: the entry plus every local chunk it imports (lit and @lit/* are shared with the
 *   partner's app and reported once, separately).
 * Run `npm run build` first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const BUDGETS = { scriptTag: 40 * KB, element: 20 * KB };
const dist = resolve('dist');

if (!existsSync(join(dist, 'bundle', 'light-elements.js'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(2);
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;

/** The entry and every local module it imports statically, transitively. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(resolve(dirname(file), spec), seen);
  }
  return seen;
}

const rows = [];
let failed = false;
const check = (name, bytes, budget, note = '') => {
  const over = budget !== undefined && bytes > budget;
  failed ||= over;
  rows.push([name, kb(bytes), budget === undefined ? '' : `≤ ${kb(budget)}`, over ? 'OVER' : budget ? 'ok' : '', note]);
};

check('script tag, ES (light-elements.js)', gz(join(dist, 'bundle', 'light-elements.js')), BUDGETS.scriptTag);
check('script tag, IIFE (light-elements.iife.js)', gz(join(dist, 'bundle', 'light-elements.iife.js')), BUDGETS.scriptTag);

const elementsDir = join(dist, 'elements');
for (const file of readdirSync(elementsDir).filter((f) => f.endsWith('.js') && !f.includes('.component')).sort()) {
  const modules = closure(join(elementsDir, file));
  const bytes = gzipSync(Buffer.concat([...modules].map((m) => readFileSync(m))), { level: 9 }).length;
  check(`npm light-elements/elements/${file.replace(/\.js$/, '')}`, bytes, BUDGETS.element, `${modules.size} modules, lit excluded`);
}
const indexModules = closure(join(dist, 'index.js'));
check('npm light-elements (index, all elements)', gzipSync(Buffer.concat([...indexModules].map((m) => readFileSync(m))), { level: 9 }).length, undefined, 'lit excluded');

const litFiles = ['lit/index.js', 'lit-html/lit-html.js', 'lit-element/lit-element.js', '@lit/reactive-element/reactive-element.js'];
const litBytes = gzipSync(Buffer.concat(litFiles.map((f) => readFileSync(resolve('node_modules', f)))), { level: 9 }).length;
check('lit itself (shared, for scale)', litBytes);

const width = rows.reduce((w, r) => Math.max(w, r[0].length), 0);
for (const [name, size, budget, verdict, note] of rows) {
  console.log(`${name.padEnd(width)}  ${size.padStart(8)}  ${budget.padEnd(10)} ${verdict.padEnd(4)} ${note}`);
}
if (failed) {
  console.error('\nOver budget (DESIGN.md §10).');
  process.exit(1);
}
