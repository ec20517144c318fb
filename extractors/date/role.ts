import type { Anniversary, DateMention, DocumentHeader, Reference, Span } from '../../output/schema.js';

export type Role = DateMention['role'];

/** Where other extractors found things a date can belong to. */
export interface RoleSpans {
  issued: Span[];
  reference: Span[];
  anniversary: Span[];
}

const byStart = (spans: Span[]) => [...spans].sort((a, b) => a.start - b.start);

export function roleSpans(header?: DocumentHeader, references?: Reference[], anniversaries?: Anniversary[]): RoleSpans {
  const issued = header?.mentions.date ?? header?.mentions.issuedOn;
  return {
    issued: issued ? [issued] : [],
    reference: byStart((references ?? []).flatMap((r) => r.mentions)),
    anniversary: byStart((anniversaries ?? []).map((a) => a.mention)),
  };
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
const TIME_AFTER = /^(?:T\d|,? *\d{1,2}:\d{2})/;
const BARE_DAY = /^[\d./-]+$/;

function lineAround(text: string, m: Span): { before: string; after: string } {
  const from = text.lastIndexOf('\n', m.start - 1) + 1;
  let to = text.indexOf('\n', m.end);
  if (to < 0) to = text.length;
  return { before: text.slice(from, m.start), after: text.slice(m.end, to) };
}

export function roleOf(text: string, m: Span, spans: RoleSpans): Role {
  const { before, after } = lineAround(text, m);
  const written = text.slice(m.start, m.end);
  if (within(spans.issued, m) || (/^ngày/i.test(written) && ISSUED_LINE.test(before) && after.trim() === '')) {
    return 'issued';
  }
  if (within(spans.reference, m, text)) return 'reference';
  if (within(spans.anniversary, m)) return 'anniversary';
  if (
    SIGNATURE_CUE.test(before) ||
    TIME_AFTER.test(after) ||
    (before.trim() === '' && after.trim() === '' && BARE_DAY.test(written))
  ) {
    return 'signature';
  }
  return 'body';
}
