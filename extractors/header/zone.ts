import { key, type Seg, splitLines, subSeg } from './text.js';
import { MARKERS } from './vocab.js';

// Quốc hiệu (both tone styles), the Party heading in its place, and the Tiêu ngữ.
const MOTTO =
  /C[ỘÔO]NG\s*H(?:ÒA|OÀ|ÕA|OA)\s*X[ÃA]\s*H[ỘO]I\s*CH[ỦU]\s*NGH[ĨI]A\s*VI[ỆE]T\s*NAM|Đ[ẢA]NG\s*C[ỘO]NG\s*S[ẢA]N\s*VI[ỆE]T\s*NAM|Đ[ộo]c\s*l[ậa]p\s*-\s*T[ựu]\s*do\s*-\s*H[ạa]nh\s*ph[úu]c/giu;
// A "Số:" in the middle of a line is a merged column (PDF read line by line).
const MIDLINE_SO = /\s(?=(?:Số|SỐ)\s*:)/gu;

export const isMotto = (s: string): boolean => {
  MOTTO.lastIndex = 0;
  const m = MOTTO.exec(s);
  return m !== null && m.index === 0 && m[0].length === s.length;
};

// Organization headings ("ĐOÀN TNCS HỒ CHÍ MINH") stand in the Quốc hiệu's place, at the end of a merged line.
const HEADINGS = [...MARKERS].map((m) => m.split(' ')).filter((ws) => ws.length >= 3);

/** Where a heading that ends the line (after other words) begins, or -1. */
const HEADING_ENDS = new Set(HEADINGS.map((h) => h.at(-1)));

function headingAt(text: string): number {
  if (!HEADING_ENDS.has(key(text.slice(text.lastIndexOf(' ') + 1)))) return -1;
  const spans = [...text.matchAll(/\S+/gu)];
  for (const h of HEADINGS) {
    const at = spans.length - h.length;
    if (at > 0 && h.every((w, i) => key(spans[at + i]![0]) === w)) return spans[at]!.index;
  }
  return -1;
}

/** Split a line where a motto phrase, a heading or a "Số:" starts mid-line, so merged columns come apart. */
export function splitMerged(seg: Seg): Seg[] {
  const cuts = new Set<number>([0, seg.text.length]);
  const heading = headingAt(seg.text);
  if (heading > 0) cuts.add(heading);
  for (const re of [MOTTO, MIDLINE_SO]) {
    re.lastIndex = 0;
    for (let m = re.exec(seg.text); m; m = re.exec(seg.text)) {
      cuts.add(m.index);
      if (re === MOTTO) cuts.add(m.index + m[0].length);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
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

/** Body prose: a long line ending a sentence, or a legal basis ("Căn cứ …"). */
const isBodyLine = (s: string): boolean =>
  (s.length >= 100 && /[.;:!?…]$/u.test(s) && !HEADER_OPENERS.test(s)) || /^Căn\s*cứ(?=\s|$)/u.test(s);

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
