import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { type ExtractInput, errorOutput, extractBytes, summarize } from './extracted.js';
import { type Extractor, type FileOutcome, type FileTask, processFile } from './process-file.js';

export interface Runner {
  run: (task: FileTask) => Promise<FileOutcome>;
  close: () => Promise<void>;
}

export interface RunnerOptions {
  /** documents extracted at once, one worker thread each */
  threads: number;
  /** per-document limit on extraction; 0 = none, and then one thread extracts in the calling thread */
  timeoutMs: number;
  /** heap limit of each worker thread (MB) */
  memoryMb: number;
}

export const DEFAULT_LIMITS = { timeoutMs: 120_000, memoryMb: 2048 };

export const defaultWorkers = (): number => Math.max(1, Math.min(availableParallelism(), 8));

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Every document is extracted in a worker thread, so a parser that hangs or balloons (PDF, .doc, OCR)
 * is stopped by terminating its thread, and the calling thread stays free (a queue worker's lock
 * renewal runs there). Files are read and results written in the calling thread, overlapping with
 * extraction; a document that never returns still gets its error record.
 */
export function createRunner(o: RunnerOptions): Runner {
  if (o.threads <= 1 && o.timeoutMs <= 0) {
    return { run: (task) => processFile(task, extractBytes), close: async () => {} };
  }
  const pool = new Piscina({
    // From TypeScript sources the worker needs the tsx loader; compiled (dist/) it does not.
    filename: new URL(import.meta.url.endsWith('.ts') ? './worker-entry.mjs' : './worker.js', import.meta.url).href,
    minThreads: o.threads,
    maxThreads: o.threads,
    resourceLimits: { maxOldGenerationSizeMb: o.memoryMb },
  });
  const slots = semaphore(o.threads);
  const extract: Extractor = async (input: ExtractInput) => {
    // Callers may hand over more documents than threads (to overlap their I/O); a document's clock
    // starts only when a thread is free for it.
    const release = await slots();
    const signal = o.timeoutMs > 0 ? AbortSignal.timeout(o.timeoutMs) : undefined;
    const size = input.bytes.length; // the bytes move to the thread
    const fail = (code: 'timeout' | 'too-large', why: string) =>
      summarize(errorOutput(input.path, size, code, why), input.wantLine);
    try {
      return await pool.run(input, { signal, transferList: transferable(input.bytes) });
    } catch (e) {
      if (signal?.aborted)
        return fail('timeout', `processing took longer than the ${o.timeoutMs / 1000} s limit; stopped`);
      if ((e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        return fail('too-large', `processing needed more than the ${o.memoryMb} MB memory limit; stopped`);
      }
      // A crashed thread costs its document an error record, never the batch; a queue may retry it.
      return { retry: { code: 'internal', message: `worker thread failed: ${message(e)}` } };
    } finally {
      release();
    }
  };
  return { run: (task) => processFile(task, extract), close: () => pool.destroy() };
}

/** The bytes' buffer moves to the thread instead of being copied, when it holds nothing else. */
const transferable = (b: Uint8Array): ArrayBuffer[] | undefined =>
  b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer
    ? [b.buffer]
    : undefined;

function semaphore(n: number): () => Promise<() => void> {
  let free = n;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return () => {
    if (free > 0) {
      free--;
      return Promise.resolve(release);
    }
    return new Promise((resolve) => waiting.push(() => resolve(release)));
  };
}
