import { type Atom, YEAR } from './atom.js';
import { digitRuns, execAt, skipSpacesBack } from './digit-runs.js';

// "tháng 01/2023", "tháng 12 năm 2023", "tháng 6-2024".
const MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])tháng\\s*(\\d{1,2})\\s*(?:/|-|năm)\\s*${YEAR}(?!\\p{N}|/ ?\\p{L})`,
  'iuy',
);
// A draft's header leaves day (and maybe month) blank: "ngày tháng năm 2023", "ngày ... tháng 12 năm 2023".
const BLANK_DAY = new RegExp(
  `(?<![\\p{L}\\p{N}])ngày[ ._…]*tháng(?:[ ._…]*?(\\d{1,2}))?[ ._…]*năm\\s*${YEAR}(?!\\p{N})`,
  'giu',
);
// "năm 2024" names a calendar year; "5 năm 2021 - 2025" (a count, then a period) does not.
const YEAR_ONLY = new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N} )năm *${YEAR}(?!\\p{N}|\\s*-\\s*\\p{N}|/)`, 'iuy');
// The month and year patterns are tried at their word, found back from the digits that follow it.
const THANG = /tháng/iuy;
const NAM = /năm/iuy;

const atom = (start: number, end: number, year: number, month: number | null): Atom => ({
  start,
  end,
  year,
  month,
  day: null,
  precision: month === null ? 'year' : 'month',
  kind: 'date',
  until: null,
  invalid: month !== null && (month < 1 || month > 12),
});

/** Where `word` ends right before `end` (case aside), or -1. */
const wordBefore = (word: RegExp, length: number, text: string, end: number): number => {
  const at = end - length;
  if (at < 0) return -1;
  word.lastIndex = at;
  return word.test(text) && word.lastIndex === end ? at : -1;
};

/** Months and years named without a day. */
export function findPartials(text: string): Atom[] {
  const monthYears: Atom[] = [];
  const years: Atom[] = [];
  let monthYearEnd = 0;
  let yearEnd = 0;
  const { starts, lengths } = digitRuns(text);
  for (let r = 0; r < starts.length; r++) {
    const digits = starts[r]!;
    if (lengths[r]! <= 2) {
      const at = wordBefore(THANG, 5, text, skipSpacesBack(text, digits));
      const m = at >= monthYearEnd ? execAt(MONTH_YEAR, text, at) : null;
      if (m) {
        monthYearEnd = MONTH_YEAR.lastIndex;
        monthYears.push(atom(m.index, MONTH_YEAR.lastIndex, Number(m[2]), Number(m[1])));
      }
    } else if (lengths[r] === 4) {
      let end = digits;
      while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
      const at = wordBefore(NAM, 3, text, end);
      const m = at >= yearEnd ? execAt(YEAR_ONLY, text, at) : null;
      if (m) {
        yearEnd = YEAR_ONLY.lastIndex;
        years.push(atom(m.index, YEAR_ONLY.lastIndex, Number(m[1]), null));
      }
    }
  }
  const blanks: Atom[] = [];
  for (const m of text.matchAll(BLANK_DAY)) {
    blanks.push(atom(m.index, m.index + m[0].length, Number(m[2]), m[1] ? Number(m[1]) : null));
  }
  return [...monthYears, ...blanks, ...years];
}
