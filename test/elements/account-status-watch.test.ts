/**
 * `<light-account-status>` keeps the status current while the enrollment is on its way to service, and announces
 * once that the service became active. Time moves only through a manual scheduler.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { manualScheduler, setScheduler, type ManualScheduler } from '../../src/api/schedule.js';
import type { LightAccountStatus } from '../../src/elements/account-status/light-account-status.js';
import '../../src/elements/account-status/light-account-status.js';
import type { Sandbox, ScenarioName } from '../../src/sandbox/index.js';
import { shadowText as text } from '../support/dom.js';
import { mountOnSandbox } from '../support/mount.js';

const reads = (sandbox: Sandbox) => sandbox.requests.filter((entry) => entry.route === 'account').length;

describe('light-account-status watch', () => {
  let timers: ManualScheduler;

  beforeEach(() => {
    timers = manualScheduler();
    setScheduler(timers);
  });
  afterEach(() => setScheduler());

  it('shows the service active after a re-read, and fires light-service-active once', async () => {
    const { el, sandbox, session, events } = await mountOnSandbox<LightAccountStatus>(
      'light-account-status',
      html`<light-account-status></light-account-status>`,
      'activating',
      { record: ['light-service-active'] },
    );
    await waitUntil(() => text(el).includes('Switching your service'), 'activating shown');
    await waitUntil(() => timers.pending === 1, 'watching while activating');
    sandbox.setStatus(session.accountUuid, 'active', 'active');
    timers.advance(15_000);
    await waitUntil(() => text(el).includes('Service active'), 'the re-read reached the element');
    expect(events).to.deep.equal([{ type: 'light-service-active', detail: { accountUuid: session.accountUuid } }]);
    const after = reads(sandbox);
    timers.advance(60 * 60_000);
    await el.updateComplete;
    expect(reads(sandbox), 'no re-reads once active').to.equal(after);
    expect(events).to.have.length(1);
  });

  it('makes one request per tick for two elements on one client', async () => {
    const { root, sandbox, session } = await mountOnSandbox<LightAccountStatus>(
      'light-account-status',
      html`<light-account-status></light-account-status><light-account-status></light-account-status>`,
      'enrolled-pending',
    );
    const [first, second] = root.querySelectorAll('light-account-status');
    await waitUntil(() => [first, second].every((el) => text(el).includes('reviewing')), 'both loaded');
    const before = reads(sandbox);
    await waitUntil(() => timers.pending === 1, 'watching');
    expect(timers.delays, 'one schedule for both').to.deep.equal([15_000]);
    sandbox.setStatus(session.accountUuid, 'scheduled', 'service_pending');
    timers.advance(15_000);
    await waitUntil(() => [first, second].every((el) => text(el).includes('Service scheduled')), 'both updated');
    expect(reads(sandbox)).to.equal(before + 1);
    timers.advance(15_000);
    await waitUntil(() => reads(sandbox) === before + 2, 'the next tick: back at 15 s after the change');
    expect(timers.delays, 'then doubling again').to.deep.equal([15_000, 15_000, 30_000]);
  });

  for (const scenario of ['active', 'mid-enrollment-ready-to-finalize', 'credit-frozen'] as ScenarioName[]) {
    it(`does not re-read an account that is not on its way (${scenario})`, async () => {
      const { el, sandbox } = await mountOnSandbox<LightAccountStatus>(
        'light-account-status',
        html`<light-account-status></light-account-status>`,
        scenario,
      );
      await waitUntil(() => !el.shadowRoot!.querySelector('[part="skeleton"]'), 'loaded');
      await el.updateComplete;
      const before = reads(sandbox);
      timers.advance(60 * 60_000);
      await el.updateComplete;
      expect(timers.delays, 'no timer').to.deep.equal([]);
      expect(reads(sandbox)).to.equal(before);
    });
  }
});
