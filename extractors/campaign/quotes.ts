import { isLower, sentenceEndWithin } from './text.js';

/** A quoted stretch of text: `open` is the opening mark, [innerStart, innerEnd) the words inside. */
export interface Quoted {
  open: number;
  innerStart: number;
  innerEnd: number;
  /** just past the closing mark, or innerEnd when the quote was never closed */
  end: number;
  closed: boolean;
}

const MARKS = /[“”"\n]/g;
// Line breaks only matter while a quote is open; the rest of the time only quote marks are looked for.
const QUOTE_MARKS = /[“”"]/g;
const MARKUP = /[*_]/;
// An unclosed quote longer than this is a typing accident, not a name.
const MAX_UNCLOSED = 250;
const MAX_CLOSED = 500;
// How much of a name may wrap onto the next line before its closing mark.
const MAX_WRAPPED_TAIL = 120;

const skipMarkup = (text: string, i: number, step: 1 | -1): number => {
  let j = i;
  while (MARKUP.test(text[j] ?? '')) j += step;
  return j;
};

/** A straight quote opens after a space or punctuation and before a word; otherwise it closes. */
function straightOpens(text: string, at: number): boolean | null {
  const before = text[skipMarkup(text, at - 1, -1)];
  const after = text[skipMarkup(text, at + 1, 1)];
  const spaceBefore = before === undefined || /[\s([{:;,/-]/.test(before);
  const spaceAfter = after === undefined || /\s/.test(after);
  if (spaceBefore && spaceAfter) return null;
  return spaceBefore;
}

/**
 * Curly quotes say which way they face, except when typed the wrong way round: a ” standing before a word
 * with nothing open opens, a “ right after a word with a quote open closes.
 */
function quoteOpens(text: string, at: number, ch: string, pending: boolean): boolean | null {
  if (ch === '"') return straightOpens(text, at);
  const wanted = ch === '“';
  if (wanted === pending && straightOpens(text, at) === !wanted) return !wanted;
  return wanted;
}

/**
 * A line break inside a quote is a wrapped line when the next line goes on in lower case, or when the quote
 * closes early on that very line ("… xứng danh Bộ đội⏎Cụ Hồ” năm 2025": a name cut before a proper noun).
 */
function continuesAfterBreak(text: string, at: number): boolean {
  let j = at;
  while (j < text.length && /[\s*_]/.test(text[j]!)) j++;
  return isLower(text[j]) || closesOnLine(text, j);
}

/** True when the first quote mark of the line from `from` closes, within MAX_WRAPPED_TAIL characters. */
function closesOnLine(text: string, from: number): boolean {
  const stop = Math.min(text.length, from + MAX_WRAPPED_TAIL);
  for (let i = from; i < stop; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '“') return false;
    if (ch === '”') return true;
    if (ch === '"') return straightOpens(text, i) === false;
  }
  return false;
}

/** Trim white space, markup and trailing punctuation from the inside of a quote. */
function trimInner(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s*_]/.test(text[s]!)) s++;
  while (e > s && /[\s*_,.;:…]/.test(text[e - 1]!)) e--;
  return [s, e];
}

/**
 * The end of a quote that another opening mark (or a line/text end) cuts short: the sentence end if one
 * comes first, else the last ", " before the next opening mark ("“A, B, “C”" → "A, B").
 */
function unclosed(text: string, open: number, limit: number, nextOpens: boolean): Quoted | null {
  const sentence = sentenceEndWithin(text, open + 1, limit);
  let stop = limit;
  if (sentence >= 0) stop = sentence;
  else if (nextOpens) {
    // searched between the two marks only, so many unclosed quotes cost no more than the text they span
    const comma = text.slice(open, limit + 2).lastIndexOf(', ');
    if (comma > 0) stop = open + comma;
  }
  const [s, e] = trimInner(text, open + 1, stop);
  if (e <= s || e - s > MAX_UNCLOSED) return null;
  return { open, innerStart: s, innerEnd: e, end: e, closed: false };
}

/**
 * A “ inside an open quote whose closing ” is followed by another ” ("“… toàn diện “mẫu mực, tiêu biểu””")
 * is a quote nested in the name: the offset of its closing mark, or -1.
 */
function nestedClose(text: string, at: number): number {
  // Looked for within one name's length: a text of opening marks alone must not be scanned to its end from each.
  const stop = Math.min(text.length, at + 1 + MAX_CLOSED);
  let close = -1;
  for (let i = at + 1; i < stop && close < 0; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '\n') return -1;
    if (ch === '”') close = i;
  }
  if (close < 0) return -1;
  return text[skipMarkup(text, close + 1, 1)] === '”' ? close : -1;
}

/** Every quoted stretch in reading order, curly or straight quotes, repairing missing closing marks. */
export function findQuotes(text: string): Quoted[] {
  const out: Quoted[] = [];
  let openAt = -1;
  const cut = (limit: number, nextOpens: boolean) => {
    const q = unclosed(text, openAt, limit, nextOpens);
    if (q) out.push(q);
    openAt = -1;
  };
  let from = 0;
  for (;;) {
    const marks = openAt >= 0 ? MARKS : QUOTE_MARKS;
    marks.lastIndex = from;
    const m = marks.exec(text);
    if (!m) break;
    const i = m.index;
    const ch = m[0];
    from = i + 1;
    if (ch === '\n') {
      if (openAt >= 0 && !continuesAfterBreak(text, i)) cut(i, false);
      continue;
    }
    const opens = quoteOpens(text, i, ch, openAt >= 0);
    if (opens === null) continue;
    if (opens) {
      const inner = openAt >= 0 && ch === '“' ? nestedClose(text, i) : -1;
      if (inner >= 0) {
        from = inner + 1;
        continue;
      }
      if (openAt >= 0) cut(i, true);
      openAt = i;
    } else if (openAt >= 0) {
      const [s, e] = trimInner(text, openAt + 1, i);
      if (e > s && e - s <= MAX_CLOSED)
        out.push({ open: openAt, innerStart: s, innerEnd: e, end: i + 1, closed: true });
      openAt = -1;
    }
  }
  if (openAt >= 0) cut(text.length, false);
  return out;
}
