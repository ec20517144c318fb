import { type Atom, writtenValue } from './atom.js';

// Between two dates on one line: "03/02/1930 - 03/02/2023", "tháng 01/2023 đến 30/6/2023", "… đến hết ngày …".
const JOIN = /^ *(?:-|(?:cho )?(?:đến|tới)(?: hết)?) *$/i;
const FROM = /(?:kể )?từ *$/i;
const MAX_GAP = 16;

const order = (a: Atom, year: number) => (year * 13 + (a.month ?? 0)) * 32 + (a.day ?? 0);

/**
 * Periods made of two dates ("từ ngày 01/7/2023 đến ngày 31/12/2023"); the dates stay dates too.
 * A side without a written year takes the other side's: by ellipsis when that side is a full day
 * (readElisions has done the starts), else as `impliedYear` ("từ ngày 01/7 đến hết tháng 8/2025").
 */
export function joinRanges(text: string, atoms: Atom[]): { periods: Atom[]; endpoints: Set<Atom> } {
  const out: Atom[] = [];
  const endpoints = new Set<Atom>();
  const dates = atoms.filter((a) => a.kind === 'date' && !a.invalid);
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1]!;
    if (b.start - a.end > MAX_GAP || !JOIN.test(text.slice(a.end, b.start))) continue;
    if (a.precision === 'year' && b.precision !== 'year') continue;
    const aYear = a.year ?? b.year;
    const bYear = b.year ?? a.year;
    if (aYear !== null && bYear !== null) {
      const from = a.year === null ? (order(a, bYear) <= order(b, bYear) ? bYear : bYear - 1) : aYear;
      const to = b.year === null ? (order(a, from) <= order(b, from) ? from : from + 1) : bYear;
      if (order(a, from) > order(b, to)) continue;
      if (a.year === null) a.impliedYear = from;
      // "từ ngày 01/12/2024 đến 15/01": the end's year is written once, on the full start (ellipsis)
      if (b.year === null && a.year !== null && a.precision === 'day') b.year = to;
      else if (b.year === null) b.impliedYear = to;
    }
    endpoints.add(a).add(b);
    const lead = text.slice(Math.max(0, a.start - 8), a.start).match(FROM);
    out.push({
      ...a,
      start: a.start - (lead?.[0].length ?? 0),
      end: b.end,
      kind: 'period',
      until: writtenValue(b),
      impliedYear: a.impliedYear,
    });
  }
  return { periods: out, endpoints };
}
