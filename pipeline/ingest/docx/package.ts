import { isCompoundFile } from '../doc/cfb.js';
import { compoundFormat } from '../doc/ole-kind.js';
import { IngestError } from '../error.js';
import { otherOfficeKind } from './package-kind.js';
import { pageCount } from './page-count.js';
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
const CONVENTIONAL_APP = 'docprops/app.xml';
/**
 * Password-protected .docx and legacy .doc are OLE compound files, not zips: the OLE reader names
 * which (encrypted, another Office file); a .doc handed to the .docx reader is refused as such.
 */
function rejectCompoundFile(bytes: Uint8Array): void {
  if (!isCompoundFile(bytes)) return;
  compoundFormat(bytes);
  throw new IngestError('unsupported-format', 'a legacy Word .doc, not a .docx package');
}

/**
 * Office never writes a DTD into a package part (OPC forbids them). Our XML reader expands no
 * entities, so a "billion laughs" cannot blow up, but it would leave "&lol9;" in the text: the part
 * is refused instead. Only the prolog is looked at (a DTD must come before the root element);
 * UTF-16 parts are not looked at (the reader ignores their DTD all the same).
 */
function refuseDtd(part: string, bytes: Uint8Array): void {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isAt = (i: number, marker: string) => b.toString('latin1', i, i + marker.length) === marker;
  const after = (from: number, marker: string): number => {
    const end = b.indexOf(marker, from);
    return end < 0 ? -1 : b.indexOf('<', end + marker.length);
  };
  for (let at = b.indexOf('<'); at >= 0; ) {
    if (isAt(at, '<!DOCTYPE')) {
      throw new IngestError(
        'corrupt',
        `${part} declares a DTD (<!DOCTYPE>), which Office files never contain: refused, its entities are not expanded`,
      );
    }
    if (b[at + 1] === 0x3f /* <? */) at = after(at, '?>');
    else if (isAt(at, '<!--')) at = after(at, '-->');
    else return; // the root element
  }
}

/**
 * Opens the zip and inflates only the main document, its numbering and styles.
 * The usual layout is taken as is; otherwise part names come from the
 * relationships (some producers write "word/document2.xml"). A document of more
 * than `maxPages` pages (page-count.ts) is refused before its body is read.
 */
export function openWordPackage(
  bytes: Uint8Array,
  maxUnzippedBytes: number,
  maxPages = Number.POSITIVE_INFINITY,
): WordPackage {
  rejectCompoundFile(bytes);
  const directory = readZipDirectory(bytes);
  const budget: Budget = { remaining: maxUnzippedBytes, cap: maxUnzippedBytes };
  const read = (path: string): Uint8Array | undefined => {
    const entry = directory.get(path);
    if (!entry) return undefined;
    const part = inflateEntry(bytes, entry, budget);
    if (/\.(xml|rels)$/.test(path)) refuseDtd(entry.name, part);
    return part;
  };
  const targetsOf = (part: string, source: string) => {
    const rels = read(part);
    return rels ? relationshipTargets(rels, source) : new Map<string, string>();
  };
  let packageTargets: Map<string, string> | undefined;
  const packageTarget = (kind: string) => {
    packageTargets ??= targetsOf('_rels/.rels', '');
    return packageTargets.get(kind);
  };

  const conventional = directory.has(CONVENTIONAL_DOCUMENT);
  const documentPath = conventional ? CONVENTIONAL_DOCUMENT : packageTarget('officeDocument');
  const other = conventional ? undefined : otherOfficeKind(directory, read, documentPath);
  if (other) throw new IngestError('unsupported-format', `the zip archive is ${other}, not a Word document`);
  const document = documentPath === undefined ? undefined : read(documentPath);
  if (!document || documentPath === undefined) {
    throw new IngestError('unsupported-format', 'zip archive is not a Word document');
  }
  if (Number.isFinite(maxPages)) {
    const app = read(directory.has(CONVENTIONAL_APP) ? CONVENTIONAL_APP : (packageTarget('extended-properties') ?? ''));
    const { pages, how } = pageCount(app, document);
    if (pages > maxPages) {
      throw new IngestError('too-large', `the document has ${pages} pages (${how}), over the ${maxPages}-page limit`);
    }
  }
  const targets = conventional ? new Map<string, string>() : targetsOf(relsPathOf(documentPath), documentPath);
  const folder = documentPath.slice(0, documentPath.lastIndexOf('/') + 1);
  return {
    document,
    documentPath: directory.get(documentPath)?.name ?? documentPath,
    numbering: read(targets.get('numbering') ?? `${folder}numbering.xml`),
    styles: read(targets.get('styles') ?? `${folder}styles.xml`),
  };
}
