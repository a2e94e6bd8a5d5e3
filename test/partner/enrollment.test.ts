/**
 * Enrollment as partners ship it: the built script-tag bundle on a plain page, configured by attributes alone,
 * with Stripe.js requested from js.stripe.com (answered by a stand-in) and the Light API behind a same-origin path.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { signUp, SSN } from './enrollment-steps.js';
import {
  deep,
  downloads,
  openPage,
  serverAccount,
  serverLog,
  signIn,
  textOf,
  type,
  waitForText,
} from './partner-page.js';

describe('partner page: <light-enrollment> from the script tag, zero JavaScript', function () {
  this.timeout(60_000);

  it('signs a customer up to submitted, loading Stripe.js once from its URL', async () => {
    await signIn('new-customer');
    const page = await openPage('enrollment.html', { width: 1024, height: 1400 });
    const events: string[] = [];
    for (const type of ['light-enrollment-step', 'light-enrollment-complete', 'light-error']) {
      page.doc.addEventListener(type, (event) =>
        events.push(`${type} ${JSON.stringify((event as CustomEvent).detail)}`),
      );
    }
    await signUp(page);

    const account = (await serverAccount()) as { enrollment?: Record<string, unknown>; ssn_last4?: string };
    const log = await serverLog();
    expect(
      log.requests.some((r) => r.route === 'finalize' && r.status === 200),
      'finalize sent',
    ).to.equal(true);
    expect(JSON.stringify(account)).not.to.contain('123456789');
    expect(
      events.filter((e) => e.startsWith('light-error')),
      'no error on the way',
    ).to.deep.equal([]);
    expect(events.join('\n')).not.to.contain('6789');
    expect(log.tokenRequests, 'one token for the enrollment and the elements inside it').to.equal(1);

    const stripe = (page.win as unknown as { __stripeStandIn?: { loads: number } }).__stripeStandIn;
    expect(stripe?.loads, 'Stripe.js executed once').to.equal(1);
    const stripeRequests = page.win.performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.startsWith('https://js.stripe.com/'));
    expect(stripeRequests.map((entry) => new URL(entry.name).pathname)).to.deep.equal(['/endive/stripe.js']);

    const { files } = await downloads(page, 'enrollment (module)');
    const unused = files.filter((f) => /light-(invoices|usage-chart|renewal|documents|flow-frame)-/.test(f.path));
    expect(unused, 'no code for elements the page does not use').to.deep.equal([]);
    page.close();
  });

  it('signs up from the classic script too', async () => {
    await signIn('new-customer');
    const page = await openPage('enrollment-classic.html', { width: 390, height: 1600 });
    await signUp(page);
    expect(textOf(page.doc.querySelector('light-enrollment'))).to.contain('1200 MAIN ST');
    await downloads(page, 'enrollment (classic)');
    page.close();
  });

  it('types the SSN with the keyboard and never shows it back', async () => {
    await signIn('mid-enrollment-identity-submitted');
    const page = await openPage('enrollment.html');
    const enrollment = () => page.doc.querySelector('light-enrollment');
    await waitForText(enrollment, 'Step 5 of 7');
    // The credit step's view arrives with the later steps' chunk.
    await waitUntil(() => deep(page.doc, 'light-enrollment', '#ssn'), 'the SSN field');
    const ssn = deep<HTMLInputElement>(page.doc, 'light-enrollment', '#ssn')!;
    // Masked without type="password", which password managers offer to save.
    expect(ssn.type).to.equal('text');
    expect(page.win.getComputedStyle(ssn).getPropertyValue('-webkit-text-security')).to.equal('disc');
    expect(ssn.autocomplete).to.equal('off');
    await type(ssn, SSN);
    await sendKeys({ press: 'Tab' });
    expect(textOf(enrollment())).not.to.contain('6789');
    page.close();
  });
});
