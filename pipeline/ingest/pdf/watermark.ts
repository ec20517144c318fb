/**
 * Watermarks drawn straight across the page ("BẢN SAO", "DỰ THẢO", an organization's name in large light
 * letters). Rotated ones never reach here (pdf.ts keeps horizontal text only); a straight one lands in
 * the middle of body lines and would be read into a sentence. It is told by its size, far above the
 * body's, and by text printed over it: a real heading has space of its own.
 */
import { bodySize } from './body-size.js';
import { baselineOf, overlaps as boxesOverlap, boxOf } from './box.js';
import type { PlacedText } from './lines.js';

/** A watermark is at least this many times the body's font size. */
const LARGE = 2;

// other text printed over the mark: its baseline runs through the mark's box
const overlaps = (mark: PlacedText, other: PlacedText): boolean => boxesOverlap(boxOf(mark), baselineOf(other));

/** The page's items without large text that other text is printed over. */
export function dropWatermarks(items: PlacedText[]): PlacedText[] {
  const body = bodySize(items);
  if (body === 0) return items;
  const large = (it: PlacedText) => it.size >= LARGE * body && it.str.trim() !== '';
  if (!items.some(large)) return items;
  const marks = new Set(
    items.filter((it) => large(it) && items.some((o) => !large(o) && o.str.trim() !== '' && overlaps(it, o))),
  );
  return marks.size === 0 ? items : items.filter((it) => !marks.has(it));
}
