import { describe, expect, it } from 'vitest';
import { isCalendarDay } from '../extractors/date/atom.js';
import { readDay } from '../extractors/date/chrono.js';

// The dates extractor checks days with isCalendarDay instead of a chrono-node parse per date.
// chrono stays the judge: for each way the day patterns write a day, both must agree.
// (Checked once over every string the patterns can match, 23.4M of them; a sample here keeps it fast.)
const YEARS = [null, 1800, 1899, 1900, 2000, 2023, 2024, 2100, 2199];
const DAYS = [0, 1, 9, 10, 28, 29, 30, 31, 32, 99];
const MONTHS = [0, 1, 2, 4, 9, 11, 12, 13, 31, 99];

interface Row {
  core: string;
  day: number;
  month: number;
  year: number | null;
}

const two = (n: number): string => String(n).padStart(2, '0');
const rows: Row[] = [];
for (const year of YEARS) {
  for (const day of DAYS) {
    for (const month of MONTHS) {
      const add = (core: string) => rows.push({ core, day, month, year });
      for (const [d, m] of [
        [String(day), String(month)],
        [two(day), two(month)],
      ] as const) {
        add(`${d} tháng ${m}${year === null ? '' : ` năm ${year}`}`);
        if (year === null) add(`${d}/${m}`);
        else for (const sep of ['/', '.', '-']) add(`${d}${sep}${m}${sep}${year}`);
      }
      if (year !== null) add(`${year}-${two(month)}-${two(day)}`);
    }
  }
}

const byChrono = ({ core, day, month, year }: Row): boolean => {
  const read = readDay(core);
  return read !== null && read.day === day && read.month === month && read.year === year;
};

describe('isCalendarDay reads days as chrono-node does', () => {
  it.each([
    [29, 2, 2024, true],
    [29, 2, 2023, false],
    [29, 2, null, true],
    [31, 4, 2023, false],
    [0, 5, 2023, false],
    [5, 13, 2023, false],
    [31, 12, 1899, true],
  ])('%i/%i/%s → %s', (day, month, year, real) => {
    expect(isCalendarDay(day, month, year)).toBe(real);
  });

  it(`agrees with chrono on ${rows.length} written days`, () => {
    const disagree = rows.filter((r) => isCalendarDay(r.day, r.month, r.year) !== byChrono(r)).map((r) => r.core);
    expect(disagree).toEqual([]);
  });
});
