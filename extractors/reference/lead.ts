import { TYPE_WORD_SOURCE } from './vocabulary.js';

/** What is written before a number: the type word, "số", or a garbled word before "số". */
export interface Lead {
  /** offset where the mention starts (the type word, else "số", else the number) */
  start: number;
  typeWord: string | null;
  hasSo: boolean;
  /** the word before "số" when it is no known type ("Công số 8879/UBND-NC", "mã số …") */
  otherWord: string | null;
  /** a type word and the lower-case words that qualify it before "số" ("Kế hoạch phối hợp số") */
  qualified: { start: number; typeWord: string; qualifier: string } | null;
}

// The longest type word plus two qualifying words and " số: " fit in this window.
const WINDOW = 64;
const BEFORE = new RegExp(`(?:(?<![\\p{L}\\d])${TYPE_WORD_SOURCE}\\s*)?(?:(số)\\s*:?\\s*)?$`, 'iu');
const WORD_BEFORE = /(?<![\p{L}\d])(\p{L}+)\s+$/u;
// A capitalised type word, one or two lower-case words, then the "số" already matched.
const QUALIFIED = new RegExp(`(?<![\\p{L}\\d])${TYPE_WORD_SOURCE}((?:\\s+\\p{Ll}+){1,2})\\s+$`, 'u');

/** Reads back from `pos` (the first digit of a number). */
export function leadBefore(text: string, pos: number): Lead {
  const from = Math.max(0, pos - WINDOW);
  const window = text.slice(from, pos);
  const m = BEFORE.exec(window)!;
  const typeWord = m[1] ?? null;
  const hasSo = m[2] !== undefined;
  let otherWord: string | null = null;
  let qualified: Lead['qualified'] = null;
  if (!typeWord && hasSo) {
    const before = window.slice(0, m.index);
    otherWord = WORD_BEFORE.exec(before)?.[1] ?? null;
    const q = otherWord && otherWord === otherWord.toLowerCase() ? QUALIFIED.exec(before) : null;
    if (q) qualified = { start: from + q.index, typeWord: q[1]!, qualifier: q[2]!.trim().replace(/\s+/g, ' ') };
  }
  return { start: m[0] ? from + m.index : pos, typeWord, hasSo, otherWord, qualified };
}
