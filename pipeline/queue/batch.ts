import { Queue } from 'bullmq';
import type { Logger } from 'pino';
import type { BatchOptions, BatchSummary } from '../embedded.js';
import { DEFAULT_INGEST } from '../ingest/index.js';
import { connect, type QueueTarget } from './connection.js';
import { enqueue } from './enqueue.js';
import { waitFor } from './wait.js';
import { type QueueWorker, startWorker } from './worker.js';

export interface QueuedBatchOptions extends BatchOptions, QueueTarget {
  /** documents this process works on itself while waiting; 0: only wait for other workers */
  workers: number;
  log: Logger;
}

/** `vbx extract --redis`: enqueue, work (or let other workers work), wait; summed up like embedded mode. */
export async function runQueuedBatch(inputs: string[], o: QueuedBatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const connection = connect(o.url, 'persistent');
  const queue = new Queue(o.name, { connection });
  let worker: QueueWorker | null = null;
  try {
    const report = await enqueue(queue, inputs, o.job ?? DEFAULT_INGEST);
    o.log.info({ added: report.added, existing: report.existing, unreadable: report.unreadable.length }, 'enqueued');
    const documents = new Set(report.ids).size + report.unreadable.length;
    o.onStart?.(documents);
    for (const u of report.unreadable) {
      o.onDocument?.({
        path: u.path,
        status: 'failed',
        counts: { references: 0, campaigns: 0, anniversaries: 0, dates: 0 },
      });
    }
    if (o.workers > 0) {
      worker = await startWorker({ ...o, concurrency: o.workers, out: o.out, log: o.log });
    }
    const s = await waitFor(queue, report.ids, (d) => o.onDocument?.(d));
    const failures = [...report.unreadable.map((u) => ({ ...u, code: 'read-failed' })), ...s.failures];
    const elapsedMs = performance.now() - started;
    return {
      ...s,
      documents,
      failed: s.failed + report.unreadable.length,
      failures,
      elapsedMs,
      docsPerSecond: documents / Math.max(elapsedMs / 1000, 1e-9),
    };
  } finally {
    await worker?.close();
    await queue.close();
    connection.disconnect();
  }
}
