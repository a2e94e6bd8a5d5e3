import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { examplePlugins } from './examples/test-plugins.mjs';
import { preparePage } from './test/support/page-setup.mjs';
import { clockPlugins } from './test/support/clock.mjs';
import { stripeRoutePlugins } from './test/support/stripe-route.mjs';
import { partnerPageMiddleware } from './test/partner/server.mjs';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

// Debian's wrapper script prints a harmless warning; call the binary behind it when it is there.
const debianChromium = '/usr/lib/chromium/chromium';
const executablePath = process.env.CHROME_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  reporters: [defaultReporter(), summaryReporter()],
  // One page at a time: a second page is a background tab whose animation frames stall (fixture() waits on one),
  // and the machine has two cores anyway.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  // Partner pages: plain HTML and the built bundles served as they ship, and the sandbox over HTTP.
  middleware: [partnerPageMiddleware()],
  plugins: [
    // Switches how Stripe.js's URL is answered (the `stripe-stand-in` server command).
    ...stripeRoutePlugins(),
    ...clockPlugins(),
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      target: 'es2022',
    }),
    // The framework examples' tests: .tsx, `light-elements` import paths and React as ES modules.
    ...examplePlugins(),
  ],
  browsers: [
    chromeLauncher({
      createPage: async ({ context }) => {
        const page = await context.newPage();
        await preparePage(page);
        return page;
      },
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--disable-setuid-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // Test pages run side by side; none may be throttled as a background tab (rAF would stall).
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
