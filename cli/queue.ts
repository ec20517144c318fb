import { Queue } from 'bullmq';
import type { Command } from 'commander';
import { connect } from '../pipeline/queue/connection.js';
import { DEFAULT_RETRY, enqueue, type RetryPolicy } from '../pipeline/queue/enqueue.js';
import { listFailed, retryFailed } from '../pipeline/queue/failed.js';
import { formatStatus, queueStatus } from '../pipeline/queue/status.js';
import { startWorker } from '../pipeline/queue/worker.js';
import { createLog } from './log.js';
import {
  jobOptions,
  type LimitFlags,
  positiveInt,
  queueTarget,
  withDocumentLimits,
  withQueue,
  withRunLimits,
} from './options.js';

interface QueueFlags {
  redis?: string;
  queue: string;
}

/** Runs `use` on a queue handle and always lets the process exit afterwards. */
async function withQueueHandle<T>(o: QueueFlags, mode: 'persistent' | 'one-shot', use: (q: Queue) => Promise<T>) {
  const t = queueTarget(o);
  const connection = connect(t.url, mode);
  const queue = new Queue(t.name, { connection });
  try {
    return await use(queue);
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

export function queueCommands(program: Command) {
  withDocumentLimits(withQueue(program.command('enqueue')))
    .description('add one job per document to the queue (job id = sha256 of the content: re-enqueueing adds nothing)')
    .argument('<inputs...>', 'files or folders (folders are searched recursively)')
    .option('--attempts <n>', 'tries per document for transient failures', positiveInt, DEFAULT_RETRY.attempts)
    .option('--backoff-ms <n>', 'first retry delay, doubling each time', positiveInt, DEFAULT_RETRY.backoffMs)
    .action(async (inputs: string[], o: QueueFlags & LimitFlags & RetryPolicy) => {
      const retry = { attempts: o.attempts, backoffMs: o.backoffMs };
      const r = await withQueueHandle(o, 'persistent', (q) => enqueue(q, inputs, jobOptions(o), retry));
      process.stdout.write(`added ${r.added}, already queued ${r.existing}, unreadable ${r.unreadable.length}\n`);
      for (const u of r.unreadable) process.stdout.write(`  unreadable: ${u.path}: ${u.message}\n`);
      process.exitCode = r.unreadable.length ? 1 : 0;
    });

  withRunLimits(withQueue(program.command('worker')))
    .description('process queued documents until stopped (SIGINT/SIGTERM: finish active documents, then exit)')
    .requiredOption('-o, --out <dir>', 'folder for results (shared by all workers of one queue)')
    .option('-c, --concurrency <n>', 'documents processed at once, one worker thread each', positiveInt, 1)
    .option('--lock-ms <n>', 'lock on an active job; a dead worker loses its jobs to others after this', positiveInt)
    .option('--stalled-ms <n>', 'how often to look for jobs of dead workers', positiveInt)
    .action(
      async (
        o: QueueFlags & LimitFlags & { out: string; concurrency: number; lockMs?: number; stalledMs?: number },
      ) => {
        const log = createLog('vbx-worker');
        const w = await startWorker({
          ...queueTarget(o),
          out: o.out,
          concurrency: o.concurrency,
          timeoutMs: o.timeout * 1000,
          memoryMb: o.maxMemoryMb,
          lockMs: o.lockMs,
          stalledMs: o.stalledMs,
          log,
        });
        let stopping = false;
        const stop = (signal: string) => {
          if (stopping) {
            // Second signal: leave now; the active jobs' locks expire and other workers take them.
            log.warn({ signal }, 'exiting without finishing active documents');
            process.exit(130);
          }
          stopping = true;
          log.info({ signal }, 'stopping: no new jobs, finishing active documents');
          void w.close().then(() => {
            log.info('stopped');
            log.flush();
            process.exit(0);
          });
        };
        process.on('SIGINT', () => stop('SIGINT'));
        process.on('SIGTERM', () => stop('SIGTERM'));
      },
    );

  withQueue(program.command('status'))
    .description('job counts per state, throughput and latency')
    .option('--json', 'machine-readable output', false)
    .action(async (o: QueueFlags & { json: boolean }) => {
      const s = await withQueueHandle(o, 'one-shot', (q) => queueStatus(q));
      process.stdout.write(o.json ? `${JSON.stringify(s)}\n` : formatStatus(s));
    });

  withQueue(program.command('failed'))
    .description('list failed documents with their error code and reason')
    .option('--code <code>', 'only this error code (corrupt, encrypted, timeout, read-failed, …)')
    .action(async (o: QueueFlags & { code?: string }) => {
      const list = await withQueueHandle(o, 'one-shot', (q) => listFailed(q, o.code));
      for (const f of list) process.stdout.write(`${f.code}\t${f.path}\t${f.reason}\n`);
      process.stderr.write(`${list.length} failed\n`);
    });

  withQueue(program.command('retry'))
    .description('put failed documents back in the queue (after fixing a file or upgrading)')
    .option('--code <code>', 'only failures with this error code')
    .action(async (o: QueueFlags & { code?: string }) => {
      const n = await withQueueHandle(o, 'one-shot', (q) => retryFailed(q, o.code));
      process.stdout.write(`re-queued ${n}\n`);
    });
}
