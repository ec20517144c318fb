import type { Command } from 'commander';
import { type BatchSummary, runBatch } from '../pipeline/embedded.js';
import { runQueuedBatch } from '../pipeline/queue/batch.js';
import { DEFAULT_QUEUE } from '../pipeline/queue/connection.js';
import { createLog } from './log.js';
import { jobOptions, type LimitFlags, positiveInt, queueTarget, withDocumentLimits, withRunLimits } from './options.js';
import { createProgress } from './progress.js';
import { formatSummary } from './summary.js';

interface ExtractFlags extends LimitFlags {
  out: string;
  jsonl?: string;
  resume: boolean;
  workers?: number;
  quiet: boolean;
  redis?: string | true;
  queue: string;
}

export function extractCommand(program: Command) {
  const c = program
    .command('extract')
    .description('extract every document under the given files or folders (embedded mode unless --redis)')
    .argument('<inputs...>', 'files or folders (folders are searched recursively)')
    .requiredOption(
      '-o, --out <dir>',
      'folder for one JSON result per document (mirrors input paths, ".json" appended)',
    )
    .option('--jsonl <file>', 'also write all results to one JSON Lines file (embedded mode)')
    .option('--resume', 'skip documents whose result already exists for the same content', false)
    .option(
      '-w, --workers <n>',
      'documents processed at once, one worker thread each (default: one per core for 2,000+ documents, else 1; with --redis: 0 = only wait for other workers)',
      (v) => (v === '0' ? 0 : positiveInt(v)),
    )
    .option('--redis [url]', 'queue mode: enqueue, work and wait (url default: $REDIS_URL or redis://127.0.0.1:6379)')
    .option('--queue <name>', 'queue name (with --redis)', DEFAULT_QUEUE)
    .option('-q, --quiet', 'no progress bar', false);
  withRunLimits(withDocumentLimits(c)).action(async (inputs: string[], o: ExtractFlags) => {
    if (o.redis && o.jsonl) program.error('--jsonl is for embedded mode; with --redis the results are in --out');
    const progress = createProgress(!o.quiet);
    const common = {
      out: o.out,
      resume: o.resume,
      timeoutMs: o.timeout * 1000,
      memoryMb: o.maxMemoryMb,
      job: jobOptions(o),
      onStart: progress.start,
      onDocument: progress.tick,
    };
    let summary: BatchSummary;
    if (o.redis) {
      const log = createLog('vbx-extract');
      summary = await runQueuedBatch(inputs, { ...common, ...queueTarget(o), workers: o.workers ?? 1, log });
    } else {
      summary = await runBatch(inputs, { ...common, jsonl: o.jsonl, workers: o.workers || undefined });
    }
    progress.stop();
    process.stdout.write(formatSummary(summary));
    process.exitCode = summary.failed > 0 ? 1 : 0;
  });
}
