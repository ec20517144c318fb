import { type Atom, YEAR } from './atom.js';

// "tháng 01/2023", "tháng 12 năm 2023", "tháng 6-2024".
const MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])tháng\\s*(\\d{1,2})\\s*(?:/|-|năm)\\s*${YEAR}(?!\\p{N}|/ ?\\p{L})`,
  'giu',
);
// A draft's header leaves day (and maybe month) blank: "ngày tháng năm 2023", "ngày ... tháng 12 năm 2023".
const BLANK_DAY = new RegExp(
  `(?<![\\p{L}\\p{N}])ngày[ ._…]*tháng(?:[ ._…]*?(\\d{1,2}))?[ ._…]*năm\\s*${YEAR}(?!\\p{N})`,
  'giu',
);
// "năm 2024" names a calendar year; "5 năm 2021 - 2025" (a count, then a period) does not.
const YEAR_ONLY = new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N} )năm *${YEAR}(?!\\p{N}|\\s*-\\s*\\p{N}|/)`, 'giu');

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

/** Months and years named without a day. */
export function findPartials(text: string): Atom[] {
  const out: Atom[] = [];
  for (const m of text.matchAll(MONTH_YEAR)) {
    out.push(atom(m.index, m.index + m[0].length, Number(m[2]), Number(m[1])));
  }
  for (const m of text.matchAll(BLANK_DAY)) {
    out.push(atom(m.index, m.index + m[0].length, Number(m[2]), m[1] ? Number(m[1]) : null));
  }
  for (const m of text.matchAll(YEAR_ONLY)) {
    out.push(atom(m.index, m.index + m[0].length, Number(m[1]), null));
  }
  return out;
}
