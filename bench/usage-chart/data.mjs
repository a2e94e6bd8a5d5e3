/**
 * The month of usage every contender draws: a deterministic month of 15-minute intervals shaped like a Texas home
 * (96 a day; October, 31 days, gives 2,976), in the response shape of `GET .../usage/intervals` (the fields
 * `toIntervalUsage` reads: `start`, `consumption`, `generation`; `next` / `previous` as the sandbox links them).
 */
export const YEAR = 2026;
/** October: 31 days, all in daylight time (-05:00). */
export const MONTH = 10;
/** September, the month the warm runs switch to and back from (30 days, 2,880 intervals). */
export const OTHER_MONTH = 9;
/** The year the year view draws: a whole one before YEAR, so every month of it has begun (365 × 96 = 35,040). */
export const FULL_YEAR = YEAR - 1;

const pad = (n) => String(n).padStart(2, '0');
const daysIn = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function monthOfIntervals(year = YEAR, month = MONTH) {
  let seed = year * 10000 + month * 100 + 1;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const intervals = [];
  for (let day = 1; day <= daysIn(year, month); day++) {
    for (let quarter = 0; quarter < 96; quarter++) {
      const hour = quarter / 4;
      const base = 0.16 + 0.1 * Math.exp(-(((hour - 7.5) / 1.5) ** 2)) + 0.22 * Math.exp(-(((hour - 18.5) / 2.5) ** 2));
      const time = `${pad(Math.floor(hour))}:${pad((quarter % 4) * 15)}:00-05:00`;
      intervals.push({
        start: `${year}-${pad(month)}-${pad(day)}T${time}`,
        consumption: Math.round(base * (0.85 + 0.3 * random()) * 1000) / 1000,
        generation: 0,
      });
    }
  }
  return {
    month,
    year,
    units: 'kWh',
    intervals,
    next: `month=${month + 1}&year=${year}`,
    previous: `month=${month - 1}&year=${year}`,
  };
}
