import { type Attributes, walkWordXml } from './xml.js';

/**
 * The font of a run, as far as legacy encodings care: the family of its ASCII and high-ANSI
 * characters (w:rFonts w:ascii / w:hAnsi). Each attribute is inherited on its own, from the run
 * through its character style and its paragraph's style to the document defaults; a theme font
 * (w:asciiTheme) overrides the name beside it and is never a legacy font.
 */
export interface RunFonts {
  ascii?: string;
  hAnsi?: string;
}

const THEME = '';

/** A w:rFonts element's contribution; "" stands for a theme font. */
export function readRunFonts(a: Attributes, into: RunFonts = {}): RunFonts {
  const ascii = a.get('asciiTheme') !== undefined ? THEME : a.get('ascii');
  const hAnsi = a.get('hAnsiTheme') !== undefined ? THEME : a.get('hAnsi');
  if (ascii !== undefined) into.ascii = ascii;
  if (hAnsi !== undefined) into.hAnsi = hAnsi;
  return into;
}

interface StyleFonts {
  basedOn?: string;
  fonts: RunFonts;
}

export interface StyleFontTable {
  byId: Map<string, StyleFonts>;
  defaults: RunFonts;
  /** the style of paragraphs that name none */
  defaultParagraph?: string;
}

/** Fonts of the styles and document defaults in word/styles.xml. */
export function parseStyleFonts(xml: Uint8Array | undefined, part: string): StyleFontTable {
  const table: StyleFontTable = { byId: new Map(), defaults: {} };
  if (!xml) return table;
  let style: StyleFonts | undefined;
  let inDefaults = false;
  let inRunProps = false;
  const open = (name: string, a: Attributes) => {
    if (name === 'rPrDefault') inDefaults = true;
    else if (name === 'style') {
      style = { fonts: {} };
      const id = a.get('styleId') ?? '';
      table.byId.set(id, style);
      if (a.get('type') === 'paragraph' && /^(1|true|on)$/.test(a.get('default') ?? '')) table.defaultParagraph = id;
    } else if (name === 'basedOn' && style) style.basedOn = a.get('val');
    else if (name === 'rPr') inRunProps = true;
    else if (name === 'rFonts' && inRunProps) {
      if (style) readRunFonts(a, style.fonts);
      else if (inDefaults) readRunFonts(a, table.defaults);
    }
  };
  const close = (name: string) => {
    if (name === 'rPrDefault') inDefaults = false;
    else if (name === 'style') style = undefined;
    else if (name === 'rPr') inRunProps = false;
  };
  // table-style conditional formatting and tracked changes do not set a run's font
  walkWordXml(xml, part, { open, close, text: () => {} }, new Set(['tblStylePr', 'rPrChange', 'pPrChange']));
  return table;
}

/** Fills what `fonts` lacks from a style and the styles it is based on. */
function inheritFromStyle(fonts: RunFonts, table: StyleFontTable, id: string | undefined): void {
  const seen = new Set<string>();
  for (let s = id; s !== undefined && !seen.has(s); ) {
    seen.add(s);
    const style = table.byId.get(s);
    if (!style) return;
    fonts.ascii ??= style.fonts.ascii;
    fonts.hAnsi ??= style.fonts.hAnsi;
    s = style.basedOn;
  }
}

/** A run's effective fonts: its own, its character style's, its paragraph style's, the defaults. */
export function effectiveFonts(
  table: StyleFontTable,
  run: RunFonts,
  charStyle: string | undefined,
  paragraphStyle: string | undefined,
): RunFonts {
  const fonts: RunFonts = { ...run };
  inheritFromStyle(fonts, table, charStyle);
  inheritFromStyle(fonts, table, paragraphStyle ?? table.defaultParagraph);
  fonts.ascii ??= table.defaults.ascii;
  fonts.hAnsi ??= table.defaults.hAnsi;
  return fonts;
}
