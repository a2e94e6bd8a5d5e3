/**
 * Test-runner plugins that let browser tests load the framework examples as they are written:
 *
 * - `.tsx` files compile with the React example's own tsconfig (React 19's automatic JSX runtime);
 * - `light-elements` import paths (`light-elements/invoices`, `light-elements/sandbox`) resolve to src/,
 *   so an example runs on the same modules as the rest of the suite;
 * - React, which ships CommonJS only, is served as ES modules: bundled once with the esbuild the runner already
 *   uses (code splitting keeps a single React), each entry re-exporting the names its CommonJS module exports.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// The esbuild that @web/dev-server-esbuild runs on, so the bundle and the transforms agree on one version.
const esbuild = createRequire(require.resolve('@web/dev-server-esbuild'))('esbuild');

const here = fileURLToPath(new URL('.', import.meta.url));
const PREFIX = '/__react-esm/';
const REACT_ENTRIES = {
  react: 'react',
  'react/jsx-runtime': 'react-jsx-runtime',
  'react/jsx-dev-runtime': 'react-jsx-dev-runtime',
  'react-dom': 'react-dom',
  'react-dom/client': 'react-dom-client',
};

function reactAsEsm() {
  /** @type {Promise<Map<string, string>> | undefined} */
  let files;
  const bundle = () =>
    (files ??= (async () => {
      const entries = Object.entries(REACT_ENTRIES);
      // What each CommonJS entry exports, read in a separate Node process (loading React here would write to
      // the runner's own console).
      const script = `console.log(JSON.stringify(Object.fromEntries(process.argv.slice(1).map((s) => [s, Object.keys(require(s))]))))`;
      const exported = JSON.parse(
        execFileSync(process.execPath, ['-e', script, ...Object.keys(REACT_ENTRIES)], { cwd: here }).toString(),
      );
      const result = await esbuild.build({
        entryPoints: entries.map(([specifier, name]) => ({ in: `esm-entry:${specifier}`, out: name })),
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
        outdir: '/out',
        chunkNames: 'chunk-[hash]',
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'silent',
        plugins: [
          {
            name: 'esm-entries',
            setup(build) {
              build.onResolve({ filter: /^esm-entry:/ }, (args) => ({
                path: args.path.slice(10),
                namespace: 'esm-entry',
              }));
              build.onLoad({ filter: /.*/, namespace: 'esm-entry' }, (args) => {
                const names = exported[args.path].filter(
                  (name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name),
                );
                return {
                  contents: `import m from ${JSON.stringify(args.path)};\nexport const { ${names.join(', ')} } = m;\nexport default m;\n`,
                  resolveDir: here,
                  loader: 'js',
                };
              });
            },
          },
        ],
      });
      return new Map(result.outputFiles.map((file) => [file.path.replace(/^\/out\//, PREFIX), file.text]));
    })());

  return {
    name: 'react-as-esm',
    resolveImport({ source, context }) {
      if (source in REACT_ENTRIES) return `${PREFIX}${REACT_ENTRIES[source]}.js`;
      // The bundle's own chunks: relative, and not on disk for node-resolve to find.
      if (context.path.startsWith(PREFIX)) return source;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const body = (await bundle()).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}

/** `light-elements` import paths, as the examples write them, mapped to the sources. */
function lightElementsFromSource() {
  return {
    name: 'light-elements-from-source',
    resolveImport({ source }) {
      if (source === 'light-elements') return '/src/index.ts';
      if (source === 'light-elements/sandbox') return '/src/sandbox/index.ts';
      const element = /^light-elements\/([a-z-]+)$/.exec(source);
      if (element) return `/src/elements/${element[1]}/light-${element[1]}.ts`;
      return undefined;
    },
  };
}

export function examplePlugins() {
  return [
    esbuildPlugin({
      tsx: true,
      tsconfig: fileURLToPath(new URL('./react/tsconfig.json', import.meta.url)),
      target: 'es2022',
    }),
    lightElementsFromSource(),
    reactAsEsm(),
  ];
}
