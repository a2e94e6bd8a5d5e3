import { expect } from '@open-wc/testing';
import { LightApiError } from '../../src/api/errors.js';
import { toPlan } from '../../src/api/normalize.js';
import {
  byAveragePrice,
  cheapestFirst,
  isExpiredPlan,
  offeredPlan,
} from '../../src/elements/enrollment/plan-offers.js';

const plan = (uuid: string, average?: number, energy?: number) =>
  toPlan({ uuid, name: uuid, average_price_1000_cents: average, energy_rate_cents_per_kwh: energy });

describe('plan offers', () => {
  it('orders by the average price at 1,000 kWh, then the energy rate, unpriced last', () => {
    const a = plan('a', 14);
    const b = plan('b', undefined, 12);
    const c = plan('c');
    expect(byAveragePrice(a, b)).to.be.greaterThan(0);
    expect(byAveragePrice(b, c)).to.be.lessThan(0);
    expect(cheapestFirst([c, a, b]).map((p) => p.uuid)).to.deep.equal(['b', 'a', 'c']);
  });

  it('sorts a new list, leaving the offers as they came', () => {
    const offers = [plan('x', 20), plan('y', 10)];
    const sorted = cheapestFirst(offers);
    expect(sorted).not.to.equal(offers);
    expect(offers.map((p) => p.uuid)).to.deep.equal(['x', 'y']);
  });

  it('finds a preselected plan only while it is offered', () => {
    const offers = [plan('x', 20), plan('y', 10)];
    expect(offeredPlan(offers, 'y')).to.equal(offers[1]);
    expect(offeredPlan(offers, 'z')).to.equal(undefined);
    expect(offeredPlan(offers, undefined)).to.equal(undefined);
    expect(offeredPlan(offers, '')).to.equal(undefined);
  });

  it('tells an offer that is gone from other refusals', () => {
    expect(isExpiredPlan(new LightApiError('not_found', 'Not found.', { status: 404 }))).to.equal(true);
    for (const status of [409, 410, 422]) {
      expect(isExpiredPlan(new LightApiError('validation', 'This plan has expired.', { status }))).to.equal(true);
      expect(isExpiredPlan(new LightApiError('validation', 'Plan no longer available', { status }))).to.equal(true);
    }
    expect(isExpiredPlan(new LightApiError('validation', 'Start date out of range', { status: 422 }))).to.equal(false);
    expect(isExpiredPlan(new LightApiError('validation', 'expired', { status: 400 }))).to.equal(false);
    expect(isExpiredPlan(new Error('expired'))).to.equal(false);
  });
});
