import { TYPE_WORD_SOURCE } from './vocabulary.js';

/** What is written before a number: the type word, "số", or a garbled word before "số". */
export interface Lead {
  /** offset where the mention starts (the type word, else "số", else the number) */
  start: number;
  typeWord: string | null;
  hasSo: boolean;
  /** the word before "số" when it is no known type ("Công số 8879/UBND-NC", "mã số …") */
  otherWord: string | null;
}

// The longest type word plus " số: " fits in this window.
const WINDOW = 48;
const BEFORE = new RegExp(`(?:(?<![\\p{L}\\d])${TYPE_WORD_SOURCE}\\s*)?(?:(số)\\s*:?\\s*)?$`, 'iu');
const WORD_BEFORE = /(?<![\p{L}\d])(\p{L}+)\s+$/u;

/** Reads back from `pos` (the first digit of a number). */
export function leadBefore(text: string, pos: number): Lead {
  const from = Math.max(0, pos - WINDOW);
  const window = text.slice(from, pos);
  const m = BEFORE.exec(window)!;
  const typeWord = m[1] ?? null;
  const hasSo = m[2] !== undefined;
  let otherWord: string | null = null;
  if (!typeWord && hasSo) otherWord = WORD_BEFORE.exec(window.slice(0, m.index))?.[1] ?? null;
  return { start: m[0] ? from + m.index : pos, typeWord, hasSo, otherWord };
}
