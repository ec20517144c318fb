import type { PlacedText } from './lines.js';

/** The font size most of a page's characters are set in (the body's), or 0 for a page without text. */
export function bodySize(items: PlacedText[]): number {
  const chars = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const it of items) {
    const size = Math.round(it.size * 2) / 2;
    const n = (chars.get(size) ?? 0) + it.str.length;
    chars.set(size, n);
    if (n > bestCount) {
      best = size;
      bestCount = n;
    }
  }
  return best;
}
