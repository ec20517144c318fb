/** Pages of lines → the document's text: furniture dropped, columns read in order, wrapped lines rejoined. */
import { dropPageFurniture } from './cleanup.js';
import { type PlacedLine, readPageColumns } from './columns.js';
import { type Line, lineText } from './lines.js';
import { placeStamps } from './stamp-lines.js';
import { mostCommon } from './stats.js';
import { unwrap, type VisualLine } from './unwrap.js';

/** Extra vertical space (in font sizes, beyond the usual line pitch) that marks a paragraph break. */
const PARAGRAPH_SPACE = 0.25;
/** A line ending this close to the right edge (fraction of the column width) was wrapped by the layout. */
const RAGGED_EDGE = 0.12;

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Line pitch in font sizes between consecutive body lines. */
const pitchOf = (a: PlacedLine, b: PlacedLine): number => (a.y - b.y) / Math.max(a.size, b.size);

function visualLines(pages: PlacedLine[][]): VisualLine[] {
  const body = pages.flat().filter((l) => !l.inBlock);
  const left = mostCommon(body.map((l) => Math.round(l.x0))) ?? 0;
  const right = Math.max(0, ...body.map((l) => l.x1));
  const slack = RAGGED_EDGE * Math.max(right - left, 1);
  const pitches: number[] = [];
  for (const page of pages) {
    for (let i = 1; i < page.length; i++) {
      const [a, b] = [page[i - 1] as PlacedLine, page[i] as PlacedLine];
      if (!a.inBlock && !b.inBlock && a.y > b.y) pitches.push(pitchOf(a, b));
    }
  }
  const pitch = median(pitches) ?? 1.2;
  const out: VisualLine[] = [];
  for (const page of pages) {
    page.forEach((l, i) => {
      const above = page[i - 1];
      out.push({
        text: l.text,
        full: l.x1 >= right - Math.max(slack, 3 * l.size) && l.x0 <= left + slack,
        indented: l.x0 > left + 0.6 * l.size,
        spaced: above !== undefined && above.y > l.y && pitchOf(above, l) > pitch + PARAGRAPH_SPACE,
        inBlock: l.inBlock,
        breakBefore: l.breakBefore,
        x0: l.x0,
        size: l.size,
        step: above !== undefined && above.y > l.y ? above.y - l.y : undefined,
      });
    });
  }
  return out;
}

/** The text of a document given each page's lines, top to bottom. */
export function layoutText(pages: Line[][]): string {
  const stamps = pages.map((p) => p.filter((l) => l.stamp));
  const rest = pages.map((p) => p.filter((l) => !l.stamp));
  const placed = readPageColumns(dropPageFurniture(rest, lineText));
  placeStamps(placed, stamps, rest);
  return unwrap(visualLines(placed)).join('\n');
}
