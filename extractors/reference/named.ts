import { type Candidate, readTail } from './candidate.js';
import { SYMBOL_SOURCE } from './symbol.js';
import { readLawNameAt } from './title.js';
import { BY_NAME_SOURCE, typeOfWord } from './vocabulary.js';

/** A law's name written before its number ("Luật Thi đua, khen thưởng số 06/2022/QH15"). */
export interface NameBeforeNumber {
  title: string;
  /** where the type word starts */
  start: number;
  word: string;
}

// "Luật Thi đua, khen thưởng": types cited by name
const BY_NAME = new RegExp(`(?<![\\p{L}\\d])${BY_NAME_SOURCE}(?![\\p{L}\\d])`, 'gu');
const SYMBOL_NEXT = new RegExp(`\\s*(?:số\\s*:?\\s*)?${SYMBOL_SOURCE}`, 'iuy');

/**
 * Laws (and codes, ordinances) cited by name. A name followed by a number is not a candidate here:
 * it is returned by the offset of its number so the numbered reading can take the name as title.
 */
export function readNamedLaws(text: string): { candidates: Candidate[]; beforeNumber: Map<number, NameBeforeNumber> } {
  const candidates: Candidate[] = [];
  const beforeNumber = new Map<number, NameBeforeNumber>();
  let covered = 0; // end of the last name: laws named inside it ("… của Luật A") are part of it
  for (const m of text.matchAll(BY_NAME)) {
    if (m.index < covered) continue;
    const word = m[1]!;
    const after = m.index + word.length;
    SYMBOL_NEXT.lastIndex = after;
    if (SYMBOL_NEXT.test(text)) continue; // "Luật số 80/2015/QH13" is read from its number
    const law = readLawNameAt(text, after);
    if (!law) continue;
    covered = law.end;
    SYMBOL_NEXT.lastIndex = law.end;
    const next = SYMBOL_NEXT.exec(text);
    if (next) {
      const numberAt = SYMBOL_NEXT.lastIndex - next[0].length + next[0].search(/\d/);
      beforeNumber.set(numberAt, { title: law.title, start: m.index, word });
      continue;
    }
    const head = { docType: typeOfWord(word)!.name, typeWritten: true, symbol: null, number: null, title: law.title };
    candidates.push(readTail(text, { ...head, raw: { type: word, title: law.raw }, start: m.index, end: law.end }));
  }
  return { candidates, beforeNumber };
}
