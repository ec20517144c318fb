import { IngestError } from '../error.js';
import { openCompoundFile } from './cfb.js';
import { readFib } from './fib.js';

// What other OLE compound files are, by a stream or storage under their root.
const OTHER_KINDS: [RegExp, string][] = [
  [/^(Workbook|Book)$/, 'Excel 97–2003 workbook (.xls)'],
  [/^PowerPoint Document$/, 'PowerPoint 97–2003 presentation (.ppt)'],
  [/^(__substg1\.0_|__properties_version1\.0$|__nameid_version1\.0$)/, 'Outlook message (.msg)'],
  [/^VisioDocument$/, 'Visio drawing (.vsd)'],
  [/^Quill$/, 'Publisher document (.pub)'],
];

/**
 * What an OLE compound file holds: a Word 97–2003 document (its root has a "WordDocument" stream) is
 * 'doc'; an encrypted .docx/.xlsx (EncryptionInfo) or .doc (FIB fEncrypted) is refused as encrypted;
 * anything else as unsupported, named.
 */
export function compoundFormat(bytes: Uint8Array): 'doc' {
  let names: Set<string>;
  let file: ReturnType<typeof openCompoundFile>;
  try {
    file = openCompoundFile(bytes);
    names = new Set(file.rootNames);
  } catch (e) {
    // A damaged container: name it by what it still shows, so the reader reports what is wrong.
    if (includesName(bytes, 'EncryptionInfo')) throw new IngestError('encrypted', 'password-protected Office document');
    if (e instanceof IngestError && includesName(bytes, 'WordDocument')) return 'doc';
    throw e;
  }
  if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) {
    throw new IngestError('encrypted', 'password-protected Office document (encrypted OOXML)');
  }
  if (names.has('WordDocument')) {
    const fib = readFib(file.stream('WordDocument') ?? new Uint8Array());
    if (typeof fib !== 'string' && fib.encrypted) throw new IngestError('encrypted', 'password-protected Word .doc');
    return 'doc';
  }
  const kind = OTHER_KINDS.find(([re]) => [...names].some((n) => re.test(n)))?.[1];
  const listed = [...names].slice(0, 6).join(', ');
  throw new IngestError(
    'unsupported-format',
    kind ? `${kind} is not supported` : `OLE compound file of no known document type (holds: ${listed || 'nothing'})`,
  );
}

function includesName(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
}
