import { ISSUER_HEADS, ISSUER_STOP_WORDS, TYPE_WORD_SOURCE } from './vocabulary.js';

export interface ReadIssuer {
  issuer: string;
  raw: string;
  end: number;
}

// "của X", "do X ban hành", or X itself when it starts with a known head ("… ngày 16/7/2021 Thủ tướng Chính phủ về …").
const LEAD = /[\s,]*(?:(của|do)\s+)?/y;
const HEAD_AT = new RegExp(`(?:${ISSUER_HEADS.map((h) => h.replace(/\s+/g, '\\s')).join('|')})(?![\\p{L}\\d])`, 'uy');
const TYPE_AT = new RegExp(`${TYPE_WORD_SOURCE}(?![\\p{L}\\d])`, 'uy');
// one word with the separator before it; a line break ends the name
const WORD = /(, | - |-| )([\p{L}\p{N}][\p{L}\p{N}'/]*)/uy;
const FIRST_WORD = /\p{Lu}[\p{L}\p{N}'/]*/uy;
const MAX_WORDS = 14;
// Heads that never name a body alone: a type word after them is the body's field ("Sở Kế hoạch và Đầu tư").
const BARE_HEADS = new Set(['Sở', 'Bộ', 'Cục', 'Vụ', 'Ban']);

const isCapital = (w: string): boolean => /^\p{Lu}/u.test(w);
const startsAt = (re: RegExp, text: string, pos: number): boolean => {
  re.lastIndex = pos;
  return re.test(text);
};
// a capitalised word that opens another body or another document ends this name
const opensSomethingElse = (text: string, pos: number): boolean =>
  startsAt(HEAD_AT, text, pos) || startsAt(TYPE_AT, text, pos);

// "ban hành" ends a name, "Ủy ban nhân dân" does not: stops are single words or two-word phrases.
const NEXT_WORD = /[ ]([\p{L}]+)/uy;
function isStop(text: string, word: string, after: number): boolean {
  if (ISSUER_STOP_WORDS.has(word)) return true;
  NEXT_WORD.lastIndex = after;
  const next = NEXT_WORD.exec(text);
  return !!next && ISSUER_STOP_WORDS.has(`${word} ${next[1]}`);
}

/** The issuing body named at `pos`, or null. */
export function readIssuerAt(text: string, pos: number): ReadIssuer | null {
  LEAD.lastIndex = pos;
  const lead = LEAD.exec(text)!;
  const start = LEAD.lastIndex;
  if (!lead[1] && !startsAt(HEAD_AT, text, start)) return null;
  FIRST_WORD.lastIndex = start;
  const first = FIRST_WORD.exec(text);
  if (!first) return null;
  let end = FIRST_WORD.lastIndex;
  // Ministry names hold commas ("Bộ Văn hóa, Thể thao và Du lịch").
  const ministry = first[0] === 'Bộ';
  for (let n = 1; n < MAX_WORDS; n++) {
    WORD.lastIndex = end;
    const m = WORD.exec(text);
    if (!m) break;
    const [, sep, word] = m as unknown as [string, string, string];
    const wordStart = end + sep.length;
    if (/^\d/.test(word) || (word !== 'và' && isStop(text, word, WORD.lastIndex))) break;
    if (sep !== ' ' && !(isCapital(word) && (sep !== ', ' || ministry) && !opensSomethingElse(text, wordStart))) break;
    if (word === 'và' || word === 'của') {
      const next = WORD.exec(text);
      // joint issuers ("Bộ Tài chính và Bộ Nội vụ") continue; another document does not
      const nextStart = wordStart + word.length + 1;
      if (next?.[1] !== ' ' || !isCapital(next[2]!) || startsAt(TYPE_AT, text, nextStart)) break;
      if (word === 'của' && startsAt(HEAD_AT, text, nextStart)) break;
    } else if (
      isCapital(word) &&
      sep === ' ' &&
      !(n === 1 && BARE_HEADS.has(first[0])) &&
      startsAt(TYPE_AT, text, wordStart)
    )
      break;
    end = WORD.lastIndex;
  }
  const raw = text.slice(pos, end).trim().replace(/^,\s*/, '');
  const issuer = text.slice(start, end).replace(/\s+/g, ' ');
  return { issuer, raw, end };
}
