import { expect } from '@open-wc/testing';
import { checkEsiId, esiIdFailure, esiIdProblem } from '../../src/elements/address-search/esi-id.js';
import { addressSearchMsg } from '../../src/elements/address-search/light-address-search.messages.js';

describe('ESI ID fallback', () => {
  it('names the message for each problem with a typed ESI ID', () => {
    expect(esiIdProblem('empty')).to.equal('esiEmpty');
    expect(esiIdProblem('characters')).to.equal('esiCharacters');
    expect(esiIdProblem('length')).to.equal('esiLength');
  });

  it('has a message for every problem checkEsiId finds', () => {
    for (const input of ['', '12ab', '1234']) {
      const check = checkEsiId(input);
      if (check.valid) throw new Error(`${input} should be refused`);
      expect(addressSearchMsg('en', esiIdProblem(check.reason))).to.be.a('string').and.not.be.empty;
    }
  });

  it('says a refused number at the field, and shows other failures as the search failing', () => {
    expect(esiIdFailure('not_found')).to.equal('no-match');
    expect(esiIdFailure('validation')).to.equal('refused');
    for (const code of ['network', 'timeout', 'server', 'auth', 'forbidden', 'rate_limited', 'bad_response'] as const) {
      expect(esiIdFailure(code)).to.equal('failed');
    }
  });
});
