import { expect } from '@open-wc/testing';
import {
  bandScale,
  coord,
  linearScale,
  nearestIndex,
  niceStep,
  niceTicks,
  rectsPath,
  round,
  stepAreaPath,
  stepLinePath,
  thinLabels,
} from '../../src/core/chart/chart-scale.js';

describe('usage chart scales', () => {
  describe('niceStep', () => {
    it('picks 1, 2 or 5 × 10ⁿ at or just above span / count', () => {
      expect(niceStep(10, 5)).to.equal(2);
      expect(niceStep(100, 5)).to.equal(20);
      expect(niceStep(1000, 4)).to.equal(500);
      expect(niceStep(7, 5)).to.equal(2);
      expect(niceStep(3, 5)).to.equal(1);
      expect(niceStep(0.9, 5)).to.be.closeTo(0.2, 1e-12);
      expect(niceStep(0.03, 3)).to.be.closeTo(0.01, 1e-12);
      expect(niceStep(2976, 5)).to.equal(1000);
      expect(niceStep(1234, 5)).to.equal(500);
      expect(niceStep(51, 5)).to.equal(20);
    });

    it('only ever returns a mantissa of 1, 2 or 5', () => {
      for (let span = 0.013; span < 1e6; span *= 1.37) {
        const step = niceStep(span, 5);
        const mantissa = Number((step / 10 ** Math.floor(Math.log10(step) + 1e-9)).toPrecision(6));
        expect([1, 2, 5], `span ${span}`).to.include(mantissa);
        expect(step * 5, `span ${span} covered`).to.be.at.least(span - 1e-9);
      }
    });

    it('falls back to 1 for degenerate spans', () => {
      expect(niceStep(0)).to.equal(1);
      expect(niceStep(-5)).to.equal(1);
      expect(niceStep(NaN)).to.equal(1);
      expect(niceStep(Infinity)).to.equal(1);
    });
  });

  describe('niceTicks', () => {
    it('covers the data with nice round ticks from zero', () => {
      expect(niceTicks(0, 1234, 5)).to.deep.equal({ min: 0, max: 1500, step: 500, values: [0, 500, 1000, 1500] });
      expect(niceTicks(0, 3.7, 4).values).to.deep.equal([0, 1, 2, 3, 4]);
      expect(niceTicks(0, 0.42, 4).values).to.deep.equal([0, 0.2, 0.4, 0.6]);
    });

    it('writes decimal ticks without float noise', () => {
      const { values } = niceTicks(0, 0.7, 7);
      expect(values).to.deep.equal([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    });

    it('keeps a real axis for an all-zero or flat series', () => {
      expect(niceTicks(0, 0, 5).values).to.deep.equal([0, 0.2, 0.4, 0.6, 0.8, 1]);
      const flat = niceTicks(12, 12, 5);
      expect(flat.min).to.equal(0);
      expect(flat.max).to.be.at.least(12);
    });

    it('includes negative ranges and swapped bounds', () => {
      const ticks = niceTicks(5, -3, 4);
      expect(ticks.min).to.be.at.most(-3);
      expect(ticks.max).to.be.at.least(5);
      expect(ticks.values).to.include(0);
    });
  });

  it('linearScale maps and inverts, also backwards (a y axis)', () => {
    const y = linearScale([0, 100], [200, 0]);
    expect(y(0)).to.equal(200);
    expect(y(100)).to.equal(0);
    expect(y(25)).to.equal(150);
    expect(y.invert(150)).to.equal(25);
    const flat = linearScale([5, 5], [0, 10]);
    expect(flat(5)).to.equal(0);
    expect(flat.invert(7)).to.equal(5);
  });

  it('bandScale lays out equal bands with gaps', () => {
    const band = bandScale(4, 0, 400, 0.2);
    expect(band.step).to.equal(100);
    expect(band.width).to.equal(80);
    expect(band.start(0)).to.equal(10);
    expect(band.center(3)).to.equal(350);
  });

  it('coord writes a coordinate exactly as String(round(value)) does', () => {
    const values = [0, -0, 0.04, 0.05, -0.05, 0.15, 1.25, -1.25, 2.449, 2.45, 99.95, -99.95, 123.4, 1e6 + 0.3];
    values.push(NaN, Infinity, -Infinity, 2 ** 31 + 0.5, -1e21, Number.MAX_VALUE, Number.EPSILON);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 5000; i++) values.push((random() - 0.3) * 10 ** Math.floor(random() * 7));
    for (const value of values) expect(coord(value), String(value)).to.equal(String(round(value)));
    expect(coord(12.34)).to.equal('12.3');
    expect(coord(-0.04)).to.equal('0');
    expect(coord(7.96)).to.equal('8');
  });

  it('rectsPath draws every rect into one path, zero heights included', () => {
    const d = rectsPath([
      { x: 0, y: 10, width: 5, height: 20 },
      { x: 10.04, y: 30, width: 5, height: 0 },
    ]);
    expect(d).to.equal('M0 10h5v20h-5ZM10 30h5v0h-5Z');
    expect(d.match(/M/g)).to.have.length(2);
  });

  it('stepLinePath breaks at gaps and joins neighbours with verticals', () => {
    const y = (v: number) => 100 - v;
    const d = stepLinePath(
      [
        { x0: 0, x1: 10, value: 5 },
        { x0: 10, x1: 20, value: 7 },
        { x0: 20, x1: 30, value: null },
        { x0: 30, x1: 40, value: 0 },
      ],
      y,
    );
    expect(d).to.equal('M0 95H10V93H20M30 100H40');
  });

  it('stepAreaPath closes each run down to the baseline', () => {
    const y = (v: number) => 100 - v;
    const d = stepAreaPath(
      [
        { x0: 0, x1: 10, value: 5 },
        { x0: 10, x1: 20, value: 7 },
        { x0: 20, x1: 30, value: null },
        { x0: 30, x1: 40, value: 2 },
      ],
      y,
      100,
    );
    expect(d).to.equal('M0 100V95H10V93H20V100H0ZM30 100V98H40V100H30Z');
    expect(stepAreaPath([], y, 100)).to.equal('');
  });

  it('stepAreaPath starts a new shape where time jumps (a day without data)', () => {
    const d = stepAreaPath(
      [
        { x0: 0, x1: 10, value: 1 },
        { x0: 50, x1: 60, value: 1 },
      ],
      (v) => 10 - v,
      10,
    );
    expect(d.match(/M/g)).to.have.length(2);
  });

  it('nearestIndex finds the closest sorted value', () => {
    const xs = [0, 10, 20, 30];
    expect(nearestIndex(xs, -5)).to.equal(0);
    expect(nearestIndex(xs, 4)).to.equal(0);
    expect(nearestIndex(xs, 6)).to.equal(1);
    expect(nearestIndex(xs, 29)).to.equal(3);
    expect(nearestIndex(xs, 99)).to.equal(3);
    expect(nearestIndex([], 3)).to.equal(-1);
    const many = Float64Array.from({ length: 2976 }, (_, i) => i * 0.1);
    expect(nearestIndex(many, 123.44)).to.equal(1234);
  });

  it('thinLabels keeps labels apart', () => {
    expect(thinLabels(12, 600, 40)).to.have.length(12);
    expect(thinLabels(12, 240, 40)).to.deep.equal([0, 2, 4, 6, 8, 10]);
    expect(thinLabels(31, 280, 36)).to.deep.equal([0, 4, 8, 12, 16, 20, 24, 28]);
    expect(thinLabels(0, 300, 40)).to.deep.equal([]);
  });
});
