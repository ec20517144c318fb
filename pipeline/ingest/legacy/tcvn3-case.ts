/**
 * Capitals TCVN3 could not code. Its toned capitals share the lowercase code, so decoded text
 * shows "CộNG HòA" where a .VnTimeH heading read "CỘNG HÒA", and converters wrote a title-case
 * Ủ as "U" + ủ. Without the font, the letters around a code tell its case (reference §1.3):
 * - capital base + the same letter toned ("Uủ", "Âấ", a converter convention) → one capital;
 * - a word with a capital after its first letter and no lowercase ASCII ("CộNG", "ủY") is in capitals;
 * - a word that is one capital and toned lowercase ("Xã", "Sè"→"Số") or toned lowercase only
 *   ("ở") is in capitals only next to such a capitals word, spaces alone between: "X·" in
 *   "CéNG HßA X· HéI" but not in "Sè: 03/CT-UBND", where the neighbours are ASCII codes;
 * - a line with capital ASCII letters and no lowercase ones is a capitals line (a header line typed
 *   with caps lock: "Së Y TÕ", "Bé N¤NG NGHIÖP"), so its one-capital words are capitals too, unless
 *   the line is one word or the word labels a number ("Sè: 03/CT-UBND", "Sè 05-CT/TU").
 */

import { stripTones } from '../../../extractors/chars.js';

const hasTone = (letter: string) => stripTones(letter) !== letter;
/** "ấ" → "Â": the letter a capital base before it must match */
const capitalBase = (toned: string): string => stripTones(toned).toUpperCase();

const isLowerNonAscii = (c: string) => c > '\u007f' && c !== c.toUpperCase();
const isUpper = (c: string) => c !== c.toLowerCase();
const isAsciiLower = (c: string) => c >= 'a' && c <= 'z';

// Vietnamese letters after decoding: ASCII, Latin-1 and Latin Extended-A/B, and the U+1EA0 block
const WORD = /[A-Za-z\u00C0-\u024F\u1EA0-\u1EF9]+/g;

type Casing = 'caps' | 'maybe' | 'other';

function casing(word: string): Casing {
  let lowerNonAscii = false;
  let innerCapital = false;
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (isAsciiLower(c)) return 'other';
    if (isLowerNonAscii(c)) lowerNonAscii = true;
    else if (i > 0 && isUpper(c)) innerCapital = true;
  }
  if (!lowerNonAscii) return 'other';
  return innerCapital ? 'caps' : 'maybe';
}

/** Merges capital-base pairs: "Uủy" → "Ủy". */
function mergeCapitalBases(text: string): string {
  return text.replace(/[A-ZĂÂÊÔƠƯ][\u00E0-\u00FFăđĩũơư\u1EA1-\u1EF9]/g, (pair) => {
    const toned = pair[1]!;
    return hasTone(toned) && capitalBase(toned) === pair[0] ? toned.toUpperCase() : pair;
  });
}

export function repairTcvn3Case(text: string): string {
  return text.split('\n').map(capitalsLine).join('\n');
}

// A line in capitals: two or more letter-words, capital ASCII letters and no lowercase ones
const UNCASED_WORD = /[A-Za-z\u00C0-\u024F\u1EA0-\u1EF9]+/g;
function capitalsLine(line: string): string {
  const repaired = repairWords(line);
  if (/[a-z]/.test(repaired) || !/[A-Z]/.test(repaired)) return repaired;
  const words = [...repaired.matchAll(UNCASED_WORD)];
  const label = (m: RegExpExecArray) => /^\s*[:\d]/.test(repaired.slice(m.index + m[0].length));
  const maybe = words.filter((m) => casing(m[0]) === 'maybe' && !label(m));
  if (words.length < 2 || maybe.length === 0) return repaired;
  let out = '';
  let from = 0;
  for (const m of maybe) {
    out += repaired.slice(from, m.index) + m[0].toUpperCase();
    from = m.index + m[0].length;
  }
  return out + repaired.slice(from);
}

function repairWords(text: string): string {
  const merged = mergeCapitalBases(text);
  const words: RegExpExecArray[] = [];
  const kinds: Casing[] = [];
  let anyCaps = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(merged); m; m = WORD.exec(merged)) {
    const kind = casing(m[0]);
    words.push(m);
    kinds.push(kind);
    anyCaps ||= kind === 'caps';
  }
  // a "maybe" word changes only beside a capitals word
  if (!anyCaps) return merged;
  let out = '';
  let from = 0;
  for (let n = 0; n < words.length; n++) {
    const m = words[n]!;
    const kind = kinds[n];
    if (
      kind === 'caps' ||
      (kind === 'maybe' && (capsBeside(merged, words, kinds, n, n - 1) || capsBeside(merged, words, kinds, n, n + 1)))
    ) {
      out += merged.slice(from, m.index) + m[0].toUpperCase();
      from = m.index + m[0].length;
    }
  }
  return out + merged.slice(from);
}

/** Word k is a capitals word with only spaces between it and word n: not across a line, a tab or punctuation. */
function capsBeside(text: string, words: RegExpExecArray[], kinds: Casing[], n: number, k: number): boolean {
  const w = words[k];
  if (!w || kinds[k] !== 'caps') return false;
  const [a, b] = k < n ? [w, words[n]!] : [words[n]!, w];
  return /^ +$/.test(text.slice(a.index + a[0].length, b.index));
}
