/**
 * Enrollment through the partner's backend (the built `light-elements/server` at `/energy`), on the built
 * script-tag bundle, configured by attributes: the address given at account creation searched exactly first, and
 * the client-agent (power of attorney) enrollment recorded through the backend.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { addCard, chooseAddress, giveIdentityAndCredit } from './enrollment-steps.js';
import {
  deep,
  openPage,
  press,
  serverAccount,
  serverConsents,
  serverLog,
  signIn,
  textOf,
  waitForText,
} from './partner-page.js';

describe('partner page: <light-enrollment> through light-elements/server', function () {
  this.timeout(60_000);

  it("confirms the account's preliminary_address from the full-address search, ESI ID shown", async () => {
    await signIn('new-customer', { preliminaryAddress: '4521 Gaston Avenue, Dallas, TX 75246' });
    const page = await openPage('enrollment-address.html');
    const enrollment = () => page.doc.querySelector('light-enrollment');
    const search = () => deep(page.doc, 'light-enrollment', 'light-address-search');
    await waitForText(search, '10443720636966187');
    expect(textOf(search())).to.contain('4521 GASTON AVE');
    // No typing: the exact match is offered for confirmation.
    expect(
      deep<HTMLInputElement>(page.doc, 'light-enrollment', 'light-address-search', '#input')?.value ?? '',
    ).to.equal('');
    await press(search()!, 'Yes, this is my address');
    await waitForText(enrollment, 'Step 2 of 7');
    // Found by the full-address search (through the backend), not by the type-ahead.
    const { requests } = await serverLog();
    expect(requests.some((r) => r.route === 'addressSearch')).to.equal(false);
    page.close();
  });

  it('takes address, details, credit check and card, then the consent, and records it through the backend', async () => {
    const { accountUuid } = await signIn('new-customer');
    const page = await openPage('enrollment-client-agent.html', { width: 1024, height: 1400 });
    const enrollment = () => page.doc.querySelector('light-enrollment');
    const consents: Array<Record<string, unknown>> = [];
    page.win.addEventListener('light-client-agent-consent', (e) => consents.push((e as CustomEvent).detail));

    await waitForText(enrollment, 'Step 1 of 5');
    await chooseAddress(page);
    await giveIdentityAndCredit(page, 'Step 2 of 5', 'Step 3 of 5');
    await addCard(page, 'Step 4 of 5');
    await waitForText(enrollment, 'Step 5 of 5');
    await waitForText(enrollment, 'When: when your solar installation is switched on.');
    expect(textOf(enrollment())).to.contain('Plan: Sunny Solar 12.');
    deep<HTMLInputElement>(page.doc, 'light-enrollment', '#client-agent-consent')!.click();
    await press(enrollment()!, 'Authorize and finish');
    await waitForText(enrollment, 'You are approved');

    await waitUntil(() => consents.length === 1, 'the consent event');
    expect(consents[0]).to.include({ accountUuid, esiId: '10443720000000000', recorded: true });
    const kept = await serverConsents();
    expect(kept.map((c) => c.consent)).to.deep.equal([consents[0].consent]);
    expect((await serverAccount()).client_agent_accepted_at).to.equal(consents[0].acceptedAt);
    const { requests } = await serverLog();
    // The plan is the partner's to accept later: none requested, accepted or submitted here.
    for (const route of ['plansRequest', 'plansAccept', 'finalize']) {
      expect(
        requests.some((r) => r.route === route),
        route,
      ).to.equal(false);
    }
    page.close();
  });
});
