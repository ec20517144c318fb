/** Small text facts shared by the campaign and anniversary extractors. */

/**
 * A sentence ends at . ! ? followed by white space and a capital or digit, or at a line break — unless the
 * line stops on ";", ":" or "," (a list laid out one item per line, as PDFs and Word lists do) or the next
 * line goes on in lower case. "…" does not end one: lists trail off with it. Abbreviations such as
 * "TP. Hồ Chí Minh" or "TM. Ủy ban" do not end a sentence.
 */
const ABBREVIATION = /(?:^|[^\p{L}])(?:TP|Tp|TS|ThS|PGS|GS|BS|Q|KT|TM|TL|TUQ)$/u;
const SOFT = /[\s*_]/;

function endsAt(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && SOFT.test(text[j]!)) j++;
  const next = text[j];
  if (text[i] === '\n') {
    let k = i - 1;
    while (k >= 0 && SOFT.test(text[k]!)) k--;
    return !(k >= 0 && /[;:,]/.test(text[k]!)) && !isLower(next);
  }
  if (next === undefined) return true;
  if (!/\s/.test(text.slice(i + 1, j)) || !/[\p{Lu}\d“"]/u.test(next)) return false;
  return !ABBREVIATION.test(text.slice(Math.max(0, i - 4), i));
}

/**
 * Every sentence end of a text, found in one pass. Campaign and anniversary readers ask from many
 * offsets of the same text (every quote, every "kỷ niệm"); asking the index keeps a long text without
 * sentence ends from being scanned again from each of them.
 */
let indexed = { text: '', ends: [] as number[] };
function sentenceEnds(text: string): number[] {
  if (indexed.text === text) return indexed.ends;
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 10 || c === 46 || c === 33 || c === 63) && endsAt(text, i)) ends.push(i);
  }
  indexed = { text, ends };
  return ends;
}

/** Offset of the end of the sentence containing `from` (the break itself is excluded), at most `limit`. */
export function sentenceEnd(text: string, from: number, limit = text.length): number {
  const ends = sentenceEnds(text);
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  const end = ends[lo];
  return end !== undefined && end < limit ? end : limit;
}

/** Like sentenceEnd, but only within [from, to); -1 when the sentence runs past `to`. */
export function sentenceEndWithin(text: string, from: number, to: number): number {
  const end = sentenceEnd(text, from, to);
  return end < to ? end : -1;
}

export const isLower = (ch: string | undefined): boolean => !!ch && ch !== ch.toUpperCase() && ch === ch.toLowerCase();

/** Set in capitals throughout, as a heading is ("PHONG TRÀO “…”"): a name's case says nothing there. */
export const isAllCaps = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();

/** Of two spellings of one name, the one written in running text rather than in a capitalised heading. */
export const runningSpelling = (kept: string, other: string): string =>
  isAllCaps(kept) && !isAllCaps(other) ? other : kept;

export { foldKey } from './fold.js';
