import type { Atom } from './atom.js';

// Words that make a day a time limit: "trước ngày 01 tháng 11", "chậm nhất là ngày 15/11/2024", "hạn chót …".
const CUE = /(?<![\p{L}\p{N}])(?:trước|chậm nhất|muộn nhất|hạn chót|hạn cuối|không quá)(?: là| vào)? *(?:ngày *)?$/iu;
const LOOK_BACK = 24;

/** Turns dates after a deadline cue into deadlines whose span takes in the cue. */
export function markDeadlines(text: string, atoms: Atom[], endpoints: Set<Atom>): void {
  for (const a of atoms) {
    if (a.kind !== 'date' || a.invalid || a.precision === 'year' || endpoints.has(a)) continue;
    const before = text.slice(Math.max(0, a.start - LOOK_BACK), a.start);
    const cue = before.match(CUE);
    if (!cue || cue.index === undefined) continue;
    a.kind = 'deadline';
    a.start -= before.length - cue.index;
  }
}
