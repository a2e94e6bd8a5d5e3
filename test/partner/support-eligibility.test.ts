/**
 * The support contacts and the eligibility check as partners ship them: the built script-tag bundle on plain
 * pages configured by attributes. Support info alone and inside the account status, signed in through the
 * partner's token endpoint; eligibility on a marketing page, answered by the partner's `/energy/eligibility`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  deep,
  deepAll,
  downloads,
  injectFaults,
  openPage,
  press,
  serverLog,
  signIn,
  textOf,
  type,
  waitForText,
} from './partner-page.js';

describe('partner pages: support info and eligibility from the script tag', function () {
  this.timeout(60_000);

  it('a help page: the status that needs the customer shows the contacts, and the contacts alone, in Spanish', async () => {
    await signIn('switch-hold');
    const page = await openPage('support.html', { width: 375, height: 2400 });
    const { doc } = page;
    const status = () => doc.querySelector('light-account-status');
    await waitForText(status, 'Another provider placed a hold');
    await waitUntil(
      () => deep(doc, 'light-account-status', 'light-support-info', '.contacts'),
      'contacts in the status',
      {
        timeout: 10_000,
      },
    );
    expect(textOf(status())).to.contain('Power outage?');
    await waitForText(() => doc.querySelector('body > light-support-info'), '¿Se fue la luz?');
    const tel = deepAll<HTMLAnchorElement>(doc, 'a[href^="tel:"]').map((a) => a.getAttribute('href'));
    expect(tel).to.include('tel:+18555550142');
    expect(deepAll(doc, '[role="alert"]')).to.deep.equal([]);
    const log = await serverLog();
    expect(log.tokenRequests, 'three elements, one token').to.equal(1);
    expect(
      log.requests.filter((r) => r.route === 'account'),
      'one account request',
    ).to.have.length(1);
    await downloads(page, 'help page (account status, support info)');
    page.close();
  });

  it('a marketing page: the ZIP code goes to /energy/eligibility, the answer and the call to action show', async () => {
    await signIn('new-customer');
    const page = await openPage('eligibility.html', { width: 320, height: 1200 });
    const { doc } = page;
    const el = () => doc.querySelector('light-eligibility');
    await waitForText(el, 'Check my area');
    const results: unknown[] = [];
    el()!.addEventListener('light-eligibility-result', (e) => results.push((e as CustomEvent).detail));
    await type(deep(doc, 'light-eligibility', '#zip')!, '78701');
    await sendKeys({ press: 'Enter' });
    await waitForText(el, 'Good news');
    expect(textOf(el())).to.contain('ONCOR');
    expect(deep<HTMLAnchorElement>(doc, 'light-eligibility', '[part~="cta-link"]')!.href).to.equal(
      'https://partner.example/sign-up',
    );
    expect(results).to.deep.equal([{ postalCode: '78701', likelihood: 85, utilities: ['ONCOR'], eligible: true }]);
    const log = await serverLog();
    expect(log.tokenRequests, 'no account token on a marketing page').to.equal(0);
    await downloads(page, 'eligibility page');
    page.close();
  });

  it('a marketing page: a failure behind the backend offers a retry that keeps the ZIP code', async () => {
    await signIn('new-customer');
    await injectFaults({ route: 'app.eligibility', kind: 'status', status: 503, times: 1 });
    const page = await openPage('eligibility.html', { width: 375, height: 1200 });
    const { doc } = page;
    const el = () => doc.querySelector('light-eligibility');
    await waitForText(el, 'Check my area');
    await type(deep(doc, 'light-eligibility', '#zip')!, '79901');
    await sendKeys({ press: 'Enter' });
    await waitForText(el, 'We could not check this ZIP code');
    expect(deep<HTMLInputElement>(doc, 'light-eligibility', '#zip')!.value).to.equal('79901');
    await press(el()!.shadowRoot!, 'Try again');
    await waitForText(el, 'Retail choice is not available in 79901');
    expect(deep(doc, 'light-eligibility', '[part~="cta"]')!.hidden).to.equal(true);
    page.close();
  });
});
