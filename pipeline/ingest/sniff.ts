import { fileTypeFromBuffer } from 'file-type';
import type { Source } from '../../output/schema.js';
import { isCompoundFile } from './doc/cfb.js';
import { compoundFormat } from './doc/ole-kind.js';
import { IngestError } from './error.js';
import { utf16Layout } from './legacy/bytes.js';

export type Format = Source['format'];

// Formats we cannot read yet get a named reason instead of a generic "unsupported".
const KNOWN_UNSUPPORTED: Record<string, string> = {
  png: 'image file: scanned pages are read (with OCR) only inside a PDF',
  jpg: 'image file: scanned pages are read (with OCR) only inside a PDF',
  tif: 'image file: scanned pages are read (with OCR) only inside a PDF',
  rtf: 'RTF is not supported',
};

/**
 * Decides the format from the bytes; the extension only separates .md from .txt. An OLE compound file
 * is a .doc when its root holds a WordDocument stream; encrypted Office files and other OLE files
 * (.xls, .ppt, .msg) are refused with a named reason.
 */
export async function sniff(bytes: Uint8Array, path: string): Promise<Format> {
  if (bytes.length === 0) throw new IngestError('empty', 'file is empty (0 bytes)');
  // A byte-order mark settles it; file-type would read FF FE as an MPEG frame.
  if (hasTextBom(bytes)) return textFormat(path);
  // The two formats we read are settled by their magic bytes; file-type walks a zip's entries to
  // name it (0.56 ms per .docx measured, more than reading it), so it only names everything else.
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, ZIP)) return 'docx';
  if (isCompoundFile(bytes)) return compoundFormat(bytes);
  const type = await fileTypeFromBuffer(bytes);
  if (type?.ext === 'pdf') return 'pdf';
  if (type?.ext === 'docx' || type?.ext === 'zip') return 'docx';
  if (type) {
    throw new IngestError('unsupported-format', KNOWN_UNSUPPORTED[type.ext] ?? `unsupported file type: ${type.mime}`);
  }
  // UTF-16 saved without a byte-order mark is full of zero bytes, yet text
  if (utf16Layout(bytes)) return textFormat(path);
  if (looksBinary(bytes)) throw new IngestError('unsupported-format', 'binary data of no known document format');
  // Word's "Save as Web Page" output keeps a .doc/.docx name in archives; read as text it would be markup
  if (HTML.test(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1'))) {
    throw new IngestError(
      'unsupported-format',
      'an HTML page (a web page saved under a document name?) is not supported',
    );
  }
  return textFormat(path);
}

const HTML = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4: .docx (a zip that is not one is refused by the reader)
const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);

const textFormat = (path: string): Format => (/\.(md|markdown)$/i.test(path) ? 'md' : 'txt');

const hasTextBom = (b: Uint8Array) =>
  (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) ||
  (b[0] === 0xff && b[1] === 0xfe) ||
  (b[0] === 0xfe && b[1] === 0xff);

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
