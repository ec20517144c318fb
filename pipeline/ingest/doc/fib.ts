/**
 * The File Information Block at the start of the WordDocument stream ([MS-DOC] 2.5.1): where each
 * table-stream structure lies and how long each text story is.
 */
export interface Fib {
  nFib: number;
  encrypted: boolean;
  /** the table stream is "1Table" (else "0Table") */
  table1: boolean;
  /** characters in each story, in CP order: main text, footnotes, headers, (macro), comments, endnotes, text boxes, header text boxes */
  ccp: { text: number; ftn: number; hdd: number; atn: number; edn: number; txbx: number; hdrTxbx: number };
  /** offset and size in the table stream of FibRgFcLcb entry `index` */
  fcLcb(index: number): { fc: number; lcb: number };
}

/** Indices in FibRgFcLcb97 of the structures read here. */
export const FC = {
  stshf: 1,
  plcfBteChpx: 12,
  plcfBtePapx: 13,
  sttbfFfn: 15,
  plcSpaMom: 40,
  plcftxbxTxt: 56,
  plfLst: 73,
  plfLfo: 74,
} as const;

const WORD_MAGIC = 0xa5ec;
/** Word 97 and later; Word 6.0/95 files (nFib 101–105) have another FIB and piece layout. */
export const WORD97_NFIB = 0xc0;

export function readFib(word: Uint8Array): Fib | string {
  if (word.length < 0x200) return 'WordDocument stream is shorter than its FIB';
  const v = new DataView(word.buffer, word.byteOffset, word.byteLength);
  if (v.getUint16(0, true) !== WORD_MAGIC) return 'WordDocument stream does not start with a Word FIB';
  const flags = v.getUint16(0x0a, true);
  const csw = v.getUint16(0x20, true);
  const rgLw = 0x22 + 2 * csw + 2;
  const cslw = v.getUint16(rgLw - 2, true);
  const rgFcLcb = rgLw + 4 * cslw + 2;
  const lw = (i: number) => v.getInt32(rgLw + 4 * i, true);
  return {
    nFib: v.getUint16(2, true),
    // fEncrypted (fObfuscated only says which kind: XOR obfuscation is a password too)
    encrypted: (flags & 0x0100) !== 0,
    table1: (flags & 0x0200) !== 0,
    ccp: { text: lw(3), ftn: lw(4), hdd: lw(5), atn: lw(7), edn: lw(8), txbx: lw(9), hdrTxbx: lw(10) },
    fcLcb: (index) => {
      const at = rgFcLcb + 8 * index;
      if (at + 8 > word.length) return { fc: 0, lcb: 0 };
      return { fc: v.getUint32(at, true), lcb: v.getUint32(at + 4, true) };
    },
  };
}
