import type { Mention } from '../../output/schema.js';
import { isSpace, nameKey } from '../chars.js';

/** A piece of one line of `doc.text`; `text === doc.text.slice(start, end)`. */
export interface Seg {
  text: string;
  start: number;
  end: number;
  /** index of the source line, so callers can tell adjacent lines apart */
  line: number;
  /** part of the Quốc hiệu or Tiêu ngữ cut out of a line (a glued or wrapped motto) */
  motto?: boolean;
}

/** Every line of the text, trimmed of emphasis markup; blank lines become empty segments. */
export function splitLines(text: string): Seg[] {
  const out: Seg[] = [];
  let start = 0;
  let line = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    out.push(trimmed(text, start, end, line++));
    start = end + 1;
  }
  return out;
}

// Markdown emphasis and stray spaces around a line carry no meaning for header fields.
// A character loop, not an anchored regex, so long runs of "*" or "_" stay linear.
// Char codes of ' ', '*', '_', '\t', '\r', and at the start also '#', '>'.
const isTrail = (c: number): boolean => c === 32 || c === 42 || c === 95 || c === 9 || c === 13;
const isLead = (c: number): boolean => isTrail(c) || c === 35 || c === 62;
export const trimSeg = (raw: string, start: number, line: number): Seg => trimmed(raw, 0, raw.length, line, start);

/** `text.slice(from, to)` trimmed, as a segment at `offset + from` (no slice of the untrimmed piece). */
function trimmed(text: string, from: number, to: number, line: number, offset = 0): Seg {
  let a = from;
  let b = to;
  while (a < b && isLead(text.charCodeAt(a))) a++;
  while (b > a && isTrail(text.charCodeAt(b - 1))) b--;
  return { text: text.slice(a, b), start: offset + a, end: offset + b, line };
}

/** A sub-piece of a segment, trimmed the same way. */
export const subSeg = (s: Seg, from: number, to: number): Seg =>
  trimSeg(s.text.slice(from, to), s.start + from, s.line);

export const mention = (docText: string, start: number, end: number): Mention => ({
  text: docText.slice(start, end),
  start,
  end,
});

const LOWER = 1;
const UPPER = 2;
const UNCASED = 3;
// Letter case of each BMP code unit, learnt from the \p{Ll}/\p{Lu} classes on first sight (0: not yet):
// a table read beats a Unicode-class regex scan of every line, several times over.
const CASE = new Uint8Array(0x10000);
const LL = /^\p{Ll}$/u;
const LU = /^\p{Lu}$/u;
const caseOfChar = (ch: string): number => (LL.test(ch) ? LOWER : LU.test(ch) ? UPPER : UNCASED);

/** LOWER | UPPER bits of the letters in `s`, stopping at the first lowercase one. */
function cases(s: string): number {
  let seen = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let k: number;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      // A pair outside the BMP: rare, read by the regex.
      const d = s.charCodeAt(i + 1);
      k = d >= 0xdc00 && d <= 0xdfff ? caseOfChar(s.slice(i, ++i + 1)) : UNCASED;
    } else {
      k = CASE[c]!;
      if (k === 0) k = CASE[c] = caseOfChar(s[i]!);
    }
    if (k === LOWER) return seen | LOWER;
    if (k === UPPER) seen = UPPER;
  }
  return seen;
}

export const hasLower = (s: string): boolean => (cases(s) & LOWER) !== 0;
const HAS_UPPER = /\p{Lu}/u;
export const hasUpper = (s: string): boolean => HAS_UPPER.test(s);
/** Uppercase header text: letters present, none lowercase. */
export const isUpperText = (s: string): boolean => cases(s) === UPPER;
const STARTS_LOWER = /^\p{Ll}/u;
export const startsLower = (s: string): boolean => STARTS_LOWER.test(s);

/**
 * Matching key: the shared name key (chars.ts nameKey: one tone style, so HÒA/HOÀ and ỦY/UỶ give one key),
 * in upper case and decomposed (NFD), so the vowels of a word show as plain letters.
 */
export const key = byWord((s: string): string => nameKey(s).toUpperCase().normalize('NFD'));

/**
 * Remembers a function of a word. Header text is drawn from a few thousand syllables, asked about
 * again and again, and case mapping or normalizing Vietnamese costs far more than a lookup.
 * Bounded, so a long run stays small.
 */
function byWord<T extends string | boolean>(fn: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    let v = seen.get(s);
    if (v !== undefined) return v;
    v = fn(s);
    if (seen.size >= 20_000) seen.clear();
    seen.set(s, v);
    return v;
  };
}

/** `/\s/` on one UTF-16 unit. */
export const isSpaceCode = isSpace;

export const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

export const capitalize = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
export const titleWord = byWord((w: string): string => capitalize(w.toLowerCase()));
export const lowerWord = byWord((w: string): string => w.toLowerCase());
