import type { Anniversary, DateMention, DocumentHeader, Reference, Span } from '../../output/schema.js';
import { isSpace } from './digit-runs.js';

export type Role = DateMention['role'];

/** Where other extractors found things a date can belong to. */
export interface RoleSpans {
  issued: Span[];
  reference: Span[];
  anniversary: Span[];
  /** offsets of "ký" (any case): a signature cue holds one, so lines without one skip the cue test */
  signWords: number[];
  /** offsets of the line breaks, to find a date's line without scanning back along it */
  breaks: number[];
}

const byStart = (spans: Span[]) => [...spans].sort((a, b) => a.start - b.start);

// What SIGNATURE_CUE's "ký" matches case-insensitively (without the u flag).
const SIGN_WORD = /[kK][ýÝ]/g;

export function roleSpans(
  text: string,
  header?: DocumentHeader,
  references?: Reference[],
  anniversaries?: Anniversary[],
): RoleSpans {
  const issued = header?.mentions.date ?? header?.mentions.issuedOn;
  const signWords: number[] = [];
  for (const m of text.matchAll(SIGN_WORD)) signWords.push(m.index);
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return {
    issued: issued ? [issued] : [],
    reference: byStart((references ?? []).flatMap((r) => r.mentions)),
    anniversary: byStart((anniversaries ?? []).map((a) => a.mention)),
    signWords,
    breaks,
  };
}

/** Index of the first offset >= `at` in a sorted list (its length when there is none). */
function firstAtOrAfter(offsets: number[], at: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when a "ký" lies wholly inside [from, to). */
function hasSignWord(offsets: number[], from: number, to: number): boolean {
  const i = firstAtOrAfter(offsets, from);
  return i < offsets.length && offsets[i]! + 2 <= to;
}

// A reference mention may stop at its số/ký hiệu: "Chỉ thị số 34-CT/TW ngày 07/4/2014" still dates it.
const AFTER_REFERENCE = /^[ ,]*(?:ban hành|ký)? *$/i;
const NEARBY = 3;

function within(spans: Span[], m: Span, text?: string): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= m.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - NEARBY; i--) {
    const s = spans[i]!;
    if (s.start <= m.start && m.end <= s.end) return true;
    if (text && s.end <= m.start && m.start - s.end < 16 && AFTER_REFERENCE.test(text.slice(s.end, m.start)))
      return true;
  }
  return false;
}

// "Bình Sơn, ngày 29 tháng 12 năm 2023" — the place, a comma, then the date, alone on its line.
const ISSUED_LINE = /^\p{Lu}[^\n,;:]{0,60},\s*$/u;
// Signature stamps: "Thời gian ký: 16.06.2021 09:33:12", "Ký ngày: …", a date alone on a line with a time.
const SIGNATURE_CUE = /(?:thời gian ký|ngày ký|ký ngày|ký bởi|người ký)\b/i;
// read at the date's end: neither pattern can run past the end of the line
const TIME_AFTER = /(?:T\d|,? *\d{1,2}:\d{2})/y;
const BARE_DAY = /^[\d./-]+$/;

/** True when text[from, to) is empty or white space only (as trim() would leave nothing). */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

const timeAfter = (text: string, end: number): boolean => {
  TIME_AFTER.lastIndex = end;
  return TIME_AFTER.test(text);
};

// The line around the date is only read for the few dates the spans leave undecided.
export function roleOf(text: string, m: Span, spans: RoleSpans): Role {
  // as lastIndexOf('\n', m.start - 1) + 1 and indexOf('\n', m.end) would find them
  const before = firstAtOrAfter(spans.breaks, Math.max(m.start, 1)) - 1;
  const from = before < 0 ? 0 : spans.breaks[before]! + 1;
  const after = firstAtOrAfter(spans.breaks, m.end);
  const to = after < spans.breaks.length ? spans.breaks[after]! : text.length;
  const written = text.slice(m.start, m.end);
  if (
    within(spans.issued, m) ||
    (/^ngày/i.test(written) && ISSUED_LINE.test(text.slice(from, m.start)) && blank(text, m.end, to))
  ) {
    return 'issued';
  }
  if (within(spans.reference, m, text)) return 'reference';
  if (within(spans.anniversary, m)) return 'anniversary';
  if (
    (hasSignWord(spans.signWords, from, m.start) && SIGNATURE_CUE.test(text.slice(from, m.start))) ||
    timeAfter(text, m.end) ||
    (BARE_DAY.test(written) && blank(text, from, m.start) && blank(text, m.end, to))
  ) {
    return 'signature';
  }
  return 'body';
}
