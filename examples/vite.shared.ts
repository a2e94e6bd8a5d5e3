/**
 * What every framework example's Vite config shares: the package's import paths point at the built package in
 * dist/ (as they would in node_modules after `npm install light-elements`), and each example builds into
 * dist-examples/<name>.
 */
import { fileURLToPath } from 'node:url';
import type { PluginOption, UserConfig } from 'vite';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

export function exampleConfig(name: string, plugins: PluginOption[] = []): UserConfig {
  return {
    root: fileURLToPath(new URL(`./${name}/`, import.meta.url)),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    plugins,
    resolve: {
      alias: [
        { find: /^light-elements$/, replacement: `${dist}index.js` },
        { find: /^light-elements\/sandbox$/, replacement: `${dist}sandbox.js` },
        // One element: `light-elements/invoices` registers <light-invoices>.
        { find: /^light-elements\/([a-z-]+)$/, replacement: `${dist}elements/$1.js` },
      ],
    },
    build: {
      outDir: fileURLToPath(new URL(`../dist-examples/${name}/`, import.meta.url)),
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: false,
      chunkSizeWarningLimit: 1000,
      // Quiet: Rolldown's per-plugin timing report is noise for an example.
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  };
}
