import { expect } from '@open-wc/testing';
import {
  formatCents,
  formatCentsPerKwh,
  formatDate,
  formatDollars,
  formatDollarsValue,
  formatInstantDate,
  formatKwh,
  formatKwhValue,
  formatMonth,
  formatMonthDay,
  unbroken,
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
    expect(formatKwh(1082.699)).to.equal('1,083\u00a0kWh');
    expect(formatKwh(100)).to.equal('100\u00a0kWh');
    expect(formatKwh(99.96)).to.equal('100\u00a0kWh');
    expect(formatKwh(12.34)).to.equal('12.3\u00a0kWh');
    expect(formatKwh(12)).to.equal('12.0\u00a0kWh');
    expect(formatKwh(0.237)).to.equal('0.24\u00a0kWh');
    expect(formatKwh(0.999)).to.equal('1.0\u00a0kWh');
    expect(formatKwh(0)).to.equal('0\u00a0kWh');
    expect(formatKwh(1234.5, 'es')).to.equal('1,235\u00a0kWh');
    expect(formatKwhValue(2229.4)).to.equal('2,229');
    expect(formatKwh(5.5, 'en', 'kWh')).to.equal('5.5\u00a0kWh');
  });

  it('a date-time deadline reads as its day, without the minute', () => {
    expect(formatInstantDate('2026-12-08T23:59:00-06:00')).to.equal('Dec\u00a08,\u00a02026');
    expect(formatInstantDate('nope')).to.equal('');
  });

  it('keeps a date, and a number with its unit, on one line: no-break spaces, never a plain space', () => {
    const NBSP = '\u00a0';
    expect(formatDate('2026-12-08')).to.equal(`Dec${NBSP}8,${NBSP}2026`);
    expect(formatDate('2026-12-08', 'en', 'long')).to.equal(`December${NBSP}8,${NBSP}2026`);
    expect(formatDate('2026-12-08', 'es')).to.equal(`8${NBSP}dic${NBSP}2026`);
    expect(formatMonthDay('2026-12-08')).to.equal(`Dec${NBSP}8`);
    expect(formatMonthDay('2026-12-08', 'es')).to.equal(`8${NBSP}dic`);
    expect(formatMonthDay('2026-02-30')).to.equal('');
    expect(formatMonth('2026-03')).to.equal(`March${NBSP}2026`);
    expect(formatMonth('2026-03', 'es')).to.equal(`marzo${NBSP}de${NBSP}2026`);
    expect(formatInstantDate('2026-12-08T12:00:00Z', 'es')).not.to.include(' ');
    expect(formatKwh(1000)).to.equal(`1,000${NBSP}kWh`);
    expect(formatKwh(3, 'en', 'kW h')).to.equal(`3.0${NBSP}kW${NBSP}h`);
    expect(formatCentsPerKwh(16.26)).to.equal('16.3¢/kWh');
    // The narrow no-break space Intl puts before AM/PM stays as it is.
    expect(unbroken('1:00\u202fAM on Dec 8')).to.equal(`1:00\u202fAM${NBSP}on${NBSP}Dec${NBSP}8`);
  });
});
