import type { Message } from '../../output/schema.js';
import type { Ingested } from '../document.js';
import { readBody } from './docx/body.js';
import { parseStyleFonts } from './docx/fonts.js';
import { convertLegacy, legacyFontLookup, mayNameLegacyFont } from './docx/legacy.js';
import { createListNumberer } from './docx/list-numbers.js';
import { parseNumbering } from './docx/numbering.js';
import { openWordPackage } from './docx/package.js';
import { parseStyles } from './docx/styles.js';
import { utf8LegacyHint } from './legacy/bytes.js';

// Inflated parts live outside the JS heap, where a worker's heap limit does not reach: this cap is what
// bounds a .docx's memory. A 300-page document's XML is a few MB; 64 MB leaves room for big tables.
const DEFAULT_MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

/**
 * Plain text of a .docx body, one line per paragraph and per table cell; runs typed in a legacy
 * Vietnamese font (TCVN3, VNI) come out as Unicode. Headers, footers, footnotes and comments are not read.
 */
export async function readDocx(
  bytes: Uint8Array,
  limits: { maxUnzippedBytes?: number; maxPages?: number } = {},
): Promise<Ingested> {
  const pkg = openWordPackage(bytes, limits.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED_BYTES, limits.maxPages);
  const warnings: Message[] = [];
  const warn = (m: Message) => warnings.push(m);
  const numbering = pkg.numbering && parseNumbering(pkg.numbering, 'word/numbering.xml');
  // styles matter only for list numbering, and styles.xml is often larger than the text
  const styles = parseStyles(numbering && pkg.styles, 'word/styles.xml');
  const numberer = createListNumberer(numbering, styles, warn);
  // Fonts are followed only in a package that names a legacy font; the text is looked at only
  // when the XML holds a character legacy text cannot do without. Most documents skip both.
  const fontsNamed = mayNameLegacyFont(pkg.document) || mayNameLegacyFont(pkg.styles);
  const fontOf = fontsNamed ? legacyFontLookup(parseStyleFonts(pkg.styles, 'word/styles.xml')) : undefined;
  const text = readBody(pkg.document, pkg.documentPath, numberer, warn, fontOf);
  if (!fontsNamed && !utf8LegacyHint(pkg.document)) return { text, warnings };
  const converted = convertLegacy(text, fontsNamed);
  warnings.push(...converted.warnings);
  return { ...converted, warnings };
}
