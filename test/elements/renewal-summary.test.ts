import { expect } from '@open-wc/testing';
import { contractSummary, inactiveReason } from '../../src/elements/renewal/renewal-summary.js';

const TODAY = '2026-01-15';

describe('renewal summary', () => {
  describe('contractSummary', () => {
    it('counts the days left and warns of month-to-month ahead', () => {
      expect(contractSummary({ kind: 'open', contractEnd: '2026-02-14', daysLeft: 30 }, TODAY)).to.deep.equal({
        end: '2026-02-14',
        left: { kind: 'days', days: 30 },
        consequence: 'ahead',
      });
      expect(contractSummary({ kind: 'open', contractEnd: '2026-01-16', daysLeft: 1 }, TODAY).left).to.deep.equal({
        kind: 'days',
        days: 1,
      });
    });

    it('says the contract ends today, still ahead of month-to-month', () => {
      expect(contractSummary({ kind: 'open', contractEnd: TODAY, daysLeft: 0 }, TODAY)).to.deep.equal({
        end: TODAY,
        left: { kind: 'today' },
        consequence: 'ahead',
      });
    });

    it('counts the days since an ended contract: month-to-month now', () => {
      expect(contractSummary({ kind: 'open', contractEnd: '2026-01-10', daysLeft: -5 }, TODAY)).to.deep.equal({
        end: '2026-01-10',
        left: { kind: 'ended', days: 5 },
        consequence: 'now',
      });
    });

    it('says no time left when the end is unknown, and what happens when it comes', () => {
      expect(contractSummary({ kind: 'open', contractEnd: null, daysLeft: null }, TODAY)).to.deep.equal({
        end: null,
        left: null,
        consequence: 'unknown-end',
      });
    });

    it('says nothing of month-to-month once a renewal is scheduled', () => {
      const renewal = { planName: 'Light Green 12', startDate: '2026-02-15' };
      expect(contractSummary({ kind: 'scheduled', renewal, contractEnd: '2026-02-14' }, TODAY)).to.deep.equal({
        end: '2026-02-14',
        left: { kind: 'days', days: 30 },
        consequence: null,
      });
      expect(contractSummary({ kind: 'scheduled', renewal, contractEnd: null }, TODAY)).to.deep.equal({
        end: null,
        left: null,
        consequence: null,
      });
    });

    it('summarizes a contract too far from its end to renew', () => {
      const standing = { kind: 'not-yet', contractEnd: '2026-12-31', daysLeft: 350, opensOn: '2026-10-02' } as const;
      expect(contractSummary(standing, TODAY)).to.deep.equal({
        end: '2026-12-31',
        left: { kind: 'days', days: 350 },
        consequence: 'ahead',
      });
    });
  });

  describe('inactiveReason', () => {
    const input = { finalServiceDate: null, accountCancelled: false, serviceStartDate: null, today: TODAY };

    it('says cancelled for a cancelled account with no final service date', () => {
      expect(inactiveReason({ ...input, accountCancelled: true })).to.equal('cancelled');
      expect(inactiveReason({ ...input, accountCancelled: true, serviceStartDate: '2026-03-01' })).to.equal(
        'cancelled',
      );
    });

    it('says ended when service has a final date, cancelled account or not', () => {
      expect(inactiveReason({ ...input, finalServiceDate: '2026-01-10' })).to.equal('ended');
      expect(inactiveReason({ ...input, finalServiceDate: '2026-01-10', accountCancelled: true })).to.equal('ended');
      expect(inactiveReason({ ...input, finalServiceDate: '2026-01-10', serviceStartDate: '2026-03-01' })).to.equal(
        'ended',
      );
    });

    it('says pending when service starts after today', () => {
      expect(inactiveReason({ ...input, serviceStartDate: '2026-01-16' })).to.equal('pending');
    });

    it('says waiting, not pending, when the account status does not promise that start (credit declined, review)', () => {
      const later = { ...input, serviceStartDate: '2026-01-16' };
      for (const accountStatus of ['needs_attention', 'reviewing', 'applying', 'ready', 'created']) {
        expect(inactiveReason({ ...later, accountStatus }), accountStatus).to.equal('waiting');
      }
      for (const accountStatus of ['scheduled', 'activating', 'active', null]) {
        expect(inactiveReason({ ...later, accountStatus }), String(accountStatus)).to.equal('pending');
      }
    });

    it('says ended when service started today or before, or its start is unknown', () => {
      for (const serviceStartDate of [TODAY, '2025-03-01', null, 'garbage']) {
        expect(inactiveReason({ ...input, serviceStartDate }), String(serviceStartDate)).to.equal('ended');
      }
    });
  });
});
