/**
 * Tables in the body (a schedule: STT | Nội dung | Thời hạn | Cơ quan chủ trì). Their cells wrap over
 * several lines, and a cell's text may come closer to the next cell than a column gutter would, so the
 * two-column reading (left column, then right) does not fit: a table is read row by row, each cell as
 * one line, as a word processor's table is. A table is a run of lines that leaves at least two
 * vertical strips free of any word, with words on both sides, and that has text in three or more
 * columns on at least two lines.
 */
import type { PlacedLine } from './columns.js';
import type { Line } from './lines.js';
import { aligned, columnOf, evenlySpaced, filled, inner, narrow, piecesOf, STRIP, type Strip } from './table-shape.js';

const MIN_COLUMNS = 3;
const MIN_FULL_ROWS = 2;
/** A step down of more than this many font sizes starts a new row (cell padding and rules). */
const ROW_STEP = 1.45;

export interface TableRun {
  end: number;
  gutters: Strip[];
}

/** The table starting at lines[from], if one does. */
export function findTable(lines: Line[], from: number, lo: number, hi: number): TableRun | undefined {
  let strips: Strip[] = [{ lo, hi }];
  let found: TableRun | undefined;
  const size = lines[from]!.size;
  for (let j = from; j < lines.length; j++) {
    const line = lines[j]!;
    // a table is set in one size: a heading under it, in the body's, is no row of it
    if (Math.abs(line.size - size) > 0.12 * size) break;
    strips = narrow(strips, line, STRIP * line.size);
    const run = lines.slice(from, j + 1);
    const gutters = inner(strips, run);
    if (gutters.length < MIN_COLUMNS - 1 || run.some((l) => evenlySpaced(l, gutters))) break;
    if (run.filter((l) => filled(gutters, l) >= MIN_COLUMNS).length >= MIN_FULL_ROWS && aligned(run, gutters)) {
      found = { end: j + 1, gutters };
    }
  }
  // a table starts with a row of its own: its first line has text in every column it has
  return found && filled(found.gutters, lines[from]!) >= MIN_COLUMNS ? found : undefined;
}

const joinCell = (a: string, b: string): string => (/\S-$/.test(a) ? a + b : `${a} ${b}`);

/** The table's lines read row by row, one line per non-empty cell. */
export function readTable(lines: Line[], gutters: Strip[]): PlacedLine[] {
  const out: PlacedLine[] = [];
  let row: Line[] = [];
  const flush = () => {
    const columns = gutters.length + 1;
    for (let k = 0; k < columns; k++) {
      let text = '';
      let first: Line | undefined;
      let x0 = Number.POSITIVE_INFINITY;
      let x1 = 0;
      for (const l of row) {
        const ps = piecesOf(l).filter((p) => columnOf(gutters, p) === k);
        if (ps.length === 0) continue;
        first ??= l;
        x0 = Math.min(x0, ps[0]!.x0);
        x1 = Math.max(x1, ps.at(-1)!.x1);
        const t = ps.map((p) => p.text).join(' ');
        text = text ? joinCell(text, t) : t;
      }
      if (first) out.push({ text, x0, x1, y: first.y, size: first.size, inBlock: true, breakBefore: true });
    }
    row = [];
  };
  lines.forEach((l, i) => {
    const prev = lines[i - 1];
    const opens = piecesOf(l).some((p) => columnOf(gutters, p) === 0);
    if (prev && (opens || prev.y - l.y > ROW_STEP * Math.max(l.size, prev.size))) flush();
    row.push(l);
  });
  flush();
  return out;
}

/** Where a body table starts (by index into the pages' lines, flattened), found once per line. */
export function tableStarts(pages: Line[][], lo: number, hi: number): (j: number) => TableRun | undefined {
  const starts: number[] = [];
  let n = 0;
  for (const p of pages) {
    starts.push(n);
    n += p.length;
  }
  const pageOf: number[] = pages.flatMap((p, k) => p.map(() => k));
  const memo = new Map<number, TableRun | null>();
  return (j) => {
    if (!memo.has(j)) {
      const k = pageOf[j]!;
      const t = findTable(pages[k]!, j - starts[k]!, lo, hi);
      memo.set(j, t ? { end: t.end + starts[k]!, gutters: t.gutters } : null);
    }
    return memo.get(j) ?? undefined;
  };
}
