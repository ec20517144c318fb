/** Exactly the characters of the regex class \s (ECMAScript WhiteSpace and LineTerminator), on one UTF-16 unit. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The five tone marks, as combining characters (NFD). */
export const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** "Tiến" → "Tiên": tones removed, ă â ê ô ơ ư đ kept. */
export const stripTones = (s: string): string => s.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');

// Tone-mark styles (reference §2): in the rhymes oa, oe, uy the old style puts the tone on the first vowel
// (hòa, khỏe, thủy), the new style on the second (hoà, khoẻ, thuỷ); documents mix both, often in one file.
// Both spellings are two UTF-16 units in NFC, so one can replace the other without moving any offset.
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const PAIRS: Array<[first: string, second: string]> = [
  ['o', 'a'],
  ['o', 'e'],
  ['u', 'y'],
];
/** Both spellings of every toned pair, NFC, keyed by either spelling: [old style, new style]. */
const STYLES = new Map<string, readonly [string, string]>();
for (const [first, second] of PAIRS) {
  for (const [f, s] of [
    [first, second],
    [first.toUpperCase(), second.toUpperCase()],
    [first.toUpperCase(), second],
    [first, second.toUpperCase()],
  ] as const) {
    for (const tone of TONES) {
      const styles = [(f + tone).normalize('NFC') + s, f + (s + tone).normalize('NFC')] as const;
      STYLES.set(styles[0], styles);
      STYLES.set(styles[1], styles);
    }
  }
}
// The first vowel of a pair: o O u U (a cheap test before a lookup; everything else passes on).
const isPairFirst = (c: number): boolean => (c | 32) === 0x6f || (c | 32) === 0x75;

/**
 * One tone style for the pairs oa, oe, uy: the tone moves to the first vowel (hoà → hòa, KHOẺ → KHỎE,
 * Uỷ → Ủy, quý → qúy), wherever the pair stands. Keeps case and length (offset i of the result is offset i of
 * `s`), so it can stand in for `s` in any comparison. Expects NFC text, as normalize() leaves it.
 */
export function foldTones(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i + 1 < s.length; i++) {
    if (!isPairFirst(s.charCodeAt(i)) || s.charCodeAt(i + 1) < 0xc0) continue;
    const pair = s.slice(i, i + 2);
    const styles = STYLES.get(pair);
    if (!styles || styles[0] === pair) continue;
    out += s.slice(last, i) + styles[0];
    last = i + 2;
    i++;
  }
  return last === 0 ? s : out + s.slice(last);
}

// Marks normalize() composes, and letters its d-stroke step turns into đ (as they are after lower-casing).
const COMBINING = /[\u0300-\u036f]/;
const D_LOOKALIKE = /[ðɖ]/g;
const UNTIDY_SPACE = /[^\S ]| {2}|^ | $/;

/**
 * The key under which two spellings of one name compare equal: composed (NFC), đ for its lookalikes, lower
 * case, one tone style (foldTones), white space collapsed. Where names are compared or merged, compare keys;
 * report the name as written.
 */
export function nameKey(s: string): string {
  // lower case first: it may leave a letter and mark that compose ("T̈" → "ẗ"), or split one ("İ" → "i̇")
  let k = s.toLowerCase();
  k = foldTones(COMBINING.test(k) ? k.normalize('NFC') : k);
  if (k.includes('ð') || k.includes('ɖ')) k = k.replace(D_LOOKALIKE, 'đ');
  return UNTIDY_SPACE.test(k) ? k.replace(/\s+/g, ' ').trim() : k;
}

/**
 * A regex source (a phrase from a vocabulary, escaped) that also matches the other tone style: each toned
 * oa, oe, uy becomes an alternation of both spellings ("Tòa án" → "T(?:òa|oà) án"). Case is kept, so a
 * case-sensitive pattern stays case-sensitive.
 */
export function toneAgnostic(source: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i + 1 < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c < 0xc0 && !isPairFirst(c)) continue;
    const styles = STYLES.get(source.slice(i, i + 2));
    if (!styles) continue;
    out += `${source.slice(last, i)}(?:${styles[0]}|${styles[1]})`;
    last = i + 2;
    i++;
  }
  return last === 0 ? source : out + source.slice(last);
}
