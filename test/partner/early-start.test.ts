/**
 * What a cold partner page waits for, on the built script-tag bundle: an element's files are asked for at once
 * (not discovered one import after another), the token request leaves while the element's code is still on its
 * way, and each request is made once however many parts of the library ask for it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { deep, openPage, serverLog, signIn } from './partner-page.js';

/** The resource timings of a page, by path. */
function timings(win: Window): PerformanceResourceTiming[] {
  return win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
}

const path = (entry: PerformanceResourceTiming) => new URL(entry.name).pathname;

describe('partner pages: no waterfall on a cold page', function () {
  this.timeout(30_000);

  it("asks for all of the usage chart's files at once and signs in while they load", async () => {
    await signIn('active');
    const page = await openPage('usage.html', { width: 1280 });
    await waitUntil(() => deep(page.doc, 'light-usage-chart', 'svg path'), 'chart drawn', { timeout: 10_000 });

    const entries = timings(page.win);
    const chunks = entries.filter((e) => path(e).startsWith('/dist/bundle/chunks/'));
    const own = chunks.find((e) => /\/light-usage-chart-[^/]+\.js$/.test(path(e)))!;
    expect(own, "the chart's own chunk").to.exist;
    // Every file the chart's chunk imports was asked for by a preload link, not found by reading the chunk (the
    // core comes with the entry).
    const code = await (await fetch(own.name)).text();
    const imported = [...code.matchAll(/from\s*["'](\.\/[^"']+)["']/g)]
      .map(([, file]) => new URL(file, own.name).href)
      .filter((href) => !/\/core-[^/]+\.js$/.test(href));
    expect(imported.length, 'the chart imports chunks besides the core').to.be.greaterThan(0);
    const preloads = [...page.doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href);
    for (const href of imported) expect(preloads, `${href} preloaded`).to.include(href);
    expect(chunks.length, 'the chart chunks were loaded').to.be.greaterThan(imported.length);

    const token = entries.find((e) => path(e) === '/energy/token')!;
    expect(token, 'the token request').to.exist;
    expect(token.startTime, "the token request left before the chart's code arrived").to.be.below(own.responseEnd);

    const log = await serverLog();
    expect(log.tokenRequests, 'one token request').to.equal(1);
    expect(log.requests.filter((r) => r.route === 'account').length, 'one account request').to.equal(1);
    // The usage the chart opens with is started by the early start as the account arrives; the chart takes those
    // answers rather than asking again.
    const usage = entries.filter((e) => /\/usage\/monthly$/.test(path(e))).map((e) => new URL(e.name).search);
    expect(usage.length, 'the trailing months asked for').to.be.greaterThan(0);
    expect(new Set(usage).size, 'each year asked for once').to.equal(usage.length);
    page.close();
  });

  it("asks for the code of the view a chart opens at with the chart's own files, not after them", async () => {
    await signIn('active');
    const preloaded = (page: { doc: Document }) =>
      [...page.doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) =>
        l.href.replace(/^.*\/chunks\/(.+)-[\w-]{8}\.js$/, '$1'),
      );
    const intervals = await openPage('usage-intervals.html', { width: 1280 });
    await waitUntil(() => deep(intervals.doc, 'light-usage-chart', 'path[data-series="consumption"]'), 'drawn', {
      timeout: 10_000,
    });
    expect(preloaded(intervals), 'the 15-minute view and the read-out').to.include.members([
      'usage-intervals',
      'usage-inspect',
    ]);
    // Each file asked for once: the chart's own import of the view takes the preloaded file.
    const files = timings(intervals.win)
      .map(path)
      .filter((p) => /\/usage-(intervals|inspect)-/.test(p));
    expect(files.length, 'the view and the read-out, once each').to.equal(2);
    intervals.close();

    const trailing = await openPage('usage.html', { width: 1280 });
    await waitUntil(() => deep(trailing.doc, 'light-usage-chart', 'svg path'), 'drawn', { timeout: 10_000 });
    expect(preloaded(trailing)).to.include('usage-inspect');
    expect(preloaded(trailing), 'no 15-minute code for twelve months').to.not.include('usage-intervals');
    trailing.close();
  });

  it('on an account page of five elements: one token, one account and one first page of invoices', async () => {
    await signIn('active');
    const page = await openPage('account.html', { width: 1280, height: 1600 });
    await waitUntil(() => deep(page.doc, 'light-invoices', 'tbody tr, li'), 'invoices shown', { timeout: 10_000 });
    const sent = timings(page.win).filter((e) => path(e) === '/light-api/v1/account/billing/invoices');
    // The early start asks with the element's own first query, so the element takes that answer, not a second.
    expect(
      sent.map((e) => new URL(e.name).search),
      'one first page, the query the element asks',
    ).to.deep.equal(['?limit=4&offset=0']);
    const log = await serverLog();
    expect(log.tokenRequests, 'one token request').to.equal(1);
    expect(log.requests.filter((r) => r.route === 'account').length, 'one account request').to.equal(1);
    page.close();
  });

  it('a usage chart given its location asks for the usage alone, not the account', async () => {
    const { locationUuid } = await signIn('active');
    const page = await openPage('usage.html', { width: 1280 });
    await waitUntil(() => deep(page.doc, 'light-usage-chart', 'svg path'), 'first chart drawn', { timeout: 10_000 });
    const before = (await serverLog()).requests.length;
    // A partner's script adds a second chart for the known location, after the first one loaded.
    const second = page.doc.createElement('light-usage-chart');
    second.setAttribute('token-endpoint', '/energy/token');
    second.setAttribute('api-base', '/light-api');
    second.setAttribute('location-uuid', locationUuid!);
    second.setAttribute('view', 'month');
    page.doc.body.append(second);
    await waitUntil(() => second.shadowRoot?.querySelector('svg path'), 'second chart drawn', { timeout: 10_000 });
    const added = (await serverLog()).requests.slice(before);
    expect(added.map((r) => r.route)).to.not.include('account');
    expect(added.some((r) => r.path.includes(`/locations/${locationUuid}/usage`))).to.equal(true);
    page.close();
  });
});
