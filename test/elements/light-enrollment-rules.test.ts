/**
 * `<light-enrollment>` against the documented enrollment rules: the confirmation tells the truth of the account,
 * the partner's address and details are used, and the client-agent (power of attorney) enrollment.
 */
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { now } from '../../src/api/clock.js';
import { manualScheduler, setScheduler } from '../../src/api/schedule.js';
import type { ClientAgentConsentDetail, LightEnrollment } from '../../src/elements/enrollment/light-enrollment.js';
import type { ScenarioName } from '../../src/sandbox/index.js';
import type { ClientAgentConsentContext } from '../../src/server/index.js';
import '../../src/elements/account-status/light-account-status.js';
import { serveBackend } from '../support/backend.js';
import { deepActive } from '../support/dom.js';
import {
  $,
  addCard,
  atStage,
  button,
  chooseAddress,
  choosePlan,
  startEnrollment,
  submitCredit,
  submitIdentity,
} from '../support/enrollment.js';
import type { MountOptions } from '../support/mount.js';

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

/** An enrollment whose partner backend (`/energy`, `light-elements/server` over the sandbox) is served on this page. */
async function withBackend(
  scenario: ScenarioName,
  element: ReturnType<typeof html>,
  options: MountOptions & { backend?: Parameters<typeof serveBackend>[1] } = {},
) {
  let calls: ReturnType<typeof serveBackend>['calls'] = [];
  const mounted = await startEnrollment(scenario, {
    element,
    ...options,
    before: async (setup) => {
      const served = serveBackend(setup, options.backend);
      calls = served.calls;
      restore = served.restore;
    },
  });
  return { ...mounted, calls };
}

/** The backend routes called but sign-in. */
const asked = (calls: Array<{ path: string }>) => calls.map((c) => c.path).filter((path) => path !== '/token');
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const heading = (el: Element) => $(el, '#step-title').textContent!.replace(/\s+/g, ' ').trim();
const searchInput = (el: Element) =>
  el.shadowRoot!.querySelector('light-address-search')?.shadowRoot?.querySelector<HTMLInputElement>('#input') ?? null;

describe('light-enrollment: the documented rules', function () {
  this.timeout(30_000);

  describe('the screen after submitting is true to the account', () => {
    it('confirms while the enrollment is on its way, with what happens next', async () => {
      const { el } = await startEnrollment('enrolled-pending');
      await atStage(el, 'done');
      expect(heading(el)).to.equal('✓ You are signed up');
      expect(text(el)).to.contain('What happens next');
      await expect(el).to.be.accessible();
    });

    it('says the enrollment is on hold, and what to do, when it needs attention (frozen credit)', async () => {
      const { el } = await startEnrollment('credit-frozen');
      await atStage(el, 'done');
      expect(heading(el)).to.equal('Your enrollment is on hold');
      expect(text(el)).not.to.contain('You are signed up');
      expect(text(el)).not.to.contain('What happens next');
      const action = $(el, '.notice.action');
      expect(action.textContent).to.contain('What you need to do');
      // The docs: an email with a link to Experian's unfreeze portal, and the check retries by itself.
      expect(action.textContent).to.contain('Experian');
      expect(action.textContent).to.match(/automatically/);
      await expect(el).to.be.accessible();
    });

    it('says the enrollment was cancelled when the rates expired', async () => {
      const { el } = await startEnrollment('rates-expired');
      await atStage(el, 'done');
      expect(heading(el)).to.equal('This enrollment was cancelled');
      expect(text(el)).not.to.contain('You are signed up');
      expect(text(el)).not.to.contain('What happens next');
      expect($(el, '[data-status]').dataset.status).to.equal('cancelled/expire_pre_active');
    });

    it('says service is active once it is', async () => {
      const { el } = await startEnrollment('active');
      await atStage(el, 'done');
      expect(heading(el)).to.equal('✓ Your service is active');
      expect(text(el)).not.to.contain('What happens next');
    });
  });

  describe('following the enrollment to service active', () => {
    afterEach(() => setScheduler());

    it('keeps the confirmation current on one shared poll, and each element fires light-service-active once', async () => {
      const timers = manualScheduler();
      setScheduler(timers);
      const { el, root, sandbox, session, events } = await startEnrollment('activating', {
        element: html`<light-enrollment no-history></light-enrollment><light-account-status></light-account-status>`,
        record: ['light-service-active'],
      });
      await atStage(el, 'done');
      expect(heading(el)).to.equal('✓ You are signed up');
      await waitUntil(() => timers.pending === 1, 'one poll for both elements');
      const reads = () => sandbox.requests.filter((r) => r.route === 'account').length;
      const before = reads();
      const fromEnrollment: unknown[] = [];
      el.addEventListener('light-service-active', (e) => e.target === el && fromEnrollment.push(e.detail));
      sandbox.setStatus(session.accountUuid, 'active', 'active');
      timers.advance(15_000);
      await waitUntil(() => heading(el) === '✓ Your service is active', 'the confirmation followed the account');
      expect(reads()).to.equal(before + 1);
      const status = root.querySelector('light-account-status')!;
      await waitUntil(() => status.shadowRoot!.textContent!.includes('Service active'), 'the status element too');
      // Each element that showed the service on its way says so, once.
      const detail = { accountUuid: session.accountUuid };
      expect(fromEnrollment).to.deep.equal([detail]);
      expect(events).to.deep.equal([
        { type: 'light-service-active', detail },
        { type: 'light-service-active', detail },
      ]);
      timers.advance(60 * 60_000);
      expect(reads()).to.equal(before + 1);
    });

    it('does not poll a cancelled enrollment', async () => {
      const timers = manualScheduler();
      setScheduler(timers);
      const { el } = await startEnrollment('cancelled-pre-start');
      await atStage(el, 'done');
      await el.updateComplete;
      expect(timers.pending).to.equal(0);
    });
  });

  describe("the partner's address: the full-address search first", () => {
    it('goes straight to confirming the one match, with its ESI ID', async () => {
      const serviceAddress = {
        address_1: '1200 Main Street Apt 1402',
        city: 'Dallas',
        state: 'TX',
        postal_code: '75202',
      };
      const { el, calls } = await withBackend(
        'new-customer',
        html`<light-enrollment no-history backend="/energy" .serviceAddress=${serviceAddress}></light-enrollment>`,
      );
      await atStage(el, 'address');
      const search = $(el, 'light-address-search');
      await waitUntil(() => button(search, 'Yes, this is my address'), 'the match, for confirmation', {
        timeout: 5000,
      });
      expect(search.shadowRoot!.textContent).to.contain('10443720000000000');
      expect(asked(calls)).to.deep.equal(['/full-address-search']);
      expect(calls.find((c) => c.path === '/full-address-search')!.body).to.include({
        address_1: '1200 Main Street Apt 1402',
        postal_code: '75202',
      });
      button(search, 'Yes, this is my address').click();
      await atStage(el, 'plan');
    });

    it('offers the meters to choose from when the address has more than one', async () => {
      const serviceAddress = { address_1: '3409 Oak Lawn Ave', city: 'Dallas', postal_code: '75219' };
      const { el } = await withBackend(
        'new-customer',
        html`<light-enrollment no-history backend="/energy" .serviceAddress=${serviceAddress}></light-enrollment>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelectorAll('input[name="meter"]').length === 2, 'two meters', {
        timeout: 5000,
      });
      expect(text(el)).to.contain('10443720871506362');
      await expect(el).to.be.accessible();
      $<HTMLInputElement>(el, '#meter-1').click();
      button(el, 'Yes, this is my address').click();
      await atStage(el, 'plan');
      expect(text(el)).to.contain('APT 211');
    });

    it('starts the type-ahead from the address when nothing matches exactly', async () => {
      const serviceAddress = { address_1: '1201 Main St', city: 'Dallas', postal_code: '75202' };
      const { el, calls } = await withBackend(
        'new-customer',
        html`<light-enrollment no-history backend="/energy" .serviceAddress=${serviceAddress}></light-enrollment>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('light-address-search'), 'the search', { timeout: 5000 });
      await waitUntil(() => searchInput(el)?.value, 'the search prefilled');
      expect(searchInput(el)!.value).to.equal('1201 Main St, Dallas, 75202');
      expect(asked(calls)).to.deep.equal(['/full-address-search']);
    });

    it("searches the account's preliminary_address when the partner set one at account creation", async () => {
      const { el, calls } = await withBackend(
        'new-customer',
        html`<light-enrollment no-history backend="/energy"></light-enrollment>`,
        { account: { preliminary_address: '4521 Gaston Avenue, Dallas, TX 75246' } },
      );
      const search = () => el.shadowRoot!.querySelector('light-address-search');
      await waitUntil(() => search() && button(search()!, 'Yes, this is my address'), 'the match', { timeout: 5000 });
      expect(search()!.shadowRoot!.textContent).to.contain('10443720636966187');
      expect(calls.find((c) => c.path === '/full-address-search')!.body).to.include({
        address_1: '4521 Gaston Avenue',
        city: 'Dallas',
        postal_code: '75246',
      });
    });

    it('without a backend, starts the type-ahead from the address, and asks no one', async () => {
      const serviceAddress = { address_1: '1200 Main St', postal_code: '75202' };
      const { el, sandbox } = await startEnrollment('new-customer', {
        element: html`<light-enrollment no-history .serviceAddress=${serviceAddress}></light-enrollment>`,
      });
      await waitUntil(() => searchInput(el)?.value, 'the search prefilled');
      expect(searchInput(el)!.value).to.equal('1200 Main St, 75202');
      expect(sandbox.requests.some((r) => r.route === 'app.fullAddressSearch')).to.equal(false);
    });
  });

  describe("the customer's details the partner has", () => {
    it('skips the identity step when they complete what the account has', async () => {
      const customer = { phone_number: '(214) 555-0142', date_of_birth: '1988-04-12' };
      const { el, sandbox } = await startEnrollment('mid-enrollment-plan-accepted', {
        element: html`<light-enrollment no-history .customer=${customer}></light-enrollment>`,
      });
      await atStage(el, 'credit');
      const identity = sandbox.requests.filter((r) => r.route === 'identity');
      expect(identity.map((r) => r.status)).to.deep.equal([200]);
    });

    it('prefills what it has and asks for the rest', async () => {
      const { el } = await startEnrollment('mid-enrollment-plan-accepted', {
        element: html`<light-enrollment no-history .customer=${{ phone_number: '2145550142' }}></light-enrollment>`,
      });
      await atStage(el, 'identity');
      expect($<HTMLInputElement>(el, '#phone_number').value).to.equal('2145550142');
      expect($<HTMLInputElement>(el, '#date_of_birth').value).to.equal('');
    });
  });

  it('says a start more than 30 days out needs the partner to enroll the customer later', async () => {
    const { el } = await startEnrollment();
    await chooseAddress(el);
    await choosePlan(el);
    await atStage(el, 'terms');
    expect($(el, '#start-later').textContent).to.contain('more than 30 days');
  });

  describe('client-agent (power of attorney) enrollment', () => {
    /** Address, details, credit check and card: everything but the plan. */
    async function throughPayment(el: LightEnrollment) {
      expect(text(el)).to.contain('Step 1 of 5');
      await chooseAddress(el);
      await submitIdentity(el);
      await submitCredit(el);
      await addCard(el);
      await atStage(el, 'consent');
    }

    it('asks for explicit consent naming who, when and which plan, then ends approved', async () => {
      const kept: ClientAgentConsentContext[] = [];
      const { el, sandbox, session, events, calls } = await withBackend(
        'new-customer',
        html`<light-enrollment
          no-history
          backend="/energy"
          client-agent
          client-agent-when="when your solar installation is switched on"
          client-agent-plan="Sunny 12"
        ></light-enrollment>`,
        { record: ['light-client-agent-consent'], backend: { clientAgent: { onConsent: (c) => void kept.push(c) } } },
      );
      await throughPayment(el);
      expect(sandbox.requests.some((r) => r.route === 'plansRequest')).to.equal(false);
      const consent = text(el);
      expect(consent).to.contain('on your behalf');
      expect(consent).to.contain('When: when your solar installation is switched on.');
      expect(consent).to.contain('Plan: Sunny 12.');
      await expect(el).to.be.accessible();

      button(el, 'Authorize and finish').click();
      await waitUntil(() => $(el, '#consent-error'), 'the box is required');
      expect(deepActive()?.id).to.equal('client-agent-consent');
      expect(events).to.have.length(0);

      $<HTMLInputElement>(el, '#client-agent-consent').click();
      button(el, 'Authorize and finish').click();
      await atStage(el, 'done');
      // Recorded, with every check done: the account moves to ready.
      await waitUntil(() => heading(el) === '✓ You are approved', 'approved', { timeout: 5000 });
      expect(text(el)).to.contain('when your solar installation is switched on');
      expect($(el, '[data-status]').dataset.status).to.equal('ready/enrollment_pending_client_agent');

      const detail = events[0].detail as ClientAgentConsentDetail;
      expect(detail).to.include({ accountUuid: session.accountUuid, esiId: '10443720000000000', recorded: true });
      expect(Math.abs(Date.parse(detail.acceptedAt) - now())).to.be.below(60_000);
      expect(detail.consent).to.contain('Sunny 12');
      expect(kept.map((c) => c.consent)).to.deep.equal([detail.consent]);
      expect(asked(calls)).to.deep.equal(['/client-agent']);
      expect(sandbox.getAppAccount(session.accountUuid).client_agent_accepted_at).to.equal(detail.acceptedAt);
      expect(sandbox.requests.some((r) => r.route === 'finalize')).to.equal(false);
    });

    it('without a backend, announces the consent for the partner to record', async () => {
      const { el } = await startEnrollment('new-customer', {
        element: html`<light-enrollment no-history client-agent></light-enrollment>`,
      });
      await throughPayment(el);
      $<HTMLInputElement>(el, '#client-agent-consent').click();
      const fired = oneEvent(el, 'light-client-agent-consent');
      button(el, 'Authorize and finish').click();
      expect((await fired).detail.recorded).to.equal(false);
      await atStage(el, 'done');
      // Not recorded yet (the partner does that): thanked, not approved, and nothing claimed submitted.
      expect(heading(el)).to.equal('✓ Thank you: your authorization is saved');
    });

    it('shows the approval when the account is already ready for the partner', async () => {
      const { el } = await startEnrollment('client-agent-ready', {
        element: html`<light-enrollment no-history client-agent></light-enrollment>`,
      });
      await atStage(el, 'done');
      expect(heading(el)).to.equal('✓ You are approved');
    });
  });
});
