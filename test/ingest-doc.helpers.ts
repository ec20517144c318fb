// Damaged and disguised variants of a real .doc, made by patching its bytes.

export { facts } from './facts.js';

const utf16 = (s: string) => Buffer.from(s, 'utf16le');

/**
 * The compound file with its root entry `from` renamed `to` (≤ 31 characters): a .doc whose
 * WordDocument stream is called "Workbook" is, to a reader, an .xls.
 */
export function renameStream(doc: Uint8Array, from: string, to: string): Uint8Array {
  const out = Buffer.from(doc);
  const at = out.indexOf(Buffer.concat([utf16(from), Buffer.alloc(2)]));
  if (at < 0 || out.readUInt16LE(at + 64) !== 2 * (from.length + 1)) throw new Error(`no directory entry ${from}`);
  out.fill(0, at, at + 64);
  utf16(to).copy(out, at);
  out.writeUInt16LE(2 * (to.length + 1), at + 64);
  return new Uint8Array(out);
}

/** Offset of the FIB: the WordDocument stream starts on a sector with the Word magic 0xA5EC. */
function fibOffset(doc: Buffer): number {
  for (let at = 512; at + 512 <= doc.length; at += 512) {
    if (doc.readUInt16LE(at) === 0xa5ec && doc.readUInt16LE(at + 2) >= 0x65) return at;
  }
  throw new Error('no FIB found');
}

/** The .doc with its FIB flags word OR-ed with `mask` (0x0100 = fEncrypted). */
export function setFibFlags(doc: Uint8Array, mask: number): Uint8Array {
  const out = Buffer.from(doc);
  const fib = fibOffset(out);
  out.writeUInt16LE(out.readUInt16LE(fib + 0x0a) | mask, fib + 0x0a);
  return new Uint8Array(out);
}

/** The .doc claiming another FIB version (nFib 101 = Word 6.0/95). */
export function setNFib(doc: Uint8Array, nFib: number): Uint8Array {
  const out = Buffer.from(doc);
  out.writeUInt16LE(nFib, fibOffset(out) + 2);
  return new Uint8Array(out);
}

/** The .doc with its FIB's magic number wiped. */
export function wipeFibMagic(doc: Uint8Array): Uint8Array {
  const out = Buffer.from(doc);
  out.writeUInt16LE(0, fibOffset(out));
  return new Uint8Array(out);
}
