/**
 * What a legacy font's glyphs drew, where pdfjs's text content lost a character. TCVN3 codes ư as
 * byte 0xAD, which Unicode calls a soft hyphen: with a ToUnicode map pdfjs drops it from the text
 * (an invisible format character) without advancing past it, without one it reads WinAnsi's
 * "hyphen" there ("T-êng"). The operator list still has every glyph with its code and width, so each
 * text item is matched back to the glyphs of its font, in content order, and the lost code put back.
 *
 * The skipped advance shows where the next text operator places its glyphs again: pdfjs sees a gap
 * there and writes a space into the item ("thëng ”"), or, between items, the item ends short.
 * Such a space is taken out, and the advance still missing at the item's end is reported.
 */

/** A glyph as pdfjs's operator list gives it (the glyph arrays of showText). */
export interface DrawnGlyph {
  unicode: string;
  originalCharCode: number;
  /** advance, in thousandths of the font size */
  width: number;
  /** the first glyph of a text-showing operator: placed where the content says, not after the last glyph */
  opStart?: boolean;
}

export interface Drawn {
  text: string;
  /** advance of lost glyphs the item's width leaves out, in font sizes */
  lostWidth: number;
}

const SOFT_HYPHEN = '\u00AD';
/** how far past a glyph it could not match the aligner looks for an item's first character */
const RESYNC = 64;

const isSpace = (g: DrawnGlyph) => /^\s/.test(g.unicode);
/** dropped from the text content without an advance: ends with a format character (pdfjs's test) */
const isDropped = (g: DrawnGlyph) => /\p{Cf}$/u.test(g.unicode);
const isSoftHyphen = (g: DrawnGlyph) => g.unicode === SOFT_HYPHEN || (g.unicode === '-' && g.originalCharCode === 0xad);

/** The item's text with its lost soft hyphens; undefined when its glyphs are not at `from`. */
function match(str: string, glyphs: DrawnGlyph[], from: number): (Drawn & { next: number }) | undefined {
  let g = from;
  let text = '';
  let debt = 0;
  const lose = (glyph: DrawnGlyph) => {
    if (glyph.unicode === SOFT_HYPHEN) text += SOFT_HYPHEN;
    debt += glyph.width / 1000;
  };
  // lost glyphs right after what was matched belong to it ("như" + space)
  const takeDropped = () => {
    for (; glyphs[g] && isDropped(glyphs[g]!); g++) lose(glyphs[g]!);
  };
  let i = 0;
  while (i < str.length) {
    if (/\s/.test(str[i]!)) {
      takeDropped();
      const next = glyphs[g];
      // no space glyph: the gap pdfjs saw where the next operator caught up with the lost advance
      if (debt > 0 && next?.opStart && !isSpace(next)) debt = 0;
      else text += str[i];
      i++;
      continue;
    }
    for (; glyphs[g] && (glyphs[g]!.unicode === '' || isSpace(glyphs[g]!) || isDropped(glyphs[g]!)); g++) {
      if (isDropped(glyphs[g]!)) lose(glyphs[g]!);
    }
    const glyph = glyphs[g];
    if (!glyph) return undefined;
    // pdfjs's text content shows some characters in NFKC (µ as μ)
    const shown = [glyph.unicode, glyph.unicode.normalize('NFKC')].find((u) => u && str.startsWith(u, i));
    if (!shown) return undefined;
    if (glyph.opStart) debt = 0;
    text += isSoftHyphen(glyph) ? SOFT_HYPHEN : shown;
    i += shown.length;
    g++;
  }
  takeDropped();
  return { text, lostWidth: debt, next: g };
}

/**
 * For each item (the strings of one font's text items, in content order), what its glyphs drew
 * when it differs from the item's string; undefined when they agree or cannot be matched.
 */
export function drawnTexts(strs: readonly string[], glyphs: DrawnGlyph[]): (Drawn | undefined)[] {
  let cursor = 0;
  return strs.map((str) => {
    if (str.trim() === '') return undefined;
    for (let from = cursor; from < Math.min(glyphs.length, cursor + RESYNC); from++) {
      const found = match(str, glyphs, from);
      if (!found) continue;
      cursor = found.next;
      return found.text === str && found.lostWidth === 0 ? undefined : { text: found.text, lostWidth: found.lostWidth };
    }
    return undefined;
  });
}
