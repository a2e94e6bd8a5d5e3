/**
 * The account store's watch: one schedule of re-reads per client while any element holds a watch, backing off
 * from 15 s to 5 minutes, paused while the page is hidden, and ended by an active service, a 401/403 or the
 * last release. Time moves only through a manual scheduler.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { LightClient } from '../../src/api/http.js';
import { manualScheduler, setScheduler, type ManualScheduler } from '../../src/api/schedule.js';
import type { Account } from '../../src/api/types.js';
import { isServiceOnTheWay } from '../../src/core/account-poll.js';
import { AccountStore, isServiceActive } from '../../src/core/account-store.js';
import { createSandbox, type ScenarioName } from '../../src/sandbox/index.js';
import { setVisibility } from '../support/visibility.js';

const MINUTE = 60_000;

describe('AccountStore.watch', () => {
  let timers: ManualScheduler;
  /** Moves time on by `ms` and waits for the re-read it started, if any, to be applied. */
  let tick: (store: AccountStore, ms: number) => Promise<void>;
  /** Every watch a test holds, released after it (a watch held on would hear the next test's page). */
  let held: Array<() => void>;
  /**
   * Watches `store`; the watch and its release reach the store's poll in a microtask (once loaded), which this
   * waits for.
   */
  const watch = async (store: AccountStore) => {
    const release = store.watch();
    held.push(release);
    await Promise.resolve();
    return async () => {
      release();
      await Promise.resolve();
    };
  };

  /**
   * A store over a fresh sandbox account, loaded once, and a count of its account requests. Its poll (a module
   * the store loads with its first watch) is loaded too, with a watch on other timers, released.
   */
  async function loadedStore(scenario: ScenarioName = 'activating') {
    const sandbox = createSandbox({ seed: 11 });
    const session = sandbox.session(scenario);
    const client = new LightClient({ tokenProvider: session.tokenProvider, fetch: sandbox.fetch, maxAttempts: 1 });
    const store = new AccountStore(client);
    await store.load();
    const warm = manualScheduler();
    setScheduler(warm);
    const release = store.watch();
    await waitUntil(() => warm.pending === 1, 'the poll loaded');
    release();
    await Promise.resolve();
    expect(warm.pending).to.equal(0);
    setScheduler(timers);
    const reads = () => sandbox.requests.filter((entry) => entry.route === 'account').length;
    return { sandbox, session, store, reads };
  }

  beforeEach(() => {
    timers = manualScheduler();
    setScheduler(timers);
    held = [];
    tick = async (store, ms) => {
      timers.advance(ms);
      // A re-read in flight is the pending load; settled, this answers from memory without a request.
      await store.load().catch(() => undefined);
    };
  });
  afterEach(async () => {
    for (const release of held) release();
    await Promise.resolve();
    setScheduler();
    setVisibility(undefined);
  });

  it('re-reads after 15 s, then at doubling waits up to a 5 minute cap', async () => {
    const { store, reads } = await loadedStore();
    const seen: string[] = [];
    store.subscribe((account) => seen.push(account.status));
    await watch(store);
    timers.advance(14_999);
    expect(reads(), 'nothing before 15 s').to.equal(1);
    await tick(store, 1);
    expect(reads()).to.equal(2);
    for (const wait of [30_000, 60_000, 2 * MINUTE, 4 * MINUTE, 5 * MINUTE, 5 * MINUTE]) {
      timers.advance(wait - 1);
      expect(reads(), `not before ${wait} ms`).to.equal(seen.length + 1);
      await tick(store, 1);
      expect(reads(), `after ${wait} ms`).to.equal(seen.length + 1);
    }
    expect(timers.delays).to.deep.equal([15_000, 30_000, 60_000, 120_000, 240_000, 300_000, 300_000, 300_000]);
    expect(seen, 'every subscriber hears of each re-read').to.have.length(7);
  });

  it('starts again from 15 s when a read shows the status changed', async () => {
    const { sandbox, session, store } = await loadedStore('enrolled-pending');
    await watch(store);
    await tick(store, 15_000);
    await tick(store, 30_000);
    sandbox.setStatus(session.accountUuid, 'reviewing', 'credit_check_pending');
    await tick(store, 60_000);
    expect(store.value?.status_reason).to.equal('credit_check_pending');
    expect(timers.delays).to.deep.equal([15_000, 30_000, 60_000, 15_000]);
  });

  it('runs one schedule however many watch, until the last watch is released', async () => {
    const { store, reads } = await loadedStore();
    const first = await watch(store);
    const second = await watch(store);
    expect(timers.pending).to.equal(1);
    await tick(store, 15_000);
    expect(reads(), 'one request for both watches').to.equal(2);
    await first();
    await first(); // releasing twice releases once
    expect(timers.pending, 'the other watch still holds it').to.equal(1);
    await tick(store, 30_000);
    expect(reads()).to.equal(3);
    await second();
    expect(timers.pending, 'the timer is cleared').to.equal(0);
    await tick(store, 60 * MINUTE);
    expect(reads()).to.equal(3);
  });

  it('reads nothing while the page is hidden, and soon after it is visible again', async () => {
    const { store, reads } = await loadedStore();
    await watch(store);
    await tick(store, 15_000);
    setVisibility('hidden');
    expect(timers.pending, 'no timer while hidden').to.equal(0);
    await tick(store, 60 * MINUTE);
    expect(reads()).to.equal(2);
    setVisibility('visible');
    await tick(store, 1_000);
    expect(reads(), 'one read soon after').to.equal(3);
    await tick(store, 60_000);
    expect(reads(), 'and the schedule goes on').to.equal(4);
    expect(timers.delays).to.deep.equal([15_000, 30_000, 1_000, 60_000, 120_000]);
  });

  it('sets no timer when watched from a hidden page', async () => {
    const { store } = await loadedStore();
    setVisibility('hidden');
    await watch(store);
    expect(timers.pending).to.equal(0);
    setVisibility('visible');
    expect(timers.delays).to.deep.equal([1_000]);
  });

  it('stops for good once a read shows the service active', async () => {
    const { sandbox, session, store, reads } = await loadedStore();
    const release = await watch(store);
    sandbox.setStatus(session.accountUuid, 'active', 'active');
    await tick(store, 15_000);
    expect(store.value?.enrollment.is_service_active).to.equal(true);
    expect(timers.pending).to.equal(0);
    await tick(store, 60 * MINUTE);
    await release();
    await watch(store);
    setVisibility('visible');
    expect(timers.pending, 'a new watch of an active account reads nothing').to.equal(0);
    expect(reads()).to.equal(2);
  });

  it('keeps its schedule through server failures', async () => {
    const { sandbox, store, reads } = await loadedStore();
    await watch(store);
    const outage = sandbox.faults.add({ route: 'account', kind: 'status', status: 503 });
    await tick(store, 15_000);
    await tick(store, 30_000);
    expect(reads()).to.equal(3);
    outage.remove();
    await tick(store, 60_000);
    expect(reads()).to.equal(4);
    expect(timers.delays).to.deep.equal([15_000, 30_000, 60_000, 120_000]);
  });

  for (const status of [401, 403]) {
    it(`stops on a ${status}`, async () => {
      const { sandbox, store, reads } = await loadedStore();
      await watch(store);
      sandbox.faults.add({ route: 'account', kind: 'status', status });
      await tick(store, 15_000);
      const after = reads();
      expect(timers.pending).to.equal(0);
      await tick(store, 60 * MINUTE);
      expect(reads()).to.equal(after);
    });
  }
});

describe('isServiceOnTheWay / isServiceActive', () => {
  const account = (status: string, active = false) =>
    ({ status, enrollment: { is_service_active: active } }) as Pick<Account, 'status' | 'enrollment'>;

  it('watches finalized enrollments travelling to service, and nothing the customer must act on', () => {
    for (const status of ['reviewing', 'ready', 'scheduled', 'activating']) {
      expect(isServiceOnTheWay(account(status)), status).to.equal(true);
    }
    for (const status of ['created', 'applying', 'needs_attention', 'active', 'cancelled']) {
      expect(isServiceOnTheWay(account(status)), status).to.equal(false);
    }
    expect(isServiceOnTheWay(account('activating', true)), 'already active').to.equal(false);
  });

  it('takes either the flag or the status as an active service', () => {
    expect(isServiceActive(account('activating', true))).to.equal(true);
    expect(isServiceActive(account('active'))).to.equal(true);
    expect(isServiceActive(account('scheduled'))).to.equal(false);
  });
});
