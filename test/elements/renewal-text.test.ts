import { expect } from '@open-wc/testing';
import { isPdf, longDate, planName } from '../../src/elements/renewal/renewal-text.js';
import { plain } from '../support/dom.js';

describe('renewal text', () => {
  it('names a plan, or calls it an electricity plan when it has no name', () => {
    expect(planName('en', { name: 'Light Green 12' })).to.equal('Light Green 12');
    expect(planName('en', { name: '' })).to.equal('Electricity plan');
    expect(planName('en', { name: null })).to.equal('Electricity plan');
  });

  it('writes dates in full, and nothing for what is not a date', () => {
    expect(plain(longDate('en', '2026-03-01'))).to.equal('March 1, 2026');
    expect(longDate('en', null)).to.equal('');
    expect(longDate('en', 'soon')).to.equal('');
  });

  it('tells a PDF by the path alone, not the query or fragment', () => {
    expect(isPdf('https://docs.example.com/efl/a.pdf')).to.equal(true);
    expect(isPdf('https://docs.example.com/YRAC.PDF')).to.equal(true);
    expect(isPdf('https://docs.example.com/efl.pdf?v=2')).to.equal(true);
    expect(isPdf('https://docs.example.com/efl?format=.pdf')).to.equal(false);
    expect(isPdf('https://docs.example.com/efl#x.pdf')).to.equal(false);
    expect(isPdf('https://docs.example.com/tos')).to.equal(false);
    expect(isPdf('not a url')).to.equal(false);
  });
});
