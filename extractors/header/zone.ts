import { key, type Seg, splitLines, subSeg, words } from './text.js';
import { MARKERS } from './vocab.js';

// Quốc hiệu (both tone styles), the Party heading in its place, and the Tiêu ngữ.
const MOTTO =
  /C[ỘÔO]NG\s*H(?:ÒA|OÀ|ÕA|OA)\s*X[ÃA]\s*H[ỘO]I\s*CH[ỦU]\s*NGH[ĨI]A\s*VI[ỆE]T\s*NAM|Đ[ẢA]NG\s*C[ỘO]NG\s*S[ẢA]N\s*VI[ỆE]T\s*NAM|Đ[ộo]c\s*l[ậa]p\s*-\s*T[ựu]\s*do\s*-\s*H[ạa]nh\s*ph[úu]c/giu;
// A "Số:" in the middle of a line is a merged column (PDF read line by line).
const MIDLINE_SO = /\s(?=(?:Số|SỐ)\s*:)/gu;

// The whole line, tried at its start only (a match at the start has one length: no scan needed).
const MOTTO_LINE = new RegExp(`^(?:${MOTTO.source})$`, 'iu');
export const isMotto = (s: string): boolean => MOTTO_LINE.test(s);

// Organization headings ("ĐOÀN TNCS HỒ CHÍ MINH") stand in the Quốc hiệu's place, at the end of a merged line.
const HEADINGS = [...MARKERS].map((m) => m.split(' ')).filter((ws) => ws.length >= 3);

/** Headings by their last word, in vocabulary order: only those can end a line ending in that word. */
const HEADINGS_BY_END = new Map<string, string[][]>();
for (const h of HEADINGS) HEADINGS_BY_END.set(h.at(-1)!, [...(HEADINGS_BY_END.get(h.at(-1)!) ?? []), h]);

/** Where a heading that ends the line (after other words) begins, or -1. */
function headingAt(text: string): number {
  if (!HEADINGS_BY_END.has(key(text.slice(text.lastIndexOf(' ') + 1)))) return -1;
  const ws = words(text);
  for (const h of HEADINGS_BY_END.get(key(ws.at(-1) ?? '')) ?? []) {
    const at = ws.length - h.length;
    if (at > 0 && h.every((w, i) => key(ws[at + i]!) === w)) return [...text.matchAll(/\S+/gu)][at]!.index;
  }
  return -1;
}

/** Split a line where a motto phrase, a heading or a "Số:" starts mid-line, so merged columns come apart. */
export function splitMerged(seg: Seg): Seg[] {
  const heading = headingAt(seg.text);
  // "Số" is literal in MIDLINE_SO: a line without it has no cut there.
  const so = seg.text.includes('Số') || seg.text.includes('SỐ');
  MOTTO.lastIndex = 0;
  // Most lines are one column, with nothing to cut: a line of `lines` is already trimmed, so it is its own only piece.
  if (heading <= 0 && !so && !MOTTO.test(seg.text)) return [seg];
  const cuts = new Set<number>([0, seg.text.length]);
  if (heading > 0) cuts.add(heading);
  for (const re of so ? [MOTTO, MIDLINE_SO] : [MOTTO]) {
    re.lastIndex = 0;
    for (let m = re.exec(seg.text); m; m = re.exec(seg.text)) {
      cuts.add(m.index);
      if (re === MOTTO) cuts.add(m.index + m[0].length);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  if (cuts.size === 2 || !seg.text) return [seg];
  const at = [...cuts].sort((a, b) => a - b);
  const out: Seg[] = [];
  for (let i = 0; i + 1 < at.length; i++) {
    const s = subSeg(seg, at[i]!, at[i + 1]!);
    if (s.text) out.push(s);
  }
  return out.length ? out : [seg];
}

const MAX_HEADER_LINES = 60;
// Lines that belong to the header even when long and ending in punctuation.
const HEADER_OPENERS = /^(?:Kính\s*gửi|V\/v|V\.v|Về\s*việc|Số|SỐ)(?=[\s:]|$)/iu;

const SENTENCE_END = /[.;:!?…]$/u;
const LEGAL_BASIS = /^Căn\s*cứ(?=\s|$)/u;
/** Body prose: a long line ending a sentence, or a legal basis ("Căn cứ …"). */
const isBodyLine = (s: string): boolean =>
  (s.length >= 100 && SENTENCE_END.test(s) && !HEADER_OPENERS.test(s)) || LEGAL_BASIS.test(s);

/** All lines, and the segments of the header zone (top lines until the first body paragraph). */
export function headerZone(text: string): { lines: Seg[]; zone: Seg[] } {
  const lines = splitLines(text);
  const zone: Seg[] = [];
  for (let i = 0, seen = 0; i < lines.length && seen < MAX_HEADER_LINES; i++) {
    const l = lines[i]!;
    if (l.text) seen++;
    if (isBodyLine(l.text)) break;
    zone.push(...(l.text ? splitMerged(l) : [l]));
  }
  return { lines, zone };
}
