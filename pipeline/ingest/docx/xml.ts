import { IngestError } from '../error.js';
import { type CharData, decodeEntities, ENTITIES_ONLY, scanXml, type TagAttributes } from './xml-scan.js';

const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main', // Strict OOXML
]);
const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Attribute access by WordprocessingML local name, whatever prefix the part chose. */
export interface Attributes {
  get(local: string): string | undefined;
}

/**
 * Receives WordprocessingML elements by local name ("p", "t", "numPr");
 * elements of other namespaces arrive as "" so they still nest correctly.
 */
export interface WordVisitor {
  open(name: string, attrs: Attributes): void;
  close(name: string): void;
  text(text: string): void;
}

const HIGH_BYTE = /[\x80-\xff]/;
const utf8FromLatin1 = (s: string): string => (HIGH_BYTE.test(s) ? Buffer.from(s, 'latin1').toString('utf8') : s);

/**
 * A part as a string to scan, and how to turn its raw character data into text.
 * UTF-8 parts are read byte-for-byte (latin1) and only text and attribute values
 * are decoded: markup is ASCII and ten times the size of the text in Word files,
 * and the one-byte string also scans faster.
 */
export function decodePart(bytes: Uint8Array): { xml: string; decode: CharData } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { xml: new TextDecoder('utf-16le').decode(bytes), decode: ENTITIES_ONLY };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { xml: new TextDecoder('utf-16be').decode(bytes), decode: ENTITIES_ONLY };
  }
  // a UTF-8 byte-order mark stays as three characters before the root, where text is ignored
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decode: CharData = {
    text: (_, from, to) => decodeEntities(buffer.toString('utf8', from, to)),
    value: (raw) => decodeEntities(utf8FromLatin1(raw)),
  };
  return { xml: buffer.toString('latin1'), decode };
}

/** The prefix (with its colon) a root tag binds to one of `uris`. */
const prefixOf = (attrs: TagAttributes, uris: Iterable<string>): string | undefined => {
  for (const uri of uris) {
    const name = attrs.nameOf(uri);
    if (name === 'xmlns') return '';
    if (name?.startsWith('xmlns:')) return `${name.slice(6)}:`;
  }
  return undefined;
};

/**
 * Streams one OOXML part. Markup-compatibility blocks are resolved here for
 * every caller: the first mc:Choice is read, the rest and mc:Fallback skipped,
 * so a text box stored both as DrawingML and as VML is read once. Elements
 * named in `skip` are reported (open and close) but their content is dropped.
 */
export function walkWordXml(bytes: Uint8Array, part: string, visitor: WordVisitor, skip?: ReadonlySet<string>): void {
  const { xml, decode } = decodePart(bytes);
  let w = 'w:';
  let mc = 'mc:';
  let raw: TagAttributes | undefined;
  const view: Attributes = { get: (local) => raw?.get(w + local) ?? raw?.get(local) };
  let depth = 0;
  let skipFrom = 0; // depth of the element being skipped, 0 when reading
  let skipped: string | undefined; // its name, when the visitor was told about it
  const choiceTaken: boolean[] = [];
  const localName = (qname: string): string =>
    w === '' ? (qname.includes(':') ? '' : qname) : qname.startsWith(w) ? qname.slice(w.length) : '';

  const open = (qname: string, attrs: TagAttributes) => {
    depth++;
    if (skipFrom) return;
    if (depth === 1) {
      w = prefixOf(attrs, W_NAMESPACES) ?? w;
      mc = prefixOf(attrs, [MC_NAMESPACE]) ?? mc;
    }
    if (qname.startsWith(mc)) {
      const local = qname.slice(mc.length);
      if (local === 'AlternateContent') choiceTaken.push(false);
      else if (local === 'Choice' || local === 'Fallback') {
        const last = choiceTaken.length - 1;
        if (choiceTaken[last]) skipFrom = depth;
        else choiceTaken[last] = true;
      }
      return;
    }
    const local = localName(qname);
    raw = attrs;
    if (skip?.has(local)) {
      skipFrom = depth;
      skipped = local;
      visitor.open(local, view);
      return;
    }
    visitor.open(local, view);
  };

  const close = (qname: string) => {
    const d = depth--;
    if (skipFrom) {
      if (skipFrom !== d) return;
      skipFrom = 0;
      if (skipped !== undefined) visitor.close(skipped);
      skipped = undefined;
      return;
    }
    if (qname.startsWith(mc)) {
      if (qname.slice(mc.length) === 'AlternateContent') choiceTaken.pop();
      return;
    }
    visitor.close(localName(qname));
  };

  const text = (t: string) => {
    if (!skipFrom) visitor.text(t);
  };

  try {
    scanXml(xml, { open, close, text }, decode);
  } catch (e) {
    throw new IngestError('corrupt', `${part} is not well-formed XML: ${(e as Error).message}`);
  }
}
