import type { ErrorCode, Output } from '../output/schema.js';
import { SCHEMA_VERSION } from '../output/schema.js';
import { serialize } from '../output/writers.js';
import { type JobOptions, runJob } from './job.js';

/** One document's bytes, as handed to whichever thread extracts it. */
export interface ExtractInput {
  path: string;
  bytes: Uint8Array;
  job: JobOptions;
  /** also return the result as one JSON line (for --jsonl) */
  wantLine: boolean;
}

export type Counts = { references: number; campaigns: number; anniversaries: number; dates: number };

/**
 * What crosses back from a worker thread: the result already serialized (the thread that wrote it
 * need not hold the document), and a small summary.
 */
export interface Extracted {
  json: string;
  line?: string;
  counts: Counts;
  failure?: { code: string; message: string };
}

export const NO_COUNTS: Counts = { references: 0, campaigns: 0, anniversaries: 0, dates: 0 };

export function summarize(r: Output, wantLine: boolean): Extracted {
  const out: Extracted = { json: serialize(r), counts: NO_COUNTS };
  if (wantLine) out.line = JSON.stringify(r);
  if (!r.ok) out.failure = { ...r.error };
  else {
    out.counts = {
      references: r.references.length,
      campaigns: r.campaigns.length,
      anniversaries: r.anniversaries.length,
      dates: r.dates.length,
    };
  }
  return out;
}

/** Extraction proper: pure CPU on bytes already read; runs in a worker thread or in this one. */
export const extractBytes = async (input: ExtractInput): Promise<Extracted> =>
  summarize(await runJob({ path: input.path, bytes: input.bytes }, input.job), input.wantLine);

export const errorOutput = (path: string, bytes: number | null, code: ErrorCode, message: string): Output => ({
  schemaVersion: SCHEMA_VERSION,
  ok: false,
  source: { path, format: null, bytes },
  error: { code, message },
});
