/**
 * Re-encodes the runs of a .docx (as scripts/fixtures/seed-docx.ts writes them) in TCVN3, paragraph
 * by paragraph: 'fonts' as a typist of the 1990s did (.VnTime, capitals in .VnTimeH, a toned capital
 * alone in a .VnTimeH run), 'fontless' as text pasted without its font (Times New Roman, TCVN3
 * characters), 'unicode' left as it is.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { toTcvn3, toTcvn3Letter } from '../../pipeline/ingest/legacy/encode.js';
import { capsWords, tcvn3Line } from './tcvn3-text.js';

export type ParagraphMode = 'unicode' | 'fonts' | 'fontless';
export const BODY_FONT = '.VnTime';
export const CAPS_FONT = '.VnTimeH';

interface Segment {
  font: string;
  text: string;
}

/** A toned capital TCVN3 has no code for: only an all-capitals font can show it. */
const needsCapsFont = (c: string) =>
  c >= '\u0080' && c !== c.toLowerCase() && toTcvn3Letter(c) === toTcvn3Letter(c.toLowerCase());

/** Fonted runs for one run's text; capitals are typed in lower case when `typedLower` (the font draws them). */
export function fontSegments(text: string, typedLower: boolean): Segment[] {
  const out: Segment[] = [];
  const add = (font: string, t: string) => {
    const last = out[out.length - 1];
    if (last && last.font === font) last.text += t;
    else out.push({ font, text: t });
  };
  for (const part of capsWords(text)) {
    if (!part.word) add(out[out.length - 1]?.font ?? BODY_FONT, toTcvn3(part.text));
    else if (part.caps) add(CAPS_FONT, typedLower ? toTcvn3(part.text.toLowerCase()) : toTcvn3(part.text, 'code'));
    else
      for (const c of part.text)
        add(needsCapsFont(c) ? CAPS_FONT : BODY_FONT, toTcvn3(needsCapsFont(c) ? c.toLowerCase() : c));
  }
  return out;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const fromXml = (s: string) => s.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]!);
const toXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const RUN = /<w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)((?:<w:br\/>)?)<w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/g;
const FONTS = /<w:rFonts [^>]*\/>/;
const fontsOf = (font: string) => `<w:rFonts w:ascii="${font}" w:cs="${font}" w:eastAsia="${font}" w:hAnsi="${font}"/>`;

function rewriteParagraph(xml: string, mode: ParagraphMode, typedLower: boolean): string {
  if (mode === 'unicode') return xml;
  return xml.replace(RUN, (_, rPr: string, br: string, raw: string) => {
    const text = fromXml(raw);
    if (!rPr.match(FONTS)) throw new Error(`run without w:rFonts: ${rPr}`);
    if (mode === 'fontless') return `<w:r>${rPr}${br}<w:t xml:space="preserve">${toXml(tcvn3Line(text))}</w:t></w:r>`;
    return fontSegments(text, typedLower)
      .map(
        (s, n) =>
          `<w:r>${rPr.replace(FONTS, fontsOf(s.font))}${n === 0 ? br : ''}<w:t xml:space="preserve">${toXml(s.text)}</w:t></w:r>`,
      )
      .join('');
  });
}

/**
 * The .docx with word/document.xml re-encoded; `modeOf` picks each paragraph's treatment from its
 * index and whether it sits in the header table (the first table: issuer, Quốc hiệu, số, date).
 */
export function legacyDocx(docx: Uint8Array, modeOf: (index: number, inHeader: boolean) => ParagraphMode): Uint8Array {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml']!);
  const headerStart = xml.indexOf('<w:tbl>');
  const headerEnd = xml.indexOf('</w:tbl>');
  let index = 0;
  const rewritten = xml.replace(/<w:p>[\s\S]*?<\/w:p>/g, (p, at: number) => {
    const inHeader = at > headerStart && at < headerEnd;
    return rewriteParagraph(p, modeOf(index++, inHeader), inHeader);
  });
  files['word/document.xml'] = strToU8(rewritten);
  // the same seed gives the same bytes: fixed dates in the properties and the zip entries
  const core = files['docProps/core.xml'];
  if (core)
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${EPOCH}`),
    );
  return zipSync(files, { mtime: new Date(EPOCH) });
}

const EPOCH = '2000-01-01T00:00:00Z';
