import { type Attributes, walkWordXml } from './xml.js';

/** What of a paragraph style matters for reading: its list numbering. */
interface StyleNumbering {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
}

export interface ParagraphStyles {
  byId: Map<string, StyleNumbering>;
  /** the style of paragraphs that name none */
  defaultId?: string;
}

const NO_STYLES: ParagraphStyles = { byId: new Map() };

/**
 * Reads word/styles.xml for numbering. Most styles.xml carry no numPr at all,
 * so those are not parsed (they are often larger than the document).
 */
export function parseStyles(xml: Uint8Array | undefined, part: string): ParagraphStyles {
  if (!xml || !Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength).includes('numId')) return NO_STYLES;
  const byId = new Map<string, StyleNumbering>();
  let defaultId: string | undefined;
  let style: StyleNumbering | undefined;
  let inPPr = false;

  const open = (name: string, a: Attributes) => {
    if (name === 'style') {
      style = {};
      const id = a.get('styleId') ?? '';
      byId.set(id, style);
      if (a.get('type') === 'paragraph' && /^(1|true|on)$/.test(a.get('default') ?? '')) defaultId = id;
    } else if (!style) return;
    else if (name === 'basedOn') style.basedOn = a.get('val');
    else if (name === 'pPr') inPPr = true;
    else if (inPPr && name === 'numId') style.numId = a.get('val');
    else if (inPPr && name === 'ilvl') style.ilvl = Number.parseInt(a.get('val') ?? '0', 10) || 0;
  };
  const close = (name: string) => {
    if (name === 'style') style = undefined;
    else if (name === 'pPr') inPPr = false;
  };

  walkWordXml(xml, part, { open, close, text: () => {} }, new Set(['pPrChange']));
  return { byId, defaultId };
}

/** numPr a style gives its paragraphs, following w:basedOn. */
export function styleNumPr(styles: ParagraphStyles, id: string | undefined): { numId?: string; ilvl?: number } {
  let numId: string | undefined;
  let ilvl: number | undefined;
  const seen = new Set<string>();
  for (let s = id; s !== undefined && !seen.has(s); ) {
    seen.add(s);
    const style = styles.byId.get(s);
    if (!style) break;
    numId ??= style.numId;
    ilvl ??= style.ilvl;
    s = style.basedOn;
  }
  return { numId, ilvl };
}
