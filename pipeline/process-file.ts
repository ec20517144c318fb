import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { ErrorCode, ErrorRecord, Output } from '../output/schema.js';
import { SCHEMA_VERSION } from '../output/schema.js';
import { writeJsonAtomic } from '../output/writers.js';
import { type JobOptions, runJob } from './job.js';

export interface FileTask {
  path: string;
  /** where to read the bytes when `path` (recorded in the result) is not reachable from here; default `path` */
  file?: string;
  /** where the result goes; null for inputs that have no place in the output tree */
  outFile: string | null;
  resume: boolean;
  job: JobOptions;
  /** return the result as one JSON line (for --jsonl) */
  wantLine: boolean;
  /**
   * A failure that may pass (unreadable file, failed write) is returned as status 'retry' with nothing
   * written, so a queue can try again; false on the last attempt and in embedded mode.
   */
  mayRetry?: boolean;
}

export interface FileOutcome {
  path: string;
  /** 'retry': a transient failure, nothing written */
  status: 'ok' | 'failed' | 'skipped' | 'retry';
  counts: { references: number; campaigns: number; anniversaries: number; dates: number };
  failure?: { code: string; message: string };
  line?: string;
}

async function alreadyDone(file: string, bytes: Uint8Array): Promise<boolean> {
  try {
    const prev = JSON.parse(await readFile(file, 'utf8'));
    return prev.ok === true && prev.source?.sha256 === createHash('sha256').update(bytes).digest('hex');
  } catch {
    return false;
  }
}

const none = { references: 0, campaigns: 0, anniversaries: 0, dates: 0 };

export const errorRecord = (path: string, bytes: number | null, code: ErrorCode, message: string): ErrorRecord => ({
  schemaVersion: SCHEMA_VERSION,
  ok: false,
  source: { path, format: null, bytes },
  error: { code, message },
});

const retry = (path: string, code: string, message: string): FileOutcome => ({
  path,
  status: 'retry',
  counts: none,
  failure: { code, message },
});

async function resultFor(task: FileTask): Promise<Output | 'skipped' | FileOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(task.file ?? task.path);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message;
    if (task.mayRetry) return retry(task.path, 'read-failed', `cannot read file: ${why}`);
    return errorRecord(task.path, null, 'read-failed', `cannot read file: ${why}`);
  }
  if (task.resume && task.outFile && (await alreadyDone(task.outFile, bytes))) return 'skipped';
  return runJob({ path: task.path, bytes }, task.job);
}

/** The outcome of a written result: only this small summary crosses threads, never the document. */
function outcomeOf(task: FileTask, r: Output): FileOutcome {
  const line = task.wantLine ? JSON.stringify(r) : undefined;
  if (!r.ok) {
    return { path: task.path, status: 'failed', counts: none, failure: { ...r.error }, line };
  }
  const counts = {
    references: r.references.length,
    campaigns: r.campaigns.length,
    anniversaries: r.anniversaries.length,
    dates: r.dates.length,
  };
  return { path: task.path, status: 'ok', counts, line };
}

async function write(task: FileTask, r: Output): Promise<FileOutcome> {
  try {
    if (task.outFile) await writeJsonAtomic(task.outFile, r);
  } catch (e) {
    const message = `cannot write ${task.outFile}: ${(e as Error).message}`;
    if (task.mayRetry) return retry(task.path, 'write-failed', message);
    return { path: task.path, status: 'failed', counts: none, failure: { code: 'write-failed', message } };
  }
  return outcomeOf(task, r);
}

/** Read → run the job → write, for one input. Runs in the main thread or in a pool worker. */
export async function processFile(task: FileTask): Promise<FileOutcome> {
  const r = await resultFor(task);
  if (r === 'skipped') return { path: task.path, status: 'skipped', counts: none };
  if ('status' in r) return r;
  return write(task, r);
}

/**
 * A document that never produced a result (its thread timed out, ran out of memory or crashed)
 * still gets its error record, written from the calling thread.
 */
export async function failedFile(task: FileTask, code: ErrorCode, message: string): Promise<FileOutcome> {
  const size = await stat(task.file ?? task.path).then(
    (s) => s.size,
    () => null,
  );
  return write({ ...task, mayRetry: false }, errorRecord(task.path, size, code, message));
}
