/**
 * Where "kỷ niệm" / "tưởng niệm" opens a list: the offsets `text.matchAll(OPENER)` gives (chain.ts), found from
 * the rare "niệm" instead of trying the pattern at every letter of the text.
 */
const NIEM = /niệm/gi; // the same letters /…/iu would accept: n, i, m and ệ/Ệ have no other case partners
const LETTER = /\p{L}/u;
const SPACE = /\s/;
const KEYWORD_BEFORE = /(?:k[ỷỉ]|tưởng)$/iu;
const KEYWORD_LENGTH = 5; // "tưởng"

const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);

export function findOpeners(text: string): number[] {
  const out: number[] = [];
  NIEM.lastIndex = 0;
  for (let m = NIEM.exec(text); m; m = NIEM.exec(text)) {
    if (isLetter(text[m.index + 4])) continue;
    let end = m.index;
    while (end > 0 && SPACE.test(text[end - 1]!)) end--;
    if (end === m.index) continue;
    const keyword = KEYWORD_BEFORE.exec(text.slice(Math.max(0, end - KEYWORD_LENGTH), end));
    if (!keyword) continue;
    const start = end - keyword[0].length;
    if (!isLetter(text[start - 1])) out.push(start);
  }
  return out;
}
