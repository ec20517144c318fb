import { foldTones } from '../chars.js';
import { subjectEnd } from './title-end.js';
import { headAlternatives, ISSUER_HEADS, LAW_NAME_TERMS, TYPE_WORD_SOURCE } from './vocabulary.js';

export interface ReadTitle {
  title: string;
  raw: string;
  end: number;
}

// a parenthesis after the issuer ("(khóa XII)") may stand before the subject
const ABOUT = /(?:\s*\([^()\n]{1,40}\))?[\s,]*(?:về việc|về|V\/v)\s+/y;
const QUOTED = /[“"]([^”"\n]{1,400})[”"]/y;
// the subject runs to the end of its clause: ";", a line break, or a sentence end
const CLAUSE = /[^;\n]{1,400}?(?=;|\n|\.(?:\s|\/|$)|$)/y;
const MAX_TITLE = 250;

// After spaces are collapsed, quotes and spaces go at the start; those and ",:." at the end.
const isOpenEdge = (c: number): boolean => c === 32 || c === 34 || c === 0x201c || c === 0x201d;
const isCloseEdge = (c: number): boolean => isOpenEdge(c) || c === 44 || c === 58 || c === 46;

// "… Cuộc vận động “Toàn dân đoàn kết …”": a closing quote that pairs one inside the subject stays
function closesQuote(s: string, from: number, to: number): boolean {
  const c = s.charCodeAt(to - 1);
  if (c !== 0x201d && c !== 34) return false;
  const inner = s.slice(from, to - 1);
  if (c === 34) return inner.split('"').length % 2 === 0;
  return inner.split('“').length > inner.split('”').length;
}

const clean = (raw: string): string => {
  const s = raw.replace(/[*_]+/g, '').replace(/\s+/g, ' ');
  let from = 0;
  let to = s.length;
  while (from < to && isOpenEdge(s.charCodeAt(from))) from++;
  while (to > from && isCloseEdge(s.charCodeAt(to - 1)) && !closesQuote(s, from, to)) to--;
  return s.slice(from, to);
};

/** The "về (việc) …" subject at `pos`, or null. */
export function readAboutAt(text: string, pos: number): ReadTitle | null {
  ABOUT.lastIndex = pos;
  if (!ABOUT.exec(text)) return null;
  const at = ABOUT.lastIndex;
  QUOTED.lastIndex = at;
  const q = QUOTED.exec(text);
  if (q) return { title: clean(q[1]!), raw: text.slice(pos, QUOTED.lastIndex).trim(), end: QUOTED.lastIndex };
  CLAUSE.lastIndex = at;
  if (!CLAUSE.exec(text)) return null;
  const end = subjectEnd(text, at, CLAUSE.lastIndex);
  let title = clean(text.slice(at, end));
  if (title.length > MAX_TITLE) title = title.slice(0, title.lastIndexOf(' ', MAX_TITLE));
  return title ? { title, raw: text.slice(pos, end).trim(), end } : null;
}

// Words that end a law's name: the date, its number, who passed it, the article cited in it
// ("Luật A và khoản 2 Điều 3 …"), a time ("Luật A trước ngày …"), or the next clause.
const LAW_STOP = new Set(
  (
    'ngày số năm của về đã được có này các để theo tại hiện trong với cho thì là mới đó những và do ' +
    'đang sẽ khi nhằm điều khoản điểm chương mục trước sau từ kể đến tới vào bởi nhưng hoặc'
  ).split(' '),
);
// Verbs of two syllables whose first syllable alone may be part of a name ("Luật Ban hành văn bản …").
const LAW_STOP_PAIRS = new Set(['ban hành', 'quy định', 'hướng dẫn', 'thực hiện']);
// the words of a law's name kept by it: "và" joins two parts of one name ("Hôn nhân và gia đình")
const JOINERS = new Set(['và']);
const LAW_WORD = /(, | )([\p{L}\p{N}][\p{L}\p{N}'-]*)/uy;
const LAW_FIRST = /\s(\p{L}[\p{L}\p{N}'-]*)/uy;
// "Luật sư" (lawyer), "Luật này", "luật định" are not names of laws
const NOT_A_NAME = new Set(['sư', 'này', 'định', 'lệ', 'pháp', 'gia', 'học', 'chơi', 'số']);
const TYPE_AT = new RegExp(`${TYPE_WORD_SOURCE}(?![\\p{L}\\d])`, 'iuy');
const MAX_LAW_WORDS = 12;

const isTypeAt = (text: string, pos: number): boolean => {
  TYPE_AT.lastIndex = pos;
  return TYPE_AT.test(text);
};

// "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B ngày …" is one law whose name holds the others.
const AMENDING = /\s((?:sửa đổi|bổ sung)[^;\n]{1,300}?)(?=\s+(?:ngày|năm|số)\s+\d|;|\n|\.(?:\s|$)|$)/y;

/** The name of a law cited by name ("Luật Thi đua, khen thưởng"), starting at `pos` right after "Luật". */
export function readLawNameAt(text: string, pos: number): ReadTitle | null {
  AMENDING.lastIndex = pos;
  const amending = AMENDING.exec(text);
  if (amending) return { title: amending[1]!.replace(/\s+/g, ' '), raw: amending[1]!, end: AMENDING.lastIndex };
  LAW_FIRST.lastIndex = pos;
  const first = LAW_FIRST.exec(text);
  if (!first || isTypeAt(text, pos + 1) || LAW_STOP.has(first[1]!) || NOT_A_NAME.has(first[1]!)) return null;
  let end = LAW_FIRST.lastIndex;
  for (let n = 1; n < MAX_LAW_WORDS; n++) {
    LAW_WORD.lastIndex = end;
    const m = LAW_WORD.exec(text);
    if (!m) break;
    const [, sep, word] = m as unknown as [string, string, string];
    const wordStart = end + sep.length;
    const lower = word.toLowerCase();
    // a fixed term of a name holds words that end names elsewhere ("… người có công với cách mạng")
    const term = sep === ' ' ? nameTermAt(text, wordStart) : 0;
    if (term) {
      end = wordStart + term;
      continue;
    }
    // a capitalised type word (or any after a comma) opens another document; "văn bản quy phạm pháp luật"
    // inside a name is lower case
    if ((sep !== ' ' || lower !== word) && isTypeAt(text, wordStart)) break;
    // "Luật Đất đai 2013": the year is not part of the name
    if (/^\d/.test(word)) break;
    // a joiner that passes consumes the word after it too (joinsName advanced LAW_WORD)
    if (LAW_STOP.has(word) && !(JOINERS.has(word) && joinsName(text, LAW_WORD.lastIndex))) break;
    if (LAW_STOP_PAIRS.has(`${word} ${nextWord(text, LAW_WORD.lastIndex)}`)) break;
    // Official names capitalise after a comma or not ("Thi đua, Khen thưởng"): a capital there ends the
    // name only when it opens something else, a body ("…, UBND tỉnh") or a clause ("…, Điều 5", "…, Theo đó")
    if (sep === ', ' && lower !== word && opensOther(text, wordStart, word, lower)) break;
    end = LAW_WORD.lastIndex;
  }
  const title = text.slice(pos, end).trim().replace(/\s+/g, ' ');
  return { title, raw: title, end };
}

const HEAD_AT = new RegExp(`(?:${headAlternatives(ISSUER_HEADS)})(?![\\p{L}\\d])`, 'uy');
const opensOther = (text: string, pos: number, word: string, lower: string): boolean => {
  HEAD_AT.lastIndex = pos;
  return LAW_STOP.has(lower) || word === word.toUpperCase() || HEAD_AT.test(text);
};

const NEXT = /[ ](\p{L}+)/uy;
const nextWord = (text: string, pos: number): string => {
  NEXT.lastIndex = pos;
  return NEXT.exec(text)?.[1] ?? '';
};

// Compared in one tone style: foldTones keeps lengths, so a term's length is its length in the text.
const NAME_TERMS = LAW_NAME_TERMS.map(foldTones);
const nameTermAt = (text: string, pos: number): number => {
  for (const t of NAME_TERMS) {
    if (foldTones(text.slice(pos, pos + t.length)) === t && !/[\p{L}\d]/u.test(text[pos + t.length] ?? ''))
      return t.length;
  }
  return 0;
};

const joinsName = (text: string, pos: number): boolean => {
  LAW_WORD.lastIndex = pos;
  const next = LAW_WORD.exec(text);
  return !!next && next[1] === ' ' && !LAW_STOP.has(next[2]!) && !isTypeAt(text, pos + 1);
};
