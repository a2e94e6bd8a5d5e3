import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { LightApiError } from '../../src/api/errors.js';
import { toAccount } from '../../src/api/normalize.js';
import type { Account, EnrollmentFlags } from '../../src/api/types.js';
import {
  EnrollmentSubmission,
  finalizeRejectedStep,
  isFinalized,
  isPlanAccepted,
} from '../../src/elements/enrollment/enrollment-submission.js';

const account = (flags: Partial<EnrollmentFlags> = {}, locations: unknown[] = []): Account =>
  toAccount({ uuid: 'acct-1', enrollment: flags, locations });

const lost = () => new LightApiError('network', 'The answer was lost.', { outcomeUnknown: true });
const refused = (status: number, message = 'Refused.') => new LightApiError('validation', message, { status });

/** A submission on a stand-in host, reading accounts from `reads` in turn (the last one repeats). */
function setup(reads: Array<Account | undefined | Error> = [undefined]) {
  let updates = 0;
  const host: ReactiveControllerHost = {
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => void updates++,
    updateComplete: Promise.resolve(true),
  };
  let refreshes = 0;
  const submission = new EnrollmentSubmission(host, {
    refresh: async () => {
      const next = reads[Math.min(refreshes++, reads.length - 1)];
      if (next instanceof Error) throw next;
      return next;
    },
  });
  return { submission, refreshes: () => refreshes, updates: () => updates };
}

describe('enrollment submission', () => {
  describe('account rules', () => {
    it('sees the plan accepted for the address, a location without a plan counting', () => {
      const located = (plan_uuid: string | null) =>
        account({ has_accepted_plan: true }, [{ utility_number: 'esi-1', plan_uuid }]);
      expect(isPlanAccepted(located('plan-1'), 'esi-1', 'plan-1')).to.equal(true);
      expect(isPlanAccepted(located(null), 'esi-1', 'plan-1')).to.equal(true);
      expect(isPlanAccepted(located('plan-2'), 'esi-1', 'plan-1')).to.equal(false);
      expect(isPlanAccepted(located('plan-1'), 'esi-2', 'plan-1')).to.equal(false);
      expect(isPlanAccepted(account({}, [{ utility_number: 'esi-1' }]), 'esi-1', 'plan-1')).to.equal(false);
    });

    it('sees the enrollment finalized', () => {
      expect(isFinalized(account({ is_enrollment_finalized: true }))).to.equal(true);
      expect(isFinalized(account())).to.equal(false);
    });

    it('sends a refused finalize back to the first missing step, else to the credit check', () => {
      expect(finalizeRejectedStep(account())).to.equal('terms');
      expect(finalizeRejectedStep(account({ has_accepted_plan: true }))).to.equal('identity');
      const ready = account({ has_accepted_plan: true, is_identity_verified: true, has_payment_method: true });
      expect(finalizeRejectedStep(ready)).to.equal('credit');
      expect(finalizeRejectedStep(undefined)).to.equal('credit');
    });
  });

  describe('send', () => {
    it('is busy while its request runs, and re-renders the host', async () => {
      const { submission, updates } = setup();
      let release!: () => void;
      const done = submission.send('identity', 'identity', () => new Promise<void>((r) => (release = r)));
      expect(submission.busy).to.equal('identity');
      release();
      await done;
      expect(submission.busy).to.equal(null);
      expect(updates()).to.be.greaterThan(0);
    });

    it('sends one request at a time', async () => {
      const { submission } = setup();
      let calls = 0;
      let release!: () => void;
      const first = submission.send('credit', 'credit', () => new Promise<void>((r) => (release = r)));
      await submission.send('finalize', 'review', async () => void calls++);
      expect(calls).to.equal(0);
      expect(submission.busy).to.equal('credit');
      release();
      await first;
    });

    it('keeps a failure with its step and a retry that sends the same request again', async () => {
      const { submission } = setup();
      let calls = 0;
      const action = async () => {
        calls++;
        if (calls === 1) throw new Error('boom');
      };
      await submission.send('identity', 'identity', action);
      const failure = submission.failure!;
      expect(failure.step).to.equal('identity');
      expect(failure.error).to.be.instanceOf(LightApiError);
      expect(failure.error.code).to.equal('bad_response');
      failure.retry();
      await Promise.resolve();
      expect(calls).to.equal(2);
      expect(submission.failure).to.equal(null);
    });

    it('retries through the given function when the form must be read again', async () => {
      const { submission } = setup();
      let retried = 0;
      await submission.send(
        'credit',
        'credit',
        () => Promise.reject(refused(422)),
        () => void retried++,
      );
      submission.failure!.retry();
      expect(retried).to.equal(1);
    });

    it('forgets a failure when cleared', async () => {
      const { submission } = setup();
      await submission.send('identity', 'identity', () => Promise.reject(lost()));
      submission.clearFailure();
      expect(submission.failure).to.equal(null);
    });
  });

  describe('post', () => {
    const applied = (a: Account) => a.enrollment.is_enrollment_finalized;

    it('resolves null when the POST answered, without reading the account', async () => {
      const { submission, refreshes } = setup();
      expect(await submission.post('finalize', async () => undefined, applied)).to.equal(null);
      expect(refreshes()).to.equal(0);
    });

    it('rethrows a refusal as it is', async () => {
      const { submission, refreshes } = setup();
      const error = refused(422);
      let caught: unknown;
      await submission.post('finalize', () => Promise.reject(error), applied).catch((e: unknown) => (caught = e));
      expect(caught).to.equal(error);
      expect(refreshes()).to.equal(0);
    });

    it('settles a lost answer by the account: done there → that account', async () => {
      const done = account({ is_enrollment_finalized: true });
      const { submission } = setup([done]);
      expect(await submission.post('finalize', () => Promise.reject(lost()), applied)).to.equal(done);
    });

    it('settles a lost answer by the account: not done → rethrows, and the retry sends again', async () => {
      const { submission, refreshes } = setup([account()]);
      let sent = 0;
      const send = async () => {
        sent++;
        if (sent === 1) throw lost();
      };
      let caught: unknown;
      await submission.post('finalize', send, applied).catch((e: unknown) => (caught = e));
      expect(caught).to.be.instanceOf(LightApiError);
      expect(await submission.post('finalize', send, applied)).to.equal(null);
      expect(sent).to.equal(2);
      expect(refreshes()).to.equal(1);
    });

    it('reads the account before resending when it could not be read after a lost answer', async () => {
      const done = account({ is_enrollment_finalized: true });
      const { submission, refreshes } = setup([new Error('offline'), done]);
      let sent = 0;
      const send = async () => {
        sent++;
        throw lost();
      };
      let caught: unknown;
      await submission.post('finalize', send, applied).catch((e: unknown) => (caught = e));
      expect(caught).to.be.instanceOf(LightApiError);
      expect(await submission.post('finalize', send, applied)).to.equal(done);
      expect(sent).to.equal(1);
      expect(refreshes()).to.equal(2);
    });
  });

  describe('accept', () => {
    const applied = () => true;

    it('reads the account after the POST answered', async () => {
      const { submission, refreshes } = setup([account()]);
      expect(await submission.accept(async () => undefined, applied)).to.equal('accepted');
      expect(refreshes()).to.equal(1);
    });

    it('says the plan expired when the offer is gone', async () => {
      const { submission } = setup();
      const gone = new LightApiError('not_found', 'Not found.', { status: 404 });
      expect(await submission.accept(() => Promise.reject(gone), applied)).to.equal('expired');
      const expired = refused(409, 'Plan expired');
      expect(await submission.accept(() => Promise.reject(expired), applied)).to.equal('expired');
    });

    it('rejects other refusals', async () => {
      const { submission } = setup();
      const error = refused(422, 'Bad start date');
      let caught: unknown;
      await submission.accept(() => Promise.reject(error), applied).catch((e: unknown) => (caught = e));
      expect(caught).to.equal(error);
    });
  });

  describe('finalize', () => {
    const ready = () =>
      account({
        has_accepted_plan: true,
        is_identity_verified: true,
        has_payment_method: true,
        can_finalize_enrollment: true,
      });
    const finalized = () => account({ is_enrollment_finalized: true });

    it('does not send when the account shows it submitted already', async () => {
      const done = finalized();
      const { submission } = setup([done]);
      let sent = 0;
      expect(await submission.finalize(async () => void sent++)).to.deep.equal({ kind: 'finalized', account: done });
      expect(sent).to.equal(0);
    });

    it('does not send while a step is missing', async () => {
      const { submission } = setup([account({ has_accepted_plan: true })]);
      let sent = 0;
      expect(await submission.finalize(async () => void sent++)).to.deep.equal({ kind: 'missing', step: 'identity' });
      expect(sent).to.equal(0);
    });

    it('does not send while can_finalize_enrollment is false, naming the step its flags show missing', async () => {
      const flags = { has_accepted_plan: true, is_identity_verified: true, can_finalize_enrollment: false };
      const { submission } = setup([account(flags)]);
      let sent = 0;
      expect(await submission.finalize(async () => void sent++)).to.deep.equal({ kind: 'missing', step: 'payment' });
      expect(sent).to.equal(0);
    });

    it('does not send while can_finalize_enrollment is false and no flag explains it', async () => {
      const flags = { has_accepted_plan: true, is_identity_verified: true, has_payment_method: true };
      const { submission } = setup([account({ ...flags, can_finalize_enrollment: false })]);
      let sent = 0;
      expect(await submission.finalize(async () => void sent++)).to.deep.equal({ kind: 'not-ready' });
      expect(sent).to.equal(0);
    });

    it('sends, then reads the account it shows', async () => {
      const done = finalized();
      const { submission, refreshes } = setup([ready(), done]);
      expect(await submission.finalize(async () => undefined)).to.deep.equal({ kind: 'finalized', account: done });
      expect(refreshes()).to.equal(2);
    });

    it('routes a refusal to the step to do again', async () => {
      const { submission } = setup([ready()]);
      expect(await submission.finalize(() => Promise.reject(refused(422)))).to.deep.equal({
        kind: 'rejected',
        step: 'credit',
      });
    });

    it('takes a refusal the account contradicts as submitted', async () => {
      const done = finalized();
      const { submission } = setup([ready(), done]);
      expect(await submission.finalize(() => Promise.reject(refused(422)))).to.deep.equal({
        kind: 'finalized',
        account: done,
      });
    });

    it('rejects other failures', async () => {
      const { submission } = setup([ready()]);
      const error = refused(400);
      let caught: unknown;
      await submission.finalize(() => Promise.reject(error)).catch((e: unknown) => (caught = e));
      expect(caught).to.equal(error);
    });

    it('resends after a lost answer once the account, read first, shows it not done', async () => {
      const { submission } = setup([ready()]);
      let sent = 0;
      const request = async () => {
        sent++;
        if (sent === 1) throw lost();
      };
      let caught: unknown;
      await submission.finalize(request).catch((e: unknown) => (caught = e));
      expect(caught).to.be.instanceOf(LightApiError);
      expect((await submission.finalize(request)).kind).to.equal('finalized');
      expect(sent).to.equal(2);
    });
  });
});
