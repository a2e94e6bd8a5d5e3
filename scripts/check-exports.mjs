#!/usr/bin/env node
/**
 * Checks the published surface after `npm run build`:
 * - every `exports` target (and its types) exists, and every `bin` script;
 * - every entry imports in Node with no DOM at all (safe during server rendering): importing touches no
 *   `window` or `document`, and registers nothing where there is no `customElements`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../package.json' with { type: 'json' };

let failed = false;
const fail = (message) => {
  failed = true;
  console.error(`✗ ${message}`);
};

const entries = [];
for (const [subpath, target] of Object.entries(pkg.exports)) {
  if (subpath.includes('*')) continue;
  const files = typeof target === 'string' ? { default: target } : target;
  for (const [condition, file] of Object.entries(files)) {
    if (!existsSync(resolve(file))) fail(`${subpath} (${condition}) → ${file} is missing`);
    else if (condition === 'import') entries.push([subpath, file]);
  }
}

for (const [name, file] of Object.entries(pkg.bin ?? {})) {
  if (!existsSync(resolve(file))) fail(`bin ${name} → ${file} is missing`);
}

for (const global of ['window', 'document', 'customElements', 'HTMLElement', 'navigator', 'localStorage']) {
  if (global in globalThis) fail(`this check needs a Node without ${global}`);
}
for (const [subpath, file] of entries) {
  try {
    await import(pathToFileURL(resolve(file)).href);
  } catch (error) {
    fail(`importing light-elements${subpath === '.' ? '' : subpath.slice(1)} in Node threw: ${error.message}`);
  }
}

if (failed) process.exit(1);
console.log(`${entries.length} entries exist and import without a DOM.`);
