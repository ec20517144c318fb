/**
 * The .docx files the legacy PDFs are printed from, made from a seed's Unicode .docx, and the one
 * change every file needs before LibreOffice prints it.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { toVni } from '../../pipeline/ingest/legacy/encode.js';

const EPOCH = new Date('2000-01-01T00:00:00Z');
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const fromXml = (s: string) => s.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]!);
const toXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const TEXT = /(<w:t(?: [^>]*)?>)([^<]*)(<\/w:t>)/g;
const FONTS = /<w:rFonts [^>]*\/>/g;
const fontsOf = (font: string) => `<w:rFonts w:ascii="${font}" w:cs="${font}" w:eastAsia="${font}" w:hAnsi="${font}"/>`;

function rewrite(docx: Uint8Array, edit: (xml: string) => string, part = 'word/document.xml'): Uint8Array {
  const files = unzipSync(docx);
  const xml = files[part];
  if (!xml) throw new Error(`${part} missing`);
  files[part] = strToU8(edit(strFromU8(xml)));
  return zipSync(files, { mtime: EPOCH });
}

const mapText = (xml: string, f: (text: string) => string) =>
  xml.replace(TEXT, (_, open: string, text: string, close: string) => `${open}${toXml(f(fromXml(text)))}${close}`);

/** Every run of the body in `font`, its text re-encoded by `encode`. */
export function retype(docx: Uint8Array, font: string, encode: (text: string) => string = (t) => t): Uint8Array {
  return rewrite(docx, (xml) => mapText(xml, encode).replace(FONTS, fontsOf(font)));
}

/** The seed typed in VNI-Windows with the VNI-Times font. */
export const vniDocx = (docx: Uint8Array): Uint8Array => retype(docx, 'VNI-Times', toVni);

/** A paragraph of Unicode text after the header table (the first table). */
export function addParagraph(docx: Uint8Array, text: string, font: string): Uint8Array {
  return rewrite(docx, (xml) => {
    const at = xml.indexOf('</w:tbl>');
    if (at < 0) throw new Error('no header table');
    const p = `<w:p><w:r><w:rPr>${fontsOf(font)}</w:rPr><w:t xml:space="preserve">${toXml(text)}</w:t></w:r></w:p>`;
    return `${xml.slice(0, at + 8)}${p}${xml.slice(at + 8)}`;
  });
}

/**
 * LibreOffice lays U+00AD out as a soft hyphen and prints nothing for it, but TCVN3 codes ư as that
 * byte, which Word prints with the font's glyph. Before printing, the byte is swapped for one
 * neither encoding uses (ÿ); the printed PDF's ToUnicode maps then take that glyph back to U+00AD
 * (see pdf.ts), so the text layer says what Word's would.
 */
export const STAND_IN = '\u00FF';
export function swapSoftHyphens(docx: Uint8Array): Uint8Array {
  return rewrite(docx, (xml) => {
    if (xml.includes(STAND_IN)) throw new Error('the stand-in for U+00AD is already in the text');
    return mapText(xml, (t) => t.replaceAll('\u00AD', STAND_IN));
  });
}
