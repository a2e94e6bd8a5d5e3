/**
 * Answers Stripe.js's real URL with a stand-in, so the real loader code runs offline.
 *
 * Every page the test runner opens intercepts `https://js.stripe.com/*`, and nothing else (no other request is
 * paused or slowed), through a CDP session's Fetch domain. Stripe.js's URL is answered with
 * `stripe-stand-in.ts` built once into a classic script; any other js.stripe.com URL gets a 404.
 *
 * A test switches the answer with the `stripe-stand-in` server command (`test/support/stripe-control.ts` wraps
 * it): `answer` (the default), `fail` (the request fails as offline: the script's `error` event fires) or `hang`
 * (no answer until the mode changes, then it fails). The mode goes back to `answer` when the page's top document
 * navigates, so one test file cannot leak it into the next.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** Only these requests are intercepted. */
const PATTERN = 'https://js.stripe.com/*';
/** The URLs Stripe.js is loaded from (as `@stripe/stripe-js` recognizes them). */
const STRIPE_JS = /^https:\/\/js\.stripe\.com\/(v3\/?|[a-z]+\/stripe\.js)(\?.*)?$/;
const MODES = new Set(['answer', 'fail', 'hang']);

/** @type {Promise<string> | undefined} the stand-in script, base64 */
let standIn;
function standInScript() {
  standIn ??= build({
    entryPoints: [fileURLToPath(new URL('./stripe-stand-in.ts', import.meta.url))],
    tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)),
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  }).then((result) => Buffer.from(result.outputFiles[0].contents).toString('base64'));
  return standIn;
}

/**
 * @typedef {'answer' | 'fail' | 'hang'} StripeMode
 * @typedef {{ mode: StripeMode, requests: string[], held: string[], cdp: import('puppeteer-core').CDPSession }} Route
 */
/** @type {WeakMap<import('puppeteer-core').Page, Route>} */
const routes = new WeakMap();

/** Held requests fail (as timed out) once the mode is no longer `hang`. @param {Route} route @param {StripeMode} mode */
async function setMode(route, mode) {
  route.mode = mode;
  if (mode === 'hang') return;
  const held = route.held.splice(0);
  await Promise.all(
    held.map((requestId) =>
      route.cdp.send('Fetch.failRequest', { requestId, errorReason: 'TimedOut' }).catch(() => undefined),
    ),
  );
}

/** @param {Route} route @param {{ requestId: string, request: { url: string } }} event */
async function answer(route, { requestId, request }) {
  route.requests.push(request.url);
  const { cdp } = route;
  if (!STRIPE_JS.test(request.url)) {
    await cdp.send('Fetch.fulfillRequest', { requestId, responseCode: 404, body: '' });
  } else if (route.mode === 'fail') {
    await cdp.send('Fetch.failRequest', { requestId, errorReason: 'InternetDisconnected' });
  } else if (route.mode === 'hang') {
    route.held.push(requestId);
  } else {
    await cdp.send('Fetch.fulfillRequest', {
      requestId,
      responseCode: 200,
      responseHeaders: [
        { name: 'Content-Type', value: 'text/javascript; charset=utf-8' },
        // Each load reaches this route, so a test can count them.
        { name: 'Cache-Control', value: 'no-store' },
      ],
      body: await standInScript(),
    });
  }
}

/** @param {import('puppeteer-core').Page} page */
export async function routeStripe(page) {
  const cdp = await page.createCDPSession();
  /** @type {Route} */
  const route = { mode: 'answer', requests: [], held: [], cdp };
  routes.set(page, route);
  cdp.on('Fetch.requestPaused', (event) => {
    answer(route, event).catch((error) => {
      // The page navigated away or closed meanwhile: nothing is waiting for the answer.
      if (!page.isClosed()) console.error(`stripe-route: could not answer ${event.request.url}:`, error);
    });
  });
  // A new top document (the next test file on a reused page) starts from the default answer.
  cdp.on('Page.frameNavigated', ({ frame }) => {
    if (frame.parentId) return;
    route.requests = [];
    route.held = [];
    route.mode = 'answer';
  });
  await Promise.all([
    cdp.send('Page.enable'),
    cdp.send('Fetch.enable', { patterns: [{ urlPattern: PATTERN, requestStage: 'Request' }] }),
    // Built while the browser starts rather than on the first request.
    standInScript(),
  ]);
}

/**
 * The `stripe-stand-in` server command: payload `{ mode?: 'answer' | 'fail' | 'hang' }`; answers
 * `{ mode, requests }`, the js.stripe.com URLs the page requested since its top document loaded.
 * @returns {import('@web/test-runner').TestRunnerPlugin[]}
 */
export function stripeRoutePlugins() {
  return [
    {
      name: 'stripe-stand-in',
      async executeCommand({ command, payload, session }) {
        if (command !== 'stripe-stand-in') return undefined;
        if (session.browser.type !== 'puppeteer') throw new Error('stripe-stand-in needs the Chrome launcher.');
        const page = /** @type {any} */ (session.browser).getPage(session.id);
        const route = routes.get(page);
        if (!route) throw new Error('Stripe.js is not routed on this page: createPage must call routeStripe(page).');
        const mode = /** @type {{ mode?: StripeMode } | undefined} */ (payload)?.mode;
        if (mode !== undefined) {
          if (!MODES.has(mode)) throw new Error(`Unknown stripe-stand-in mode "${mode}": answer, fail or hang.`);
          await setMode(route, mode);
        }
        return { mode: route.mode, requests: [...route.requests] };
      },
    },
  ];
}
