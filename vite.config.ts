import { readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import { VIEW_CODE } from './src/elements/usage-chart/usage-first.js';

/**
 * Library build, three modes:
 * - default: ES modules for npm users, one entry per element (`elements/<name>.js` registers the tag,
 *   `elements/<name>.component.js` is the class alone), the index, and the sandbox; lit, @lit/* and @stripe/*
 *   stay external so the partner's bundler shares one copy; `server.js` is the partner's backend half (Fetch API
 *   only) and Node builtins (`node:*`) stay external for the Node-only entries.
 * - `--mode script-tag`: the module build for a script tag (`bundle/light-elements.js`), lit inlined: it loads
 *   configuration at once and each element's chunk when its tag first appears.
 * - `--mode classic`: `bundle/light-elements.iife.js`, a classic script that defines `window.LightElements` at
 *   once and loads the module build beside it.
 * Stripe.js is never bundled: it loads from js.stripe.com when a payment form opens. Its small loader,
 * `@stripe/stripe-js/pure`, is external on npm and bundled in the script-tag build (a browser cannot resolve a bare
 * specifier), in a chunk loaded only with the payment form; `scripts/check-bundle.mjs` checks no bare one is left.
 */

/** The modules of the script-tag entry file: the entry's own and the core every element shares (see below). */
const CORE_MODULES =
  /node_modules\/(lit-html\/lit-html\.js|lit-element\/|@lit\/reactive-element\/(css-tag|reactive-element|decorators\/(base|property|state))\.js|@lit\/context\/)|\/src\/bundle\/(light-elements|autoload|early-start)\.ts$|\/src\/api\/(calls\/account|paths|parse)\.ts$|\/src\/core\/account-store\.ts$|\/src\/elements\/provider\/|\/src\/(api\/(clock|defaults|errors|http|timing|token-manager)|core\/(clients|config|context|define|events|i18n|light-element|memo|messages|origins|page-state|sign-in|templates|theme\.styles))\.ts$/;

/**
 * Lit's directive base and the few small directives several elements use, as one file: a few hundred bytes each,
 * they would otherwise be as many requests for the pages that need any of them.
 */
const LIT_DIRECTIVES = /node_modules\/(lit|lit-html)\/(directive|directive-helpers|directives\/(class-map|guard))\.js$/;

/**
 * A usage chart's early start and what it shares with the chart (what it asks for first, and how), as one file:
 * the early start runs as soon as that file is here, not once a second one has come.
 */
const EARLY_USAGE = /\/src\/(bundle\/early-usage|elements\/usage-chart\/usage-first|api\/calls\/usage)\.ts$/;

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

function elementEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const folder of readdirSync(src('elements'), { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const files = readdirSync(src(`elements/${folder.name}`));
    for (const file of files) {
      const match = /^(light-[a-z-]+?)(\.component)?\.ts$/.exec(file);
      if (!match) continue;
      entries[`elements/${folder.name}${match[2] ?? ''}`] = src(`elements/${folder.name}/${file}`);
    }
  }
  return entries;
}

/** Lit templates and styles without their indentation. */
function minifyTemplates(): Plugin {
  return {
    name: 'light-minify-templates',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css|svg)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}

/**
 * Writes, into the script-tag entry, the files each element's code is made of (its chunk and every chunk that one
 * imports, less what the entry already loaded), as `__LIGHT_CHUNKS__`: the autoloader asks for them all at once
 * when the tag appears, instead of discovering them one import at a time. Vite's own preloading is off in library
 * mode. The declaration goes on a line of its own before the code, so the source map only moves down a line.
 */
function elementChunkList(): Plugin {
  return {
    name: 'light-element-chunk-list',
    apply: 'build',
    generateBundle(_options, bundle) {
      const closure = chunkClosure(bundle);
      for (const entry of Object.values(bundle)) {
        if (entry.type !== 'chunk' || !entry.isEntry) continue;
        const loaded = closure(entry.fileName);
        // Each file named once; a tag lists the indexes of the files it needs besides its own (which `import()`
        // asks for at the same moment).
        const files: string[] = [];
        const list: Record<string, number[]> = {};
        for (const file of entry.dynamicImports) {
          const chunk = bundle[file];
          const tag = /\/(light-[a-z-]+)\.ts$/.exec((chunk?.type === 'chunk' && chunk.facadeModuleId) || '')?.[1];
          if (!tag) continue;
          const needed = [...closure(file)].filter((f) => f !== file && !loaded.has(f));
          list[tag] = needed.map((f) => (files.includes(f) ? files.indexOf(f) : files.push(f) - 1));
        }
        if (!entry.code.includes('__LIGHT_CHUNKS__')) continue;
        prependLine(bundle, entry, `const __LIGHT_CHUNKS__=${JSON.stringify({ files, tags: list })};`);
      }
    },
  };
}

/**
 * Writes, into the early usage file, the files of each of the chart's `VIEW_CODE` (its chunk and the chunks that
 * one imports, less the entry's and the chart's), as `__LIGHT_VIEW_CHUNKS__`: the early start asks for those of
 * the view a chart opens at beside the chart's own files. Named rather than imported, so that the chunks stay as
 * they are: an `import()` from there would make the bundler split the modules these share with the chart into
 * files of their own.
 */
function viewChunkList(): Plugin {
  return {
    name: 'light-view-chunk-list',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      const early = chunks.find((chunk) => chunk.moduleIds.includes(src('bundle/early-usage.ts')));
      const entry = chunks.find((chunk) => chunk.isEntry);
      const chart = chunks.find((chunk) => chunk.facadeModuleId === src('elements/usage-chart/light-usage-chart.ts'));
      if (!early || !entry || !chart) this.error('No entry, usage chart or early usage chunk to list the views for.');
      const closure = chunkClosure(bundle);
      // What the entry loaded, and what the autoloader asks for with the chart's tag.
      const loaded = new Set([...closure(entry.fileName), ...closure(chart.fileName)]);
      const list: Record<string, string[]> = {};
      for (const name of VIEW_CODE) {
        const own = chunks.find((chunk) => chunk.facadeModuleId === src(`elements/usage-chart/${name}.ts`));
        if (!own) this.error(`No chunk of its own for usage-chart/${name}.ts.`);
        list[name] = [...closure(own.fileName)]
          .filter((file) => !loaded.has(file))
          .map((file) => posix.relative(posix.dirname(early.fileName), file));
      }
      prependLine(bundle, early, `const __LIGHT_VIEW_CHUNKS__=${JSON.stringify(list)};`);
    },
  };
}

/** A chunk's file and the files of every chunk it imports, statically, in `bundle`. */
function chunkClosure(bundle: Rolldown.OutputBundle): (file: string) => Set<string> {
  const closure = (file: string, into = new Set<string>()) => {
    if (into.has(file)) return into;
    into.add(file);
    const chunk = bundle[file];
    for (const imported of chunk?.type === 'chunk' ? chunk.imports : []) closure(imported, into);
    return into;
  };
  return (file) => closure(file);
}

/** V8's compile hint for a whole file; it must be the file's first line. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Starts every file of the script-tag build with `COMPILE_HINT`. Each of them is fetched when its code is about to
 * run (the entry at once, an element's files when its tag appears, a view's when it opens), so Chrome and Edge
 * (136+) compile its functions on the thread that streams the file, instead of one at a time on the main thread
 * when first called, which for a chart is while it draws its first data. Other browsers ignore the comment. Runs
 * after `elementChunkList`, so the hint stays first.
 */
function compileHints(): Plugin {
  return {
    name: 'light-compile-hints',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') prependLine(bundle, chunk, COMPILE_HINT);
      }
    },
  };
}

/** Puts `line` before a chunk's code, moving its source map down a line to match. */
function prependLine(bundle: Rolldown.OutputBundle, chunk: Rolldown.OutputChunk, line: string): void {
  chunk.code = `${line}\n${chunk.code}`;
  const map = bundle[`${chunk.fileName}.map`];
  if (map?.type === 'asset' && typeof map.source === 'string') {
    const parsed = JSON.parse(map.source) as { mappings: string };
    map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
  }
}

export default defineConfig(({ mode }) => {
  const base = { publicDir: false as const, plugins: [minifyTemplates()] };
  if (mode === 'script-tag') {
    return {
      ...base,
      plugins: [...base.plugins, elementChunkList(), viewChunkList(), compileHints()],
      build: {
        outDir: 'dist/bundle',
        emptyOutDir: true,
        copyPublicDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: { entry: src('bundle/light-elements.ts'), formats: ['es'], fileName: () => 'light-elements.js' },
        rolldownOptions: {
          // What every element needs (Lit, signing in, the API client, the shared element base) is part of the
          // entry file itself, and the element chunks import it from there: the script tag's one request brings
          // it, and the early start runs as soon as that file is here rather than after a second one.
          preserveEntrySignatures: 'allow-extension',
          // Nothing external: every import must resolve to a file beside this one.
          output: {
            chunkFileNames: 'chunks/[name]-[hash].js',
            minify: true,
            codeSplitting: {
              groups: [
                { name: 'core', test: CORE_MODULES },
                { name: 'lit-directives', test: LIT_DIRECTIVES },
                { name: 'early-usage', test: EARLY_USAGE, includeDependenciesRecursively: false },
              ],
            },
          },
        },
      },
    };
  }
  if (mode === 'classic') {
    return {
      ...base,
      build: {
        outDir: 'dist/bundle',
        emptyOutDir: false,
        copyPublicDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: {
          entry: src('bundle/classic.ts'),
          name: 'LightElementsLoader',
          formats: ['iife'],
          fileName: () => 'light-elements.iife.js',
        },
      },
    };
  }
  return {
    ...base,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      sourcemap: true,
      lib: {
        entry: {
          index: src('index.ts'),
          sandbox: src('sandbox/index.ts'),
          'sandbox-msw': src('sandbox/msw.ts'),
          server: src('server/index.ts'),
          'sandbox-server': src('sandbox/server.ts'),
          ...elementEntries(),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^@stripe\//, /^msw($|\/)/, /^node:/],
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
