/**
 * Every other element as partners ship it: the built script-tag bundle on plain pages, configured by attributes
 * (or a <light-provider> in the HTML), the Light API behind a same-origin path, Stripe.js from its URL.
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  buttonNamed,
  deep,
  deepAll,
  downloads,
  injectFaults,
  openPage,
  type PartnerPage,
  press,
  serverAccount,
  serverLog,
  signIn,
  textOf,
  type,
  typeCard,
  waitForText,
} from './partner-page.js';
import { localToday } from '../../src/core/dates.js';
import { answerStripeJs, stripeRoute } from '../support/stripe-control.js';

const noAlerts = (root: ParentNode) => deepAll(root, '[role="alert"]').map((el) => textOf(el));

/** On a page showing renewal plans: chooses the first, accepts its terms, renews, and checks the server took it. */
async function renewWithFirstPlan(page: PartnerPage): Promise<void> {
  const renewal = () => page.doc.querySelector('light-renewal');
  deep(page.doc, 'light-renewal', 'light-plan-card', 'button')!.click();
  await waitUntil(() => deep(page.doc, 'light-renewal', '#terms'), 'terms');
  deep(page.doc, 'light-renewal', '#terms')!.click();
  await press(renewal()!, 'Accept renewal');
  await waitForText(renewal, 'Your renewal is confirmed');
  const log = await serverLog();
  expect(log.requests.filter((r) => r.route === 'renewalAccept').map((r) => r.status)).to.deep.equal([200]);
}

describe('partner pages: every element from the script tag', function () {
  this.timeout(60_000);

  it('an account page: status, invoices paging, card update, billing address and documents under one provider', async () => {
    await signIn('active');
    const page = await openPage('account.html', { width: 1280, height: 2400 });
    const { doc } = page;
    const el = (tag: string) => () => doc.querySelector(tag);
    await waitForText(el('light-account-status'), 'Service active');
    await waitUntil(() => deep(doc, 'light-invoices', 'tr[part="row"]'), 'invoice rows');
    const rows = () => deep(doc, 'light-invoices')!.shadowRoot!.querySelectorAll('tr[part="row"]').length;
    expect(rows()).to.equal(4);
    await press(doc.querySelector('light-invoices')!, 'Load more invoices');
    await waitUntil(() => rows() === 8, `second page appended (rows: ${rows()})`);
    await waitForText(el('light-billing-address'), 'Billing address');
    await waitUntil(
      () => textOf(doc.querySelector('light-documents')).includes('Electricity Facts Label'),
      'documents',
    );
    const before = await serverLog();
    expect(before.tokenRequests, 'five elements, one token').to.equal(1);
    expect(
      before.requests.filter((r) => r.route === 'account'),
      'five elements, one account request',
    ).to.have.length(1);

    // The card update loads Stripe.js from its URL, once, and mounts its form in the page's light DOM.
    await press(doc.querySelector('light-payment-method')!, 'Update card');
    const payment = doc.querySelector('light-payment-method')!;
    await typeCard(payment, { number: '5555555555554444', expiry: '11 / 33', cvc: '321', postal: '78701' });
    await press(payment, 'Save card');
    await waitForText(el('light-payment-method'), 'is saved and will be used for auto-pay');
    expect(textOf(payment)).to.contain('4444');
    expect((page.win as unknown as { __stripeStandIn: { loads: number } }).__stripeStandIn.loads).to.equal(1);
    expect(noAlerts(doc)).to.deep.equal([]);
    await downloads(page, 'account page (5 elements)');
    page.close();
  });

  it('a blocked Stripe.js says so, and Try again loads it and saves the card', async () => {
    await signIn('active');
    const page = await openPage('account.html', { width: 375, height: 2400 });
    const payment = () => page.doc.querySelector('light-payment-method');
    await waitForText(payment, 'Update card');
    const before = (await answerStripeJs('fail')).requests.length;
    await press(payment()!, 'Update card');
    await waitForText(payment, 'The secure card form could not load');
    expect(textOf(payment())).to.contain('It was blocked, or you are offline');
    await answerStripeJs('answer');
    await press(payment()!, 'Try again');
    await typeCard(payment()!, { expiry: '10 / 32', cvc: '999', postal: '75001' }, 'the card form after the retry');
    await press(payment()!, 'Save card');
    await waitForText(payment, 'is saved and will be used for auto-pay');
    const { requests } = await stripeRoute();
    const loads = requests.slice(before).filter((url) => url.endsWith('/endive/stripe.js'));
    expect(loads, 'one failed load, one retry').to.have.length(2);
    page.close();
  });

  it("the payment method opens Light's card flow in its own flow frame, in the page's language and theme", async () => {
    await signIn('active');
    const page = await openPage('payment-flow.html', { width: 375, height: 900 });
    const payment = () => page.doc.querySelector('light-payment-method');
    await waitForText(payment, 'Actualizar tarjeta');
    await press(payment()!, 'Actualizar tarjeta');
    await waitUntil(
      () => {
        const frame = deep<HTMLIFrameElement>(page.doc, 'light-payment-method', 'light-flow-frame', 'iframe');
        return (
          frame?.contentDocument?.getElementById('flow-done') &&
          !deep(page.doc, 'light-payment-method', 'light-flow-frame', '[part~="loading"]')
        );
      },
      'the flow loaded in the modal',
      { timeout: 10_000 },
    );
    const flow = deep(page.doc, 'light-payment-method', 'light-flow-frame')!;
    expect(flow.getAttribute('data-theme'), 'the flow frame follows the outer theme').to.equal('dark');
    expect(textOf(flow)).not.to.contain('Close');
    const frame = deep<HTMLIFrameElement>(page.doc, 'light-payment-method', 'light-flow-frame', 'iframe')!;
    expect(new URL(frame.src).pathname).to.equal('/__sandbox/flow/login');
    frame.contentDocument!.getElementById('flow-done')!.click();
    await waitUntil(() => !flow.hasAttribute('open'), 'the modal closed when the flow said done');
    await downloads(page, 'payment method with the flow');
    page.close();
  });

  it('the usage chart draws the year and shows it as a table', async () => {
    await signIn('active');
    const page = await openPage('usage.html', { width: 1280 });
    const chart = () => page.doc.querySelector('light-usage-chart');
    await waitUntil(() => deep(page.doc, 'light-usage-chart', 'svg path'), 'chart drawn', { timeout: 10_000 });
    await press(chart()!, 'Show as table');
    await waitUntil(() => deepAll(chart()!, 'tbody tr').length >= 12, 'twelve months in the table');
    expect(textOf(chart())).to.contain('kWh');
    expect(noAlerts(page.doc)).to.deep.equal([]);
    await downloads(page, 'usage chart');
    page.close();
  });

  it('the usage chart draws a month of 15-minute data as one low and one high point a pixel column', async () => {
    await signIn('active');
    const page = await openPage('usage-intervals.html', { width: 1280 });
    const consumption = () => deep(page.doc, 'light-usage-chart', 'path[data-series="consumption"]');
    await waitUntil(consumption, 'chart drawn', { timeout: 10_000 });
    const plot = deep(page.doc, 'light-usage-chart', '.plot-area')!.getBoundingClientRect().width;
    const columns = Math.ceil(plot * page.win.devicePixelRatio);
    const path = consumption()!.getAttribute('d')!;
    expect(Number(consumption()!.getAttribute('data-points')), 'every interval with a value').to.be.greaterThan(0);
    // A month is wider than its pixel columns: each column is a low and a high point, never a step per interval.
    expect(path, 'no step per interval').not.to.match(/H/);
    expect(path.match(/[ML]/g)!.length, 'two points a column at most').to.be.at.most(2 * columns + 8);
    expect(page.win.getComputedStyle(consumption()!).strokeLinejoin, 'bevelled joins, cheaper to rasterize').to.equal(
      'bevel',
    );
    expect(textOf(page.doc.querySelector('light-usage-chart'))).to.contain('every 15 minutes');
    // The day labels run to the month's end, the month over or still under way.
    const area = deep(page.doc, 'light-usage-chart', '.plot-area')!.getBoundingClientRect();
    const labels = deepAll(page.doc.querySelector('light-usage-chart')!, 'text.x-label');
    expect(labels.length, 'day labels').to.be.greaterThan(3);
    expect(labels.at(-1)!.getBoundingClientRect().right, 'the last near the end').to.be.greaterThan(
      area.left + 0.75 * area.width,
    );
    // Turned to a phone's width, the month is drawn again at the width it now has.
    const drawnWidth = () => Number(deep(page.doc, 'light-usage-chart', 'svg.plot-svg')?.getAttribute('width'));
    page.frame.width = '375';
    await waitUntil(() => drawnWidth() < 375, 'the chart was not drawn again at the phone width');
    const narrow = deep(page.doc, 'light-usage-chart', '.plot-area')!.getBoundingClientRect().width;
    expect(drawnWidth(), 'drawn at its plot width').to.equal(Math.floor(narrow));
    expect(Number(consumption()!.getAttribute('data-points')), 'every interval still drawn').to.be.greaterThan(0);
    expect(noAlerts(page.doc)).to.deep.equal([]);
    page.close();
  });

  it('a year of 15-minute data counts its months on the skeleton while they arrive, then draws the year', async () => {
    await signIn('active');
    // The second month asked for answers late: the others are counted while it is awaited.
    await injectFaults({ route: 'usageIntervals', kind: 'latency', delayMs: 2500, after: 1, times: 1 });
    const page = await openPage('usage-year.html', { width: 375 });
    // In January this year is one month so far, with nothing to count: the partner asks for the year before.
    const today = localToday();
    if (today.slice(5, 7) === '01') {
      page.doc.querySelector('light-usage-chart')!.setAttribute('year', String(Number(today.slice(0, 4)) - 1));
    }
    const bar = () => deep<HTMLProgressElement>(page.doc, 'light-usage-chart', '[part="skeleton"] progress');
    await waitUntil(() => bar() && bar()!.max > 1 && bar()!.value === bar()!.max - 1, 'all months but one counted', {
      timeout: 10_000,
    });
    const total = bar()!.max;
    expect(bar()!.getAttribute('aria-label')).to.equal('Months loaded');
    expect(textOf(deep(page.doc, 'light-usage-chart', '[part="progress"]'))).to.equal(
      `${total - 1} of ${total} months`,
    );
    await waitUntil(() => deep(page.doc, 'light-usage-chart', 'path[data-series="consumption"]'), 'year drawn', {
      timeout: 10_000,
    });
    expect(deep(page.doc, 'light-usage-chart', '[part="progress"]'), 'no count once drawn').to.equal(null);
    expect(noAlerts(page.doc)).to.deep.equal([]);
    page.close();
  });

  it('on a 320 px phone, the 15-minute table shows every column and a pager under "Rows 1–100 of …"', async () => {
    await signIn('active');
    const page = await openPage('usage-intervals.html', { width: 320 });
    const chart = () => page.doc.querySelector('light-usage-chart')!;
    await waitUntil(() => deep(page.doc, 'light-usage-chart', 'path[data-series="consumption"]'), 'chart drawn', {
      timeout: 10_000,
    });
    await press(chart(), 'Show as table');
    await waitUntil(() => deepAll(chart(), 'tbody tr').length === 100, 'a page of rows', { timeout: 10_000 });
    const wrap = deep(page.doc, 'light-usage-chart', '.table-wrap')!;
    expect(wrap.scrollWidth, 'every column in view').to.be.at.most(wrap.clientWidth + 1);
    const shown = deep(page.doc, 'light-usage-chart', '[part="rows"]')!.getBoundingClientRect();
    const next = deep(page.doc, 'light-usage-chart', '[part~="next-rows"]')!.getBoundingClientRect();
    expect(shown.bottom, 'the rows shown above the buttons').to.be.at.most(next.top + 1);
    expect(page.doc.documentElement.scrollWidth, 'nothing widens the page').to.be.at.most(320);
    expect(noAlerts(page.doc)).to.deep.equal([]);
    page.close();
  });

  it('the plan comparison uploads a bill, shows it being read, then the bill and the year against the plan', async () => {
    await signIn('new-customer');
    const page = await openPage('plan-comparison.html', { width: 1280, height: 1600 });
    const comparison = () => page.doc.querySelector<HTMLElement & { refresh(): void }>('light-plan-comparison');
    await waitForText(comparison, 'Choose a file');
    const input = deep<HTMLInputElement>(page.doc, 'light-plan-comparison', 'input[type="file"]')!;
    const transfer = new page.win.DataTransfer();
    transfer.items.add(new page.win.File(['%PDF-1.4 a bill'], 'bill.pdf', { type: 'application/pdf' }));
    input.files = transfer.files;
    input.dispatchEvent(new page.win.Event('change', { bubbles: true }));
    await press(comparison()!, 'Compare my bill');
    await waitForText(comparison, 'Reading your bill');
    // The partner's backend got the comparison_invoice.processed webhook and tells the element.
    await waitUntil(
      () => {
        if (textOf(comparison()).includes('Over a typical year')) return true;
        comparison()!.refresh();
        return false;
      },
      'the comparison',
      { timeout: 15_000, interval: 250 },
    );
    await waitUntil(() => deep(page.doc, 'light-plan-comparison', 'path[data-series="offered"]'), 'chart drawn');
    expect(textOf(comparison())).to.contain('Light Simple 12');
    const log = await serverLog();
    const uploads = log.requests.filter((r) => r.route === 'comparisonInvoice' && r.method === 'POST');
    expect(uploads.map((r) => r.status)).to.deep.equal([201]);
    expect(noAlerts(page.doc)).to.deep.equal([]);
    await downloads(page, 'plan comparison');
    page.close();
  });

  it('renewal: choose a plan, accept the terms, renewed', async () => {
    await signIn('renewal-due');
    const page = await openPage('renewal.html', { width: 1280, height: 1600 });
    await waitUntil(() => deep(page.doc, 'light-renewal', 'light-plan-card', 'button'), 'renewal plans', {
      timeout: 10_000,
    });
    await renewWithFirstPlan(page);
    await downloads(page, 'renewal');
    page.close();
  });

  it("renewal with the partner's custom plans: light-elements/server's /plans offers them, renewed from the day after the contract ends", async () => {
    await signIn('renewal-due');
    const page = await openPage('renewal-custom.html', { width: 1280, height: 1600 });
    await waitUntil(() => deep(page.doc, 'light-renewal', 'light-plan-card', 'button'), 'custom plans', {
      timeout: 10_000,
    });
    // The plans came from the backend's app-token request: no renewal offers were asked for, so the sandbox takes
    // the accept below only as a plan it issued through the app plans route.
    const before = await serverLog();
    expect(
      before.requests.filter((r) => r.route === 'renewalRequest'),
      'no renewal offers asked for',
    ).to.deep.equal([]);
    const card = deep<HTMLElement & { plan: { uuid: string; earliest_start_date: string } }>(
      page.doc,
      'light-renewal',
      'light-plan-card',
    )!;
    const { uuid, earliest_start_date: start } = card.plan;
    await renewWithFirstPlan(page);
    const account = (await serverAccount()) as {
      locations: Array<{
        contracts: Array<{ start_date: string; end_date: string; plan: { json: { uuid: string } } }>;
      }>;
    };
    const contracts = account.locations[0].contracts;
    const renewed = contracts.at(-1)!;
    const previous = contracts.at(-2)!;
    expect(renewed.plan.json.uuid).to.equal(uuid);
    expect(renewed.start_date).to.equal(start);
    const dayAfter = new Date(`${previous.end_date}T12:00:00Z`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    expect(start, 'the day after the contract ends').to.equal(dayAfter.toISOString().slice(0, 10));
    await downloads(page, 'renewal, custom plans');
    page.close();
  });

  it('the flow frame opens the login link the partner server rendered, and closes when the flow says so', async () => {
    await signIn('active');
    const page = await openPage('flow-frame.html', { width: 1280 });
    const closed = new Promise<CustomEvent>((resolve) =>
      page.doc.addEventListener('light-flow-close', (e) => resolve(e as CustomEvent), { once: true }),
    );
    await waitUntil(
      () => {
        // Loaded: the frame's load event came (its scripts ran), so the element stopped showing its spinner.
        const frame = deep<HTMLIFrameElement>(page.doc, 'light-flow-frame', 'iframe');
        return (
          frame?.contentDocument?.getElementById('flow-done') &&
          !deep(page.doc, 'light-flow-frame', '[part~="loading"]')
        );
      },
      'the flow page loaded in the frame',
      { timeout: 10_000 },
    );
    const frame = deep<HTMLIFrameElement>(page.doc, 'light-flow-frame', 'iframe')!;
    expect(new URL(frame.src).pathname).to.equal('/__sandbox/flow/login');
    expect(frame.getAttribute('sandbox')).not.to.contain('allow-top-navigation');
    frame.contentDocument!.getElementById('flow-done')!.click();
    const event = await closed;
    expect(event.detail).to.deep.equal({ scope: 'billing', reason: 'flow' });
    await downloads(page, 'flow frame');
    page.close();
  });

  it('the address search is a form field: typed, chosen, submitted as the ESI ID', async () => {
    await signIn('new-customer');
    const page = await openPage('address-search.html');
    await waitUntil(() => deep(page.doc, 'light-address-search', '#input'), 'search field');
    await type(deep(page.doc, 'light-address-search', '#input')!, '1200 main');
    await waitUntil(() => deep(page.doc, 'light-address-search', '[role="option"]'), 'results', { timeout: 10_000 });
    deep(page.doc, 'light-address-search', '[role="option"]')!.click();
    const form = page.doc.querySelector('form')!;
    await waitUntil(() => new page.win.FormData(form).get('esi_id'), 'the ESI ID is the field value');
    expect(String(new page.win.FormData(form).get('esi_id'))).to.match(/^\d{17,22}$/);
    await downloads(page, 'address search');
    page.close();
  });

  it('a plan card from the partner backend renders its strings as text and only http(s) links', async () => {
    const page = await openPage('plan-card.html');
    const card = () => page.doc.querySelector('light-plan-card');
    await waitForText(card, 'Partner Saver 12');
    expect(deepAll(page.doc, 'img'), 'markup in a plan name stays text').to.have.length(0);
    const links = deepAll<HTMLAnchorElement>(card()!, 'a');
    expect(links.map((a) => a.protocol)).to.deep.equal(['https:']);
    expect(buttonNamed(card()!, 'Choose this plan')).to.exist;
    await downloads(page, 'plan card');
    page.close();
  });

  it('two copies of the bundle: elements of one copy use the configure() of the other, with one token', async () => {
    await signIn('active');
    const page = await openPage('two-copies.html', { width: 1280, height: 1400 });
    await waitForText(() => page.doc.querySelector('light-account-status'), 'Service active');
    await waitUntil(() => deep(page.doc, 'light-invoices', 'tr[part="row"]'), 'invoices listed');
    const scripts = page.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(scripts).to.include.members([
      '/__copy/vendor/dist/bundle/light-elements.js',
      '/dist/bundle/light-elements.js',
    ]);
    const log = await serverLog();
    expect(log.tokenRequests).to.equal(1);
    expect(log.requests.filter((r) => r.route === 'account')).to.have.length(1);
    page.close();
  });
});
