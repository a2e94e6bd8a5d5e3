import { expect } from '@open-wc/testing';
import { decimatedPath, decimateMinMax } from '../../src/elements/usage-chart/decimate.js';

/** `count` points evenly over [0, span), values from `value(i)`. */
function series(count: number, span: number, value: (i: number) => number | null) {
  const positions = Float64Array.from({ length: count }, (_, i) => (i * span) / count);
  const values = Array.from({ length: count }, (_, i) => value(i));
  return { positions, values };
}

describe('usage chart min/max decimation', () => {
  it('keeps at most two points per pixel column, and the highest and lowest value of each', () => {
    const { positions, values } = series(35_040, 600, (i) => Math.sin(i / 40) + (i === 20_000 ? 9 : 0));
    const out = decimateMinMax(positions, values, 0, 600);
    expect(out.length).to.be.at.most(1200);
    expect(out.length).to.be.at.least(600);
    const kept = Array.from(out.value);
    expect(Math.max(...kept), 'the one peak survives').to.equal(values[20_000]);
    expect(Math.min(...kept)).to.equal(Math.min(...(values as number[])));
    // Every column's points sit at its middle, left to right.
    for (let i = 1; i < out.length; i++) expect(out.x[i]).to.be.at.least(out.x[i - 1]);
    expect(out.x[0]).to.equal(0.5);
  });

  it('keeps the order in which min and max occur within a column', () => {
    const falling = decimateMinMax([0.1, 0.2, 0.3], [5, 3, 1], 0, 1);
    expect(Array.from(falling.value)).to.deep.equal([5, 1]);
    const rising = decimateMinMax([0.1, 0.2, 0.3], [1, 3, 5], 0, 1);
    expect(Array.from(rising.value)).to.deep.equal([1, 5]);
  });

  it('draws short input as it is: one point for a column with one value', () => {
    const out = decimateMinMax([10, 20, 30], [1, 2, 3], 0, 100);
    expect(out.length).to.equal(3);
    expect(Array.from(out.value)).to.deep.equal([1, 2, 3]);
    expect(Array.from(out.x)).to.deep.equal([10.5, 20.5, 30.5]);
  });

  it('answers empty input, an empty span and no columns with no points', () => {
    expect(decimateMinMax([], [], 0, 600).length).to.equal(0);
    expect(decimateMinMax([1, 2], [1, 2], 10, 10).length).to.equal(0);
    expect(decimateMinMax([1, 2], [1, 2], 10, 0).length).to.equal(0);
    expect(decimateMinMax([1, 2], [1, 2], 0, 10, 0).length).to.equal(0);
    expect(decimateMinMax([1, 2], [1, 2], 0, NaN).length).to.equal(0);
    expect(decimatedPath(decimateMinMax([], [], 0, 10), (v) => v)).to.equal('');
  });

  it('leaves out NaN, infinite and missing values and positions, and breaks the line where a column has none', () => {
    const out = decimateMinMax([0.5, 1.5, 2.5, NaN, 4.5, 5.5, 6.5], [1, Infinity, null, 7, NaN, undefined, 2], 0, 7);
    // Column 0 has 1, column 6 has 2; columns 1–5 hold nothing drawable: one gap between them.
    expect(Array.from(out.value).map((v) => (Number.isNaN(v) ? 'gap' : v))).to.deep.equal([1, 'gap', 2]);
    expect(decimatedPath(out, (v) => v)).to.equal('M0.5 1M6.5 2');
  });

  it('puts positions outside the span in its first and last columns', () => {
    const out = decimateMinMax([-50, 500], [3, 4], 0, 10);
    expect(Array.from(out.x)).to.deep.equal([0.5, 9.5]);
  });

  it('draws each run as a line, or closed down to the baseline as an area', () => {
    const out = decimateMinMax([0.5, 1.5, 2.5], [1, 2, 3], 0, 3);
    const y = (v: number) => 10 - v;
    expect(decimatedPath(out, y)).to.equal('M0.5 9L1.5 8L2.5 7');
    expect(decimatedPath(out, y, 10)).to.equal('M0.5 10L0.5 9L1.5 8L2.5 7L2.5 10Z');
  });
});
