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

/** Offset of the end of the sentence containing `from` (the break itself is excluded). */
export function sentenceEnd(text: string, from: number, limit = text.length): number {
  // Callers ask from offsets that move forward through one text: the last sentence end found (or its absence
  // up to the text's end) still answers any offset before it, so a long text without sentence ends is not
  // scanned again from every quote.
  if (lastEnd.text === text && lastEnd.from <= from && from <= lastEnd.end)
    return lastEnd.found && lastEnd.end < limit ? lastEnd.end : limit;
  for (let i = Math.max(0, from); i < limit; i++) {
    const c = text.charCodeAt(i);
    if ((c === 10 || c === 46 || c === 33 || c === 63) && endsAt(text, i)) {
      remember(text, from, i, true);
      return i;
    }
  }
  if (limit >= text.length) remember(text, from, text.length, false);
  return limit;
}
const lastEnd = { text: '', from: 0, end: 0, found: false };
function remember(text: string, from: number, end: number, found: boolean): void {
  lastEnd.text = text;
  lastEnd.from = from;
  lastEnd.end = end;
  lastEnd.found = found;
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
