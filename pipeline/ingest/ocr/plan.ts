/**
 * Which pages of a PDF need OCR: those with no text layer, those whose layer is garbage (a scanner's
 * bad OCR, mojibake), and scans that carry only a little real text — typically a digital-signature
 * stamp ("Ký bởi: …") added over a scanned page.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { type Line, lineText } from '../pdf/lines.js';
import { imageCoverage } from './coverage.js';
import { addCounts, garbageReason, type LayerStats, layerCounts, MIN_WORDS, statsOf } from './layer-quality.js';

export interface ScannedPage {
  /** 1-based */
  page: number;
  /** the page's text layer is real (a stamp, a page number) and its lines are kept beside the OCR */
  keepLayer: boolean;
  /** set when the page's text layer was judged garbage: why */
  garbage?: string;
}

/** A page with fewer letters than this is mostly picture if images cover it (seed last pages: ≥ 16). */
const FEW_LETTERS = 200;
/** Share of a page's area that images must cover for a low-text page to count as a scan. */
const SCAN_COVERAGE = 0.5;

const letters = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0;

export async function scannedPages(doc: PDFDocumentProxy, pages: Line[][]): Promise<ScannedPage[]> {
  const texts = pages.map((lines) => lines.map(lineText).join('\n'));
  // each page is counted once; the whole document's layer is the sum of its pages
  const counts = texts.map(layerCounts);
  let whole: LayerStats | undefined;
  const out: ScannedPage[] = [];
  for (const [i, text] of texts.entries()) {
    const page = i + 1;
    const n = letters(text);
    if (n === 0) {
      out.push({ page, keepLayer: false });
      continue;
    }
    const own = statsOf(counts[i]!);
    // a short page is judged with the whole document's layer (scanners OCR every page alike)
    let stats = own;
    if (stats.words < MIN_WORDS) {
      whole ??= statsOf(addCounts(counts));
      stats = whole;
    }
    const garbage = garbageReason(stats);
    if (garbage) {
      out.push({ page, keepLayer: false, garbage });
    } else if (n < FEW_LETTERS) {
      const pdfPage = await doc.getPage(page);
      const coverage = await imageCoverage(pdfPage);
      pdfPage.cleanup();
      if (coverage >= SCAN_COVERAGE) {
        // a stamp's text is kept as written; a few words of scanner garbage are not
        const keepLayer = garbageReason(own, 1) === undefined;
        out.push({ page, keepLayer });
      }
    }
  }
  return out;
}
