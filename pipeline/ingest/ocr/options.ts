/** How scanned pages are read. Every field has a default, so callers pass only what they change. */
export interface OcrOptions {
  /** false: scanned pages are skipped (a PDF with no text at all is refused with 'no-text') */
  enabled: boolean;
  /** the tesseract binary (Debian: tesseract-ocr), a name looked up on PATH or a path */
  tesseractPath: string;
  /** the page renderer (Debian: poppler-utils) */
  pdftoppmPath: string;
  /** tesseract -l: its Vietnamese model (Debian: tesseract-ocr-vie); 'vie+eng' also works */
  languages: string;
  /**
   * pages OCR'd per document at most, in page order; the rest are skipped with a warning. A full A4
   * page measured ~2.3 s here (0.25 s rendering, 2.1 s tesseract on one core): 20 pages take ~46 s,
   * inside a 120 s per-document timeout even on a core shared by two documents.
   */
  maxPages: number;
  /** rendering resolution: tesseract is trained on ~300 dpi text */
  dpi: number;
  /**
   * tesseract page segmentation mode. Measured on fixtures/scanned/001_scanned.pdf: 3 (automatic) and
   * 4 (one column) both read all 7 references with page confidences 95 / 93; 6 (one uniform block)
   * ran the header columns together: confidences 88 / 83, 6 of 7 references, no campaign whole.
   */
  psm: number;
  /** a renderer or tesseract run taking longer than this is killed and the document fails */
  pageTimeoutSeconds: number;
}

export const DEFAULT_OCR: OcrOptions = {
  enabled: true,
  tesseractPath: 'tesseract',
  pdftoppmPath: 'pdftoppm',
  languages: 'vie',
  maxPages: 20,
  dpi: 300,
  psm: 3,
  pageTimeoutSeconds: 60,
};

export const ocrOptions = (o: Partial<OcrOptions> = {}): OcrOptions => ({ ...DEFAULT_OCR, ...o });

export const INSTALL_HINT = 'install it with: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils';
