import { type Command, InvalidArgumentError } from 'commander';
import { DEFAULT_INGEST } from '../pipeline/ingest/index.js';
import { DEFAULT_OCR } from '../pipeline/ingest/ocr/options.js';
import type { JobOptions } from '../pipeline/job.js';
import { DEFAULT_LIMITS } from '../pipeline/pool.js';
import { DEFAULT_QUEUE, defaultRedisUrl } from '../pipeline/queue/connection.js';

export const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
};

export const nonNegative = (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number, 0 or more');
  return n;
};

/** Options of the extraction itself: the same for embedded runs, enqueue and workers. */
export const withDocumentLimits = (c: Command) =>
  c
    .option('--max-mb <n>', 'refuse files larger than this many MB', positiveInt, DEFAULT_INGEST.maxBytes / 2 ** 20)
    .option('--max-pages <n>', 'refuse documents with more pages than this', positiveInt, DEFAULT_INGEST.maxPages)
    .option('--no-ocr', 'do not OCR scanned PDF pages (a PDF with no text layer is then refused)')
    .option('--ocr-pages <n>', 'OCR at most this many pages per document', positiveInt, DEFAULT_OCR.maxPages)
    .option('--ocr-lang <langs>', 'tesseract languages', DEFAULT_OCR.languages);

export const withRunLimits = (c: Command) =>
  c
    .option(
      '--timeout <s>',
      'stop a document after this many seconds (0: no limit)',
      nonNegative,
      DEFAULT_LIMITS.timeoutMs / 1000,
    )
    .option('--max-memory-mb <n>', 'heap limit per worker thread', positiveInt, DEFAULT_LIMITS.memoryMb);

export const withQueue = (c: Command) =>
  c
    .option('--redis <url>', 'Redis URL (default: $REDIS_URL or redis://127.0.0.1:6379)')
    .option('--queue <name>', 'queue name', DEFAULT_QUEUE);

export interface LimitFlags {
  maxMb: number;
  maxPages: number;
  ocr: boolean;
  ocrPages: number;
  ocrLang: string;
  timeout: number;
  maxMemoryMb: number;
}

export const jobOptions = (o: LimitFlags): JobOptions => ({
  maxBytes: o.maxMb * 2 ** 20,
  maxPages: o.maxPages,
  ocr: { enabled: o.ocr, maxPages: o.ocrPages, languages: o.ocrLang },
});

export const queueTarget = (o: { redis?: string | true; queue: string }) => ({
  url: typeof o.redis === 'string' ? o.redis : defaultRedisUrl(),
  name: o.queue,
});
