import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { FileOutcome, FileTask } from './process-file.js';
import { processFile } from './process-file.js';

export interface Runner {
  run: (task: FileTask) => Promise<FileOutcome>;
  close: () => Promise<void>;
}

export const defaultWorkers = (): number => Math.max(1, Math.min(availableParallelism(), 8));

/** workers = 1 runs in this thread (no start-up cost); more use a piscina pool of worker threads. */
export function createRunner(workers: number): Runner {
  if (workers <= 1) return { run: processFile, close: async () => {} };
  const pool = new Piscina({
    // From TypeScript sources the worker needs the tsx loader; compiled (dist/) it does not.
    filename: new URL(import.meta.url.endsWith('.ts') ? './worker-entry.mjs' : './worker.js', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    // a few queued tasks per thread keep every core busy without holding the whole batch in memory
    maxQueue: workers * 4,
  });
  return { run: (task) => pool.run(task), close: () => pool.destroy() };
}
