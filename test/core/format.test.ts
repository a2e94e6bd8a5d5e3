import { expect } from '@open-wc/testing';
import {
  formatCents,
  formatCentsPerKwh,
  formatDollars,
  formatDollarsValue,
  formatInstantDate,
  formatKwh,
  formatKwhValue,
} from '../../src/core/format.js';

describe('format: one rule per unit', () => {
  it('money: to the cent', () => {
    expect(formatCents(18502)).to.equal('$185.02');
    expect(formatCents(50)).to.equal('$0.50');
    expect(formatDollars('187.4')).to.equal('$187.40');
    expect(formatDollars(120.456)).to.equal('$120.46');
    expect(formatDollars('not a number')).to.equal('');
    expect(formatDollarsValue(12.5)).to.equal('12.50');
    expect(formatDollarsValue(1234)).to.equal('1,234.00');
  });

  it('¢/kWh: one decimal, always (16.0¢ beside 16.2¢, never 16¢)', () => {
    expect(formatCentsPerKwh(16)).to.equal('16.0¢/kWh');
    expect(formatCentsPerKwh(16.24)).to.equal('16.2¢/kWh');
    expect(formatCentsPerKwh(9.96)).to.equal('10.0¢/kWh');
    expect(formatCentsPerKwh(16.26, 'es')).to.equal('16.3¢/kWh');
  });

  it('kWh: whole numbers from 100, one decimal from 1, two below 1, 0 for none', () => {
    expect(formatKwh(1082.699)).to.equal('1,083 kWh');
    expect(formatKwh(100)).to.equal('100 kWh');
    expect(formatKwh(99.96)).to.equal('100 kWh');
    expect(formatKwh(12.34)).to.equal('12.3 kWh');
    expect(formatKwh(12)).to.equal('12.0 kWh');
    expect(formatKwh(0.237)).to.equal('0.24 kWh');
    expect(formatKwh(0.999)).to.equal('1.0 kWh');
    expect(formatKwh(0)).to.equal('0 kWh');
    expect(formatKwh(1234.5, 'es')).to.equal('1,235 kWh');
    expect(formatKwhValue(2229.4)).to.equal('2,229');
    expect(formatKwh(5.5, 'en', 'kWh')).to.equal('5.5 kWh');
  });

  it('a date-time deadline reads as its day, without the minute', () => {
    expect(formatInstantDate('2026-12-08T23:59:00-06:00')).to.equal('Dec 8, 2026');
    expect(formatInstantDate('nope')).to.equal('');
  });
});
