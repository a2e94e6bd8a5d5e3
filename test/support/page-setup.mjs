/**
 * Prepares every page the test runner opens, before any test code runs on it. Each concern lives in its own
 * module; this file only lists them.
 */
import { routeStripe } from './stripe-route.mjs';
import { pinPageClock } from './clock.mjs';

/** @param {import('puppeteer-core').Page} page */
export async function preparePage(page) {
  await routeStripe(page);
  await pinPageClock(page);
}
