/** The bench's builds, with Vite, into temporary folders: library pages, the script-tag bundle, the sandbox. */
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

/** Builds `entry` (relative to `root`) as one minified ES module, `outDir/page.js`, everything inlined. */
export async function bundlePage(root, entry, outDir) {
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
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
}

/** The checkout's own `vite build --mode script-tag` (its vite.config.ts), into `outDir`. */
export async function buildScriptTag(root, outDir) {
  await build({
    root,
    mode: 'script-tag',
    logLevel: 'warn',
    // The build's plugin-timing notice is about the build, not the bench.
    build: { outDir, emptyOutDir: true, rolldownOptions: { checks: { pluginTimings: false } } },
  });
}

/** Builds the sandbox (src/sandbox) for Node and imports the module. */
export async function loadSandbox(root, outDir) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      copyPublicDir: false,
      lib: { entry: resolve(root, 'src/sandbox/index.ts'), formats: ['es'], fileName: () => 'sandbox.js' },
    },
  });
  return import(join(outDir, 'sandbox.js'));
}

/**
 * Builds the script-tag bundle of git ref `ref` into `outDir`: a temporary worktree in `temp` sharing this
 * checkout's node_modules, removed afterwards whatever happens.
 */
export async function buildBaseline(root, ref, temp, outDir) {
  const tree = join(temp, 'baseline-tree');
  const git = (...args) => execFileSync('git', args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  git('worktree', 'add', '--detach', tree, ref);
  try {
    symlinkSync(resolve(root, 'node_modules'), join(tree, 'node_modules'));
    await buildScriptTag(tree, outDir);
  } finally {
    git('worktree', 'remove', '--force', tree);
  }
}
