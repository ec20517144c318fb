import { isSpace } from '../chars.js';
// Almost every date and số/ký hiệu starts at a run of digits. One scan lists the runs; the patterns are
// then tried (sticky) only where a run starts, instead of each pattern testing its look-behinds at every
// offset of the text. Shared by the references and dates extractors through a one-text cache.

/** Start offsets and lengths of the maximal runs of ASCII digits, in text order. */
export interface DigitRuns {
  starts: number[];
  lengths: number[];
}

// test() allocates no match object: find a run's first digit with it, then walk the run.
const DIGIT = /\d/g;
let lastText: string | null = null;
let lastRuns: DigitRuns = { starts: [], lengths: [] };

export function digitRuns(text: string): DigitRuns {
  if (text === lastText) return lastRuns;
  const starts: number[] = [];
  const lengths: number[] = [];
  DIGIT.lastIndex = 0;
  while (DIGIT.test(text)) {
    const start = DIGIT.lastIndex - 1;
    let end = DIGIT.lastIndex;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    starts.push(start);
    lengths.push(end - start);
    DIGIT.lastIndex = end;
  }
  lastText = text;
  lastRuns = { starts, lengths };
  return lastRuns;
}

export { isSpace };

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The offset after the \s characters from `pos` on. */
export function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
  return pos;
}

/** The offset where the \s characters ending at `pos` begin. */
export function skipSpacesBack(text: string, pos: number): number {
  while (pos > 0 && isSpace(text.charCodeAt(pos - 1))) pos--;
  return pos;
}

/** A sticky pattern's match at `pos`, or null. */
export function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}
