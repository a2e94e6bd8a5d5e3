#!/usr/bin/env node
/**
 * Checks that the script-tag builds (dist/bundle) load in a browser with no bundler and no import map: no `.js`
 * file there may import a bare module specifier (`lit`, `@stripe/stripe-js/pure`), statically (`import … from`,
 * `export … from`, `import '…'`) or with `import('…')`. A browser cannot resolve one ("Failed to resolve module
 * specifier"), and the browser tests cannot see it, because the test runner rewrites bare imports in every file
 * it serves. Relative (`./`, `../`), absolute (`/`) and full URLs are fine; `import(expression)` is not checked
 * (the classic loader builds its URL at run time).
 *
 * Each module file must also start with V8's compile hint (`//# allFunctionsCalledOnLoad`, see `compileHints` in
 * vite.config.ts): a comment anywhere else is ignored, so a plugin that put a line above it would lose it silently.
 *
 * Run after `vite build --mode script-tag` and `--mode classic`. Exits 1 naming each file and specifier.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseSync } from 'vite';

const root = resolve(process.argv[2] ?? 'dist/bundle');
if (!existsSync(join(root, 'light-elements.js'))) {
  console.error(`No script-tag build in ${relative('.', root) || '.'}: run \`vite build --mode script-tag\` first.`);
  process.exit(2);
}

/** What a browser resolves without an import map: relative, absolute, or a URL with a scheme. */
const resolvable = (specifier) => /^(\.{0,2}\/|[a-z][a-z\d+.-]*:)/i.test(specifier);

/** The value of a string literal or a template literal without substitutions, else null. */
function literal(source) {
  const match = /^(["'`])([\s\S]*)\1$/.exec(source.trim());
  if (!match || (match[1] === '`' && match[2].includes('${'))) return null;
  return match[2];
}

function* jsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
/** The classic loader: a few lines that run once, built apart. */
const CLASSIC = 'light-elements.iife.js';

const problems = [];
let checked = 0;
for (const file of jsFiles(root)) {
  checked++;
  const name = relative('.', file);
  const code = readFileSync(file, 'utf8');
  if (!file.endsWith(CLASSIC) && !code.startsWith(COMPILE_HINT))
    problems.push(`${name}: does not start with ${COMPILE_HINT.trim()}`);
  const { module, errors } = parseSync(file, code, { sourceType: 'module' });
  if (errors.length) {
    problems.push(`${name}: could not be parsed (${errors[0].message})`);
    continue;
  }
  const found = [
    ...module.staticImports.map((s) => ['import', s.moduleRequest.value]),
    ...module.staticExports.flatMap((s) =>
      s.entries.filter((e) => e.moduleRequest).map((e) => ['export … from', e.moduleRequest.value]),
    ),
    ...module.dynamicImports.map((d) => ['import()', literal(code.slice(d.moduleRequest.start, d.moduleRequest.end))]),
  ];
  for (const [kind, specifier] of found) {
    if (specifier !== null && !resolvable(specifier))
      problems.push(`${name}: ${kind} of bare specifier "${specifier}"`);
  }
}

if (problems.length) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  console.error(
    `\n${problems.length} problem(s) in ${relative('.', root)}: a bare module specifier cannot load in a browser without an import map; a file without the compile hint compiles on the main thread.`,
  );
  process.exit(1);
}
console.log(
  `✓ ${checked} files in ${relative('.', root)} import only relative paths and URLs; each module file starts with the compile hint.`,
);
