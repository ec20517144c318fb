// Library entry point: the same pipeline the CLI runs.
import { readFile } from 'node:fs/promises';
import type { Output } from './output/schema.js';
import { DEFAULT_INGEST } from './pipeline/ingest/index.js';
import { type JobOptions, runJob } from './pipeline/job.js';

export * from './output/schema.js';
export { runBatch } from './pipeline/embedded.js';
export { runJob } from './pipeline/job.js';
export { docFromText } from './pipeline/normalize.js';
export { runQueuedBatch } from './pipeline/queue/batch.js';
export { enqueue } from './pipeline/queue/enqueue.js';
export { listFailed, retryFailed } from './pipeline/queue/failed.js';
export { JobData } from './pipeline/queue/payload.js';
export { queueStatus } from './pipeline/queue/status.js';
export { startWorker } from './pipeline/queue/worker.js';

/** Extracts one document from a path, or from bytes with a name for `source.path`. */
export async function extract(
  input: string | { path: string; bytes: Uint8Array },
  opts: JobOptions = DEFAULT_INGEST,
): Promise<Output> {
  if (typeof input === 'string') return runJob({ path: input, bytes: await readFile(input) }, opts);
  return runJob(input, opts);
}
