import { expect } from '@open-wc/testing';
import { createSandbox } from '../../src/sandbox/index.js';
import { call, fixedSandbox, manualClock, tokenFor } from './helpers.js';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;
/** A usage amount, which must be a decimal string (as the example app types it), as a number. */
const kwh = (value: unknown) => {
  expect(value)
    .to.be.a('string')
    .and.match(/^\d+\.\d+$/);
  return Number(value);
};

async function activeAccount(scenario: 'active' | 'solar' = 'active', seed = 7) {
  const clock = manualClock('2026-03-18T18:00:00Z');
  const sandbox = createSandbox({ seed, now: clock.now });
  const session = await tokenFor(sandbox, scenario);
  const get = (kind: string, query: string) =>
    call(sandbox, session.token, 'GET', `/account/locations/${session.locationUuid}/usage/${kind}?${query}`);
  return { sandbox, clock, session, get };
}

function byDay(intervals: Array<{ start: string }>) {
  const days = new Map<string, number>();
  for (const i of intervals) days.set(i.start.slice(0, 10), (days.get(i.start.slice(0, 10)) ?? 0) + 1);
  return days;
}

describe('sandbox usage', () => {
  it('is deterministic: the same seed gives the same data, another seed different data', async () => {
    const a = await activeAccount('active', 7);
    const b = await activeAccount('active', 7);
    const c = await activeAccount('active', 8);
    const [ia, ib, ic] = await Promise.all([a, b, c].map((x) => x.get('intervals', 'month=2&year=2026')));
    expect(ia.body.intervals.length).to.equal(28 * 96);
    expect(ib.body.intervals).to.deep.equal(ia.body.intervals);
    expect(ic.body.intervals).not.to.deep.equal(ia.body.intervals);
  });

  it('has 92 intervals on the spring-forward day, 100 on the fall-back day, 96 on the others', async () => {
    const { get } = await activeAccount();
    const march = byDay((await get('intervals', 'month=3&year=2026')).body.intervals);
    const november = byDay((await get('intervals', 'month=11&year=2025')).body.intervals);
    expect(march.get('2026-03-08')).to.equal(92);
    expect(november.get('2025-11-02')).to.equal(100);
    for (const [day, count] of [...march, ...november]) {
      if (day !== '2026-03-08' && day !== '2025-11-02') expect(count, day).to.equal(96);
    }
    expect(november.size).to.equal(30);
  });

  it('stamps intervals with the Central offset and never returns part of a day', async () => {
    const { get } = await activeAccount();
    const { body } = await get('intervals', 'month=3&year=2026');
    // Data lags: at 1 pm on 18 March the last complete day is the 17th.
    expect(byDay(body.intervals).size).to.equal(17);
    expect(body.intervals[0].start).to.equal('2026-03-01T00:00:00-06:00');
    expect(body.intervals.at(-1).start).to.equal('2026-03-17T23:45:00-05:00');
    const march8 = body.intervals
      .filter((i: { start: string }) => i.start.startsWith('2026-03-08'))
      .map((i: { start: string }) => i.start.slice(11));
    expect(march8).to.include('01:45:00-06:00').and.include('03:00:00-05:00').and.not.include('02:00:00-06:00');
    expect([body.month, body.year, body.units]).to.deep.equal([3, 2026, 'kWh']);
  });

  it('lags a day or two: before noon the last day with data is the day before yesterday', async () => {
    const { clock, get } = await activeAccount();
    clock.set('2026-03-18T15:00:00Z'); // 10 am in Texas
    const { body } = await get('daily', 'month=3&year=2026');
    expect(body.days.at(-1).date).to.equal('2026-03-16');
  });

  it('adds up: a day is the sum of its intervals, a month the sum of its days', async () => {
    const { get } = await activeAccount('solar');
    for (const [month, year] of [
      [11, 2025],
      [3, 2026],
      [7, 2025],
    ]) {
      const intervals = (await get('intervals', `month=${month}&year=${year}`)).body.intervals;
      const days = (await get('daily', `month=${month}&year=${year}`)).body.days;
      for (const day of days) {
        const mine = intervals.filter((i: { start: string }) => i.start.startsWith(day.date));
        expect(
          close(kwh(day.consumption), sum(mine.map((i: { consumption: string }) => kwh(i.consumption)))),
          day.date,
        ).to.equal(true);
        expect(
          close(kwh(day.generation), sum(mine.map((i: { generation: string }) => kwh(i.generation)))),
          day.date,
        ).to.equal(true);
      }
      const monthly = (await get('monthly', `year=${year}`)).body.months;
      const row = monthly.find((m: { month: string }) => m.month === `${year}-${String(month).padStart(2, '0')}`);
      expect(close(kwh(row.consumption), sum(days.map((d: { consumption: string }) => kwh(d.consumption))))).to.equal(
        true,
      );
      expect(close(kwh(row.generation), sum(days.map((d: { generation: string }) => kwh(d.generation))))).to.equal(
        true,
      );
    }
  });

  it('peaks in the Texas summer and follows a daily curve', async () => {
    const { get } = await activeAccount();
    const months = (await get('monthly', 'year=2025')).body.months;
    const use = (m: string) => kwh(months.find((r: { month: string }) => r.month === m).consumption);
    expect(use('2025-07')).to.be.greaterThan(use('2025-04') * 1.4);
    expect(use('2025-08')).to.be.greaterThan(use('2025-11'));
    const july = (await get('intervals', 'month=7&year=2025')).body.intervals;
    const at = (hhmm: string) =>
      sum(
        july
          .filter((i: { start: string }) => i.start.slice(11, 16) === hhmm)
          .map((i: { consumption: string }) => kwh(i.consumption)),
      );
    expect(at('17:00')).to.be.greaterThan(at('04:00'));
  });

  it('shows solar export at midday only, and none for homes without solar', async () => {
    const solar = await activeAccount('solar');
    const june = (await solar.get('intervals', 'month=6&year=2025')).body.intervals;
    const noon = june.filter((i: { start: string }) => i.start.slice(11, 13) === '13');
    const night = june.filter((i: { start: string }) => i.start.slice(11, 13) === '02');
    expect(sum(noon.map((i: { generation: string }) => kwh(i.generation)))).to.be.greaterThan(0);
    expect(sum(night.map((i: { generation: string }) => kwh(i.generation)))).to.equal(0);
    const plain = await activeAccount('active');
    const months = (await plain.get('monthly', 'year=2025')).body.months;
    expect(months.every((m: { generation: string }) => kwh(m.generation) === 0)).to.equal(true);
  });

  it('reports EV charging for the EV home, eligible charging being part of it', async () => {
    const { get } = await activeAccount('active');
    const { days } = (await get('daily', 'month=1&year=2026')).body;
    expect(days.some((d: { vehicle_charging: string }) => kwh(d.vehicle_charging) > 0)).to.equal(true);
    for (const d of days) expect(kwh(d.eligible_vehicle_charging)).to.be.at.most(kwh(d.vehicle_charging));
  });

  it('links to the previous and next periods that have data: null at a year end, left out at a month end', async () => {
    const { get } = await activeAccount();
    let r = (await get('monthly', 'year=2026')).body;
    expect([r.previous, r.next]).to.deep.equal(['year=2025', null]);
    expect(r.months.at(-1).month).to.equal('2026-03');
    r = (await get('monthly', 'year=2025')).body;
    expect([r.previous, r.next]).to.deep.equal([null, 'year=2026']);
    expect(r.months[0].month).to.equal('2025-01');
    // The example app types the daily links `next?: string`: absent, never null, when there is none.
    r = (await get('daily', 'month=3&year=2026')).body;
    expect(r.previous).to.equal('month=2&year=2026');
    expect(r).not.to.have.property('next');
    r = (await get('intervals', 'month=1&year=2025')).body;
    expect(r.next).to.equal('month=2&year=2025');
    expect(r).not.to.have.property('previous');
    expect(r.intervals[0].start.slice(0, 10)).to.equal('2025-01-10');
    r = (await get('daily', '')).body;
    expect([r.month, r.year]).to.deep.equal([3, 2026]);
  });

  it('keeps at most two years of history', async () => {
    const { sandbox } = fixedSandbox();
    const session = sandbox.session('solar', { invoices: 40 });
    const { token } = await session.tokenProvider();
    const r = (await call(sandbox, token, 'GET', `/account/locations/${session.locationUuid}/usage/monthly?year=2024`))
      .body;
    expect(r.months[0].month).to.equal('2024-03');
    expect(r.previous).to.equal(null);
  });

  it('has no usage before service starts', async () => {
    const { sandbox } = fixedSandbox();
    const session = await tokenFor(sandbox, 'new-service');
    const r = await call(sandbox, session.token, 'GET', `/account/locations/${session.locationUuid}/usage/monthly`);
    expect(r.body).to.deep.include({ months: [], next: null, previous: null });
    const account = (await call(sandbox, session.token, 'GET', '/account')).body;
    expect(account.locations[0].has_usage_history).to.equal(false);
  });

  it('answers 404 for an unknown location or another account’s, 422 for a bad month', async () => {
    const { sandbox, session, get } = await activeAccount();
    expect((await call(sandbox, session.token, 'GET', '/account/locations/nope/usage/daily')).status).to.equal(404);
    const other = await tokenFor(sandbox, 'solar');
    const foreign = await call(sandbox, other.token, 'GET', `/account/locations/${session.locationUuid}/usage/monthly`);
    expect(foreign.status).to.equal(404);
    expect(foreign.body.error).to.be.a('string');
    expect((await get('daily', 'month=13&year=2026')).status).to.equal(422);
    expect((await get('intervals', 'month=3')).status).to.equal(422);
  });
});
