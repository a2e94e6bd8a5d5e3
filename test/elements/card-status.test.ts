import { expect } from '@open-wc/testing';
import { brandName } from '../../src/core/cards.js';
import { cardExpiry, formatExpiry } from '../../src/elements/payment-method/card-status.js';

describe('cardExpiry', () => {
  it('is valid through the last day of the expiry month, expired from the first of the next', () => {
    expect(cardExpiry(3, 2026, '2026-03-31')).to.equal('expiring');
    expect(cardExpiry(3, 2026, '2026-04-01')).to.equal('expired');
    expect(cardExpiry(12, 2025, '2026-01-01')).to.equal('expired');
  });

  it('is expiring when the card stops working within two months', () => {
    // 04/2026 stops working on May 1: expiring from Mar 1.
    expect(cardExpiry(4, 2026, '2026-02-28')).to.equal('valid');
    expect(cardExpiry(4, 2026, '2026-03-01')).to.equal('expiring');
    expect(cardExpiry(5, 2026, '2026-03-18')).to.equal('valid');
    expect(cardExpiry(1, 2027, '2026-11-30')).to.equal('valid');
    expect(cardExpiry(1, 2027, '2026-12-01')).to.equal('expiring');
  });

  it('clamps month ends (Dec 31 + 2 months is Feb 28)', () => {
    expect(cardExpiry(1, 2027, '2026-12-31')).to.equal('expiring');
    expect(cardExpiry(2, 2027, '2026-12-31')).to.equal('valid');
    expect(cardExpiry(2, 2027, '2027-01-01')).to.equal('expiring');
  });

  it('reads two-digit years and reports unknown expiries', () => {
    expect(cardExpiry(4, 26, '2026-03-18')).to.equal('expiring');
    expect(cardExpiry(null, 2026, '2026-03-18')).to.equal('unknown');
    expect(cardExpiry(13, 2026, '2026-03-18')).to.equal('unknown');
    expect(cardExpiry(4, null, '2026-03-18')).to.equal('unknown');
    expect(cardExpiry(4, 2026, 'today')).to.equal('unknown');
  });

  it('takes another window', () => {
    expect(cardExpiry(8, 2026, '2026-03-18', 6)).to.equal('expiring');
    expect(cardExpiry(8, 2026, '2026-03-18', 1)).to.equal('valid');
  });
});

describe('brandName and formatExpiry', () => {
  it('names brands and keeps unknown ones readable', () => {
    expect(brandName('visa')).to.equal('Visa');
    expect(brandName('AMEX')).to.equal('American Express');
    expect(brandName('elo')).to.equal('Elo');
    expect(brandName('')).to.equal(null);
    expect(brandName('unknown')).to.equal(null);
  });

  it('formats an expiry as MM/YYYY', () => {
    expect(formatExpiry(4, 2026)).to.equal('04/2026');
    expect(formatExpiry(11, 29)).to.equal('11/2029');
    expect(formatExpiry(null, 2026)).to.equal('');
  });
});
