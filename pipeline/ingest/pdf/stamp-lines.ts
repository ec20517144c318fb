/**
 * Where a stamp's lines go in the text. The office's stamp at the top of page 1 opens the text, as it
 * opens the page; every other stamp (the signer's beside the signature, a stamp repeated on each page)
 * goes after the last page, so no stamp lands inside a sentence that runs across a page break. A stamp
 * repeated word for word on later pages is kept once.
 */
import type { PlacedLine } from './columns.js';
import { type Line, lineText } from './lines.js';

/** A vertical step of more than this many font sizes separates two stamps on one page. */
const APART = 3;

function blocks(lines: Line[]): Line[][] {
  const out: Line[][] = [];
  for (const l of lines) {
    const block = out.at(-1);
    const last = block?.at(-1);
    if (block && last && last.y - l.y <= APART * Math.max(last.size, l.size)) block.push(l);
    else out.push([l]);
  }
  return out;
}

const asPlaced = (lines: Line[]): PlacedLine[] =>
  lines.map((l, i) => ({
    text: lineText(l),
    x0: l.x0,
    x1: l.x1,
    y: l.y,
    size: l.size,
    inBlock: true,
    breakBefore: i === 0,
  }));

/** Puts each page's stamp lines into the read pages (in place); `pages` are the pages' other lines. */
export function placeStamps(placed: PlacedLine[][], stamps: Line[][], pages: Line[][]): void {
  const seen = new Set<string>();
  const tail: PlacedLine[] = [];
  stamps.forEach((lines, n) => {
    const ys = (pages[n] ?? []).map((l) => l.y);
    const middle = ys.length ? (Math.max(...ys) + Math.min(...ys)) / 2 : 0;
    for (const block of blocks(lines)) {
      const key = block.map(lineText).join('\n');
      if (seen.has(key)) continue;
      seen.add(key);
      if (n === 0 && block[0]!.y > middle && placed[0]) {
        const first = placed[0].find((l) => !l.breakBefore);
        if (first) first.breakBefore = true;
        placed[0].unshift(...asPlaced(block));
      } else tail.push(...asPlaced(block));
    }
  });
  placed.at(-1)?.push(...tail);
}
