import { expect } from '@open-wc/testing';
import { toAccount } from '../../src/api/normalize.js';
import {
  EMPTY_IDENTITY,
  identityFromAccount,
  parseHideSteps,
  skipsAddress,
} from '../../src/elements/enrollment/enrollment-prefill.js';

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
});
