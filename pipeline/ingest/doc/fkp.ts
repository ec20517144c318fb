import { FC } from './fib.js';
import { u8, u16, u32 } from './sprm.js';
import type { WordBinary } from './word-binary.js';

/** Properties of a range of main-document characters: the SPRMs at `bytes[from, to)`. */
export interface PropertyRun {
  cpStart: number;
  cpEnd: number;
  bytes: Uint8Array;
  from: number;
  to: number;
  /** paragraph runs only: the paragraph style */
  istd: number;
}

const PAGE = 512;

/**
 * Reads the formatted disk pages (FKPs, [MS-DOC] 2.9.73 and 2.9.195) of paragraph or character
 * properties. They are keyed by file offsets; the piece table turns those into character positions.
 */
export function readPropertyRuns(bin: WordBinary, kind: 'paragraph' | 'character'): PropertyRun[] {
  const { fc, lcb } = bin.fib.fcLcb(kind === 'paragraph' ? FC.plcfBtePapx : FC.plcfBteChpx);
  const count = Math.floor((lcb - 4) / 8);
  if (count <= 0 || fc + lcb > bin.table.length) return [];
  const runs: PropertyRun[] = [];
  for (let i = 0; i < count; i++) {
    const pn = u32(bin.table, fc + 4 * (count + 1) + 4 * i) & 0x3fffff;
    const page = bin.word.subarray(pn * PAGE, pn * PAGE + PAGE);
    if (page.length < PAGE) continue;
    const crun = u8(page, PAGE - 1);
    for (let j = 0; j < crun; j++) {
      const span = grpprlOf(page, crun, j, kind);
      if (!span) continue;
      for (const [cpStart, cpEnd] of toCp(bin, u32(page, 4 * j), u32(page, 4 * j + 4))) {
        runs.push({ cpStart, cpEnd, bytes: page, ...span });
      }
    }
  }
  return runs.sort((a, b) => a.cpStart - b.cpStart);
}

function grpprlOf(page: Uint8Array, crun: number, j: number, kind: 'paragraph' | 'character') {
  const table = 4 * (crun + 1);
  if (kind === 'character') {
    const at = 2 * u8(page, table + j);
    // offset 0: the run has default character properties
    return at === 0
      ? { from: 0, to: 0, istd: 0 }
      : { from: at + 1, to: Math.min(at + 1 + u8(page, at), PAGE), istd: 0 };
  }
  const at = 2 * u8(page, table + 13 * j);
  if (at === 0) return undefined;
  const cb = u8(page, at);
  // PapxInFkp: cb words minus one byte, or (cb = 0) a second byte counting whole words
  const start = cb === 0 ? at + 2 : at + 1;
  const size = cb === 0 ? 2 * u8(page, at + 1) : 2 * cb - 1;
  return { from: start + 2, to: Math.min(start + size, PAGE), istd: u16(page, start) };
}

/** Character positions of file range [fcStart, fcEnd), one range per piece it falls in. */
function toCp(bin: WordBinary, fcStart: number, fcEnd: number): [number, number][] {
  const out: [number, number][] = [];
  for (const p of bin.pieces) {
    const pieceEnd = p.startFilePos + p.length * p.bpc;
    const a = Math.max(fcStart, p.startFilePos);
    const b = Math.min(fcEnd, pieceEnd);
    if (a < b)
      out.push([
        p.startCp + Math.floor((a - p.startFilePos) / p.bpc),
        p.startCp + Math.ceil((b - p.startFilePos) / p.bpc),
      ]);
  }
  return out;
}

/** The run holding `cp` (runs sorted by start), by binary search. */
export function runAt<T extends { cpStart: number; cpEnd: number }>(runs: T[], cp: number): T | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid]!;
    if (cp < r.cpStart) hi = mid - 1;
    else if (cp >= r.cpEnd) lo = mid + 1;
    else return r;
  }
  return undefined;
}
