/**
 * Legacy Vietnamese fonts in a .docx: runs drawn with .VnTime/.VnTimeH (TCVN3) or VNI-Times (VNI)
 * hold their text in that encoding; other runs may too when legacy text was pasted without its
 * font. Plain Unicode documents cost a few string searches and one character-class test.
 */
import type { Ingested } from '../../document.js';
import {
  conversionWarnings,
  decodeLegacyRuns,
  decodeLegacyText,
  fontEncoding,
  hasLegacyHint,
  type TextRun,
} from '../legacy/index.js';
import { LEGACY_CLOSE, LEGACY_FONT_END, LEGACY_OPEN, type LegacyFontOf } from './body.js';
import { effectiveFonts, type StyleFontTable } from './fonts.js';

/**
 * Whether a part can name a legacy font at all: ".Vn", ".VN", "VNI" or "Vni" in its bytes, found
 * from the rare capital V at memchr speed (a search for '".Vn' runs 30 times slower, '"' being
 * everywhere in XML). Lower-case spellings (".vntime") are not looked for. A UTF-16 part says yes.
 */
export function mayNameLegacyFont(xml: Uint8Array | undefined): boolean {
  if (!xml) return false;
  const b = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  if (b[0] === 0xff || b[0] === 0xfe) return true;
  for (let i = b.indexOf(0x56); i >= 0; i = b.indexOf(0x56, i + 1)) {
    const next = b[i + 1];
    if (b[i - 1] === 0x2e && (next === 0x6e || next === 0x4e)) return true;
    if ((next === 0x4e && b[i + 2] === 0x49) || (next === 0x6e && b[i + 2] === 0x69)) return true;
  }
  return false;
}

/** The font lookup body.ts calls per text node, memoized on the run's font settings. */
export function legacyFontLookup(styles: StyleFontTable): LegacyFontOf {
  const memo = new Map<string, string | undefined>();
  return (run, runStyle, paragraphStyle) => {
    const key = `${run?.ascii}\u0000${run?.hAnsi}\u0000${runStyle}\u0000${paragraphStyle}`;
    if (memo.has(key)) return memo.get(key);
    const fonts = effectiveFonts(styles, run ?? {}, runStyle, paragraphStyle);
    // Letters are high-ANSI characters (w:hAnsi); a run may name the legacy font only for w:ascii
    const legacy = [fonts.hAnsi, fonts.ascii].find((f) => f && fontEncoding(f));
    memo.set(key, legacy);
    return legacy;
  };
}

const PIECE = new RegExp(
  `${LEGACY_OPEN}([^${LEGACY_FONT_END}]*)${LEGACY_FONT_END}([^${LEGACY_CLOSE}]*)${LEGACY_CLOSE}`,
  'g',
);

/**
 * Converts the wrapped legacy-font runs of readBody's text, and any other line whose characters
 * say it is legacy text; returns the text unchanged when there is nothing to convert.
 */
export function convertLegacy(text: string, fontsTracked: boolean): Pick<Ingested, 'text' | 'warnings' | 'encodings'> {
  if (!fontsTracked || !text.includes(LEGACY_OPEN)) {
    if (!hasLegacyHint(text)) return { text, warnings: [] };
    const decoded = decodeLegacyText(text);
    return { text: decoded.text, warnings: decoded.warnings, ...encodingsOf(decoded.encodings) };
  }
  const runs: TextRun[] = [];
  const plain = (s: string) => {
    s.split(/(\n)/).forEach((line) => {
      if (line) runs.push({ text: line });
    });
  };
  let last = 0;
  for (const m of text.matchAll(PIECE)) {
    plain(text.slice(last, m.index));
    const previous = runs[runs.length - 1];
    // one word is often split over runs of the same font: convert them as one
    if (previous && previous.font === m[1] && m.index === last) previous.text += m[2];
    else runs.push({ text: m[2]!, font: m[1] });
    last = m.index + m[0].length;
  }
  plain(text.slice(last));
  const { texts, conversions } = decodeLegacyRuns(runs);
  return {
    text: texts.join(''),
    warnings: conversionWarnings(conversions, 'runs'),
    ...encodingsOf(conversions.map((c) => c.encoding)),
  };
}

const encodingsOf = (encodings: Ingested['encodings']) => (encodings?.length ? { encodings } : {});
