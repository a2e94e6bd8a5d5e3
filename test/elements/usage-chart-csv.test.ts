import { expect } from '@open-wc/testing';
import { intervalSet } from '../../src/elements/usage-chart/usage-intervals.js';
import type { IntervalUsage, MonthlyUsage } from '../../src/api/types.js';
import {
  csvField,
  csvFileName,
  csvNumber,
  toCsv,
  usageCsv,
  type UsageCsvLabels,
} from '../../src/elements/usage-chart/csv.js';
import { monthlySet, yearMonths } from '../../src/elements/usage-chart/usage-series.js';

const labels = (units = 'kWh'): UsageCsvLabels => ({
  period: 'Month',
  series: {
    consumption: `Consumption (${units})`,
    generation: `Export (${units})`,
    vehicle_charging: `Vehicle charging (${units})`,
  },
  note: 'Note',
  partial: 'Partial',
  missing: 'No data',
});

describe('usage CSV', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('plain')).to.equal('plain');
    expect(csvField('a,b')).to.equal('"a,b"');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('two\nlines')).to.equal('"two\nlines"');
    expect(csvField('cr\rhere')).to.equal('"cr\rhere"');
    expect(csvField(' padded ')).to.equal('" padded "');
    expect(csvField('')).to.equal('');
    expect(csvField(null)).to.equal('');
    expect(csvField(undefined)).to.equal('');
  });

  it('writes numbers plainly, negative ones included, and drops non-finite ones', () => {
    expect(csvField(12.5)).to.equal('12.5');
    expect(csvField(-3)).to.equal('-3');
    expect(csvField(0)).to.equal('0');
    expect(csvField(NaN)).to.equal('');
    expect(csvNumber(0.1 + 0.2)).to.equal(0.3);
    expect(csvNumber(1.234567)).to.equal(1.234567);
    expect(csvNumber(null)).to.equal(null);
  });

  it('neutralizes text that a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).to.equal(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csvField('+1')).to.equal("'+1");
    expect(csvField('-1+2')).to.equal("'-1+2");
    expect(csvField('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvField('\tx')).to.equal("'\tx");
  });

  it('joins rows with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b,c', null],
      ]),
    ).to.equal('a,1\r\n"b,c",\r\n');
  });

  it('writes the shown months: header, values, notes; no rows for future months, empty values for missing ones', () => {
    const response: MonthlyUsage = {
      year: 2026,
      units: 'kWh',
      months: [
        { month: '2026-01', consumption: 810.25, generation: 12, vehicle_charging: 0, eligible_vehicle_charging: 0 },
        { month: '2026-03', consumption: 300, generation: 4.5, vehicle_charging: 0, eligible_vehicle_charging: 0 },
      ],
      next: null,
      previous: null,
    };
    const set = monthlySet([response], yearMonths(2026), '2026-03-18');
    const csv = usageCsv(set, labels());
    expect(csv).to.equal(
      'Month,Consumption (kWh),Export (kWh),Note\r\n' +
        '2026-01,810.25,12,\r\n' +
        '2026-02,,,No data\r\n' +
        '2026-03,300,4.5,Partial\r\n',
    );
    expect(csvFileName(set)).to.equal('usage-2026-01_2026-03.csv');
  });

  it('keeps interval starts with their offsets, so the repeated hour of fall back stays distinct', () => {
    const response: IntervalUsage = {
      month: 11,
      year: 2025,
      units: 'kWh',
      intervals: [
        { start: '2025-11-02T01:45:00-05:00', consumption: 0.3, generation: 0 },
        { start: '2025-11-02T01:00:00-06:00', consumption: 0.2, generation: 0 },
      ],
      next: null,
      previous: null,
    };
    const set = intervalSet(response);
    const csv = usageCsv(set, { ...labels(), period: 'Interval start' });
    expect(csv.split('\r\n').slice(1, 3)).to.deep.equal([
      '2025-11-02T01:45:00-05:00,0.3,',
      '2025-11-02T01:00:00-06:00,0.2,',
    ]);
    expect(csvFileName(set)).to.equal('usage-2025-11-02.csv');
  });

  it('escapes hostile units that reach the header', () => {
    const response: MonthlyUsage = {
      year: 2026,
      units: '=cmd|"/c calc"!A1',
      months: [{ month: '2026-01', consumption: 1, generation: 0, vehicle_charging: 0, eligible_vehicle_charging: 0 }],
      next: null,
      previous: null,
    };
    const set = monthlySet([response], ['2026-01'], '2026-03-18');
    const header = usageCsv(set, {
      ...labels(set.units),
      series: { ...labels().series, consumption: set.units },
    }).split('\r\n')[0];
    expect(header).to.equal(`Month,"'=cmd|""/c calc""!A1",Note`);
  });

  it('names an empty download plainly', () => {
    expect(csvFileName(monthlySet([], ['2099-01'], '2026-01-01'))).to.equal('usage.csv');
  });
});
