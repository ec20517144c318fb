import { continuesAcrossBreak } from './line-break.js';
import { quotedNameEnd } from './quoted-name.js';
import { headAlternatives, ISSUER_HEADS, isIssuerStopWord, TYPE_WORD_SOURCE } from './vocabulary.js';

export interface ReadIssuer {
  issuer: string;
  raw: string;
  end: number;
}

// "của X", "do X ban hành", or X itself when it starts with a known head ("… ngày 16/7/2021 Thủ tướng Chính phủ về …").
const LEAD = /[\s,]*(?:(của|do)\s+)?/y;
const HEAD_AT = new RegExp(`(?:${headAlternatives(ISSUER_HEADS)})(?![\\p{L}\\d])`, 'uy');
const TYPE_AT = new RegExp(`${TYPE_WORD_SOURCE}(?![\\p{L}\\d])`, 'uy');
// one word with the separator before it; a line break ends the name unless the name needs a complement
const WORD = /(, | - |-| |\n)([\p{L}\p{N}][\p{L}\p{N}'/]*)/uy;
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
  if (isIssuerStopWord(word)) return true;
  NEXT_WORD.lastIndex = after;
  const next = NEXT_WORD.exec(text);
  return !!next && isIssuerStopWord(`${word} ${next[1]}`);
}

const isStopWord = isIssuerStopWord;
const crossesBreak = (text: string, start: number, end: number, next: number): boolean =>
  continuesAcrossBreak(
    text,
    start,
    end,
    next,
    { startsWithHead: startsAt(HEAD_AT, text, next), startsWithType: startsAt(TYPE_AT, text, next) },
    isStopWord,
  );

/** The issuing body named at `pos`, or null. */
export function readIssuerAt(text: string, pos: number): ReadIssuer | null {
  LEAD.lastIndex = pos;
  const lead = LEAD.exec(text)!;
  const start = LEAD.lastIndex;
  // a body named without "của" right after a comma is the subject of the next clause ("…, UBND tỉnh đã …")
  if (!lead[1] && (lead[0].includes(',') || !startsAt(HEAD_AT, text, start))) return null;
  const end = bodyEnd(text, start);
  if (end < 0) return null;
  const raw = text.slice(pos, end).trim().replace(/^,\s*/, '');
  const issuer = text.slice(start, end).replace(/\s+/g, ' ');
  return { issuer, raw, end };
}

/** Where the name of a body starting at `start` (with a capital) ends, or -1 when none starts there. */
export function bodyEnd(text: string, start: number): number {
  FIRST_WORD.lastIndex = start;
  const first = FIRST_WORD.exec(text);
  if (!first) return -1;
  let end = FIRST_WORD.lastIndex;
  // Ministry names hold commas ("Bộ Văn hóa, Thể thao và Du lịch").
  const ministry = first[0] === 'Bộ';
  let prev = first[0];
  for (let n = 1; n < MAX_WORDS; n++) {
    const quoted = quotedNameEnd(text, start, end);
    if (quoted >= 0) return quoted;
    WORD.lastIndex = end;
    const m = WORD.exec(text);
    if (!m) break;
    const [, sep, word] = m as unknown as [string, string, string];
    const wordStart = end + sep.length;
    if (sep === '\n' && !crossesBreak(text, start, end, wordStart)) break;
    if (/^\d/.test(word) || (word !== 'và' && isStop(text, word, WORD.lastIndex))) break;
    if (
      sep !== ' ' &&
      sep !== '\n' &&
      !(isCapital(word) && (sep !== ', ' || ministry) && !opensSomethingElse(text, wordStart))
    )
      break;
    let last = word;
    if (word === 'và' || word === 'của') {
      const next = WORD.exec(text);
      last = next?.[2] ?? word;
      // joint issuers ("Bộ Tài chính và Bộ Nội vụ") continue; another document does not
      const nextStart = wordStart + word.length + 1;
      if (next?.[1] !== ' ' || !isCapital(next[2]!) || startsAt(TYPE_AT, text, nextStart)) break;
      if (word === 'của' && startsAt(HEAD_AT, text, nextStart)) break;
    } else if (isCapital(word) && sep === ' ' && !BARE_HEADS.has(prev) && startsAt(TYPE_AT, text, wordStart)) break;
    end = WORD.lastIndex;
    prev = last;
  }
  return end;
}
