/**
 * Enrollment as partners ship it: the built script-tag bundle on a plain page, configured by attributes alone,
 * with Stripe.js requested from js.stripe.com (answered by a stand-in) and the Light API behind a same-origin path.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  deep,
  downloads,
  openPage,
  press,
  serverAccount,
  serverLog,
  signIn,
  textOf,
  type,
  typeCard,
  waitForText,
  type PartnerPage,
} from './partner-page.js';

const SSN = '123-45-6789';

function fill(page: PartnerPage, input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new page.win.Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new page.win.Event('change', { bubbles: true, composed: true }));
}

async function signUp(page: PartnerPage) {
  const enrollment = () => page.doc.querySelector('light-enrollment');
  const field = <E extends Element = HTMLInputElement>(selector: string) =>
    deep<E>(page.doc, 'light-enrollment', selector);
  await waitForText(enrollment, 'Step 1 of 7');

  // Address: typed, chosen from the list, confirmed.
  await waitUntil(() => deep(page.doc, 'light-enrollment', 'light-address-search', '#input'), 'address field');
  await type(deep(page.doc, 'light-enrollment', 'light-address-search', '#input')!, '1200 main');
  await waitUntil(() => deep(page.doc, 'light-enrollment', 'light-address-search', '[role="option"]'), 'addresses', {
    timeout: 10_000,
  });
  deep(page.doc, 'light-enrollment', 'light-address-search', '[role="option"]')!.click();
  await press(enrollment()!, 'Yes, this is my address');

  // Plan, then terms.
  await waitForText(enrollment, 'Step 2 of 7');
  await waitUntil(() => deep(page.doc, 'light-enrollment', 'light-plan-card', 'button'), 'plan cards');
  deep(page.doc, 'light-enrollment', 'light-plan-card', 'button')!.click();
  await waitForText(enrollment, 'Step 3 of 7');
  field('#terms')!.click();
  await press(enrollment()!, 'Accept plan');

  // Identity and credit check.
  await waitForText(enrollment, 'Step 4 of 7');
  await type(field('#phone_number')!, '2145550142');
  fill(page, field('#date_of_birth')!, '1988-04-12');
  await press(enrollment()!, 'Save and continue');
  await waitForText(enrollment, 'Step 5 of 7');
  await type(field('#ssn')!, SSN);
  const consent = field('#consent')!;
  if (!consent.checked) consent.click();
  await press(enrollment()!, 'Submit for credit check');

  // Card: Stripe's form mounts in the page's light DOM, inside the element.
  await waitForText(enrollment, 'Step 6 of 7');
  await typeCard(enrollment()!, {}, 'the card form from js.stripe.com');
  await press(enrollment()!, 'Save card');

  await waitForText(enrollment, 'Step 7 of 7');
  await press(enrollment()!, 'Submit enrollment');
  await waitForText(enrollment, 'You are signed up');
}

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
