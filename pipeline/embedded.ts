import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Output } from '../output/schema.js';
import { SCHEMA_VERSION } from '../output/schema.js';
import { JsonlWriter, outputPathFor, writeJsonAtomic } from '../output/writers.js';
import { discover } from './discover.js';
import { type JobOptions, runJob } from './job.js';
import { DEFAULT_INGEST } from './ingest/index.js';

export interface BatchOptions {
  out: string;
  jsonl?: string;
  /** skip inputs whose result already exists for the same content */
  resume?: boolean;
  job?: JobOptions;
  onStart?: (total: number) => void;
  onDocument?: (result: Output | null, path: string) => void;
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

async function alreadyDone(file: string, bytes: Uint8Array): Promise<boolean> {
  try {
    const prev = JSON.parse(await readFile(file, 'utf8'));
    return prev.ok === true && prev.source?.sha256 === createHash('sha256').update(bytes).digest('hex');
  } catch {
    return false;
  }
}

/** Embedded mode: every document in this process, one after another, none lost. */
export async function runBatch(inputs: string[], opts: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const { files, missing } = await discover(inputs);
  const s: BatchSummary = {
    documents: files.length + missing.length, ok: 0, failed: 0, skipped: 0,
    references: 0, campaigns: 0, anniversaries: 0, dates: 0, elapsedMs: 0, docsPerSecond: 0, failures: [],
  };
  opts.onStart?.(s.documents);
  const jsonl = opts.jsonl ? await JsonlWriter.open(opts.jsonl) : null;
  const record = async (result: Output, outFile: string | null) => {
    if (outFile) await writeJsonAtomic(outFile, result);
    await jsonl?.write(result);
    if (result.ok) {
      s.ok++;
      s.references += result.references.length;
      s.campaigns += result.campaigns.length;
      s.anniversaries += result.anniversaries.length;
      s.dates += result.dates.length;
    } else {
      s.failed++;
      s.failures.push({ path: result.source.path, code: result.error.code, message: result.error.message });
    }
    opts.onDocument?.(result, result.source.path);
  };
  for (const path of missing) {
    const error = { code: 'read-failed' as const, message: 'no such file or folder' };
    await record({ schemaVersion: SCHEMA_VERSION, ok: false, source: { path, format: null, bytes: null }, error }, null);
  }
  for (const f of files) {
    const outFile = outputPathFor(f.path, f.base, opts.out);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(f.path);
    } catch (e) {
      const error = { code: 'read-failed' as const, message: `cannot read file: ${(e as Error).message}` };
      await record({ schemaVersion: SCHEMA_VERSION, ok: false, source: { path: f.path, format: null, bytes: null }, error }, outFile);
      continue;
    }
    if (opts.resume && (await alreadyDone(outFile, bytes))) {
      s.skipped++;
      opts.onDocument?.(null, f.path);
      continue;
    }
    await record(await runJob({ path: f.path, bytes }, opts.job ?? DEFAULT_INGEST), outFile);
  }
  await jsonl?.close();
  s.elapsedMs = performance.now() - started;
  s.docsPerSecond = s.documents / Math.max(s.elapsedMs / 1000, 1e-9);
  return s;
}
