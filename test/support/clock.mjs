/**
 * The instant and time zone every test page (and the sandbox server) runs at.
 *
 * Tests never see the real date. The instant is `LIGHT_TEST_NOW` (ISO 8601 with its offset, e.g.
 * `LIGHT_TEST_NOW=2026-12-01T00:30:00-06:00 npx web-test-runner test/elements/light-usage-chart.test.ts`) or
 * `DEFAULT_TEST_NOW`, and the zone is Texas time. The time is pinned through the library's own clock hook
 * (`globalThis[Symbol.for('light-elements.clock')]`, see src/api/clock.ts), not by replacing `Date`: every copy of
 * the library reads that hook, and the browser's own timers and `Date` stay real.
 *
 * The pinned clock runs: it starts at the instant when this module is imported (when the runner starts) and
 * advances in real time, in Node and in every page and frame alike, so they all agree on "now".
 */

/** An ordinary day: a Wednesday in mid-June 2026, 2 p.m. in Texas (usage through yesterday has arrived). */
export const DEFAULT_TEST_NOW = '2026-06-17T14:00:00-05:00';

/** Texas time: the zone the customers, the meters and the sandbox's calendar live in. */
export const TEST_TIME_ZONE = 'America/Chicago';

const CLOCK_KEY = 'light-elements.clock';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function readInstant() {
  const text = process.env.LIGHT_TEST_NOW?.trim() || DEFAULT_TEST_NOW;
  const instant = Date.parse(text);
  if (!ISO_WITH_OFFSET.test(text) || !Number.isFinite(instant)) {
    throw new Error(`LIGHT_TEST_NOW must be ISO 8601 with an offset (2026-12-01T00:30:00-06:00), not "${text}".`);
  }
  return instant;
}

const instant = readInstant();
/** The real time the pinned clock started at: every clock below counts from it, so all of them agree. */
const realStart = Date.now();

/** The pinned instant, epoch ms (the time the run started at; the clock has advanced since). */
export function testInstant() {
  return instant;
}

/**
 * Sets the library's clock hook on this realm's global object to a clock running from `pinned`. Serialized into
 * every page, so it uses nothing from this module; `Date.now()` is read only to measure time elapsed since `start`.
 */
function installClock(key, pinned, start) {
  globalThis[Symbol.for(key)] = () => pinned + (Date.now() - start);
}

// The test server's own copy of the sandbox (dist/sandbox.js, serving the partner pages) reads the same hook.
installClock(CLOCK_KEY, instant, realStart);

/**
 * Pins the time and zone of a test page: Texas time, and the library's clock hook set in every document the page
 * loads (iframes included) before any of its scripts run.
 *
 * @param {import('puppeteer-core').Page} page
 */
export async function pinPageClock(page) {
  await page.emulateTimezone(TEST_TIME_ZONE);
  await page.evaluateOnNewDocument(installClock, CLOCK_KEY, instant, realStart);
}

/** Nothing is needed on the server side: the hook set on import covers it. */
export function clockPlugins() {
  return [];
}
