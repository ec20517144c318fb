import { fileTypeFromBuffer } from 'file-type';
import type { Source } from '../../output/schema.js';
import { IngestError } from './error.js';

export type Format = Source['format'];

// Formats we cannot read yet get a named reason instead of a generic "unsupported".
const KNOWN_UNSUPPORTED: Record<string, string> = {
  cfb: 'legacy Word .doc or an encrypted Office file (OLE compound file) is not supported yet',
  png: 'image file: scanned documents need OCR, which is not enabled',
  jpg: 'image file: scanned documents need OCR, which is not enabled',
  tif: 'image file: scanned documents need OCR, which is not enabled',
  rtf: 'RTF is not supported',
};

/** Decides the format from the bytes; the extension only separates .md from .txt. */
export async function sniff(bytes: Uint8Array, path: string): Promise<Format> {
  if (bytes.length === 0) throw new IngestError('empty', 'file is empty (0 bytes)');
  // A byte-order mark settles it; file-type would read FF FE as an MPEG frame.
  if (hasTextBom(bytes)) return textFormat(path);
  // The two formats we read are settled by their magic bytes; file-type walks a zip's entries to
  // name it (0.56 ms per .docx measured, more than reading it), so it only names everything else.
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, ZIP)) return 'docx';
  const type = await fileTypeFromBuffer(bytes);
  if (type?.ext === 'pdf') return 'pdf';
  if (type?.ext === 'docx' || type?.ext === 'zip') return 'docx';
  if (type?.ext === 'cfb' && isEncryptedOffice(bytes)) {
    throw new IngestError('encrypted', 'password-protected Office document');
  }
  if (type) {
    throw new IngestError('unsupported-format', KNOWN_UNSUPPORTED[type.ext] ?? `unsupported file type: ${type.mime}`);
  }
  if (looksBinary(bytes)) throw new IngestError('unsupported-format', 'binary data of no known document format');
  return textFormat(path);
}

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4: .docx (a zip that is not one is refused by the reader)
const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);

const textFormat = (path: string): Format => (/\.(md|markdown)$/i.test(path) ? 'md' : 'txt');

const hasTextBom = (b: Uint8Array) =>
  (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) ||
  (b[0] === 0xff && b[1] === 0xfe) ||
  (b[0] === 0xfe && b[1] === 0xff);

// Encrypted OOXML is stored inside an OLE container with an "EncryptionInfo" stream (UTF-16 name).
function isEncryptedOffice(bytes: Uint8Array): boolean {
  const needle = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1 << 20)).includes(needle);
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 2048);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / n > 0.05;
}
