import type { Mention } from '../../output/schema.js';

/** A piece of one line of `doc.text`; `text === doc.text.slice(start, end)`. */
export interface Seg {
  text: string;
  start: number;
  end: number;
  /** index of the source line, so callers can tell adjacent lines apart */
  line: number;
}

/** Every line of the text, trimmed of emphasis markup; blank lines become empty segments. */
export function splitLines(text: string): Seg[] {
  const out: Seg[] = [];
  let start = 0;
  let line = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    out.push(trimSeg(text.slice(start, end), start, line++));
    start = end + 1;
  }
  return out;
}

// Markdown emphasis and stray spaces around a line carry no meaning for header fields.
// A character loop, not an anchored regex, so long runs of "*" or "_" stay linear.
const LEAD = new Set([' ', '*', '_', '#', '>', '\t', '\r']);
const TRAIL = new Set([' ', '*', '_', '\t', '\r']);
export function trimSeg(raw: string, start: number, line: number): Seg {
  let a = 0;
  let b = raw.length;
  while (a < b && LEAD.has(raw[a]!)) a++;
  while (b > a && TRAIL.has(raw[b - 1]!)) b--;
  return { text: raw.slice(a, b), start: start + a, end: start + b, line };
}

/** A sub-piece of a segment, trimmed the same way. */
export const subSeg = (s: Seg, from: number, to: number): Seg =>
  trimSeg(s.text.slice(from, to), s.start + from, s.line);

export const mention = (docText: string, start: number, end: number): Mention => ({
  text: docText.slice(start, end),
  start,
  end,
});

export const hasLower = (s: string): boolean => /\p{Ll}/u.test(s);
export const hasUpper = (s: string): boolean => /\p{Lu}/u.test(s);
/** Uppercase header text: letters present, none lowercase. */
export const isUpperText = (s: string): boolean => hasUpper(s) && !hasLower(s);
export const startsLower = (s: string): boolean => /^\p{Ll}/u.test(s);

/**
 * Matching key: uppercase, NFD, with the tone of "oa/oe/uy" moved to the first vowel so the
 * old and new tone styles (HÒA/HOÀ, ỦY/UỶ) give the same key.
 */
export function key(s: string): string {
  return s
    .toUpperCase()
    .normalize('NFD')
    .replace(/([OU])([AEY])([\u0300\u0301\u0303\u0309\u0323])/g, '$1$3$2')
    .replace(/\s+/g, ' ')
    .trim();
}

export const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

export const capitalize = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
export const titleWord = (w: string): string => capitalize(w.toLowerCase());
