import { expect } from '@open-wc/testing';
import { Remembered } from '../../src/core/memo.js';

describe('Remembered', () => {
  it('works a value out once for the same parts, and again when any part changes', () => {
    const remembered = new Remembered<string>();
    const calls: string[] = [];
    const compute = (value: string) => () => (calls.push(value), value);
    const options = { locale: 'en' };
    expect(remembered.get([options, 'a', 1], compute('first'))).to.equal('first');
    expect(remembered.get([options, 'a', 1], compute('again'))).to.equal('first');
    expect(remembered.get([{ locale: 'en' }, 'a', 1], compute('new object'))).to.equal('new object');
    expect(remembered.get([{ locale: 'en' }, 'a', 1], compute('another object'))).to.equal('another object');
    expect(remembered.get(['a'], compute('shorter'))).to.equal('shorter');
    expect(remembered.get(['a', undefined], compute('longer'))).to.equal('longer');
    expect(calls).to.deep.equal(['first', 'new object', 'another object', 'shorter', 'longer']);
  });

  it('remembers an undefined value as a value', () => {
    const remembered = new Remembered<number | undefined>();
    let calls = 0;
    expect(remembered.get([undefined], () => (calls++, undefined))).to.equal(undefined);
    expect(remembered.get([undefined], () => (calls++, 1))).to.equal(undefined);
    expect(calls).to.equal(1);
  });
});
