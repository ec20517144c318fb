import { SaxesParser } from 'saxes';
import { IngestError } from '../error.js';

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

export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

const prefixOf = (attrs: Record<string, string>, uris: (uri: string) => boolean): string | undefined => {
  for (const key in attrs) {
    if (!uris(attrs[key]!)) continue;
    if (key === 'xmlns') return '';
    if (key.startsWith('xmlns:')) return key.slice(6);
  }
  return undefined;
};

/**
 * Streams one OOXML part. Markup-compatibility blocks are resolved here for
 * every caller: the first mc:Choice is read, the rest and mc:Fallback skipped,
 * so a text box stored both as DrawingML and as VML is read once. Elements
 * named in `skip` are dropped with everything inside them.
 */
export function walkWordXml(xml: string, part: string, visitor: WordVisitor, skip?: ReadonlySet<string>): void {
  const parser = new SaxesParser({ position: false });
  let w = 'w:';
  let mc = 'mc:';
  let attrs: Record<string, string> = {};
  const view: Attributes = { get: (local) => attrs[w + local] ?? attrs[local] };
  let depth = 0;
  let skipFrom = 0; // depth of the element being skipped, 0 when reading
  const choiceTaken: boolean[] = [];

  parser.on('opentag', (tag) => {
    depth++;
    if (skipFrom) return;
    attrs = tag.attributes as Record<string, string>;
    if (depth === 1) {
      const wp = prefixOf(attrs, (u) => W_NAMESPACES.has(u));
      if (wp !== undefined) w = wp ? `${wp}:` : '';
      const mp = prefixOf(attrs, (u) => u === MC_NAMESPACE);
      if (mp !== undefined) mc = mp ? `${mp}:` : '';
    }
    const name = tag.name;
    if (name.startsWith(mc)) {
      const local = name.slice(mc.length);
      if (local === 'AlternateContent') choiceTaken.push(false);
      else if (local === 'Choice' || local === 'Fallback') {
        const last = choiceTaken.length - 1;
        if (choiceTaken[last]) skipFrom = depth;
        else choiceTaken[last] = true;
      }
      return;
    }
    const local = w === '' ? (name.includes(':') ? '' : name) : name.startsWith(w) ? name.slice(w.length) : '';
    if (skip?.has(local)) {
      skipFrom = depth;
      return;
    }
    visitor.open(local, view);
  });

  parser.on('closetag', (tag) => {
    const d = depth--;
    if (skipFrom) {
      if (skipFrom === d) skipFrom = 0;
      return;
    }
    const name = tag.name;
    if (name.startsWith(mc)) {
      if (name.slice(mc.length) === 'AlternateContent') choiceTaken.pop();
      return;
    }
    visitor.close(w === '' ? (name.includes(':') ? '' : name) : name.startsWith(w) ? name.slice(w.length) : '');
  });

  const onText = (t: string) => {
    if (!skipFrom) visitor.text(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  try {
    parser.write(xml).close();
  } catch (e) {
    throw new IngestError('corrupt', `${part} is not well-formed XML: ${(e as Error).message}`);
  }
}
