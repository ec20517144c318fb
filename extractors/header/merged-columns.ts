import { type Seg, subSeg } from './text.js';

const MAX_ROW = 160;
const ITEM_MARK = /^[-+]/u;
const WORD_START = /\s\S/u;

/** The lines with the signature block unmerged, and the Nơi nhận column on its own. */
export interface Unmerged {
  /** all lines, the cut-off titles moved just before the name that follows them */
  lines: Seg[];
  /** from the Nơi nhận line on, the left column only: no titles or name cut out of it */
  list: Seg[];
}

/**
 * A signature block typed on tab stops instead of a table reaches the text as merged lines: the Nơi
 * nhận list on the left, the signing titles on the right ("- Như trên; PHÓ CHỦ TỊCH"), the name
 * below, alone or beside an item. From the Nơi nhận line on, such a line is cut where an uppercase
 * signer phrase ends it, and the cut-off titles are read just before the name that follows them.
 */
export function unmergeSignature(
  lines: Seg[],
  from: number,
  isSignerLine: (s: string) => boolean,
  isName: (s: string) => boolean,
): Unmerged {
  const head = lines.slice(0, from);
  const left: Seg[] = [];
  const right: Seg[] = [];
  const out: Seg[] = [];
  const list: Seg[] = [];
  for (let i = from; i < lines.length; i++) {
    const s = lines[i]!;
    const cut = right.length || i === from || ITEM_MARK.test(s.text) ? titleTail(s, isSignerLine) : -1;
    if (cut > 0) {
      left.push(subSeg(s, 0, cut));
      list.push(subSeg(s, 0, cut));
      right.push(subSeg(s, cut, s.text.length));
    } else if (right.length && isName(s.text)) {
      out.push(...left.splice(0), ...right.splice(0), s);
    } else if (right.length && nameTail(s, isName) > 0) {
      const at = nameTail(s, isName);
      list.push(subSeg(s, 0, at));
      out.push(...left.splice(0), subSeg(s, 0, at), ...right.splice(0), subSeg(s, at, s.text.length));
    } else {
      (right.length ? left : out).push(s);
      list.push(s);
    }
  }
  return { lines: [...head, ...out, ...left, ...right], list };
}

/** Where a name typed beside a list item begins ("- Lưu: VT. Nguyễn Văn An"), after the item's end; else -1. */
function nameTail(s: Seg, isName: (s: string) => boolean): number {
  if (s.text.length > MAX_ROW || !ITEM_MARK.test(s.text)) return -1;
  let at = -1;
  for (const m of s.text.matchAll(/[;.:)]\s+(?=\p{Lu})/gu)) at = m.index + m[0].length;
  return at > 0 && isName(s.text.slice(at)) ? at : -1;
}

/**
 * Just after the line's last lowercase letter, when an uppercase letter follows it; else -1. Read
 * backwards, so a line ending in lowercase (most of them) costs a few characters.
 */
function afterLastLower(text: string): number {
  let upperAfter = false;
  for (let i = text.length - 1; i >= 0; i--) {
    const low = text.charCodeAt(i);
    // a letter outside the BMP is a surrogate pair, read as one character
    const pair = low >= 0xdc00 && low <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1));
    const ch = pair ? text.slice(i - 1, i + 1) : text[i]!;
    if (LOWER.test(ch)) return upperAfter ? i + ch.length : -1;
    if (!upperAfter && UPPER.test(ch)) upperAfter = true;
    if (pair) i--;
  }
  return -1;
}
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;

/** Where an uppercase signer phrase ending the line starts, after text that is not uppercase; else -1. */
function titleTail(s: Seg, isSignerLine: (s: string) => boolean): number {
  // Rows of a signature block are short; prose is never cut (and stays linear).
  if (s.text.length > MAX_ROW) return -1;
  // An uppercase tail starts at a word after the last lowercase letter, and the line has a lowercase
  // letter, so the text before such a tail has one too. Item text may end in digits or codes before
  // it ("- Như Điều 3; THỨ TRƯỞNG"): each word start after that letter is tried, the earliest wins.
  const from = afterLastLower(s.text);
  if (from < 0) return -1;
  for (let at = nextWord(s.text, from); at > 0; at = nextWord(s.text, at)) {
    const tail = s.text.slice(at);
    if (UPPER_START.test(tail) && isSignerLine(tail)) return at;
  }
  return -1;
}
const UPPER_START = /^\p{Lu}/u;

/** The start of the first word after a space at or after `from`; else -1. */
function nextWord(text: string, from: number): number {
  const gap = text.slice(from).search(WORD_START);
  return gap < 0 ? -1 : from + gap + 1;
}
