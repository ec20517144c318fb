/** A scanned page that also has a little real text (a signature stamp): its text layer wins where both read. */
import { boxOf, overlaps } from '../pdf/box.js';
import type { Line, PlacedText } from '../pdf/lines.js';

export function besideLayer(layer: Line[], ocr: PlacedText[]): PlacedText[] {
  const kept: PlacedText[] = layer.flatMap((l) =>
    l.segments.map((s) => ({ str: s.text, x: s.x0, y: l.y, width: s.x1 - s.x0, size: l.size })),
  );
  const boxes = kept.map(boxOf);
  for (const w of ocr) {
    const box = boxOf(w);
    if (!boxes.some((b) => overlaps(b, box))) kept.push(w);
  }
  return kept;
}
