import type { ErrorRecord, Source } from '../../output/schema.js';
import type { Ingested } from '../document.js';
import { sha256 } from '../sha256.js';
import { readDoc } from './doc.js';
import { readDocx } from './docx.js';
import { IngestError } from './error.js';
import type { OcrOptions } from './ocr/options.js';
import { readPdf } from './pdf.js';
import { sniff } from './sniff.js';
import { readText } from './text.js';

export interface IngestOptions {
  /** files larger than this are refused before reading (bytes) */
  maxBytes: number;
  /**
   * paged documents with more pages than this are refused before their pages are read
   * (PDF: its page tree; .docx: the page count the saving program recorded, when it did)
   */
  maxPages: number;
  /** OCR of scanned PDF pages (tesseract); on unless `enabled: false`, defaults in ocr/options.ts */
  ocr?: Partial<OcrOptions>;
}

export const DEFAULT_INGEST: IngestOptions = { maxBytes: 50 * 1024 * 1024, maxPages: 1000 };

export type IngestOutcome =
  | { ok: true; source: Source; ingested: Ingested }
  | { ok: false; source: Partial<Source> & { path: string }; error: ErrorRecord['error'] };

export async function ingest(
  path: string,
  bytes: Uint8Array,
  opts: IngestOptions = DEFAULT_INGEST,
): Promise<IngestOutcome> {
  const partial: Partial<Source> & { path: string } = { path, bytes: bytes.length };
  try {
    if (bytes.length > opts.maxBytes) {
      throw new IngestError('too-large', `file is ${bytes.length} bytes, over the ${opts.maxBytes}-byte limit`);
    }
    const format = await sniff(bytes, path);
    partial.format = format;
    const ingested =
      format === 'docx'
        ? await readDocx(bytes, { maxPages: opts.maxPages })
        : format === 'doc'
          ? await readDoc(bytes)
          : format === 'pdf'
            ? await readPdf(bytes, opts)
            : readText(bytes, format === 'md');
    const source: Source = { path, format, bytes: bytes.length, sha256: sha256(bytes) };
    if (ingested.encodings?.length) source.encodings = ingested.encodings;
    if (ingested.ocr) source.ocr = ingested.ocr;
    return { ok: true, source, ingested };
  } catch (e) {
    if (e instanceof IngestError) return { ok: false, source: partial, error: { code: e.code, message: e.message } };
    const message = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      source: partial,
      error: { code: 'corrupt', message: `could not read ${partial.format ?? 'file'}: ${message}` },
    };
  }
}
