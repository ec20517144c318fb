import { JsonlWriter, outputPathFor } from '../output/writers.js';
import { discover } from './discover.js';
import { DEFAULT_INGEST } from './ingest/index.js';
import type { JobOptions } from './job.js';
import { createRunner, DEFAULT_LIMITS, defaultWorkers } from './pool.js';
import type { FileOutcome, FileTask } from './process-file.js';

export interface BatchOptions {
  out: string;
  jsonl?: string;
  /** skip inputs whose result already exists for the same content */
  resume?: boolean;
  job?: JobOptions;
  /** documents processed at once, each in a worker thread; default: one per core for 2,000+ documents, else 1 */
  workers?: number;
  /** per-document time limit (ms); 0 = none (then one worker runs documents in this thread) */
  timeoutMs?: number;
  /** heap limit per worker thread (MB) */
  memoryMb?: number;
  onStart?: (total: number) => void;
  onDocument?: (outcome: FileOutcome) => void;
}

export interface BatchSummary {
  documents: number;
  ok: number;
  failed: number;
  skipped: number;
  references: number;
  campaigns: number;
  anniversaries: number;
  dates: number;
  elapsedMs: number;
  docsPerSecond: number;
  failures: { path: string; code: string; message: string }[];
}

/** Embedded mode: every document on this machine, no server; none lost, results in input order. */
export async function runBatch(inputs: string[], opts: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const { files, missing } = await discover(inputs);
  const s: BatchSummary = {
    documents: files.length + missing.length,
    ok: 0,
    failed: 0,
    skipped: 0,
    references: 0,
    campaigns: 0,
    anniversaries: 0,
    dates: 0,
    elapsedMs: 0,
    docsPerSecond: 0,
    failures: [],
  };
  opts.onStart?.(s.documents);
  const jsonl = opts.jsonl ? await JsonlWriter.open(opts.jsonl) : null;
  const base = { resume: opts.resume ?? false, job: opts.job ?? DEFAULT_INGEST, wantLine: jsonl !== null };
  const tasks: FileTask[] = [
    ...missing.map((path) => ({ ...base, path, outFile: null })),
    ...files.map((f) => ({ ...base, path: f.path, outFile: outputPathFor(f.path, f.base, opts.out) })),
  ];
  const record = async (o: FileOutcome) => {
    if (o.line) await jsonl?.writeLine(o.line);
    if (o.status === 'skipped') s.skipped++;
    else if (o.status === 'failed' || o.status === 'retry') {
      s.failed++;
      if (o.failure) s.failures.push({ path: o.path, ...o.failure });
    } else {
      s.ok++;
      s.references += o.counts.references;
      s.campaigns += o.counts.campaigns;
      s.anniversaries += o.counts.anniversaries;
      s.dates += o.counts.dates;
    }
    opts.onDocument?.(o);
  };
  // Measured here: a second thread pays off only over thousands of documents (start-up, and 2 vCPUs
  // give ~1.3x), so small batches use one.
  const workers = Math.min(opts.workers ?? (tasks.length >= 2000 ? defaultWorkers() : 1), Math.max(tasks.length, 1));
  const timeoutMs = opts.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  const runner = createRunner({ threads: workers, timeoutMs, memoryMb: opts.memoryMb ?? DEFAULT_LIMITS.memoryMb });
  // The runner turns a timeout, a memory blow-up or a crashed thread into an error record; this
  // catch is for a failure of the runner itself, which must still cost one document, not the batch.
  const run = (t: FileTask): Promise<FileOutcome> =>
    runner.run(t).catch((e: unknown) => ({
      path: t.path,
      status: 'failed' as const,
      counts: { references: 0, campaigns: 0, anniversaries: 0, dates: 0 },
      failure: { code: 'internal', message: `worker failed: ${e instanceof Error ? e.message : String(e)}` },
    }));
  try {
    // A few tasks in flight per thread keep the threads busy while this thread reads and records;
    // outcomes are recorded in input order so JSONL output is stable.
    const window = workers * 4;
    const pending: Promise<FileOutcome>[] = [];
    let next = 0;
    while (next < tasks.length || pending.length) {
      while (next < tasks.length && pending.length < window) pending.push(run(tasks[next++] as FileTask));
      await record(await (pending.shift() as Promise<FileOutcome>));
    }
  } finally {
    await runner.close();
    await jsonl?.close();
  }
  s.elapsedMs = performance.now() - started;
  s.docsPerSecond = s.documents / Math.max(s.elapsedMs / 1000, 1e-9);
  return s;
}
