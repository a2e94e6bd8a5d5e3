import { expect } from '@open-wc/testing';
import type { Location } from '../../src/api/types.js';
import { resolveLocation } from '../../src/core/location.js';

const at = (uuid: string) => ({ uuid }) as Location;

describe('resolveLocation: which service location an element shows', () => {
  const account = { locations: [at('first'), at('second')] };

  it('is the location named, or the first one when none is named', () => {
    expect(resolveLocation(account, 'second')!.uuid).to.equal('second');
    expect(resolveLocation(account)!.uuid).to.equal('first');
    expect(resolveLocation(account, '')!.uuid).to.equal('first');
  });

  it("is nothing, not another location's data, when the one named is not on the account", () => {
    expect(resolveLocation(account, 'elsewhere')).to.equal(null);
  });

  it('is nothing before the account loads or when it has no location', () => {
    expect(resolveLocation(undefined, 'second')).to.equal(null);
    expect(resolveLocation({ locations: [] })).to.equal(null);
  });
});
