import { expect } from '@open-wc/testing';
import {
  formatNames,
  normalizeZip,
  toEligibilityAnswer,
  verdictOf,
} from '../../src/elements/eligibility/eligibility-answer.js';
import docsAnswer from '../fixtures/light-api/docs/eligibility.js';

describe('eligibility answer', () => {
  it('accepts a 5-digit ZIP code, with spaces around it or a ZIP+4 tail', () => {
    expect(normalizeZip('78701')).to.equal('78701');
    expect(normalizeZip(' 78701 ')).to.equal('78701');
    expect(normalizeZip('78701-1234')).to.equal('78701');
    expect(normalizeZip('787011234')).to.equal('78701');
    for (const bad of ['7870', '787012', 'abcde', '78 701', '', '<script>', '78701-12']) {
      expect(normalizeZip(bad), bad).to.equal(null);
    }
  });

  it("reads the docs' example", () => {
    expect(toEligibilityAnswer(docsAnswer)).to.deep.equal({ likelihood: 85, utilities: ['ONCOR'], eligible: true });
  });

  it('reads defensively: numeric strings, names from display_name or name, no duplicates or blanks', () => {
    expect(
      toEligibilityAnswer({
        eligibility_likelihood: '60',
        utilities: [{ display_name: ' Oncor ' }, { name: 'Oncor' }, { name: '' }, null, 'ONCOR', { name: 'AEP' }],
        extra: true,
      }),
    ).to.deep.equal({ likelihood: 60, utilities: ['Oncor', 'AEP'], eligible: true });
    expect(toEligibilityAnswer({ eligibility_likelihood: 0 })).to.deep.equal({
      likelihood: 0,
      utilities: [],
      eligible: false,
    });
  });

  it('refuses an answer that is not one', () => {
    for (const bad of [
      null,
      'ok',
      {},
      { eligibility_likelihood: 'high' },
      { eligibility_likelihood: 101 },
      { eligibility_likelihood: -1 },
    ]) {
      expect(() => toEligibilityAnswer(bad), JSON.stringify(bad)).to.throw(TypeError);
    }
  });

  it('words a likelihood as none, possible or likely', () => {
    expect(verdictOf(0)).to.equal('none');
    expect(verdictOf(1)).to.equal('possible');
    expect(verdictOf(69)).to.equal('possible');
    expect(verdictOf(70)).to.equal('likely');
    expect(verdictOf(100)).to.equal('likely');
    expect(verdictOf(NaN)).to.equal('none');
  });

  it('joins utility names as a sentence in each language', () => {
    expect(formatNames(['Oncor'], 'en')).to.equal('Oncor');
    expect(formatNames(['Oncor', 'CenterPoint Energy'], 'en')).to.equal('Oncor and CenterPoint Energy');
    expect(formatNames(['Oncor', 'CenterPoint Energy'], 'es')).to.equal('Oncor y CenterPoint Energy');
  });
});
