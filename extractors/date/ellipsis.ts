import { type Atom, isCalendarDay } from './atom.js';

// A range or pair writes the year (and often the month) once, on its last day: "từ ngày 01/3 đến ngày 30/4/2025",
// "ngày 30/4 và 1/5/2025", "từ ngày 24 đến 26/7/2025", "ngày 01 và 02 tháng 9 năm 2025". The first day is
// written by ellipsis, not implied. Read backwards from a full day; the first day needs "ngày" before it,
// or "từ" (the "từ … đến" frame licenses a bare D/M: "từ 01/12 đến 15/12/2025"), so "từ 01 đến 05 người",
// a fraction "từ 1/2 đến 2/3 số hộ" or "ngày 10 và 25 hằng tháng" never qualify: nothing full follows them.
const ELIDED =
  /(?:(?<![\p{L}\p{N}])ngày *|(?<![\p{L}\p{N}])từ +)((\d{1,2})(?: ?\/ ?(\d{1,2}))?) *(?:và|-|(?:cho )?(?:đến|tới)(?: hết)?) *$/iu;
const LOOK_BACK = 32;

// atoms are in text order: only those just before the full day can reach into the elided one
function overlapsBefore(atoms: Atom[], i: number, start: number, end: number): boolean {
  for (let j = i - 1; j >= 0 && atoms[j]!.end > start - 64; j--) {
    if (atoms[j]!.start < end && start < atoms[j]!.end) return true;
  }
  return false;
}

/** The start of a range or pair whose year (and month) the full day after it carries; null when none. */
function elidedBefore(text: string, atoms: Atom[], i: number): Atom | null {
  const full = atoms[i]!;
  const from = Math.max(0, full.start - LOOK_BACK);
  const m = text.slice(from, full.start).match(ELIDED);
  if (!m || m.index === undefined) return null;
  const day = Number(m[2]);
  const month = m[3] ? Number(m[3]) : full.month!;
  // a bare day number lies in the end's month, so before its day; a D/M after the end's day/month is last year's
  if (!m[3] && day >= full.day!) return null;
  const year = month > full.month! || (month === full.month && day > full.day!) ? full.year! - 1 : full.year!;
  if (!isCalendarDay(day, month, year)) return null;
  const digitsAt = from + m.index + m[0].search(/\d/);
  // "ngày" belongs to the day's span (as findDays reads it), "từ" to the period's
  const start = /^ngày/iu.test(m[0]) ? from + m.index : digitsAt;
  const end = digitsAt + m[1]!.length;
  const prev = atoms[i - 1];
  if (prev && prev.start === start && prev.end === end && prev.kind === 'date') {
    if (prev.year === null) prev.year = year;
    return null;
  }
  if (overlapsBefore(atoms, i, start, end)) return null;
  return { start, end, year, month, day, precision: 'day', kind: 'date', until: null };
}

/** Gives elided first days their written year; adds the ones no day pattern could read alone. Text order kept. */
export function readElisions(text: string, atoms: Atom[]): Atom[] {
  const added: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    if (a.kind !== 'date' || a.precision !== 'day' || a.year === null || a.invalid) continue;
    const start = elidedBefore(text, atoms, i);
    if (start) added.push(start);
  }
  return added.length === 0 ? atoms : [...atoms, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
