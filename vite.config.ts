import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Library build, two modes:
 * - default: ES modules for npm users, one entry per element (`elements/<name>.js` registers the tag,
 *   `elements/<name>.component.js` is the class alone), the index, and the sandbox; lit, @lit/* and @stripe/*
 *   stay external so the partner's bundler shares one copy.
 * - `--mode script-tag`: one self-contained file with lit inlined, as ES (`light-elements.js`) and IIFE
 *   (`light-elements.iife.js`, global `LightElements`). Stripe.js is never bundled; it loads on demand.
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

export default defineConfig(({ mode }) => {
  if (mode === 'script-tag') {
    return {
      publicDir: false,
      build: {
        outDir: 'dist/bundle',
        emptyOutDir: true,
        copyPublicDir: false,
        target: 'es2021',
        minify: true,
        sourcemap: true,
        lib: {
          entry: src('index.ts'),
          name: 'LightElements',
          formats: ['es', 'iife'],
          fileName: (format) => (format === 'iife' ? 'light-elements.iife.js' : 'light-elements.js'),
        },
        rolldownOptions: {
          // Stripe.js loads itself from js.stripe.com when the payment step needs it.
          external: [/^@stripe\/stripe-js/],
          output: { codeSplitting: false },
        },
      },
    };
  }
  return {
    publicDir: false,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2021',
      sourcemap: true,
      lib: {
        entry: {
          index: src('index.ts'),
          sandbox: src('sandbox/index.ts'),
          'sandbox-msw': src('sandbox/msw.ts'),
          ...elementEntries(),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^@stripe\//, /^msw($|\/)/],
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
