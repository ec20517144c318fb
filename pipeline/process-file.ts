import { readFile } from 'node:fs/promises';
import { writeTextAtomic } from '../output/writers.js';
import { type Counts, type Extracted, type ExtractInput, errorOutput, NO_COUNTS, summarize } from './extracted.js';
import type { JobOptions } from './job.js';
import { sha256 } from './sha256.js';

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
   * A failure that may pass (unreadable file, failed write, crashed thread) is returned as status
   * 'retry' with nothing written, so a queue can try again; false on the last attempt and in embedded mode.
   */
  mayRetry?: boolean;
}

export interface FileOutcome {
  path: string;
  /** 'retry': a transient failure, nothing written */
  status: 'ok' | 'failed' | 'skipped' | 'retry';
  counts: Counts;
  failure?: { code: string; message: string };
  line?: string;
}

/** Turns bytes into a result: in a worker thread with limits (pool.ts), or in this thread. */
export type Extractor = (input: ExtractInput) => Promise<Extracted | { retry: { code: string; message: string } }>;

async function alreadyDone(file: string, bytes: Uint8Array): Promise<boolean> {
  try {
    const prev = JSON.parse(await readFile(file, 'utf8'));
    return prev.ok === true && prev.source?.sha256 === sha256(bytes);
  } catch {
    return false;
  }
}

const retry = (path: string, failure: { code: string; message: string }): FileOutcome => ({
  path,
  status: 'retry',
  counts: NO_COUNTS,
  failure,
});

async function write(task: FileTask, x: Extracted): Promise<FileOutcome> {
  try {
    if (task.outFile) await writeTextAtomic(task.outFile, x.json);
  } catch (e) {
    const failure = { code: 'write-failed', message: `cannot write ${task.outFile}: ${(e as Error).message}` };
    if (task.mayRetry) return retry(task.path, failure);
    return { path: task.path, status: 'failed', counts: NO_COUNTS, failure };
  }
  const status = x.failure ? 'failed' : 'ok';
  return { path: task.path, status, counts: x.counts, failure: x.failure, line: x.line };
}

/**
 * Read → extract → write, for one input. The reading and writing happen here, so a worker thread
 * only ever computes, and the next file is read while the previous one is extracted.
 */
export async function processFile(task: FileTask, extract: Extractor): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(task.file ?? task.path);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message;
    const failure = { code: 'read-failed' as const, message: `cannot read file: ${why}` };
    if (task.mayRetry) return retry(task.path, failure);
    return write(task, summarize(errorOutput(task.path, null, failure.code, failure.message), task.wantLine));
  }
  if (task.resume && task.outFile && (await alreadyDone(task.outFile, bytes))) {
    return { path: task.path, status: 'skipped', counts: NO_COUNTS };
  }
  const size = bytes.length; // the bytes may move to a worker thread
  const x = await extract({ path: task.path, bytes, job: task.job, wantLine: task.wantLine });
  if ('retry' in x) {
    if (task.mayRetry) return retry(task.path, x.retry);
    const r = errorOutput(task.path, size, 'internal', x.retry.message);
    return write(task, summarize(r, task.wantLine));
  }
  return write(task, x);
}
