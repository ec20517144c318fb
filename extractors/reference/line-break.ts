import { foldTones, nameKey } from '../chars.js';
import { LINE_BREAKS, OFFICE_TITLES } from './vocabulary.js';

// PDF-to-text output wraps lines inside a body name; a name continues across one line break only while it still
// needs a complement (data/reference-issuers.json `officeTitles`, `lineBreaks`). Words compare in one tone style.
const OPENERS: ReadonlySet<string> = new Set(LINE_BREAKS.openers.map(nameKey));
const TITLES = OFFICE_TITLES.map(foldTones);
const COLLEGIAL = LINE_BREAKS.collegial.map(foldTones);
const PLACED = LINE_BREAKS.placed.map(foldTones);
const BARE: ReadonlySet<string> = new Set(LINE_BREAKS.bare.map(foldTones));
const TITLE_CASE = /\p{Lu}\p{Ll}/uy;
const TWO_WORDS = /(\p{L}+)(?: (\p{L}+))?/uy;

// `word` in one tone style; foldTones keeps lengths, so it is compared with the text's last word.length units.
const endsWithWord = (text: string, start: number, end: number, word: string): boolean =>
  end - word.length >= start &&
  foldTones(text.slice(end - word.length, end)) === word &&
  (end - word.length === start || !/[\p{L}\d]/u.test(text[end - word.length - 1]!));
const endsWithAny = (text: string, start: number, end: number, words: readonly string[]): boolean =>
  words.some((w) => endsWithWord(text, start, end, w));

// "Bộ trưởng⏎Bộ Giáo dục …": a title and the body it heads are one issuer
export const endsWithTitle = (text: string, start: number, end: number): boolean =>
  endsWithAny(text, start, end, TITLES);

function opensClause(text: string, pos: number, isStop: (w: string) => boolean): boolean {
  TWO_WORDS.lastIndex = pos;
  const m = TWO_WORDS.exec(text);
  if (!m) return true;
  const one = nameKey(m[1]!);
  const two = m[2] ? `${one} ${nameKey(m[2])}` : '';
  return OPENERS.has(one) || OPENERS.has(two) || isStop(one) || (!!two && isStop(two));
}

export interface NextLine {
  startsWithHead: boolean;
  startsWithType: boolean;
}

/** Whether a name from `start` to `end` goes on past the line break before `next` (the next line's start). */
export function continuesAcrossBreak(
  text: string,
  start: number,
  end: number,
  next: number,
  line: NextLine,
  isStop: (w: string) => boolean,
): boolean {
  if (endsWithTitle(text, start, end)) return line.startsWithHead;
  TITLE_CASE.lastIndex = next;
  if (!TITLE_CASE.test(text) || line.startsWithType || opensClause(text, next, isStop)) return false;
  if (endsWithAny(text, start, end, COLLEGIAL) || BARE.has(foldTones(text.slice(start, end).trim()))) return true;
  return !line.startsWithHead && endsWithAny(text, start, end, PLACED);
}
