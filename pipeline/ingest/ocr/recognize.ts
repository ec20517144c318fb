/**
 * OCR of a PDF's scanned pages: each is rendered (pdftoppm) and read (tesseract), one page at a time
 * in page order, and its words take the page's place among the text-layer pages.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Message } from '../../../output/schema.js';
import type { Ingested } from '../../document.js';
import { IngestError } from '../error.js';
import { groupLines, type Line } from '../pdf/lines.js';
import { besideLayer } from './merge.js';
import type { OcrOptions } from './options.js';
import type { ScannedPage } from './plan.js';
import { renderPage } from './render.js';
import { engine, recognizeImage } from './tesseract.js';
import { readTsv } from './tsv.js';

export interface Recognized {
  /** every page's lines, the scanned ones replaced by what OCR read */
  pages: Line[][];
  ocr?: NonNullable<Ingested['ocr']>;
  warnings: Message[];
  /**
   * OCR could not run or failed on a page (and stopped there): the document's error when its other
   * pages hold too little text; otherwise it is one of `warnings` and those pages are read without it.
   */
  failure?: IngestError;
}

/** "1–3, 5" */
export function pageRanges(pages: number[]): string {
  const parts: string[] = [];
  let start = pages[0];
  for (let i = 0; start !== undefined; i++) {
    const end = pages[i] as number;
    const next = pages[i + 1];
    if (next === end + 1) continue;
    parts.push(start === end ? `${start}` : `${start}–${end}`);
    start = next;
  }
  return parts.join(', ');
}

const plural = (pages: number[]): string => `page${pages.length > 1 ? 's' : ''} ${pageRanges(pages)}`;
const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

export async function recognizeScans(
  bytes: Uint8Array,
  layer: Line[][],
  scans: ScannedPage[],
  o: OcrOptions,
): Promise<Recognized> {
  const warnings: Message[] = [];
  if (scans.length === 0) return { pages: layer, warnings };
  if (!o.enabled) {
    const pages = scans.map((s) => s.page);
    const look = pages.length > 1 ? 'look' : 'looks';
    warnings.push({ code: 'ocr-disabled', message: `${plural(pages)} ${look} scanned; OCR is disabled` });
    return { pages: layer, warnings };
  }
  // a garbage layer is dropped whether or not OCR then reads its page
  const dropped = new Set(scans.filter((s) => !s.keepLayer).map((s) => s.page));
  const pages = layer.map((lines, i) => (dropped.has(i + 1) ? [] : lines));
  let name: string;
  try {
    name = await engine(o);
  } catch (e) {
    if (!(e instanceof IngestError)) throw e;
    warnings.push({ code: e.code, message: e.message });
    return { pages, warnings, failure: e };
  }
  const todo = scans.slice(0, o.maxPages);
  const skipped = scans.slice(o.maxPages).map((s) => s.page);
  if (skipped.length > 0) {
    warnings.push({
      code: 'ocr-page-limit',
      message: `${plural(skipped)} not OCR'd: over the limit of ${o.maxPages} OCR pages per document`,
    });
  }
  const garbage = todo.filter((t) => t.garbage);
  if (garbage[0]) {
    warnings.push({
      code: 'ocr-garbage-layer',
      message: `text layer of ${plural(garbage.map((g) => g.page))} discarded as garbage (page ${garbage[0].page}: ${garbage[0].garbage})`,
    });
  }
  const read: { page: number; confidences: number[] }[] = [];
  let failure: IngestError | undefined;
  // The PDF is written once for pdftoppm; page images are deleted as soon as they are read.
  const dir = await mkdtemp(join(tmpdir(), 'vbx-ocr-'));
  try {
    const pdf = join(dir, 'document.pdf');
    await writeFile(pdf, bytes);
    for (const s of todo) {
      let tsv: string;
      try {
        const image = await renderPage(pdf, s.page, dir, o);
        tsv = await recognizeImage(image, s.page, o).finally(() => rm(image, { force: true }));
      } catch (e) {
        // a broken tesseract fails every page, each after its time limit: stop at the first
        if (!(e instanceof IngestError)) throw e;
        failure = e;
        warnings.push({ code: e.code, message: e.message });
        break;
      }
      const { items, confidences } = readTsv(tsv, o.dpi);
      const own = layer[s.page - 1] ?? [];
      pages[s.page - 1] = groupLines(s.keepLayer ? besideLayer(own, items) : items);
      if (confidences.length > 0) read.push({ page: s.page, confidences });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  if (read.length === 0) return { pages, warnings, failure };
  const ocr = { engine: name, pages: read.map((r) => ({ page: r.page, confidence: round1(mean(r.confidences)) })) };
  const overall = Math.round(mean(read.flatMap((r) => r.confidences)));
  warnings.unshift({
    code: 'ocr',
    message: `text of ${plural(read.map((r) => r.page))} comes from OCR (mean confidence ${overall})`,
  });
  return { pages, ocr, warnings, failure };
}

const round1 = (x: number): number => Math.round(10 * x) / 10;
