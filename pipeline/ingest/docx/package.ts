import { IngestError } from '../error.js';
import { relationshipTargets, relsPathOf } from './rels.js';
import { type Budget, inflateEntry, readZipDirectory } from './zip.js';

/** The parts of a Word package the reader uses, already inflated. */
export interface WordPackage {
  document: Uint8Array;
  documentPath: string;
  numbering?: Uint8Array;
  styles?: Uint8Array;
}

const CONVENTIONAL_DOCUMENT = 'word/document.xml';
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// "EncryptionInfo" as UTF-16LE: the stream Office puts in a password-protected package
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** Password-protected .docx and legacy .doc are both OLE compound files, not zips. */
function rejectCompoundFile(bytes: Uint8Array): void {
  if (!CFB_MAGIC.every((b, i) => bytes[i] === b)) return;
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTION_INFO)) {
    throw new IngestError('encrypted', 'the Word document is password-protected');
  }
  throw new IngestError('unsupported-format', 'OLE compound file (legacy .doc?), not a .docx package');
}

/**
 * Opens the zip and inflates only the main document, its numbering and styles.
 * The usual layout is taken as is; otherwise part names come from the
 * relationships (some producers write "word/document2.xml").
 */
export function openWordPackage(bytes: Uint8Array, maxUnzippedBytes: number): WordPackage {
  rejectCompoundFile(bytes);
  const directory = readZipDirectory(bytes);
  const budget: Budget = { remaining: maxUnzippedBytes, cap: maxUnzippedBytes };
  const read = (path: string): Uint8Array | undefined => {
    const entry = directory.get(path);
    return entry && inflateEntry(bytes, entry, budget);
  };
  const targetsOf = (part: string, source: string) => {
    const rels = read(part);
    return rels ? relationshipTargets(rels, source) : new Map<string, string>();
  };

  const conventional = directory.has(CONVENTIONAL_DOCUMENT);
  const documentPath = conventional
    ? CONVENTIONAL_DOCUMENT
    : (targetsOf('_rels/.rels', '').get('officeDocument') ?? CONVENTIONAL_DOCUMENT);
  const document = read(documentPath);
  if (!document) throw new IngestError('unsupported-format', 'zip archive is not a Word document');
  const targets = conventional ? new Map<string, string>() : targetsOf(relsPathOf(documentPath), documentPath);
  const folder = documentPath.slice(0, documentPath.lastIndexOf('/') + 1);
  return {
    document,
    documentPath: directory.get(documentPath)?.name ?? documentPath,
    numbering: read(targets.get('numbering') ?? `${folder}numbering.xml`),
    styles: read(targets.get('styles') ?? `${folder}styles.xml`),
  };
}
