/** Styled text cut into words, and greedy line filling the way a word processor breaks lines. */
import { type Run, runsIn, type StyledText } from '../fixtures/emphasis.js';

export interface Piece {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** A unit a line may break after: a word, or the part of a code up to its hyphen ("34-" of "34-CT/TW"). */
export interface Chunk {
  pieces: Piece[];
  /** a space stands before it (false for the rest of a code broken at its hyphen) */
  spaced: boolean;
}

export type Measure = (p: Piece) => number;

export const chunkWidth = (c: Chunk, measure: Measure): number => c.pieces.reduce((w, p) => w + measure(p), 0);

/** Runs → chunks; a word processor may break a line after a hyphen inside a word ("NĐ-" / "CP"). */
export function chunksOf(runs: Run[], force?: { bold?: boolean; italic?: boolean }): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk | undefined;
  let spaced = true;
  for (const run of runs) {
    const style = { bold: force?.bold || run.bold, italic: force?.italic || run.italic };
    for (const part of run.text.split(/( )/)) {
      if (part === ' ') {
        current = undefined;
        spaced = true;
        continue;
      }
      if (part === '') continue;
      // break opportunities after inner hyphens: "98/2023/NĐ-" | "CP"
      const bits = part.split(/(?<=[^\s-]-)(?=[^\s-])/u);
      bits.forEach((bit, i) => {
        if (i > 0) current = undefined;
        if (!current) {
          current = { pieces: [], spaced: i === 0 ? spaced : false };
          chunks.push(current);
          spaced = false;
        }
        current.pieces.push({ text: bit, ...style });
      });
    }
  }
  return chunks;
}

/** Styled chunks of one paragraph (lines of the source joined). */
export const paragraphChunks = (
  styled: StyledText,
  lines: { start: number; end: number }[],
  force?: { bold?: boolean; italic?: boolean },
): Chunk[] =>
  lines.flatMap((l, i) => {
    const cs = chunksOf(runsIn(styled, l.start, l.end), force);
    if (i > 0 && cs[0]) cs[0].spaced = true;
    return cs;
  });

/** Greedy line filling: as many chunks as fit in `width`. */
export function fillLines(chunks: Chunk[], width: number, measure: Measure, space: number, first = width): Chunk[][] {
  const lines: Chunk[][] = [];
  let line: Chunk[] = [];
  let used = 0;
  for (const c of chunks) {
    const w = chunkWidth(c, measure) + (line.length > 0 && c.spaced ? space : 0);
    const room = lines.length === 0 ? first : width;
    if (line.length > 0 && used + w > room) {
      lines.push(line);
      line = [];
      used = 0;
    }
    used += line.length === 0 ? chunkWidth(c, measure) : w;
    line.push(c);
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** Chunks of a line given as text (a forced break), all plain. */
export const plainChunks = (text: string): Chunk[] => chunksOf([{ text, bold: false, italic: false }]);
