import { expect } from '@open-wc/testing';
import type { AnnualCompare, SimpleCompare } from '../../src/api/types.js';
import { annualGeometry, calendarMonths, monthName } from '../../src/elements/plan-comparison/annual-chart.js';
import { billProblem, fileSize, MAX_BILL_BYTES } from '../../src/elements/plan-comparison/bill-file.js';
import {
  annualCsv,
  annualDifference,
  billDifference,
  billMonth,
  difference,
} from '../../src/elements/plan-comparison/comparison-summary.js';

const simple: SimpleCompare = {
  processing_error: null,
  parsed_invoice_data: {
    contract_end_date: '2024-01-01',
    invoice_date: '2023-06-15',
    provider_display_name: 'TXU Energy',
    total_dollars: 187.43,
    total_kwh: 1523,
  },
  plan_comparison: { group_uuid: 'g', name: 'Clean Energy', total_dollars: 162.18, usage_profile_uuid: null },
};

const annual: AnnualCompare = {
  ...simple,
  months: [
    { month: 2, import_kwh: 875, current_plan_dollars: 111, offered_plan_dollars: 88.8 },
    { month: 1, import_kwh: 950, current_plan_dollars: 120.5, offered_plan_dollars: 96.4 },
  ],
  annual_totals: { annual_import_kwh: 14000, annual_current_plan_dollars: 1774.5, annual_offered_plan_dollars: 1419.6 },
};

describe('plan comparison: bill files', () => {
  const file = (name: string, type: string, size = 100) => ({ name, type, size });

  it('takes PDFs, JPEGs and PNGs (by type, or by extension when the type is unknown)', () => {
    expect(billProblem(file('bill.pdf', 'application/pdf'))).to.equal(null);
    expect(billProblem(file('photo.jpg', 'image/jpeg'))).to.equal(null);
    expect(billProblem(file('scan.png', 'image/png'))).to.equal(null);
    expect(billProblem(file('bill.PDF', ''))).to.equal(null);
  });

  it('refuses other types, empty files and files over the limit', () => {
    expect(billProblem(file('bill.docx', 'application/vnd.openxmlformats'))).to.equal('type');
    expect(billProblem(file('bill.pdf.exe', ''))).to.equal('type');
    expect(billProblem(file('bill.pdf', 'application/pdf', 0))).to.equal('empty');
    expect(billProblem(file('bill.pdf', 'application/pdf', MAX_BILL_BYTES))).to.equal(null);
    expect(billProblem(file('bill.pdf', 'application/pdf', MAX_BILL_BYTES + 1))).to.equal('size');
  });

  it('writes sizes in KB and MB', () => {
    const format = (value: number, digits: number) => value.toFixed(digits);
    expect(fileSize(10, format)).to.equal('1 KB');
    expect(fileSize(812 * 1024, format)).to.equal('812 KB');
    expect(fileSize(2.4 * 1024 * 1024, format)).to.equal('2.4 MB');
  });
});

describe('plan comparison: differences and months', () => {
  it('says save, more or same, to the cent', () => {
    expect(difference(187.43, 162.18)).to.deep.equal({ kind: 'save', dollars: 25.25 });
    expect(difference(100, 120.5)).to.deep.equal({ kind: 'more', dollars: 20.5 });
    expect(difference(100, 100.004)).to.deep.equal({ kind: 'same', dollars: 0 });
    expect(difference(null, 1)).to.equal(null);
    expect(difference(1, undefined)).to.equal(null);
  });

  it('reads the bill and annual differences from the responses', () => {
    expect(billDifference(simple)).to.deep.equal({ kind: 'save', dollars: 25.25 });
    expect(annualDifference(annual)).to.deep.equal({ kind: 'save', dollars: 354.9 });
    expect(annualDifference({ ...annual, annual_totals: null })).to.equal(null);
  });

  it("takes the bill's month from its date", () => {
    expect(billMonth(simple)).to.equal(6);
    expect(billMonth({ ...simple, parsed_invoice_data: null })).to.equal(null);
  });

  it('puts months in calendar order, filling the ones the API left out', () => {
    const months = calendarMonths(annual.months);
    expect(months.map((m) => m.month)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(months[0].current_plan_dollars).to.equal(120.5);
    expect(months[2].current_plan_dollars).to.equal(null);
    expect(monthName(1, 'es', 'long')).to.equal('enero');
  });
});

describe('plan comparison: annual chart and CSV', () => {
  it('draws one bar per month and plan that has a value, in the shared chart frame', () => {
    const g = annualGeometry(calendarMonths(annual.months), 600, 'en');
    expect(g.current.match(/M/g)).to.have.length(2);
    expect(g.offered.match(/M/g)).to.have.length(2);
    expect(g.ticks.max).to.be.at.least(120.5);
    expect(g.labels[0].text).to.equal('Jan');
    expect(g.right).to.be.lessThan(600);
  });

  it('thins month labels at 320 px', () => {
    const g = annualGeometry(calendarMonths(annual.months), 280, 'en');
    expect(g.labels.length).to.be.lessThan(12);
  });

  it('writes the months and the year as CSV', () => {
    const csv = annualCsv(annual, calendarMonths(annual.months), {
      month: 'Month',
      kwh: 'kWh',
      current: 'Current',
      offered: 'Offered',
      total: 'Year',
      monthName: (m) => `=M${m}`,
    });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).to.equal('Month,kWh,Current,Offered');
    expect(lines[1]).to.equal("'=M1,950,120.5,96.4");
    expect(lines[3]).to.equal("'=M3,,,");
    expect(lines[13]).to.equal('Year,14000,1774.5,1419.6');
  });
});
