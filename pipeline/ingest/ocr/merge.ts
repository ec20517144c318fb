/** A scanned page that also has a little real text (a signature stamp): its text layer wins where both read. */
import type { Line, PlacedText } from '../pdf/lines.js';

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

// from the baseline: descenders below, ascenders and stacked tone marks above
const boxOf = (x: number, width: number, y: number, size: number): Box => ({
  x0: x,
  x1: x + width,
  y0: y - 0.3 * size,
  y1: y + 0.9 * size,
});

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function besideLayer(layer: Line[], ocr: PlacedText[]): PlacedText[] {
  const kept: PlacedText[] = layer.flatMap((l) =>
    l.segments.map((s) => ({ str: s.text, x: s.x0, y: l.y, width: s.x1 - s.x0, size: l.size })),
  );
  const boxes = kept.map((t) => boxOf(t.x, t.width, t.y, t.size));
  for (const w of ocr) {
    const box = boxOf(w.x, w.width, w.y, w.size);
    if (!boxes.some((b) => overlaps(b, box))) kept.push(w);
  }
  return kept;
}
