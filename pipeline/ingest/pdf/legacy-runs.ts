/**
 * Text items of a PDF typed in a legacy Vietnamese font → Unicode, before lines are built. Items
 * next to each other on one baseline and in one font make a run (a run per line for fonts with no
 * legacy name); runs go through the converter the .txt and .docx readers use, where the font
 * narrows and the characters decide. Only strings change: positions and widths stay as drawn.
 */
import { type Conversion, decodeLegacyRuns, fontEncoding, type TextRun } from '../legacy/index.js';

export interface LegacyItem {
  str: string;
  page: number;
  /** baseline and font size, as the layout reads them */
  y: number;
  size: number;
  /** the font's name in the PDF (BaseFont, maybe "ABCDEF+" subset-tagged), null when not known */
  font: string | null;
}

// "ABCDEF+.VnTimeH-Bold", ".VnTime,BoldItalic": the family is what tells the encoding and the capitals
const SUBSET_TAG = /^[A-Z]{6}\+/;
const STYLE = /(?:[ ,-](?:Bold|Italic|Oblique|Regular|Roman|Normal)+)+$/i;

/** The legacy font family an item's font belongs to (".VnTimeH"), or null for any other font. */
export function legacyFamily(font: string | null): string | null {
  if (!font) return null;
  const family = font.trim().replace(SUBSET_TAG, '').replace(STYLE, '');
  return fontEncoding(family) ? family : null;
}

/** pdfjs shows µ (TCVN3's à) in NFKC, as Greek μ: back to the code the font drew. */
const drawnCode = (str: string) => (str.includes('\u03BC') ? str.replaceAll('\u03BC', '\u00B5') : str);

/** Item indexes grouped into runs: one page, one baseline, one legacy family (or none), in content order. */
function runsOf(items: readonly LegacyItem[], families: (string | null)[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  items.forEach((it, i) => {
    const first = items[run[0] ?? -1];
    const together =
      first !== undefined &&
      first.page === it.page &&
      families[run[0]!] === families[i] &&
      Math.abs(first.y - it.y) <= 0.5 * Math.min(first.size, it.size);
    if (!together && run.length > 0) {
      runs.push(run);
      run = [];
    }
    run.push(i);
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * The Unicode text of each converted item (undefined where an item stays as it is), and what was
 * converted. `drawn` gives an item's text where pdfjs lost a code its font drew (see drawn-text.ts).
 */
export function decodeLegacyItems(
  items: readonly LegacyItem[],
  drawn: ReadonlyMap<number, string> = new Map(),
): { texts: (string | undefined)[]; conversions: Conversion[] } {
  const families = items.map((it) => legacyFamily(it.font));
  const runs = runsOf(items, families);
  const codes = items.map((it, i) => drawnCode(drawn.get(i) ?? it.str).replaceAll('\n', ' '));
  // items are joined by a line break, which the converter keeps, so each run splits back into its items
  const textRuns: TextRun[] = runs.map((run) => ({
    text: run.map((i) => codes[i]).join('\n'),
    font: families[run[0]!],
  }));
  const { texts, conversions } = decodeLegacyRuns(textRuns);
  const out: (string | undefined)[] = items.map(() => undefined);
  runs.forEach((run, r) => {
    if (texts[r] === textRuns[r]!.text) return;
    const parts = texts[r]!.split('\n');
    if (parts.length !== run.length) return;
    run.forEach((i, k) => {
      if (parts[k] !== items[i]!.str) out[i] = parts[k];
    });
  });
  return { texts: out, conversions };
}
