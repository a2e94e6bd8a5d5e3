import { expect } from '@open-wc/testing';
import { LightApiError } from '../../src/api/errors.js';
import type { AcceptRenewalRequest, Plan } from '../../src/api/types.js';
import { startWindow } from '../../src/core/plan-terms.js';
import {
  checkAccept,
  fallbackStart,
  fixedStartNote,
  isOfferGone,
  RenewalAcceptor,
  type AcceptChannel,
} from '../../src/elements/renewal/renewal-accept.js';
import type { QueuedRenewal } from '../../src/elements/renewal/renewal-eligibility.js';

const plan = (overrides: Partial<Plan> = {}): Plan =>
  ({
    uuid: 'plan-1',
    name: 'Light Green 12',
    earliest_start_date: '2026-03-01',
    latest_start_date: '2026-03-01',
    ...overrides,
  }) as Plan;

const BODY: AcceptRenewalRequest = { plan_uuid: 'plan-1', service_start_date: '2026-03-01', terms_accepted: true };
const lost = () => new LightApiError('network', 'Failed to fetch', { outcomeUnknown: true });
const refused = () => new LightApiError('validation', 'Plan expired', { status: 422 });

/** A channel whose accept and contract reads answer from lists, recording the calls. */
function channel(answers: { accept?: Array<Error | null>; queued?: Array<Error | QueuedRenewal | null> }) {
  const calls: string[] = [];
  const next = <T>(list: Array<Error | T> | undefined, what: string): Promise<T> => {
    calls.push(what);
    const answer = list?.shift();
    if (answer === undefined) throw new Error(`unexpected ${what}`);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer as T);
  };
  const ch: AcceptChannel = {
    accept: () => next(answers.accept, 'accept'),
    queued: () => next(answers.queued, 'queued'),
  };
  return { ch, calls };
}

describe('renewal accept', () => {
  describe('fallbackStart', () => {
    it('is the day after the contract ends, or tomorrow when that is later', () => {
      expect(fallbackStart('2026-03-31', '2026-03-01')).to.equal('2026-04-01');
      expect(fallbackStart('2026-03-01', '2026-03-01')).to.equal('2026-03-02');
      expect(fallbackStart('2026-02-01', '2026-03-01')).to.equal('2026-03-02');
    });

    it('is tomorrow when the contract end is unknown or not a date', () => {
      for (const end of [null, undefined, '', 'soon', '2026-02-30']) {
        expect(fallbackStart(end, '2026-12-31'), String(end)).to.equal('2027-01-01');
      }
    });
  });

  describe('fixedStartNote', () => {
    it('says the day after the contract when the fixed day is that day', () => {
      expect(fixedStartNote(startWindow(plan()), '2026-02-28')).to.equal('after-contract');
    });

    it('says the date alone for another day, or when the contract end is unknown', () => {
      expect(fixedStartNote(startWindow(plan()), '2026-02-20')).to.equal('on-date');
      expect(fixedStartNote(startWindow(plan()), null)).to.equal('on-date');
      expect(fixedStartNote(startWindow(plan()), 'garbage')).to.equal('on-date');
    });

    it('says the plan starts when the contract ends when it names no day', () => {
      const window = startWindow(plan({ earliest_start_date: null, latest_start_date: '2026-03-10' }));
      expect(fixedStartNote(window, '2026-02-28')).to.equal('unknown');
    });
  });

  describe('checkAccept', () => {
    const input = { chosenStart: null, termsAccepted: true, contractEnd: '2026-02-28', today: '2026-01-15' };

    it('sends the fixed day with the terms accepted', () => {
      expect(checkAccept({ ...input, plan: plan() })).to.deep.equal({ ok: true, body: BODY });
      // A date typed for a fixed window (none can be) changes nothing.
      expect(checkAccept({ ...input, plan: plan(), chosenStart: '2026-03-09' })).to.deep.equal({
        ok: true,
        body: BODY,
      });
    });

    it('sends the chosen day of a wider window, the earliest until one is chosen', () => {
      const wide = plan({ latest_start_date: '2026-03-15' });
      expect(checkAccept({ ...input, plan: wide })).to.deep.equal({ ok: true, body: BODY });
      expect(checkAccept({ ...input, plan: wide, chosenStart: '2026-03-15' })).to.deep.equal({
        ok: true,
        body: { ...BODY, service_start_date: '2026-03-15' },
      });
    });

    it('refuses a chosen day outside the window, or not a date, before looking at the terms', () => {
      const wide = plan({ latest_start_date: '2026-03-15' });
      for (const chosenStart of ['2026-03-16', '2026-02-28', '', 'garbage']) {
        expect(checkAccept({ ...input, plan: wide, chosenStart, termsAccepted: false }), chosenStart).to.deep.equal({
          ok: false,
          problem: 'start',
        });
      }
    });

    it('needs the terms accepted', () => {
      expect(checkAccept({ ...input, plan: plan(), termsAccepted: false })).to.deep.equal({
        ok: false,
        problem: 'terms',
      });
    });

    it('falls back to the day after the contract for a plan that names no start day', () => {
      const undated = plan({ earliest_start_date: null, latest_start_date: null });
      expect(checkAccept({ ...input, plan: undated })).to.deep.equal({
        ok: true,
        body: { ...BODY, service_start_date: '2026-03-01' },
      });
      expect(checkAccept({ ...input, plan: undated, contractEnd: null })).to.deep.equal({
        ok: true,
        body: { ...BODY, service_start_date: '2026-01-16' },
      });
    });
  });

  it('treats a refused or unknown plan as an offer gone, other failures as retryable', () => {
    expect(isOfferGone(refused())).to.equal(true);
    expect(isOfferGone(new LightApiError('not_found', 'Gone', { status: 404 }))).to.equal(true);
    expect(isOfferGone(new LightApiError('server', 'Oops', { status: 500 }))).to.equal(false);
    expect(isOfferGone(lost())).to.equal(false);
  });

  describe('RenewalAcceptor', () => {
    const queued: QueuedRenewal = { planName: 'Light Green 12', startDate: '2026-03-01' };

    it('sends the accept and resolves null when it answered, in flight meanwhile', async () => {
      const acceptor = new RenewalAcceptor();
      const { ch, calls } = channel({ accept: [null] });
      const sent = acceptor.send(ch, BODY);
      expect(acceptor.inFlight).to.equal(true);
      expect(await sent).to.equal(null);
      expect(acceptor.inFlight).to.equal(false);
      expect(calls).to.deep.equal(['accept']);
    });

    it('rethrows a refusal without reading the contract', async () => {
      const acceptor = new RenewalAcceptor();
      const { ch, calls } = channel({ accept: [refused()] });
      const error = await acceptor.send(ch, BODY).catch((e: unknown) => e);
      expect((error as LightApiError).code).to.equal('validation');
      expect(acceptor.inFlight).to.equal(false);
      expect(calls).to.deep.equal(['accept']);
    });

    it('settles a lost answer from the contract: the renewal queued is the outcome', async () => {
      const acceptor = new RenewalAcceptor();
      const { ch, calls } = channel({ accept: [lost()], queued: [queued] });
      expect(await acceptor.send(ch, BODY)).to.deep.equal(queued);
      expect(calls).to.deep.equal(['accept', 'queued']);
    });

    it('rethrows a lost answer when nothing is queued, and sends again on retry', async () => {
      const acceptor = new RenewalAcceptor();
      const { ch, calls } = channel({ accept: [lost(), null], queued: [null] });
      expect(((await acceptor.send(ch, BODY).catch((e: unknown) => e)) as LightApiError).code).to.equal('network');
      expect(await acceptor.send(ch, BODY)).to.equal(null);
      expect(calls).to.deep.equal(['accept', 'queued', 'accept']);
    });

    it('reads the contract first on retry when it could not be read after a lost answer', async () => {
      const acceptor = new RenewalAcceptor();
      const { ch, calls } = channel({ accept: [lost()], queued: [lost(), queued] });
      expect(((await acceptor.send(ch, BODY).catch((e: unknown) => e)) as LightApiError).code).to.equal('network');
      expect(await acceptor.send(ch, BODY)).to.deep.equal(queued);
      expect(calls).to.deep.equal(['accept', 'queued', 'queued']);
    });

    it('sends again on retry when the contract, read first, has nothing queued', async () => {
      const acceptor = new RenewalAcceptor();
      const { ch, calls } = channel({ accept: [lost(), null], queued: [lost(), null] });
      await acceptor.send(ch, BODY).catch(() => undefined);
      expect(await acceptor.send(ch, BODY)).to.equal(null);
      expect(calls).to.deep.equal(['accept', 'queued', 'queued', 'accept']);
    });

    it('forgets what it did not know once reset (another location)', async () => {
      const acceptor = new RenewalAcceptor();
      const { ch, calls } = channel({ accept: [lost(), null], queued: [lost()] });
      await acceptor.send(ch, BODY).catch(() => undefined);
      acceptor.reset();
      expect(await acceptor.send(ch, BODY)).to.equal(null);
      expect(calls).to.deep.equal(['accept', 'queued', 'accept']);
    });
  });
});
