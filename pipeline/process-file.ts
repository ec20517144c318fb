import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Output } from '../output/schema.js';
import { SCHEMA_VERSION } from '../output/schema.js';
import { writeJsonAtomic } from '../output/writers.js';
import { type JobOptions, runJob } from './job.js';

export interface FileTask {
  path: string;
  /** where the result goes; null for inputs that have no place in the output tree */
  outFile: string | null;
  resume: boolean;
  job: JobOptions;
  /** return the result as one JSON line (for --jsonl) */
  wantLine: boolean;
}

export interface FileOutcome {
  path: string;
  status: 'ok' | 'failed' | 'skipped';
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

/**
 * Read → run the job → write, for one input. Runs in the main thread or in a pool
 * worker; only a small outcome crosses back, never the document.
 */
async function resultFor(task: FileTask): Promise<Output | 'skipped'> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(task.path);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message;
    const error = { code: 'read-failed' as const, message: `cannot read file: ${why}` };
    return { schemaVersion: SCHEMA_VERSION, ok: false, source: { path: task.path, format: null, bytes: null }, error };
  }
  if (task.resume && task.outFile && (await alreadyDone(task.outFile, bytes))) return 'skipped';
  return runJob({ path: task.path, bytes }, task.job);
}

/**
 * Read → run the job → write, for one input. Runs in the main thread or in a pool
 * worker; only a small outcome crosses back, never the document.
 */
export async function processFile(task: FileTask): Promise<FileOutcome> {
  const r = await resultFor(task);
  if (r === 'skipped') return { path: task.path, status: 'skipped', counts: none };
  if (task.outFile) await writeJsonAtomic(task.outFile, r);
  const line = task.wantLine ? JSON.stringify(r) : undefined;
  if (!r.ok) {
    return {
      path: task.path,
      status: 'failed',
      counts: none,
      failure: { code: r.error.code, message: r.error.message },
      line,
    };
  }
  const counts = {
    references: r.references.length,
    campaigns: r.campaigns.length,
    anniversaries: r.anniversaries.length,
    dates: r.dates.length,
  };
  return { path: task.path, status: 'ok', counts, line };
}
