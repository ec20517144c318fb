import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { FileOutcome, FileTask } from './process-file.js';
import { failedFile, processFile } from './process-file.js';

export interface Runner {
  run: (task: FileTask) => Promise<FileOutcome>;
  close: () => Promise<void>;
}

export interface RunnerOptions {
  /** documents processed at once, one worker thread each */
  threads: number;
  /** per-document limit; 0 = none, and then one thread runs documents in the calling thread */
  timeoutMs: number;
  /** heap limit of each worker thread (MB) */
  memoryMb: number;
}

export const DEFAULT_LIMITS = { timeoutMs: 120_000, memoryMb: 2048 };

export const defaultWorkers = (): number => Math.max(1, Math.min(availableParallelism(), 8));

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Every document runs in a worker thread, so a parser that hangs or balloons (PDF, .doc, OCR) is
 * stopped by terminating its thread, and the calling thread stays free (a queue worker's lock
 * renewal runs there). A document that never returns gets its error record written from here.
 */
export function createRunner(o: RunnerOptions): Runner {
  if (o.threads <= 1 && o.timeoutMs <= 0) return { run: processFile, close: async () => {} };
  const pool = new Piscina({
    // From TypeScript sources the worker needs the tsx loader; compiled (dist/) it does not.
    filename: new URL(import.meta.url.endsWith('.ts') ? './worker-entry.mjs' : './worker.js', import.meta.url).href,
    minThreads: o.threads,
    maxThreads: o.threads,
    resourceLimits: { maxOldGenerationSizeMb: o.memoryMb },
  });
  const slots = semaphore(o.threads);
  const run = async (task: FileTask): Promise<FileOutcome> => {
    // Callers may hand over more tasks than threads (to hide their own I/O); a document's clock
    // starts only when a thread is free for it.
    const release = await slots();
    const signal = o.timeoutMs > 0 ? AbortSignal.timeout(o.timeoutMs) : undefined;
    try {
      return await pool.run(task, { signal });
    } catch (e) {
      if (signal?.aborted) {
        return failedFile(task, 'timeout', `processing took longer than the ${o.timeoutMs / 1000} s limit; stopped`);
      }
      if ((e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        return failedFile(task, 'too-large', `processing needed more than the ${o.memoryMb} MB memory limit; stopped`);
      }
      // A crashed thread costs its document an error record, never the batch; a queue may retry it.
      if (task.mayRetry) return { path: task.path, status: 'retry', counts: outcomeZero, failure: crash(e) };
      return failedFile(task, 'internal', crash(e).message);
    } finally {
      release();
    }
  };
  return { run, close: () => pool.destroy() };
}

const outcomeZero = { references: 0, campaigns: 0, anniversaries: 0, dates: 0 };
const crash = (e: unknown) => ({ code: 'internal', message: `worker thread failed: ${message(e)}` });

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
