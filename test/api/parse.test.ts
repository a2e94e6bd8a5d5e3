import { expect } from '@open-wc/testing';
import {
  toDailyUsage,
  toIntervalUsage,
  toInvoice,
  toInvoiceDetail,
  toLocation,
  toMonthlyUsage,
  toPlan,
} from '../../src/api/normalize.js';
import { monthKeyOf, num } from '../../src/api/parse.js';

describe('API parsing', () => {
  describe('num', () => {
    it('reads numbers and decimal strings alike', () => {
      expect(num(12.5)).to.equal(12.5);
      expect(num('12.5')).to.equal(12.5);
      expect(num('100.0')).to.equal(100);
      expect(num('0')).to.equal(0);
      expect(num('-0.75')).to.equal(-0.75);
      expect(num('.5')).to.equal(0.5);
      expect(num(' 1523.0 ')).to.equal(1523);
      expect(num('1,234.50')).to.equal(1234.5);
      expect(num('$118.42')).to.equal(118.42);
      expect(num('1e3')).to.equal(1000);
    });

    it('reads garbage as missing, never NaN', () => {
      for (const garbage of [
        'abc',
        '',
        '   ',
        '12abc',
        '1.2.3',
        '0x10',
        'Infinity',
        'NaN',
        '-',
        '.',
        null,
        undefined,
        true,
        {},
        [],
      ])
        expect(num(garbage), JSON.stringify(garbage)).to.equal(null);
      expect(num(Number.NaN)).to.equal(null);
      expect(num(Number.POSITIVE_INFINITY)).to.equal(null);
    });
  });

  describe('monthKeyOf', () => {
    it('reads YYYY-MM and dates in the month, which carry their own year', () => {
      expect(monthKeyOf('2025-01', 2024)).to.equal('2025-01');
      expect(monthKeyOf('2025-12', null)).to.equal('2025-12');
      expect(monthKeyOf('2025-03-01')).to.equal('2025-03');
      expect(monthKeyOf('2025-03-31T23:00:00-05:00')).to.equal('2025-03');
    });

    it('reads English month names in any case, full or three letters, with the response year', () => {
      expect(monthKeyOf('January', 2025)).to.equal('2025-01');
      expect(monthKeyOf('january', 2025)).to.equal('2025-01');
      expect(monthKeyOf('DECEMBER', 2025)).to.equal('2025-12');
      expect(monthKeyOf('Sep', 2025)).to.equal('2025-09');
      expect(monthKeyOf('sept', 2025)).to.equal('2025-09');
      expect(monthKeyOf('oct.', '2025')).to.equal('2025-10');
      expect(monthKeyOf(' May ', 2026)).to.equal('2026-05');
    });

    it('reads month numbers 1-12, as numbers or strings, with the response year', () => {
      expect(monthKeyOf(1, 2025)).to.equal('2025-01');
      expect(monthKeyOf(12, 2025)).to.equal('2025-12');
      expect(monthKeyOf('1', 2025)).to.equal('2025-01');
      expect(monthKeyOf('01', 2025)).to.equal('2025-01');
      expect(monthKeyOf('09', '2024')).to.equal('2024-09');
    });

    it('refuses what names no month, and names or numbers without a year', () => {
      for (const bad of [
        '',
        'Ja',
        'Janvier',
        'Smarch',
        '13',
        '0',
        0,
        13,
        1.5,
        '2025-13',
        '2025-00',
        '2025/01',
        null,
        {},
      ])
        expect(monthKeyOf(bad, 2025), JSON.stringify(bad)).to.equal(null);
      expect(monthKeyOf('January', null)).to.equal(null);
      expect(monthKeyOf('January', 'abc')).to.equal(null);
      expect(monthKeyOf(3)).to.equal(null);
    });
  });

  describe('monthly usage', () => {
    const row = (month: unknown) => ({
      month,
      consumption: '1.5',
      generation: '0',
      vehicle_charging: '0',
      eligible_vehicle_charging: '0',
    });

    it('keys every month YYYY-MM, whichever way it came', () => {
      const usage = toMonthlyUsage({
        year: 2025,
        units: 'kWh',
        months: [row('2025-01'), row('2025-02-01'), row('March'), row('apr'), row(5), row('06'), row('7')],
      });
      expect(usage.months.map((m) => m.month)).to.deep.equal([
        '2025-01',
        '2025-02',
        '2025-03',
        '2025-04',
        '2025-05',
        '2025-06',
        '2025-07',
      ]);
    });

    it('takes a name or number month from a year sent as a string', () => {
      expect(toMonthlyUsage({ year: '2024', months: [row('February')] }).months[0].month).to.equal('2024-02');
    });

    it('keeps an unreadable month as given, so it matches no calendar month', () => {
      expect(toMonthlyUsage({ year: 2025, months: [row('Smarch')] }).months[0].month).to.equal('Smarch');
    });

    it('reads amounts from numbers and decimal strings, garbage as missing', () => {
      const usage = toMonthlyUsage({
        year: 2025,
        months: [
          {
            month: 'January',
            consumption: '100.5',
            generation: 2,
            vehicle_charging: 'abc',
            eligible_vehicle_charging: '',
          },
          { month: 'February', consumption: 20, generation: '0.25' },
        ],
      });
      expect(usage.months[0]).to.include({
        consumption: 100.5,
        generation: 2,
        vehicle_charging: null,
        eligible_vehicle_charging: null,
      });
      expect(usage.months[1]).to.include({ consumption: 20, generation: 0.25, vehicle_charging: null });
      expect(usage.months[0].consumption! + usage.months[1].consumption!).to.equal(120.5);
    });

    it('reads next and previous left out, null, or given', () => {
      expect(toMonthlyUsage({ year: 2025, months: [] })).to.include({ next: null, previous: null });
      expect(toMonthlyUsage({ year: 2025, months: [], next: null, previous: null })).to.include({
        next: null,
        previous: null,
      });
      expect(toMonthlyUsage({ year: 2025, months: [], previous: 'year=2024' })).to.include({ previous: 'year=2024' });
    });
  });

  describe('daily and interval usage', () => {
    it('reads daily amounts as numbers, and next/previous left out or null', () => {
      const usage = toDailyUsage({
        month: '1',
        year: '2025',
        days: [{ date: '2025-01-01', consumption: '10.5', generation: '0', vehicle_charging: 'x' }],
      });
      expect(usage).to.include({ month: 1, year: 2025, next: null, previous: null });
      expect(usage.days[0]).to.include({
        consumption: 10.5,
        generation: 0,
        vehicle_charging: null,
        eligible_vehicle_charging: null,
      });
      expect(toDailyUsage({ month: 1, year: 2025, days: [], next: null, previous: null })).to.include({
        next: null,
        previous: null,
      });
    });

    it('reads interval amounts from decimal strings', () => {
      const usage = toIntervalUsage({
        month: 3,
        year: 2026,
        intervals: [
          { start: '2026-03-01T00:00:00-06:00', consumption: '0.25', generation: '0' },
          { start: '2026-03-01T00:15:00-06:00', consumption: 'abc', generation: '' },
        ],
      });
      expect(usage.intervals.map((i) => [i.consumption, i.generation])).to.deep.equal([
        [0.25, 0],
        [null, null],
      ]);
    });

    it('finds an interval start under its other names, and drops one that is not text', () => {
      const usage = toIntervalUsage({
        intervals: [
          { start_time: '2026-03-01T00:00:00-06:00', consumption: 1 },
          { timestamp: '2026-03-01T00:15:00-06:00', consumption: 2 },
          { start: 42, consumption: 3 },
          { start: { at: 'noon' }, consumption: 4 },
          'not an interval',
        ],
      });
      expect(usage.intervals.map((i) => i.start)).to.deep.equal([
        '2026-03-01T00:00:00-06:00',
        '2026-03-01T00:15:00-06:00',
        '42',
        '',
        '',
      ]);
      expect(usage.intervals.map((i) => i.consumption)).to.deep.equal([1, 2, 3, 4, null]);
    });
  });

  describe('invoices', () => {
    const invoice = {
      number: 'INV-1',
      total_cents: 11842,
      total: '118.42',
      total_kwh: '934.000',
      avg_cents_per_kwh: '12.68',
    };

    it('reads kWh and the average price from decimal strings', () => {
      expect(toInvoice(invoice)).to.include({ total_cents: 11842, total_kwh: 934, avg_cents_per_kwh: 12.68 });
    });

    it('takes the total in cents from the dollar string when cents are missing or garbage', () => {
      expect(toInvoice({ ...invoice, total_cents: undefined }).total_cents).to.equal(11842);
      expect(toInvoice({ ...invoice, total_cents: 'abc' }).total_cents).to.equal(11842);
      expect(toInvoice({ ...invoice, total_cents: '11842' }).total_cents).to.equal(11842);
    });

    it('reads garbage amounts as missing', () => {
      expect(toInvoice({ ...invoice, total_kwh: 'abc', avg_cents_per_kwh: '' })).to.include({
        total_kwh: null,
        avg_cents_per_kwh: null,
      });
    });

    it('reads paid_at and voided_at left out or null the same', () => {
      expect(toInvoice(invoice)).to.include({ paid_at: null, voided_at: null, pdf: null });
      expect(toInvoice({ ...invoice, paid_at: null, voided_at: null, pdf: null })).to.include({
        paid_at: null,
        voided_at: null,
        pdf: null,
      });
      expect(toInvoice({ ...invoice, paid_at: '2026-11-02T14:05:33Z' }).paid_at).to.equal('2026-11-02T14:05:33Z');
    });

    it('reads charge amounts given as decimal dollar strings, and sums them as numbers', () => {
      const detail = toInvoiceDetail({
        ...invoice,
        charges_groups: [
          {
            name: 'Energy',
            charges: [
              { name: 'Energy charge', amount: '80.10' },
              { name: 'Base', amount: '9.95' },
            ],
          },
        ],
      });
      expect(detail.charges_groups[0].charges.map((c) => c.amount_cents)).to.deep.equal([8010, 995]);
      expect(detail.charges_groups[0].total_cents).to.equal(9005);
    });
  });

  describe('plans', () => {
    it('reads prices given as decimal strings', () => {
      const plan = toPlan({
        uuid: 'p-1',
        name: 'Simple Fixed 12',
        term_months: '12',
        energy_rate_cents_per_kwh: '9.80',
        base_charge_dollars: '4.95',
        tdu_charges: [{ name: 'Delivery', cents_per_kwh: '5.5833', dollars_per_month: '4.23' }],
        average_price_1000_cents: '15.2',
      });
      expect(plan).to.include({
        term_months: 12,
        energy_rate_cents_per_kwh: 9.8,
        base_charge_dollars: 4.95,
        average_price_1000_cents: 15.2,
      });
      expect(plan.tdu_charges[0]).to.deep.equal({ name: 'Delivery', cents_per_kwh: 5.5833, dollars_per_month: 4.23 });
    });

    it('reads garbage prices as missing', () => {
      expect(toPlan({ uuid: 'p', energy_rate_cents_per_kwh: 'abc', base_charge_dollars: '' })).to.include({
        energy_rate_cents_per_kwh: null,
        base_charge_dollars: null,
      });
    });
  });

  describe('locations', () => {
    it('reads address_2 and the other optional fields left out or null the same', () => {
      const base = {
        uuid: 'l',
        address_1: '1 Main St',
        city: 'Austin',
        state: 'TX',
        postal_code: '78702',
        utility_number: '1',
      };
      const omitted = toLocation(base);
      const nulls = toLocation({
        ...base,
        address_2: null,
        final_service_date: null,
        plan_name: null,
        estimated_next_reading_date: null,
      });
      expect(omitted).to.deep.equal(nulls);
      expect(omitted).to.include({ address_2: null, final_service_date: null, plan_name: null });
      expect(toLocation({ ...base, address_2: 'APT 2' }).address_2).to.equal('APT 2');
    });
  });
});
