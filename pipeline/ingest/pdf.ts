/**
 * .pdf reader for PDFs with a text layer. pdfjs (the engine inside pdf-parse) gives positioned text items;
 * lines, columns and paragraphs are rebuilt from positions (see pdf/layout.ts). Scanned pages (no text
 * layer, a garbage one, or a scan under a signature stamp) are read by OCR instead (see ocr/).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Message } from '../../output/schema.js';
import type { Ingested } from '../document.js';
import { IngestError } from './error.js';
import { type OcrOptions, ocrOptions } from './ocr/options.js';
import { scannedPages } from './ocr/plan.js';
import { recognizeScans } from './ocr/recognize.js';
import { layoutText } from './pdf/layout.js';
import { decodeLegacyLayer, type FontedText, type LegacyLayer } from './pdf/legacy.js';
import type { Line } from './pdf/lines.js';
import { groupLines } from './pdf/lines.js';
import { pdfjs, restoreNatives } from './pdf/pdfjs.js';

/** A page with fewer letters than this carries no real text (at most a digital-signature stamp). */
const MIN_PAGE_LETTERS = 200;

/** Predefined CMaps, for PDFs whose fonts name one instead of embedding a ToUnicode map. */
const cMapUrl = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps')}/`;

interface PdfjsTextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

const isTextItem = (item: object): item is PdfjsTextItem => 'str' in item;

/** Horizontal text only: a rotated watermark or margin note would scramble the lines. */
function placedText(item: PdfjsTextItem): FontedText | undefined {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  if (Math.abs(b) > 0.05 * Math.abs(a) || a <= 0) return undefined;
  return { str: item.str, x, y, width: item.width, size: Math.hypot(c, d), font: item.fontName };
}

/** Each page's lines, after text typed in a legacy Vietnamese font was converted (see pdf/legacy.ts). */
async function readPages(doc: PDFDocumentProxy): Promise<{ lines: Line[][]; legacy: LegacyLayer }> {
  const pages: FontedText[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const items: FontedText[] = [];
    for (const item of content.items) {
      const p = isTextItem(item) ? placedText(item) : undefined;
      if (p) items.push(p);
    }
    pages.push(items);
    page.cleanup();
  }
  const legacy = await decodeLegacyLayer(doc, pages);
  return { lines: pages.map((items) => groupLines(items)), legacy };
}

const letters = (lines: Line[]): number => {
  let n = 0;
  for (const l of lines) for (const s of l.segments) n += s.text.match(/\p{L}/gu)?.length ?? 0;
  return n;
};

function loadError(e: unknown): IngestError {
  const name = e instanceof Error ? e.name : '';
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'PasswordException') return new IngestError('encrypted', `PDF is password-protected: ${message}`);
  return new IngestError('corrupt', `not a readable PDF: ${message}`);
}

/** Runs `use` on the loaded document and always releases it (thousands of files go through one process). */
async function withPdf<T>(bytes: Uint8Array, use: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // pdfjs may take ownership of the buffer it is given; the caller still hashes its bytes.
  const { getDocument, VerbosityLevel } = await pdfjs();
  const task = getDocument({
    data: new Uint8Array(bytes), // a copy, and never a Buffer (pdfjs refuses those)
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl,
    cMapPacked: true,
  });
  try {
    let doc: PDFDocumentProxy;
    try {
      doc = await task.promise;
    } catch (e) {
      throw loadError(e);
    }
    return await use(doc);
  } finally {
    await task.destroy();
    restoreNatives();
  }
}

/** Each page's visual lines before any cleanup (for tests and debugging). */
export const readPdfLines = (bytes: Uint8Array): Promise<Line[][]> =>
  withPdf(bytes, async (doc) => (await readPages(doc)).lines);

export async function readPdf(
  bytes: Uint8Array,
  opts: { maxPages: number; ocr?: Partial<OcrOptions> } = { maxPages: 1000 },
): Promise<Ingested> {
  const ocrOpts = ocrOptions(opts.ocr);
  const layer = await withPdf(bytes, async (doc) => {
    if (doc.numPages > opts.maxPages) {
      throw new IngestError('too-large', `PDF has ${doc.numPages} pages, over the ${opts.maxPages}-page limit`);
    }
    const { lines: pages, legacy } = await readPages(doc);
    return { pages, legacy, scans: await scannedPages(doc, pages) };
  });
  // after the pdfjs document is released: OCR takes seconds a page
  const { pages, ocr, failure, warnings: ocrWarnings } = await recognizeScans(bytes, layer.pages, layer.scans, ocrOpts);
  const counts = pages.map(letters);
  if (Math.max(0, ...counts) < MIN_PAGE_LETTERS) {
    if (failure) throw failure;
    const why = ocrOpts.enabled ? 'and OCR found no text in it' : 'and OCR is disabled';
    throw new IngestError('no-text', `PDF has no text layer (scanned?) ${why}`);
  }
  const warnings: Message[] = [...layer.legacy.warnings, ...ocrWarnings];
  const blank = counts.flatMap((c, i) => (c < 20 ? [i + 1] : []));
  if (blank.length > 0) {
    warnings.push({
      code: 'pdf-pages-without-text',
      message: `pages without a text layer were skipped: ${blank.join(', ')}`,
    });
  }
  const { encodings } = layer.legacy;
  return { text: layoutText(pages), warnings, ...(encodings && { encodings }), ...(ocr && { ocr }) };
}
