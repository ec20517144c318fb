/**
 * PDFs printed from documents typed in TCVN3 (.VnTime, .VnTimeH) or VNI (VNI-Times): their text
 * layer holds the legacy codes ("Céng hoµ x· héi"), which would otherwise be judged garbage and
 * OCR'd. pdfjs's text items name their font only by an internal id; the PDF's own font name is
 * known once the page's operator list has loaded the font, so only pages whose text could be legacy
 * (characters legacy text cannot do without) pay for that.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Message } from '../../../output/schema.js';
import type { Ingested } from '../../document.js';
import { conversionWarnings, fontEncoding, hasLegacyHint } from '../legacy/index.js';
import { type Drawn, type DrawnGlyph, drawnTexts } from './drawn-text.js';
import { decodeLegacyItems, legacyFamily } from './legacy-runs.js';
import type { PlacedText } from './lines.js';
import { pdfjs } from './pdfjs.js';

/** A text item with the pdfjs id of its font. */
export interface FontedText extends PlacedText {
  font: string;
}

export interface LegacyLayer {
  encodings?: NonNullable<Ingested['encodings']>;
  warnings: Message[];
}

/** Symbol-charset legacy fonts come out as U+F0xx, which the converter folds back. */
const mayBeLegacy = (str: string) => hasLegacyHint(str) || /[\uF020-\uF0FF\u03BC]/.test(str);

interface PageFonts {
  /** pdfjs font id → the font's name in the PDF */
  names: Map<string, string>;
  /** pdfjs font id → the glyphs drawn with it, in content order */
  glyphs: Map<string, DrawnGlyph[]>;
}

async function pageFonts(page: PDFPageProxy): Promise<PageFonts> {
  const { OPS } = await pdfjs();
  const list = await page.getOperatorList();
  const out: PageFonts = { names: new Map(), glyphs: new Map() };
  const saved: (string | undefined)[] = [];
  let font: string | undefined;
  list.fnArray.forEach((op, i) => {
    const args = list.argsArray[i] as unknown[] | null;
    if (op === OPS.save || op === OPS.paintFormXObjectBegin) saved.push(font);
    else if (op === OPS.restore || op === OPS.paintFormXObjectEnd) font = saved.pop() ?? font;
    else if (op === OPS.setFont && typeof args?.[0] === 'string') font = args[0];
    else if ((op === OPS.showText || op === OPS.showSpacedText) && font && Array.isArray(args?.[0])) {
      const glyphs = out.glyphs.get(font) ?? out.glyphs.set(font, []).get(font)!;
      let opStart = true;
      for (const g of args[0] as unknown[]) {
        if (!g || typeof g !== 'object' || !('unicode' in g)) continue;
        const { unicode, originalCharCode, width } = g as DrawnGlyph;
        glyphs.push({ unicode, originalCharCode, width: typeof width === 'number' ? width : 0, opStart });
        opStart = false;
      }
    }
  });
  for (const id of out.glyphs.keys()) {
    const loaded = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: unknown }) : undefined;
    if (typeof loaded?.name === 'string') out.names.set(id, loaded.name);
  }
  return out;
}

/** Items whose glyphs drew a code pdfjs lost, with what they drew (fonts that may hold TCVN3: all but VNI ones). */
function lostCodes(items: FontedText[], fonts: PageFonts, names: Map<string, string>, into: Map<FontedText, Drawn>) {
  for (const [id, glyphs] of fonts.glyphs) {
    const family = legacyFamily(names.get(id) ?? null);
    if (family && fontEncoding(family)?.encoding === 'vni') continue;
    const own = items.filter((it) => it.font === id);
    drawnTexts(
      own.map((it) => it.str),
      glyphs,
    ).forEach((d, k) => {
      if (d !== undefined) into.set(own[k]!, d);
    });
  }
}

/**
 * Converts, in place, the strings of items typed in a legacy encoding (by their font, confirmed by
 * their characters; items in other fonts by the statistics of all such items), and says what it did.
 */
export async function decodeLegacyLayer(doc: PDFDocumentProxy, pages: FontedText[][]): Promise<LegacyLayer> {
  const names = new Map<string, string>();
  const drawn = new Map<FontedText, Drawn>();
  let suspect = false;
  for (const [n, items] of pages.entries()) {
    if (!items.some((it) => mayBeLegacy(it.str))) continue;
    suspect = true;
    const page = await doc.getPage(n + 1);
    const fonts = await pageFonts(page);
    page.cleanup();
    for (const [id, name] of fonts.names) names.set(id, name);
    lostCodes(items, fonts, names, drawn);
  }
  if (!suspect) return { warnings: [] };
  const all = pages.flatMap((items, page) => items.map((it) => ({ it, page })));
  const { texts, conversions } = decodeLegacyItems(
    all.map(({ it, page }) => ({ str: it.str, page, y: it.y, size: it.size, font: names.get(it.font) ?? null })),
    new Map(all.flatMap(({ it }, i) => (drawn.has(it) ? [[i, drawn.get(it)!.text] as const] : []))),
  );
  texts.forEach((text, i) => {
    if (text === undefined) return;
    const { it } = all[i]!;
    it.str = text;
    // the advance pdfjs skipped with a lost code: the layout measures gaps from the item's end
    it.width += (drawn.get(it)?.lostWidth ?? 0) * it.size;
  });
  if (conversions.length === 0) return { warnings: [] };
  return { encodings: conversions.map((c) => c.encoding), warnings: conversionWarnings(conversions, 'runs') };
}
