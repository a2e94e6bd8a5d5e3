/**
 * `npm run examples`: builds every framework example into dist-examples/<name> and type-checks the ones whose
 * framework has a checker (React: tsc, Vue: vue-tsc, Angular: ngc's strict templates), against the built package
 * and the typings generated from the manifest. Exits non-zero when any step fails, after running them all.
 *
 * The examples use the package as a partner would, so it must be built first; when dist/ lacks something they
 * need, this runs `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path) => join(root, path);
const bin = (name) => at(`node_modules/.bin/${name}`);

const needed = [
  'dist/index.js',
  'dist/sandbox.js',
  'dist/elements/invoices.js',
  'dist/bundle/light-elements.js',
  'dist/types/index.d.ts',
  'dist/types/react.d.ts',
  'dist/types/vue.d.ts',
];

const failures = [];
const started = Date.now();

async function step(name, work) {
  const start = Date.now();
  try {
    await work();
    console.log(`ok    ${name} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failures.push(name);
    console.error(`FAIL  ${name}\n${error instanceof Error ? (error.stack ?? error.message) : error}`);
  }
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${[relative(root, command), ...args].join(' ')} exited ${result.status}`);
}

const viteBuild = (name) => () => build({ configFile: at(`examples/${name}/vite.config.ts`) });

/**
 * The plain HTML page needs no bundler: copy it with the script-tag build and the sandbox module it loads, point
 * its references at the copies, and check each one is there.
 */
function buildHtml() {
  const out = at('dist-examples/html');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let page = readFileSync(at('examples/html/index.html'), 'utf8');
  const references = [...page.matchAll(/(?:src|href|from)=?\s*["']([^"']+)["']/g)].map((match) => match[1]);
  const local = references.filter((reference) => reference.startsWith('.'));
  if (!local.includes('../../dist/bundle/light-elements.js')) {
    throw new Error(
      'examples/html/index.html does not load the script-tag build (../../dist/bundle/light-elements.js)',
    );
  }
  for (const reference of local) {
    const source = resolve(at('examples/html'), reference);
    if (!existsSync(source)) throw new Error(`examples/html/index.html references ${reference}, which does not exist`);
    const target = copiedPath(reference);
    page = page.replaceAll(reference, target);
    copyModule(source, resolve(out, target));
  }
  // The bundle loads its element chunks by relative URL: copy them all.
  cpSync(at('dist/bundle'), join(out, 'bundle'), { recursive: true });
  writeFileSync(join(out, 'index.html'), page);
  for (const reference of local) {
    const copied = copiedPath(reference);
    if (!existsSync(resolve(out, copied)))
      throw new Error(`dist-examples/html lacks ${copied} (was dist/ rebuilt meanwhile?)`);
  }
}

/** Where the copy of a file the page references goes: `../../dist/x` → `./x`, `../shared/x` → `./x`. */
function copiedPath(reference) {
  return reference.replace(/^\.\.\/\.\.\/dist\//, './').replace(/^\.\.\/shared\//, './');
}

/** Copies a file and, for a module, the relative imports it reaches. */
function copyModule(source, target, seen = new Set()) {
  if (seen.has(source)) return;
  seen.add(source);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(source, target);
  if (!source.endsWith('.js')) return;
  const code = readFileSync(source, 'utf8');
  for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.[^"']+)["']/g)) {
    copyModule(resolve(dirname(source), match[1]), resolve(dirname(target), match[1]), seen);
  }
}

if (needed.some((path) => !existsSync(at(path)))) {
  console.log('examples: the package is not built (or not completely): running `npm run build` first.');
  await step('npm run build', () => run('npm', ['run', 'build', '--silent']));
}

if (!failures.length) {
  rmSync(at('dist-examples'), { recursive: true, force: true });
  await step('react: vite build', viteBuild('react'));
  await step('react: tsc (JSX types from the manifest)', () => run(bin('tsc'), ['-p', 'examples/react']));
  await step('vue: vite build', viteBuild('vue'));
  await step('vue: vue-tsc (GlobalComponents from the manifest)', () => run(bin('vue-tsc'), ['-p', 'examples/vue']));
  await step('svelte: vite build', viteBuild('svelte'));
  await step('angular: vite build', viteBuild('angular'));
  await step('angular: ngc strict templates', () =>
    run(bin('ngc'), ['-p', 'examples/angular/tsconfig.app.json', '--noEmit']),
  );
  await step('html: copy with the script-tag build', buildHtml);
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length) {
  console.error(`examples: ${failures.length} failed (${failures.join('; ')}) in ${seconds} s`);
  process.exit(1);
}
console.log(`examples: every example built into dist-examples/ in ${seconds} s`);
