import { expect, waitUntil } from '@open-wc/testing';
import { CLOCK_KEY, clockAt, now, setClock, type Clock } from '../../src/api/clock.js';
import { TokenManager } from '../../src/api/token-manager.js';
import { localToday } from '../../src/core/dates.js';
import { isExpired } from '../../src/elements/flow-frame/flow-link.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { setClock as setClockFromIndex } from '../../src/index.js';

type Host = { [key: symbol]: unknown };
const host = globalThis as unknown as Host;

describe('clock', () => {
  // The test page runs on a pinned clock (test/support/clock.mjs); every test here puts it back.
  let pinned: unknown;
  beforeEach(() => {
    pinned = host[CLOCK_KEY];
  });
  afterEach(() => {
    host[CLOCK_KEY] = pinned;
  });

  it('keeps the clock on globalThis under Symbol.for, so every copy of the library shares it', () => {
    expect(CLOCK_KEY).to.equal(Symbol.for('light-elements.clock'));
    // What a second copy (another bundle, the sandbox) would do: set the hook by its well-known key.
    host[Symbol.for('light-elements.clock')] = () => 1_234;
    expect(now()).to.equal(1_234);
    setClock(() => 5_678);
    expect((host[Symbol.for('light-elements.clock')] as Clock)()).to.equal(5_678);
  });

  it('is pinned on every test page', () => {
    expect(typeof pinned).to.equal('function');
    expect(Math.abs(now() - (pinned as Clock)())).to.be.below(1_000);
  });

  it('falls back to Date.now when nothing is pinned, or the hook is not a function', () => {
    setClock();
    expect(Symbol.for('light-elements.clock') in globalThis).to.equal(false);
    const before = Date.now();
    const read = now();
    expect(read).to.be.within(before, Date.now());
    host[CLOCK_KEY] = 'not a clock';
    expect(now()).to.be.within(before, Date.now());
  });

  it('setClock pins and releases', () => {
    setClock(() => Date.parse('2028-02-29T18:00:00Z'));
    expect(new Date(now()).toISOString()).to.equal('2028-02-29T18:00:00.000Z');
    setClock();
    expect(Math.abs(now() - Date.now())).to.be.below(1_000);
  });

  it('setClock refuses what is not a function', () => {
    expect(() => setClock(123 as unknown as Clock)).to.throw(TypeError);
  });

  it('is exported from the package entry', () => {
    expect(setClockFromIndex).to.equal(setClock);
  });

  it('clockAt runs from its instant by default', async () => {
    const clock = clockAt('2026-12-31T23:59:59.990-06:00');
    const first = clock();
    expect(first).to.be.within(
      Date.parse('2026-12-31T23:59:59.990-06:00'),
      Date.parse('2027-01-01T00:00:00.990-06:00'),
    );
    // Runs forward: a few milliseconds later it has passed midnight (in Texas) into the new year.
    await waitUntil(() => clock() >= Date.parse('2027-01-01T00:00:00-06:00'), 'the clock did not advance');
  });

  it('clockAt takes epoch ms, a Date or an ISO string, and may be frozen', () => {
    const at = Date.parse('2026-03-08T12:00:00-05:00');
    expect(clockAt(at, { frozen: true })()).to.equal(at);
    expect(clockAt(new Date(at), { frozen: true })()).to.equal(at);
    expect(clockAt('2026-03-08T17:00:00Z', { frozen: true })()).to.equal(at);
    expect(clockAt(at)()).to.be.at.least(at);
  });

  it('clockAt refuses what is not a time', () => {
    expect(() => clockAt('the first of never')).to.throw(RangeError);
    expect(() => clockAt(NaN)).to.throw(RangeError);
  });

  describe('what reads it', () => {
    it("localToday is the customer's local date at the pinned instant", () => {
      // The test page runs in America/Chicago. 23:30 on Nov 30 there is already Dec 1 in UTC.
      setClock(clockAt('2026-11-30T23:30:00-06:00', { frozen: true }));
      expect(localToday()).to.equal('2026-11-30');
      setClock(clockAt('2026-12-01T00:30:00-06:00', { frozen: true }));
      expect(localToday()).to.equal('2026-12-01');
      // 23:30 in Texas on New Year's Eve is already Jan 1 in UTC; the customer's day is still Dec 31.
      setClock(clockAt('2026-12-31T23:30:00-06:00', { frozen: true }));
      expect(localToday()).to.equal('2026-12-31');
    });

    it('token expiry counts from the pinned clock', async () => {
      let t = Date.parse('2028-02-29T12:00:00-06:00');
      setClock(() => t);
      let calls = 0;
      const tokens = new TokenManager(() => ({
        token: `tok-${++calls}`,
        expires_at: new Date(t + 3_600_000).toISOString(),
      }));
      await tokens.getToken();
      await tokens.getToken();
      expect(calls).to.equal(1);
      t += 3_600_000;
      await tokens.getToken();
      expect(calls).to.equal(2);
    });

    it('flow links expire by the pinned clock', () => {
      setClock(clockAt('2026-11-01T12:00:00-06:00', { frozen: true }));
      expect(isExpired('2026-11-01T19:00:00Z')).to.equal(false);
      expect(isExpired('2026-11-01T17:00:00Z')).to.equal(true);
    });

    it('a sandbox made without a clock of its own follows the pinned one', () => {
      const sandbox = createSandbox();
      setClock(clockAt('2026-03-08T12:00:00-05:00', { frozen: true }));
      expect(sandbox.now().toISOString()).to.equal('2026-03-08T17:00:00.000Z');
      setClock(clockAt('2028-02-29T12:00:00-06:00', { frozen: true }));
      expect(sandbox.now().toISOString()).to.equal('2028-02-29T18:00:00.000Z');
    });
  });
});
