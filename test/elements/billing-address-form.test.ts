import { expect } from '@open-wc/testing';
import {
  firstInvalid,
  normalizeAddress,
  normalizeZip,
  US_STATES,
  validateAddress,
} from '../../src/elements/billing-address/billing-address-form.js';

const good = { address_1: '500 Congress Ave', address_2: '', city: 'Austin', state: 'TX', postal_code: '78701' };

describe('billing address rules', () => {
  it('accepts a complete address, with or without a unit line', () => {
    expect(validateAddress(good)).to.deep.equal({});
    expect(validateAddress({ ...good, address_2: 'Apt 4' })).to.deep.equal({});
  });

  it('requires street, city, state and ZIP code', () => {
    const problems = validateAddress({ address_1: ' ', address_2: '', city: '', state: '', postal_code: '' });
    expect(problems).to.deep.equal({
      address_1: 'required',
      city: 'required',
      state: 'required',
      postal_code: 'required',
    });
    expect(firstInvalid(problems)).to.equal('address_1');
    expect(firstInvalid({ postal_code: 'zip', city: 'required' })).to.equal('city');
    expect(firstInvalid({})).to.equal(null);
  });

  it('takes a two-letter US state code only', () => {
    expect(validateAddress({ ...good, state: 'tx' })).to.deep.equal({});
    expect(validateAddress({ ...good, state: 'DC' })).to.deep.equal({});
    expect(validateAddress({ ...good, state: 'Texas' }).state).to.equal('state');
    expect(validateAddress({ ...good, state: 'XX' }).state).to.equal('state');
    expect(US_STATES).to.have.length(51);
    expect(US_STATES.find(([code]) => code === 'TX')![1]).to.equal('Texas');
  });

  it('takes a 5-digit ZIP code or ZIP+4', () => {
    for (const zip of ['78701', '78701-1234', '787011234', '78701 1234']) {
      expect(validateAddress({ ...good, postal_code: zip }), zip).to.deep.equal({});
    }
    for (const zip of ['7870', '787012', '78701-12', 'ABCDE', '78701-12345']) {
      expect(validateAddress({ ...good, postal_code: zip }).postal_code, zip).to.equal('zip');
    }
  });

  it('refuses lines over 100 characters', () => {
    expect(validateAddress({ ...good, address_2: 'x'.repeat(101) }).address_2).to.equal('too_long');
    expect(validateAddress({ ...good, city: 'x'.repeat(100) })).to.deep.equal({});
  });

  it('normalizes what is sent', () => {
    expect(normalizeZip('787011234')).to.equal('78701-1234');
    expect(normalizeZip(' 78701 ')).to.equal('78701');
    expect(normalizeZip('bad')).to.equal('bad');
    expect(
      normalizeAddress({
        address_1: '  500   Congress Ave ',
        address_2: ' ',
        city: ' Austin ',
        state: 'tx',
        postal_code: '78701 1234',
      }),
    ).to.deep.equal({
      address_1: '500 Congress Ave',
      address_2: '',
      city: 'Austin',
      state: 'TX',
      postal_code: '78701-1234',
    });
  });
});
