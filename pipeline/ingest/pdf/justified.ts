/**
 * Stretched justified lines. A line break typed inside a justified paragraph (Shift+Enter in Word,
 * kept by LibreOffice) makes the line before it justified too: its few words are spread over the whole
 * column, "Gia                                   Lai". Its one wide gap looks like the gutter of a two-column
 * table, so it must not open or join a column block; it is a body line continuing its paragraph.
 */
import type { Line } from './lines.js';
import { mostCommon } from './stats.js';

/** How far (in font sizes) an edge may sit from the column's edge and still be flush with it. */
const FLUSH = 0.15;
/** A step down of at most this many font sizes keeps a line in the paragraph above it. */
const SAME_PARAGRAPH = 1.5;
/** A paragraph's first-line indent is at most this many font sizes (1–1.27 cm at 13–14 pt). */
const INDENT = 3;

/**
 * Which lines (in reading order, with their page) are stretched justified lines: split by a wide gap,
 * flush with both edges of the body column, right under a full single-cell line of the same paragraph.
 * A table row is none of these at once: its cells are centred, or it does not follow a full body line.
 */
export function stretchedLines(all: readonly { line: Line; page: number }[]): boolean[] {
  let edges: { left?: number; right?: number; width: number } | undefined;
  // the column's edges are only needed once a line could be stretched (most pages have none)
  const columnEdges = () => {
    const body = all.filter(({ line }) => line.segments.length === 1).map(({ line }) => line);
    edges ??= {
      left: mostCommon(body.map((l) => Math.round(l.x0))),
      right: mostCommon(body.map((l) => Math.round(l.x1))),
      width: Math.max(...all.map(({ line }) => line.x1)) - Math.min(...all.map(({ line }) => line.x0)),
    };
    return edges;
  };
  const near = (x: number, edge: number | undefined, l: Line): boolean =>
    edge !== undefined && Math.abs(x - edge) <= Math.max(1, FLUSH * l.size);
  return all.map(({ line, page }, i) => {
    // An unbroken line from the margin (or a first-line indent) to the right edge is body text too: the
    // indent beside a short line above it ("Hội" over an indented paragraph) is no gutter.
    if (line.segments.length === 1) {
      const { left, right, width } = columnEdges();
      const wide = line.x1 - line.x0 >= width / 2;
      return wide && left !== undefined && line.x0 - left <= INDENT * line.size && near(line.x1, right, line);
    }
    const above = all[i - 1];
    if (line.segments.length < 2 || !above || above.page !== page || above.line.segments.length !== 1) return false;
    const a = above.line;
    const step = a.y - line.y;
    if (step <= 0 || step > SAME_PARAGRAPH * Math.max(a.size, line.size)) return false;
    const { left, right } = columnEdges();
    return near(line.x0, left, line) && near(line.x1, right, line) && near(a.x1, right, a);
  });
}
