#!/usr/bin/env node
/**
 * Takes a full-page screenshot of a URL in headless Chromium: `node scripts/screenshot.mjs <url> <out.png> [width]`.
 * Used to look at the demo (`npm run demo` first). Chromium from CHROME_PATH or Debian's /usr/bin/chromium.
 */
import { chromium } from 'playwright-core';

const [url = 'http://127.0.0.1:5173/', out = 'screenshot.png', width = '1280', waitFor = ''] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') console.error('page error:', message.text());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (waitFor) await page.waitForFunction(waitFor, undefined, { timeout: 15_000 });
  await page.waitForTimeout(300); // let animations settle for the picture (not a test)
  await page.screenshot({ path: out, fullPage: true });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
}
