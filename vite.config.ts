import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig(({ mode }) => {
  const base = { publicDir: false as const, plugins: [minifyTemplates()] };
  if (mode === 'script-tag') {
    return {
      ...base,
      build: {
        outDir: 'dist/bundle',
        emptyOutDir: true,
        copyPublicDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: { entry: src('bundle/light-elements.ts'), formats: ['es'], fileName: () => 'light-elements.js' },
        rolldownOptions: {
          // Nothing external: every import must resolve to a file beside this one.
          output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
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
