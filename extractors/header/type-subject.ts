import { isStampLine } from '../signature/labels.js';
import { isMottoSeg } from './motto.js';
import { readPlaceDate } from './place-date.js';
import { readSymbol } from './symbol.js';
import { isUpperText, key, type Seg, startsLower, words } from './text.js';
import { DOC_TYPES, type DocTypeEntry, MARKERS, TITLES } from './vocab.js';

export interface TypeLine {
  entry: DocTypeEntry;
  index: number;
  /** span of the type words */
  start: number;
  end: number;
  /** text after the type words on the same line (a merged trích yếu), with its offset */
  rest: Seg | null;
}

/**
 * A type line: a document type name in capitals, alone, or followed by the trích yếu in lower case
 * (merged line). `strict` (while still among the issuer lines) refuses uppercase words after the name.
 */
export function readTypeLine(seg: Seg, index: number, strict: boolean): TypeLine | null {
  if (!seg.text || seg.text.endsWith(':')) return null;
  const hit = DOC_TYPES.leadOf(seg.text);
  if (!hit) return null;
  const typeText = words(seg.text).slice(0, hit.size).join(' ');
  if (!isUpperText(typeText)) return null;
  const typeEnd = seg.text.indexOf(typeText) + typeText.length;
  const restText = seg.text.slice(typeEnd).trim();
  if (restText && strict && isUpperText(words(restText)[0] ?? '')) return null;
  const restAt = restText ? seg.text.indexOf(restText, typeEnd) : -1;
  return {
    entry: hit.entry,
    index,
    start: seg.start + seg.text.indexOf(typeText),
    end: seg.start + typeEnd,
    rest: restText
      ? { text: restText, start: seg.start + restAt, end: seg.start + restAt + restText.length, line: seg.line }
      : null,
  };
}

// Hoisted: a regex literal in a function body is a new object on every call, and slower to run.
const VV = /^V\s*[/.]\s*[vV](?=[\s.:]|$)/u;
const GREETING = /^Kính\s*gửi/iu;
const LETTER = /\p{L}/u;
const FIRST_WORD = /\S+/;
const SEPARATOR = /^(?:[-–—_=*~.·•\s]+|[-–—_=*~\s]*o0o[-–—_=*~\s]*)$/u;
const ENDS_SENTENCE = /[.;:!?]$/u;
const LIST_ITEM = /^(?:\d+|[IVX]+|[a-zđ])[.)]\s|^[-+]/u;
export const isVv = (s: string): boolean => VV.test(s);
const isGreeting = (s: string): boolean => GREETING.test(s);
// A digital-signature stamp printed over the page ("Ký bởi: Sở Nội vụ Thời gian ký: 16.06.2021 09:33:12 +07:00").
export const isNoise = (s: string): boolean => !LETTER.test(s) || isMarker(s) || isStampLine(s);
// A line's key begins with its first word's key: most lines are turned away on that word alone.
const MARKER_FIRSTS = new Set([...MARKERS].map((m) => m.split(' ')[0]!));
const isMarker = (s: string): boolean => {
  const first = FIRST_WORD.exec(s);
  return first !== null && MARKER_FIRSTS.has(key(first[0])) && MARKERS.has(key(s));
};
/** The star or rule typed under an issuer's name ("*", "***", "-----", "--o0o--"): the name ends there. */
export const isSeparator = (s: string): boolean => SEPARATOR.test(s);
/** Header fields a trích yếu never runs into. */
const isOtherField = (s: Seg): boolean =>
  isMottoSeg(s) || isNoise(s.text) || readSymbol(s) !== null || readPlaceDate(s) !== null;

/**
 * The trích yếu starting at zone[from]: its first line, then continuation lines. A line is a
 * continuation if it starts lowercase (a phrase broken mid-way), or directly follows without a
 * break and reads as a short unfinished phrase. Motto, số and date lines interleaved by a linear
 * read are stepped over, but after them only lowercase continuations count.
 */
export function readSubject(zone: Seg[], first: Seg, from: number): { text: string; start: number; end: number } {
  const parts = [first.text];
  let last = first;
  let interrupted = false;
  for (let i = from; i < zone.length; i++) {
    const s = zone[i]!;
    if (!s.text) break;
    if (isOtherField(s)) {
      interrupted = true;
      continue;
    }
    if (isUpperText(s.text) || isGreeting(s.text) || isVv(s.text)) break;
    const shortPhrase =
      !interrupted &&
      s.line === last.line + 1 &&
      s.text.length <= 80 &&
      !ENDS_SENTENCE.test(s.text) &&
      !LIST_ITEM.test(s.text);
    if (!startsLower(s.text) && !shortPhrase) break;
    parts.push(s.text);
    last = s;
  }
  return { text: parts.join(' ').replace(/\s+/g, ' ').trim(), start: first.start, end: last.end };
}

/** The trích yếu after a type line: the rest of its line, or the next line that is not another field. */
export function subjectAfterType(zone: Seg[], t: TypeLine): { text: string; start: number; end: number } | null {
  if (t.rest) return readSubject(zone, t.rest, t.index + 1);
  for (let i = t.index + 1, seen = 0; i < zone.length && seen < 4; i++) {
    const s = zone[i]!;
    if (!s.text || isOtherField(s)) continue;
    seen++;
    if (isGreeting(s.text) || readTypeLine(s, i, false)) return null;
    if (isUpperText(s.text) && TITLES.leadOf(s.text)) return null; // "CHỦ TỊCH ỦY BAN NHÂN DÂN …"
    return readSubject(zone, s, i + 1);
  }
  return null;
}
