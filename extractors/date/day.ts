import { type Atom, YEAR } from './atom.js';
import { readDay } from './chrono.js';

// "ngày 07/4/2014", "01-10-1997" (Party style), "16.06.2021", "ngày 15/11" (year-less only after "ngày").
// The look-arounds keep out số/ký hiệu ("98/2023/NĐ-CP"), decimals and phone numbers.
// Matches start at a digit (fast scanning); the "ngày" cue is read backwards from there.
// Two full days joined by a bare hyphen ("(19/5/1890-19/5/2024)") are a pair, not one number run.
const PAIR_AFTER = '-\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}(?!\\p{N})';
const NUMERIC = new RegExp(
  `(?<![\\p{L}\\p{N}/.,])(?<!(?<!\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})-)(\\d{1,2}) ?([/.-]) ?(\\d{1,2})(?: ?\\2 ?${YEAR})?(?!\\p{N}|(?!${PAIR_AFTER})[/.-]\\p{N}|/ ?\\p{L})`,
  'gu',
);
// "ngày 29 tháng 12 năm 2023", "ngày 01 tháng 11"; without "ngày" only with a year.
const VERBAL = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})\\s*(?:tháng|Tháng|THÁNG)\\s*(\\d{1,2})(?:\\s*(?:năm|Năm|NĂM|/)\\s*${YEAR})?(?!\\p{N}|/\\p{L})`,
  'gu',
);
const CUE = /(?<![\p{L}\p{N}])ngày\s*$/iu;
const cueBefore = (text: string, at: number): number => text.slice(Math.max(0, at - 8), at).match(CUE)?.[0].length ?? 0;
// ISO 8601, as in digital signature stamps.
const ISO = new RegExp(`(?<![\\p{N}/.-])${YEAR}-(\\d{2})-(\\d{2})(?=T\\d|[^\\p{N}/.-]|$)`, 'gu');

interface Written {
  start: number;
  end: number;
  /** what chrono reads: the date without the "ngày" cue and with separators closed up */
  core: string;
  day: number;
  month: number;
  year: number | null;
}

function toAtom(w: Written): Atom {
  const read = readDay(w.core);
  // chrono swaps day and month when the month is over 12 (US order); Vietnamese dates never are.
  const ok = read !== null && read.day === w.day && read.month === w.month && read.year === w.year;
  return {
    start: w.start,
    end: w.end,
    year: w.year,
    month: w.month,
    day: w.day,
    precision: 'day',
    kind: 'date',
    until: null,
    invalid: !ok,
  };
}

/** Every written calendar day (full or year-less); unreal days come back with `invalid`. */
export function findDays(text: string): Atom[] {
  const out: Atom[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const [all, d, sep, mo, y] = m;
    const cue = cueBefore(text, m.index);
    if (!y && (!cue || sep !== '/')) continue; // "1/2" alone is a fraction, "5.11" a section number
    out.push(
      toAtom({
        start: m.index - cue,
        end: m.index + all.length,
        core: all.replace(/ /g, ''),
        day: Number(d),
        month: Number(mo),
        year: y ? Number(y) : null,
      }),
    );
  }
  for (const m of text.matchAll(VERBAL)) {
    const [all, d, mo, y] = m;
    const cue = cueBefore(text, m.index);
    if (!y && !cue) continue;
    const core = `${d} tháng ${mo}${y ? ` năm ${y}` : ''}`;
    const w = { start: m.index - cue, end: m.index + all.length, core, day: Number(d), month: Number(mo) };
    out.push(toAtom({ ...w, year: y ? Number(y) : null }));
  }
  for (const m of text.matchAll(ISO)) {
    const [all, y, mo, d] = m;
    const w = { start: m.index, end: m.index + all.length, core: all, day: Number(d), month: Number(mo) };
    out.push(toAtom({ ...w, year: Number(y) }));
  }
  return out;
}
