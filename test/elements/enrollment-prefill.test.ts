import { expect } from '@open-wc/testing';
import { toAccount } from '../../src/api/normalize.js';
import {
  EMPTY_IDENTITY,
  identityFromAccount,
  identityFromSources,
  parseHideSteps,
  skipsAddress,
} from '../../src/elements/enrollment/enrollment-prefill.js';
import { addressLine, parseAddressLine } from '../../src/elements/enrollment/address-prefill.js';

describe('enrollment prefill', () => {
  it('reads the steps a partner hides, by spaces or commas, ignoring unknown names', () => {
    expect(parseHideSteps('identity credit')).to.deep.equal(['identity', 'credit']);
    expect(parseHideSteps(' credit,identity ')).to.deep.equal(['credit', 'identity']);
    expect(parseHideSteps('payment review')).to.deep.equal([]);
    expect(parseHideSteps('')).to.deep.equal([]);
    expect(parseHideSteps(null)).to.deep.equal([]);
  });

  it('fills the identity form from the account, blank where it has nothing', () => {
    const account = toAccount({ first_name: 'Ana', email: 'ana@example.com', date_of_birth: '1990-05-17' });
    expect(identityFromAccount(account)).to.deep.equal({
      first_name: 'Ana',
      last_name: '',
      phone_number: '',
      email: 'ana@example.com',
      date_of_birth: '1990-05-17',
    });
    expect(identityFromAccount(toAccount({}))).to.deep.equal(EMPTY_IDENTITY);
  });

  it('skips the address only when the partner starts at the plans or the terms', () => {
    expect(skipsAddress('plan')).to.equal(true);
    expect(skipsAddress('terms')).to.equal(true);
    expect(skipsAddress('address')).to.equal(false);
    expect(skipsAddress(undefined)).to.equal(false);
  });

  describe('identityFromSources', () => {
    it("fills what the account lacks with the partner's details, never over the account's", () => {
      const account = toAccount({ first_name: 'Jordan', last_name: 'Rivera', email: 'j@example.com' });
      const form = identityFromSources(account, {
        first_name: 'Other',
        phone_number: ' 2145550142 ',
        date_of_birth: '1988-04-12',
      });
      expect(form).to.deep.equal({
        first_name: 'Jordan',
        last_name: 'Rivera',
        email: 'j@example.com',
        phone_number: '2145550142',
        date_of_birth: '1988-04-12',
      });
    });

    it('ignores what is not text', () => {
      const form = identityFromSources(toAccount({}), { phone_number: 42 as unknown as string });
      expect(form.phone_number).to.equal('');
    });
  });

  describe('parseAddressLine', () => {
    it('splits street, unit, city, state and ZIP', () => {
      expect(parseAddressLine('123 Main St, Apt 1, Dallas, TX 75202')).to.deep.equal({
        address_1: '123 Main St',
        address_2: 'Apt 1',
        city: 'Dallas',
        state: 'TX',
        postal_code: '75202',
      });
      expect(parseAddressLine('4521 Gaston Ave, Dallas TX 75246-1234')).to.deep.equal({
        address_1: '4521 Gaston Ave',
        address_2: null,
        city: 'Dallas',
        state: 'TX',
        postal_code: '75246',
      });
    });

    it('takes a street and a ZIP alone', () => {
      expect(parseAddressLine('1200 Main St, 75202')).to.deep.equal({
        address_1: '1200 Main St',
        address_2: null,
        city: undefined,
        state: undefined,
        postal_code: '75202',
      });
    });

    it('is null without a street and a 5-digit ZIP to search with', () => {
      for (const line of [null, 42, '', 'Dallas, TX', '75202', '1200 Main St, Dallas, TX 7520']) {
        expect(parseAddressLine(line), String(line)).to.equal(null);
      }
    });

    it('writes a known address back as one line', () => {
      expect(
        addressLine({
          address_1: '1200 Main St',
          address_2: 'Apt 2',
          city: 'Dallas',
          state: 'TX',
          postal_code: '75202',
        }),
      ).to.equal('1200 Main St Apt 2, Dallas, TX 75202');
    });
  });
});
