import { mottoSpans, type Span } from './motto.js';
import { key, type Seg, splitLines, subSeg, words } from './text.js';
import { MARKERS } from './vocab.js';

// A "Số:" in the middle of a line is a merged column (PDF read line by line).
const MIDLINE_SO = /\s(?=(?:Số|SỐ)\s*:)/gu;

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

/**
 * Split a line where a motto, a heading or a "Số:" starts mid-line, so merged columns come apart.
 * `mottos` are the motto spans of the zone (in order); a piece inside one is marked as motto.
 */
export function splitMerged(seg: Seg, mottos: Span[] = []): Seg[] {
  const heading = headingAt(seg.text);
  // "Số" is literal in MIDLINE_SO: a line without it has no cut there.
  const so = seg.text.includes('Số') || seg.text.includes('SỐ');
  const inLine = mottos.filter((m) => m.start < seg.end && m.end > seg.start);
  // Most lines are one column, with nothing to cut: a line of `lines` is already trimmed, so it is its own only piece.
  if (heading <= 0 && !so && inLine.length === 0) return [seg];
  const cuts = new Set<number>([0, seg.text.length]);
  if (heading > 0) cuts.add(heading);
  for (const m of inLine) {
    cuts.add(Math.max(0, m.start - seg.start));
    cuts.add(Math.min(seg.text.length, m.end - seg.start));
  }
  if (so) {
    MIDLINE_SO.lastIndex = 0;
    for (let m = MIDLINE_SO.exec(seg.text); m; m = MIDLINE_SO.exec(seg.text)) cuts.add(m.index);
  }
  if (cuts.size === 2 && inLine.length === 0) return [seg];
  const at = [...cuts].sort((a, b) => a - b);
  const out: Seg[] = [];
  for (let i = 0; i + 1 < at.length; i++) {
    const s = subSeg(seg, at[i]!, at[i + 1]!);
    if (!s.text) continue;
    if (inLine.some((m) => m.start <= s.start && s.end <= m.end)) s.motto = true;
    out.push(s);
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
  let n = 0;
  for (let seen = 0; n < lines.length && seen < MAX_HEADER_LINES; n++) {
    const l = lines[n]!;
    if (l.text) seen++;
    if (isBodyLine(l.text)) break;
  }
  // Found over the zone's text at once: a motto wrapped or glued across lines is still one.
  const mottos = n > 0 ? mottoSpans(text, lines[0]!.start, lines[n - 1]!.end) : [];
  const zone: Seg[] = [];
  for (let i = 0; i < n; i++) {
    const l = lines[i]!;
    zone.push(...(l.text ? splitMerged(l, mottos) : [l]));
  }
  return { lines, zone };
}
