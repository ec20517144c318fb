import { type Atom, isCalendarDay, YEAR } from './atom.js';
import { digitRuns, execAt, skipSpaces } from './digit-runs.js';

// "ngày 07/4/2014", "01-10-1997" (Party style), "16.06.2021", "ngày 15/11" (year-less only after "ngày").
// The look-arounds keep out số/ký hiệu ("98/2023/NĐ-CP"), decimals and phone numbers.
// Matches start where a run of digits starts (tried only there); the "ngày" cue is read backwards from there.
// Two full days joined by a bare hyphen ("(19/5/1890-19/5/2024)") are a pair, not one number run.
const PAIR_AFTER = '-\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}(?!\\p{N})';
const NUMERIC = new RegExp(
  `(?<![\\p{L}\\p{N}/.,])(?<!(?<!\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})-)(\\d{1,2}) ?([/.-]) ?(\\d{1,2})(?: ?\\2 ?${YEAR})?(?!\\p{N}|(?!${PAIR_AFTER})[/.-]\\p{N}|/ ?\\p{L})`,
  'uy',
);
// "ngày 29 tháng 12 năm 2023", "ngày 01 tháng 11"; without "ngày" only with a year.
const VERBAL = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})\\s*(?:tháng|Tháng|THÁNG)\\s*(\\d{1,2})(?:\\s*(?:năm|Năm|NĂM|/)\\s*${YEAR})?(?!\\p{N}|/\\p{L})`,
  'uy',
);
const CUE = /(?<![\p{L}\p{N}])ngày\s*$/iu;
const cueBefore = (text: string, at: number): number => text.slice(Math.max(0, at - 8), at).match(CUE)?.[0].length ?? 0;
// ISO 8601, as in digital signature stamps.
const ISO = new RegExp(`(?<![\\p{N}/.-])${YEAR}-(\\d{2})-(\\d{2})(?=T\\d|[^\\p{N}/.-]|$)`, 'uy');

interface Written {
  start: number;
  end: number;
  day: number;
  month: number;
  year: number | null;
}

function toAtom(w: Written): Atom {
  // day first, always: a month over 12 is no date (never the US order)
  const ok = isCalendarDay(w.day, w.month, w.year);
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

const SLASH = 47;
const DOT = 46;
const HYPHEN = 45;
const SPACE = 32;
const isT = (c: number): boolean => c === 116 || c === 84;

/** Every written calendar day (full or year-less); unreal days come back with `invalid`. */
export function findDays(text: string): Atom[] {
  const numeric: Atom[] = [];
  const verbal: Atom[] = [];
  const iso: Atom[] = [];
  // Each pattern's matches do not overlap, as with a global scan: a run inside the last match is skipped.
  let numericEnd = 0;
  let verbalEnd = 0;
  let isoEnd = 0;
  const { starts, lengths } = digitRuns(text);
  for (let r = 0; r < starts.length; r++) {
    const at = starts[r]!;
    const after = at + lengths[r]!;
    if (lengths[r]! <= 2) {
      let c = text.charCodeAt(after);
      if (c === SPACE) c = text.charCodeAt(after + 1);
      if ((c === SLASH || c === DOT || c === HYPHEN) && at >= numericEnd) {
        const m = execAt(NUMERIC, text, at);
        if (m) {
          numericEnd = NUMERIC.lastIndex;
          readNumeric(text, m, numeric);
        }
      }
      if (isT(text.charCodeAt(skipSpaces(text, after))) && at >= verbalEnd) {
        const m = execAt(VERBAL, text, at);
        if (m) {
          verbalEnd = VERBAL.lastIndex;
          readVerbal(text, m, verbal);
        }
      }
    } else if (lengths[r] === 4 && text.charCodeAt(after) === HYPHEN && at >= isoEnd) {
      const m = execAt(ISO, text, at);
      if (m) {
        isoEnd = ISO.lastIndex;
        const [all, y, mo, d] = m;
        const w = { start: m.index, end: m.index + all.length, day: Number(d), month: Number(mo) };
        iso.push(toAtom({ ...w, year: Number(y) }));
      }
    }
  }
  return [...numeric, ...verbal, ...iso];
}

function readNumeric(text: string, m: RegExpExecArray, out: Atom[]): void {
  const [all, d, sep, mo, y] = m;
  const cue = cueBefore(text, m.index);
  if (!y && (!cue || sep !== '/')) return; // "1/2" alone is a fraction, "5.11" a section number
  out.push(
    toAtom({
      start: m.index - cue,
      end: m.index + all.length,
      day: Number(d),
      month: Number(mo),
      year: y ? Number(y) : null,
    }),
  );
}

function readVerbal(text: string, m: RegExpExecArray, out: Atom[]): void {
  const [all, d, mo, y] = m;
  const cue = cueBefore(text, m.index);
  if (!y && !cue) return;
  const w = { start: m.index - cue, end: m.index + all.length, day: Number(d), month: Number(mo) };
  out.push(toAtom({ ...w, year: y ? Number(y) : null }));
}
