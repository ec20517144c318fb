import { toneAgnostic } from '../chars.js';
import { type Atom, writtenValue, YEAR } from './atom.js';
import { digitRuns, execAt, skipSpaces } from './digit-runs.js';

// "giai đoạn 2021 - 2025", "nhiệm kỳ 2020 - 2025", "năm học 2023 - 2024", "(2021-2025)".
const YEAR_RANGE = new RegExp(`(?<![\\p{L}\\p{N}/.-])${YEAR}\\s*-\\s*${YEAR}(?!\\p{N}|/)`, 'uy');
// Read backwards from the range, so the scan above can start at a digit.
const RANGE_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:giai đoạn|nhiệm kỳ|năm học|${toneAgnostic('niên khóa')}|thời kỳ)\\s+$`,
  'iu',
);
// "quý I/2024", "Quý III/2027", "quý IV năm 2023".
const QUARTER = new RegExp(
  `(?<![\\p{L}\\p{N}])${toneAgnostic('quý')}\\s+(IV|I{1,3}|[1-4])\\s*(?:/|-|năm)\\s*${YEAR}(?!\\p{N}|/)`,
  'giu',
);
// "6 tháng đầu năm 2024", "06 tháng cuối năm 2023".
const PART_OF_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})\\s+tháng\\s+(đầu|cuối)\\s+năm\\s*${YEAR}(?!\\p{N})`,
  'iuy',
);

const QUARTER_NUMBER: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

const months = (start: number, end: number, year: number, first: number, last: number): Atom => ({
  start,
  end,
  year,
  month: first,
  day: null,
  precision: 'month',
  kind: 'period',
  until: writtenValue({ year, month: last, day: null }),
});

const isT = (c: number): boolean => c === 116 || c === 84;

/** Periods written as one phrase. */
export function findPeriods(text: string): Atom[] {
  const ranges: Atom[] = [];
  const parts: Atom[] = [];
  // the year ranges and parts of years start at digits: tried where a run of them starts
  let rangeEnd = 0;
  let partEnd = 0;
  const { starts, lengths } = digitRuns(text);
  for (let r = 0; r < starts.length; r++) {
    const at = starts[r]!;
    const after = skipSpaces(text, at + lengths[r]!);
    if (lengths[r] === 4 && text.charCodeAt(after) === 45 && at >= rangeEnd) {
      const m = execAt(YEAR_RANGE, text, at);
      if (m) {
        rangeEnd = YEAR_RANGE.lastIndex;
        readRange(text, m, ranges);
      }
    } else if (lengths[r]! <= 2 && after > at + lengths[r]! && isT(text.charCodeAt(after)) && at >= partEnd) {
      const m = execAt(PART_OF_YEAR, text, at);
      if (m) {
        partEnd = PART_OF_YEAR.lastIndex;
        const n = Number(m[1]);
        if (n < 1 || n > 12) continue;
        const first = m[2]!.toLowerCase() === 'đầu' ? 1 : 13 - n;
        parts.push(months(m.index, m.index + m[0].length, Number(m[3]), first, first + n - 1));
      }
    }
  }
  const quarters: Atom[] = [];
  for (const m of text.matchAll(QUARTER)) {
    const q = QUARTER_NUMBER[m[1]!.toUpperCase()] ?? Number(m[1]);
    quarters.push(months(m.index, m.index + m[0].length, Number(m[2]), q * 3 - 2, q * 3));
  }
  return [...ranges, ...quarters, ...parts];
}

function readRange(text: string, m: RegExpExecArray, out: Atom[]): void {
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (to <= from || to - from > 200) return;
  const end = m.index + m[0].length;
  const name = text.slice(Math.max(0, m.index - 12), m.index).match(RANGE_NAME)?.[0].length ?? 0;
  out.push({
    start: m.index - name,
    end,
    year: from,
    month: null,
    day: null,
    precision: 'year',
    kind: 'period',
    until: String(to),
  });
}
