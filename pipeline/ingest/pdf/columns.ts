/**
 * Two-column blocks. Offices set the header (issuer | Quốc hiệu) and the signature block (Nơi nhận |
 * signer) as borderless two-column tables, so a line-by-line read interleaves the two cells. A block is a
 * run of consecutive lines that all leave one vertical gutter free, with text on both sides of it; it is
 * read left column first, then right column. Full-width body lines cross every gutter and end a block.
 */
import { stretchedLines } from './justified.js';
import type { Line, Segment } from './lines.js';
import { readTable, tableStarts } from './table.js';

/** A vertical strip free of text, and whether text was seen on its left / right so far. */
interface Gutter {
  lo: number;
  hi: number;
  left: boolean;
  right: boolean;
}

/** A line as read: its text, geometry and whether it came out of a column block. */
export interface PlacedLine {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  inBlock: boolean;
  /** opens the right column: never a continuation of the left column's last line */
  breakBefore: boolean;
}

const MIN_GUTTER = 6;
/** A vertical step of more than this many font sizes is a blank line, not the pitch of a cell's lines. */
const BLANK_LINE = 1.75;

/** The gutters that stay free once `line` is added; each strip keeps what was seen beside it. */
function narrow(gutters: Gutter[], line: Line, lo: number, hi: number): Gutter[] {
  const out: Gutter[] = [];
  let at = lo;
  const free: [number, number][] = [];
  for (const s of line.segments) {
    if (s.x0 > at) free.push([at, s.x0]);
    at = Math.max(at, s.x1);
  }
  if (hi > at) free.push([at, hi]);
  for (const g of gutters) {
    for (const [f0, f1] of free) {
      const a = Math.max(g.lo, f0);
      const b = Math.min(g.hi, f1);
      if (b - a < MIN_GUTTER) continue;
      const left = g.left || line.segments.some((s) => s.x1 <= a);
      const right = g.right || line.segments.some((s) => s.x0 >= b);
      out.push({ lo: a, hi: b, left, right });
    }
  }
  return out;
}

/** The widest gutter with text on both sides. */
function splitting(gutters: Gutter[]): Gutter | undefined {
  let best: Gutter | undefined;
  for (const g of gutters) if (g.left && g.right && (!best || g.hi - g.lo > best.hi - best.lo)) best = g;
  return best;
}

const placed = (line: Line, segments: Segment[], inBlock: boolean, breakBefore = false): PlacedLine | undefined => {
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!first || !last) return undefined;
  const text = segments.map((s) => s.text).join(' ');
  return { text, x0: first.x0, x1: last.x1, y: line.y, size: line.size, inBlock, breakBefore };
};

function readBlock(run: Line[], gutter: Gutter): PlacedLine[] {
  const left: PlacedLine[] = [];
  const right: PlacedLine[] = [];
  for (const line of run) {
    const l = placed(
      line,
      line.segments.filter((s) => s.x1 <= gutter.lo),
      true,
    );
    const r = placed(
      line,
      line.segments.filter((s) => s.x0 >= gutter.hi),
      true,
      right.length === 0,
    );
    if (l) left.push(l);
    if (r) right.push(r);
  }
  return [...left, ...right];
}

const twoSided = (line: Line, g: Gutter): boolean =>
  line.segments.some((s) => s.x1 <= g.lo) && line.segments.some((s) => s.x0 >= g.hi);

/**
 * Where a block really ends: after its last line with text on both sides of the gutter, the left
 * column may run on alone, and a blank line there opens what is below the table ("Kính gửi:" under
 * the V/v lines of a công văn), not more of the column. Only a step down the same page counts; the
 * right column keeps what follows a gap (the signer's name under the space for the signature).
 */
function blockEnd(all: { line: Line; page: number }[], from: number, end: number, g: Gutter): number {
  let last = end - 1;
  while (last > from && !twoSided(all[last]!.line, g)) last--;
  for (let j = last + 1; j < end; j++) {
    const [a, b] = [all[j - 1]!, all[j]!];
    const blank = a.page === b.page && a.line.y - b.line.y > BLANK_LINE * Math.max(a.line.size, b.line.size);
    if (blank && b.line.segments.every((s) => s.x1 <= g.lo)) return j;
  }
  return end;
}

/** Reads one page's lines in order, column blocks left column first. */
export const readColumns = (lines: Line[]): PlacedLine[] => readPageColumns([lines])[0] ?? [];

/**
 * Reads every page's lines in order, column blocks left column first. A block may run on over a page
 * break (a signature table split by the page: "Nơi nhận:" | "CHỦ TỊCH" at the foot, the list and the
 * signer's name on the next page); its lines are then placed on the page where it began. A run only
 * crosses the break once it is a block already, so body text never joins a block on the next page.
 */
export function readPageColumns(pages: Line[][]): PlacedLine[][] {
  const all = pages.flatMap((lines, page) => lines.map((line) => ({ line, page })));
  const out: PlacedLine[][] = pages.map(() => []);
  if (all.length === 0) return out;
  const lo = Math.min(...all.map((l) => l.line.x0));
  const hi = Math.max(...all.map((l) => l.line.x1));
  const stretched = stretchedLines(all);
  const tableAt = tableStarts(pages, lo, hi);
  let i = 0;
  while (i < all.length) {
    const page = all[i]!.page;
    const into = out[page]!;
    const table = tableAt(i);
    if (table) {
      into.push(
        ...readTable(
          all.slice(i, table.end).map((l) => l.line),
          table.gutters,
        ),
      );
      i = table.end;
      continue;
    }
    // Grow a run while some gutter stays free; the block is the longest prefix split by one.
    let gutters: Gutter[] = [{ lo, hi, left: false, right: false }];
    let block: { end: number; gutter: Gutter } | undefined;
    for (let j = i; j < all.length; j++) {
      if (all[j]!.page !== page && !block) break;
      // a table below a heading is read as a table, never as the heading's column
      if (j > i && tableAt(j)) break;
      // a stretched justified line crosses every gutter, as any full body line does
      if (stretched[j]) break;
      gutters = narrow(gutters, all[j]!.line, lo, hi);
      if (gutters.length === 0) break;
      const g = splitting(gutters);
      if (g) block = { end: j + 1, gutter: g };
    }
    if (block) {
      const end = blockEnd(all, i, block.end, block.gutter);
      const run = all.slice(i, end).map((l) => l.line);
      into.push(...readBlock(run, block.gutter));
      i = end;
    } else {
      const line = all[i]!.line;
      const p = placed(line, line.segments, false);
      if (p) into.push(p);
      i++;
    }
  }
  return out;
}
