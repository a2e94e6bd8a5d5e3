/** One cold page in a fresh browser context: served from memory, probed from its first script on. */
import { installProbe, resources } from './probe.mjs';
import { ORIGIN, serve } from './site.mjs';

const TIMEOUT_MS = 30_000;

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not painted within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Opens `site` (`{ html, files, api }`) in a new context of `browser`, waits until `condition` painted, and hands
 * `use({ page, painted, entries, served })` the page: `painted` in ms from navigation start, `entries` its
 * resource timing. Fails on a page error, a console error or a request the site could not answer.
 */
export async function coldPage(browser, { site, condition, latency, label }, use) {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const errors = [];
  try {
    await context.addInitScript(installProbe, condition);
    const served = await serve(context, { ...site, latency });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${ORIGIN}/`);
    const painted = await withTimeout(
      page.evaluate(() => window.__bench.painted),
      label,
    ).catch((error) => {
      throw new Error([error.message, ...errors, ...served.unexpected].join('; '));
    });
    const result = await use({ page, painted, entries: await page.evaluate(resources), served });
    if (served.unexpected.length) errors.push(`unexpected requests: ${served.unexpected.join(', ')}`);
    if (errors.length) throw new Error(`${label}: ${errors.join('; ')}`);
    return result;
  } finally {
    // The page may still be fetching (what it shows after its first data): those answers are dropped.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  }
}
