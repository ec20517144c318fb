import { FC } from './fib.js';
import { u8, u16 } from './sprm.js';
import type { WordBinary } from './word-binary.js';

/** FFN bytes before the font's name: flags, weight, charset, alt-name index, PANOSE, signature. */
const FFN_NAME = 39;

/**
 * Font names by index (the SttbfFfn table, [MS-DOC] 2.9.271). Character runs name their font by index;
 * the name is what tells a TCVN3 (.VnTime) or VNI run from a Unicode one.
 */
export function readFontNames(bin: WordBinary): string[] {
  const { fc, lcb } = bin.fib.fcLcb(FC.sttbfFfn);
  const t = bin.table;
  if (lcb < 4 || fc + lcb > t.length) return [];
  const count = u16(t, fc);
  const names: string[] = [];
  for (let at = fc + 4, i = 0; i < count && at < fc + lcb; i++) {
    const size = u8(t, at);
    const name = t.subarray(at + 1 + FFN_NAME, Math.min(at + 1 + size, fc + lcb));
    const text = Buffer.from(name.buffer, name.byteOffset, name.byteLength - (name.byteLength % 2)).toString('utf16le');
    names.push(text.split('\0')[0] ?? '');
    at += 1 + size;
  }
  return names;
}

/**
 * The document's default fonts (Stshi.rgftcStandardChpStsh, [MS-DOC] 2.9.271): what a run without a
 * font of its own, in a style without one, is set in.
 */
export function readDefaultFont(bin: WordBinary): number | undefined {
  const { fc, lcb } = bin.fib.fcLcb(FC.stshf);
  // cbStshi (2), then cstd, cbSTDBaseInFile, flags, stiMaxWhenSaved, istdMaxFixedWhenSaved, nVerBuiltInNames (2 each)
  if (lcb < 2 + 12 + 2 || fc + lcb > bin.table.length) return undefined;
  return u16(bin.table, fc + 2 + 12);
}
