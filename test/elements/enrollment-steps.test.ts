import { expect } from '@open-wc/testing';
import { enrollmentSnapshot } from '../support/enrollment-snapshot.js';
import {
  currentStage,
  isStepDone,
  missingForFinalize,
  type PageProgress,
  STEPS,
  stepNumber,
} from '../../src/elements/enrollment/enrollment-steps.js';

const account = enrollmentSnapshot;

const page = (progress: Partial<PageProgress> = {}): PageProgress => ({
  addressConfirmed: false,
  planChosen: false,
  creditSubmitted: false,
  ...progress,
});

const allPage = page({ addressConfirmed: true, planChosen: true, creditSubmitted: true });

describe('enrollment steps', () => {
  describe('currentStage', () => {
    it('starts at the address on a fresh account', () => {
      expect(currentStage(account(), page())).to.equal('address');
    });

    it('moves to the plan once an address is confirmed on the page', () => {
      expect(currentStage(account(), page({ addressConfirmed: true }))).to.equal('plan');
    });

    it('moves to the terms once a plan is chosen on the page', () => {
      expect(currentStage(account(), page({ addressConfirmed: true, planChosen: true }))).to.equal('terms');
    });

    it('asks for the address again when a plan was chosen but no address confirmed (after a reload)', () => {
      expect(currentStage(account(), page({ planChosen: true }))).to.equal('address');
    });

    it('page progress alone never passes the terms: the server must have the plan accepted', () => {
      expect(currentStage(account(), allPage)).to.equal('terms');
    });

    it('goes to identity once the server has the plan accepted, whatever the page remembers', () => {
      expect(currentStage(account({ has_accepted_plan: true }), page())).to.equal('identity');
    });

    it('goes to the credit check once identity is verified, since the server cannot tell it was submitted', () => {
      expect(currentStage(account({ has_accepted_plan: true, is_identity_verified: true }), page())).to.equal('credit');
    });

    it('goes to payment once the credit check is submitted on the page', () => {
      const flags = { has_accepted_plan: true, is_identity_verified: true };
      expect(currentStage(account(flags), page({ creditSubmitted: true }))).to.equal('payment');
    });

    it('asks for the credit check again before payment even when a payment method exists', () => {
      const flags = { has_accepted_plan: true, is_identity_verified: true, has_payment_method: true };
      expect(currentStage(account(flags), page())).to.equal('credit');
    });

    it('goes to review once a payment method exists and the credit check is submitted', () => {
      const flags = { has_accepted_plan: true, is_identity_verified: true, has_payment_method: true };
      expect(currentStage(account(flags), page({ creditSubmitted: true }))).to.equal('review');
    });

    it('stops at identity when the payment method exists but identity is not verified', () => {
      const flags = { has_accepted_plan: true, has_payment_method: true };
      expect(currentStage(account(flags), allPage)).to.equal('identity');
    });

    it('is done once finalized, whatever else the flags or the page say', () => {
      expect(currentStage(account({ is_enrollment_finalized: true }), page())).to.equal('done');
      expect(
        currentStage(
          account({
            is_enrollment_finalized: true,
            has_accepted_plan: true,
            is_identity_verified: true,
            has_payment_method: true,
          }),
          allPage,
        ),
      ).to.equal('done');
    });

    it('ignores the flags the steps do not use', () => {
      const flags = { is_billing_address_confirmed: true, is_service_active: true, can_finalize_enrollment: true };
      expect(currentStage(account(flags), page())).to.equal('address');
    });
  });

  describe('isStepDone', () => {
    it('marks nothing done on a fresh account', () => {
      for (const step of STEPS) expect(isStepDone(step, account(), page()), step).to.equal(false);
    });

    it('marks every step done once finalized, review included', () => {
      for (const step of STEPS) {
        expect(isStepDone(step, account({ is_enrollment_finalized: true }), page()), step).to.equal(true);
      }
    });

    it('address: done when confirmed on the page or when the server has a plan accepted', () => {
      expect(isStepDone('address', account(), page({ addressConfirmed: true }))).to.equal(true);
      expect(isStepDone('address', account({ has_accepted_plan: true }), page())).to.equal(true);
      expect(isStepDone('address', account(), page({ planChosen: true, creditSubmitted: true }))).to.equal(false);
    });

    it('plan: done when chosen on the page or when the server has a plan accepted', () => {
      expect(isStepDone('plan', account(), page({ planChosen: true }))).to.equal(true);
      expect(isStepDone('plan', account({ has_accepted_plan: true }), page())).to.equal(true);
      expect(isStepDone('plan', account(), page({ addressConfirmed: true }))).to.equal(false);
    });

    it('terms: done only when the server has a plan accepted', () => {
      expect(isStepDone('terms', account({ has_accepted_plan: true }), page())).to.equal(true);
      expect(isStepDone('terms', account(), allPage)).to.equal(false);
    });

    it('identity: done only when the server has identity verified', () => {
      expect(isStepDone('identity', account({ is_identity_verified: true }), page())).to.equal(true);
      expect(isStepDone('identity', account({ has_accepted_plan: true }), allPage)).to.equal(false);
    });

    it('credit: done only when submitted on the page', () => {
      expect(isStepDone('credit', account(), page({ creditSubmitted: true }))).to.equal(true);
      const flags = { has_accepted_plan: true, is_identity_verified: true, has_payment_method: true };
      expect(isStepDone('credit', account(flags), page())).to.equal(false);
    });

    it('payment: done only when the server has a payment method', () => {
      expect(isStepDone('payment', account({ has_payment_method: true }), page())).to.equal(true);
      expect(isStepDone('payment', account(), allPage)).to.equal(false);
    });

    it('review: never done before finalize', () => {
      const flags = {
        has_accepted_plan: true,
        is_identity_verified: true,
        has_payment_method: true,
        can_finalize_enrollment: true,
      };
      expect(isStepDone('review', account(flags), allPage)).to.equal(false);
    });
  });

  describe('missingForFinalize', () => {
    it('names the terms first when no plan is accepted', () => {
      expect(missingForFinalize(account())).to.equal('terms');
      expect(missingForFinalize(account({ is_identity_verified: true, has_payment_method: true }))).to.equal('terms');
    });

    it('names identity when the plan is accepted but identity is not verified', () => {
      expect(missingForFinalize(account({ has_accepted_plan: true }))).to.equal('identity');
      expect(missingForFinalize(account({ has_accepted_plan: true, has_payment_method: true }))).to.equal('identity');
    });

    it('names payment when only the payment method is missing', () => {
      expect(missingForFinalize(account({ has_accepted_plan: true, is_identity_verified: true }))).to.equal('payment');
    });

    it('is null when nothing the server checks is missing', () => {
      const flags = { has_accepted_plan: true, is_identity_verified: true, has_payment_method: true };
      expect(missingForFinalize(account(flags))).to.equal(null);
    });

    it('does not depend on can_finalize_enrollment itself', () => {
      expect(missingForFinalize(account({ can_finalize_enrollment: true }))).to.equal('terms');
    });
  });

  describe('stepNumber', () => {
    it('numbers the seven steps from 1 in order', () => {
      expect(STEPS).to.deep.equal(['address', 'plan', 'terms', 'identity', 'credit', 'payment', 'review']);
      expect(STEPS.map((step) => stepNumber(step))).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    });
  });
});
