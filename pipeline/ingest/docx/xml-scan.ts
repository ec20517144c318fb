/**
 * A small non-validating XML tokenizer for OOXML parts. saxes measured ~65 MB/s
 * on Word markup, too slow for documents whose XML is ten times their text;
 * this runs at several hundred MB/s because it finds tags with indexOf and
 * parses attributes only when asked. No DTD is processed, so no entity
 * expansion. Nesting is checked, so truncated or mangled parts still fail.
 */

export class XmlSyntaxError extends Error {}

/** Attributes of the current start tag, read from the source on demand. */
export class TagAttributes {
  private src = '';
  private from = 0;
  private to = 0;

  constructor(private readonly decode: CharData) {}

  reset(src: string, from: number, to: number): void {
    this.src = src;
    this.from = from;
    this.to = to;
  }

  /** Walks the attributes in place: most tags are asked for one value, so nothing else is built. */
  get(qname: string): string | undefined {
    const src = this.src;
    const to = this.to;
    let i = this.from;
    while (i < to) {
      while (i < to && src.charCodeAt(i) <= 32) i++;
      const nameStart = i;
      while (i < to && src.charCodeAt(i) > 32 && src[i] !== '=') i++;
      const nameEnd = i;
      while (i < to && src[i] !== '"' && src[i] !== "'") i++;
      if (i >= to) return undefined;
      const valueEnd = src.indexOf(src[i]!, i + 1);
      if (valueEnd < 0 || valueEnd >= to) return undefined;
      if (nameEnd - nameStart === qname.length && src.startsWith(qname, nameStart)) {
        return this.decode.value(src.slice(i + 1, valueEnd));
      }
      i = valueEnd + 1;
    }
    return undefined;
  }

  /**
   * Name of the attribute whose raw value is exactly `value`, without parsing
   * the others: namespace declarations on a root tag run to kilobytes.
   */
  nameOf(value: string): string | undefined {
    const tag = this.src.slice(this.from, this.to);
    for (const quote of ['"', "'"]) {
      let at = tag.indexOf(quote + value + quote);
      if (at < 0) continue;
      while (at > 0 && tag.charCodeAt(at - 1) <= 32) at--;
      if (tag[--at] !== '=') continue;
      while (at > 0 && tag.charCodeAt(at - 1) <= 32) at--;
      const end = at;
      while (at > 0 && tag.charCodeAt(at - 1) > 32) at--;
      return tag.slice(at, end);
    }
    return undefined;
  }
}

/** Turns raw character data into text: entities, and the part's encoding if the scanned string is not decoded. */
export interface CharData {
  /** content between tags, by position in the scanned string */
  text(xml: string, from: number, to: number): string;
  /** an attribute value */
  value(raw: string): string;
}

export interface XmlHandler {
  open(qname: string, attrs: TagAttributes): void;
  close(qname: string): void;
  text(text: string): void;
}

// rest of a start tag after its name, quoted values may hold ">"
const TAG_REST = /[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/y;
const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export const decodeEntities = (s: string): string =>
  s.indexOf('&') < 0
    ? s
    : s.replace(ENTITY, (_, dec?: string, hex?: string, name?: string) =>
        name ? NAMED[name]! : String.fromCodePoint(dec ? Number(dec) : Number.parseInt(hex!, 16)),
      );

const skipPast = (xml: string, from: number, marker: string): number => {
  const at = xml.indexOf(marker, from);
  if (at < 0) throw new XmlSyntaxError(`unterminated ${marker} construct`);
  return at + marker.length;
};

export const ENTITIES_ONLY: CharData = {
  text: (xml, from, to) => decodeEntities(xml.slice(from, to)),
  value: decodeEntities,
};

// Word nests tables and content controls a few dozen deep; a depth bomb nests millions, which
// costs seconds and hundreds of MB of open-tag names even without recursion.
const MAX_DEPTH = 10_000;

export function scanXml(xml: string, h: XmlHandler, decode = ENTITIES_ONLY): void {
  const open: string[] = [];
  const attrs = new TagAttributes(decode);
  const n = xml.length;
  let seenRoot = false;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && open.length) h.text(decode.text(xml, i, textEnd));
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 47 /* / */) {
      const gt = skipPast(xml, lt, '>');
      const name = xml.slice(lt + 2, gt - 1).trimEnd();
      if (open.pop() !== name) throw new XmlSyntaxError(`unexpected </${name}>`);
      h.close(name);
      i = gt;
    } else if (c === 33 /* ! */) {
      if (xml.startsWith('<![CDATA[', lt)) {
        i = skipPast(xml, lt + 9, ']]>');
        if (open.length) h.text(xml.slice(lt + 9, i - 3));
      } else i = skipPast(xml, lt + 2, xml.startsWith('<!--', lt) ? '-->' : '>');
    } else if (c === 63 /* ? */) {
      i = skipPast(xml, lt + 2, '?>');
    } else {
      let e = lt + 1;
      while (e < n) {
        const ch = xml.charCodeAt(e);
        if (ch === 62 || ch === 47 || ch <= 32) break;
        e++;
      }
      const name = xml.slice(lt + 1, e);
      TAG_REST.lastIndex = e;
      if (!name || !TAG_REST.test(xml)) throw new XmlSyntaxError(`bad start tag at ${lt}`);
      if (seenRoot && open.length === 0) throw new XmlSyntaxError('content after the root element');
      seenRoot = true;
      const gt = TAG_REST.lastIndex - 1;
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      attrs.reset(xml, e, selfClosing ? gt - 1 : gt);
      h.open(name, attrs);
      if (selfClosing) h.close(name);
      else if (open.push(name) > MAX_DEPTH) throw new XmlSyntaxError(`elements nested over ${MAX_DEPTH} deep`);
      i = gt + 1;
    }
  }
  if (!seenRoot) throw new XmlSyntaxError('no root element');
  if (open.length) throw new XmlSyntaxError(`unclosed <${open[open.length - 1]}> (truncated?)`);
}
