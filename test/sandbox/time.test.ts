import { expect } from '@open-wc/testing';
import {
  addBusinessDays,
  addMonths,
  centralDay,
  centralDstBounds,
  centralMidnight,
  centralOffsetMinutes,
  formatCentral,
  intervalsInCentralDay,
  isIsoDate,
} from '../../src/sandbox/time.js';

/** The offset Chromium's own time-zone data gives America/Chicago at an instant, in minutes. */
function intlOffset(instant: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', timeZoneName: 'shortOffset' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName')!.value;
  return -Number(/GMT-(\d+)/.exec(name)![1]) * 60;
}

describe('sandbox time: US Central daylight saving', () => {
  it('finds the second Sunday of March and the first Sunday of November', () => {
    expect(new Date(centralDstBounds(2026)!.start).toISOString()).to.equal('2026-03-08T08:00:00.000Z');
    expect(new Date(centralDstBounds(2026)!.end).toISOString()).to.equal('2026-11-01T07:00:00.000Z');
    expect(new Date(centralDstBounds(2025)!.start).toISOString()).to.equal('2025-03-09T08:00:00.000Z');
    expect(new Date(centralDstBounds(2025)!.end).toISOString()).to.equal('2025-11-02T07:00:00.000Z');
    // A year whose March starts on a Sunday: the second Sunday is the 8th, the 1st of November is a Sunday too.
    expect(new Date(centralDstBounds(2015)!.start).toISOString()).to.equal('2015-03-08T08:00:00.000Z');
    expect(new Date(centralDstBounds(2015)!.end).toISOString()).to.equal('2015-11-01T07:00:00.000Z');
  });

  it('agrees with the browser time-zone database around every transition from 1990 to 2040', () => {
    for (let year = 1990; year <= 2040; year++) {
      const { start, end } = centralDstBounds(year)!;
      for (const edge of [start, end]) {
        for (const delta of [-60_000, 0, 60_000, -86_400_000, 86_400_000]) {
          expect(centralOffsetMinutes(edge + delta), `${year} ${new Date(edge + delta).toISOString()}`).to.equal(
            intlOffset(edge + delta),
          );
        }
      }
    }
  });

  it('gives 92 intervals on spring-forward days, 100 on fall-back days and 96 on every other day', () => {
    expect(intervalsInCentralDay('2026-03-08')).to.equal(92);
    expect(intervalsInCentralDay('2025-11-02')).to.equal(100);
    expect(intervalsInCentralDay('2026-11-01')).to.equal(100);
    expect(intervalsInCentralDay('2024-03-10')).to.equal(92);
    for (const day of ['2026-03-07', '2026-03-09', '2026-07-04', '2025-11-01', '2025-11-03', '2026-01-01']) {
      expect(intervalsInCentralDay(day), day).to.equal(96);
    }
  });

  it('formats instants with the Central offset of their season', () => {
    expect(formatCentral(centralMidnight('2026-01-15'))).to.equal('2026-01-15T00:00:00-06:00');
    expect(formatCentral(centralMidnight('2026-07-15'))).to.equal('2026-07-15T00:00:00-05:00');
    // Fall back: 01:00–01:59 happens twice, first in CDT then in CST.
    const midnight = centralMidnight('2025-11-02');
    expect(formatCentral(midnight + 60 * 60_000)).to.equal('2025-11-02T01:00:00-05:00');
    expect(formatCentral(midnight + 120 * 60_000)).to.equal('2025-11-02T01:00:00-06:00');
    expect(centralDay(Date.parse('2026-03-18T04:00:00Z'))).to.equal('2026-03-17');
  });

  it('does calendar arithmetic', () => {
    expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28');
    expect(addMonths('2024-01-31', 1)).to.equal('2024-02-29');
    expect(addMonths('2026-03-15', -14)).to.equal('2025-01-15');
    expect(isIsoDate('2026-02-29')).to.equal(false);
    expect(isIsoDate('2028-02-29')).to.equal(true);
    expect(isIsoDate('2026-13-01')).to.equal(false);
    // Friday 20 March 2026 + 5 business days = Friday 27 March.
    expect(new Date(addBusinessDays(Date.parse('2026-03-20T15:00:00Z'), 5)).toISOString()).to.equal(
      '2026-03-27T15:00:00.000Z',
    );
  });
});
