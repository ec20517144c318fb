/** The geometry that tells a body table from prose: free strips between columns, aligned cells, even spacing. */
import type { Line, Segment } from './lines.js';

/** A strip between columns is at least this many font sizes wide (wider than a space). */
export const STRIP = 0.5;
export interface Strip {
  lo: number;
  hi: number;
}

export const piecesOf = (l: Line): Segment[] => l.pieces ?? l.segments;

/** The strips that stay free once the line's words are laid over them. */
export function narrow(strips: Strip[], line: Line, min: number): Strip[] {
  const out: Strip[] = [];
  for (const s of strips) {
    let at = s.lo;
    for (const p of piecesOf(line)) {
      if (p.x1 <= at || p.x0 >= s.hi) continue;
      if (p.x0 - at >= min) out.push({ lo: at, hi: p.x0 });
      at = Math.max(at, p.x1);
    }
    if (s.hi - at >= min) out.push({ lo: at, hi: s.hi });
  }
  return out;
}

/** Strips with words on both sides somewhere in the run: the column gutters. */
export const inner = (strips: Strip[], run: Line[]): Strip[] =>
  strips.filter(
    (s) =>
      run.some((l) => piecesOf(l).some((p) => p.x1 <= s.lo)) && run.some((l) => piecesOf(l).some((p) => p.x0 >= s.hi)),
  );

export const columnOf = (gutters: Strip[], p: Segment): number => {
  const mid = (p.x0 + p.x1) / 2;
  let k = 0;
  while (k < gutters.length && mid > gutters[k]!.lo) k++;
  return k;
};

/**
 * A justified line set word by word spreads its words evenly: the gaps at the gutters are no wider
 * than its other gaps. In a table row, words inside a cell stand a space apart, cells much further.
 */
export function evenlySpaced(line: Line, gutters: Strip[]): boolean {
  const ps = piecesOf(line);
  let atGutter = Number.POSITIVE_INFINITY;
  let inside = 0;
  const gaps: number[] = [];
  for (let i = 1; i < ps.length; i++) {
    const [a, b] = [ps[i - 1]!, ps[i]!];
    const gap = b.x0 - a.x1;
    gaps.push(gap);
    if (gutters.some((g) => a.x1 <= g.lo + 0.5 && b.x0 >= g.hi - 0.5)) atGutter = Math.min(atGutter, gap);
    else inside = Math.max(inside, gap);
  }
  // words spread over the whole line before a typed break: every gap the same, however wide
  const min = Math.min(...gaps);
  if (gaps.length >= 3 && min >= STRIP * line.size && Math.max(...gaps) - min <= 1) return true;
  return atGutter !== Number.POSITIVE_INFINITY && inside >= 0.6 * atGutter;
}

const ALIGN = 1.5;
const meets = (xs: number[]): boolean => xs.some((x, i) => xs.some((y, j) => j !== i && Math.abs(x - y) <= ALIGN));

/** Cells of a column share an edge or a centre (left-aligned, centred, right-aligned): words of prose do not. */
export function aligned(run: Line[], gutters: Strip[]): boolean {
  for (let k = 0; k <= gutters.length; k++) {
    const cells: [number, number][] = [];
    for (const l of run) {
      const ps = piecesOf(l).filter((p) => columnOf(gutters, p) === k);
      if (ps.length > 0) cells.push([ps[0]!.x0, ps.at(-1)!.x1]);
    }
    if (cells.length < 2) continue;
    if (!meets(cells.map((c) => c[0])) && !meets(cells.map((c) => c[1])) && !meets(cells.map((c) => (c[0] + c[1]) / 2)))
      return false;
  }
  return true;
}

export const filled = (gutters: Strip[], line: Line): number =>
  new Set(piecesOf(line).map((p) => columnOf(gutters, p))).size;
