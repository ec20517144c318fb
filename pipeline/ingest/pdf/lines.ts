/** Positioned text items → visual lines, each cut into segments where a wide horizontal gap separates cells. */
import { splitStamps } from './stamp.js';
import { dropWatermarks } from './watermark.js';

/** One positioned run of text as pdfjs reports it (PDF user space, y grows upwards). */
export interface PlacedText {
  str: string;
  x: number;
  y: number;
  width: number;
  /** font size in user space */
  size: number;
}

/** A stretch of a line with no wide gap inside. */
export interface Segment {
  text: string;
  x0: number;
  x1: number;
}

export interface Line {
  segments: Segment[];
  /** baseline */
  y: number;
  size: number;
  x0: number;
  x1: number;
  /** a line of a digital-signature stamp, read apart from the page (see stamp.ts) */
  stamp?: boolean;
  /** the line cut at every space too (words, or runs without a space): where table cells may part */
  pieces?: Segment[];
}

/** Items whose baselines differ by less than this share a line (absorbs superscripts, mixed sizes). */
const BASELINE_TOLERANCE = 0.5;
/** A gap wider than this many font sizes separates table cells / columns, never words. */
const CELL_GAP = 2;
/** A gap wider than this many font sizes stands for a space the producer did not write. */
const WORD_GAP = 0.18;

export const lineText = (line: Line): string => line.segments.map((s) => s.text).join(' ');

const isBlank = (s: string): boolean => s.trim() === '';

function toSegments(items: PlacedText[], size: number, apart = CELL_GAP): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  for (const it of items) {
    // Blank runs are dropped: producers use them to fill gaps of any width, so only positions tell spaces.
    if (isBlank(it.str)) continue;
    const gap = current ? it.x - current.x1 : 0;
    if (!current || gap > apart * size) {
      current = { text: it.str, x0: it.x, x1: it.x + it.width };
      segments.push(current);
      continue;
    }
    const needsSpace = gap > WORD_GAP * size && !/\s$/.test(current.text) && !/^\s/.test(it.str);
    current.text += (needsSpace ? ' ' : '') + it.str;
    current.x1 = Math.max(current.x1, it.x + it.width);
  }
  for (const s of segments) s.text = s.text.replace(/\s+/g, ' ').trim();
  return segments.filter((s) => s.text !== '');
}

function finishLine(items: PlacedText[]): Line | undefined {
  items.sort((a, b) => a.x - b.x);
  const size = Math.max(...items.map((i) => i.size));
  const y = items.find((i) => i.size === size)?.y ?? 0;
  const segments = toSegments(items, size);
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!first || !last) return undefined;
  return { segments, y, size, x0: first.x0, x1: last.x1, pieces: toSegments(items, size, WORD_GAP) };
}

/**
 * Groups a page's items into lines, top to bottom. Straight watermarks are dropped; a signing tool's
 * stamp is grouped on its own, so its lines never merge with the header's or the signer's.
 */
export function groupLines(items: PlacedText[]): Line[] {
  const { rest, stamps } = splitStamps(dropWatermarks(items));
  if (stamps.length === 0) return groupRows(rest);
  const stampLines = groupRows(stamps).map((l) => ({ ...l, stamp: true }));
  return [...groupRows(rest), ...stampLines].sort((a, b) => b.y - a.y);
}

function groupRows(items: PlacedText[]): Line[] {
  const sorted = items.filter((i) => i.str !== '' && i.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let bucket: PlacedText[] = [];
  let anchor = 0;
  let anchorSize = 0;
  for (const it of sorted) {
    const tolerance = BASELINE_TOLERANCE * Math.min(it.size, anchorSize || it.size);
    if (bucket.length > 0 && anchor - it.y > tolerance) {
      const line = finishLine(bucket);
      if (line) lines.push(line);
      bucket = [];
    }
    if (bucket.length === 0 || (!isBlank(it.str) && it.size > anchorSize)) {
      anchor = it.y;
      anchorSize = it.size;
    }
    bucket.push(it);
  }
  const line = bucket.length > 0 ? finishLine(bucket) : undefined;
  if (line) lines.push(line);
  return lines;
}
