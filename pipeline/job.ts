import type { ErrorRecord, Output } from '../output/schema.js';
import { SCHEMA_VERSION } from '../output/schema.js';
import { extract } from './extract.js';
import { DEFAULT_INGEST, type IngestOptions, ingest } from './ingest/index.js';
import { notVietnameseReason } from './language.js';
import { normalize } from './normalize.js';
import { validate } from './validate.js';

export interface JobInput {
  /** the path as the user gave it; recorded in source.path */
  path: string;
  bytes: Uint8Array;
}

export type JobOptions = IngestOptions;

export type StageTimes = Record<'ingest' | 'normalize' | 'extract' | 'validate', number>;

const failure = (
  path: string,
  format: string | null,
  bytes: number | null,
  error: ErrorRecord['error'],
): ErrorRecord => ({
  schemaVersion: SCHEMA_VERSION,
  ok: false,
  source: { path, format, bytes },
  error,
});

/**
 * One document through ingest → normalize → extract → validate. The same function runs
 * in embedded mode and in queue workers; it never throws: failures are error records.
 */
export async function runJob(input: JobInput, opts: JobOptions = DEFAULT_INGEST, times?: StageTimes): Promise<Output> {
  let t = performance.now();
  const lap = (stage: keyof StageTimes) => {
    const now = performance.now();
    if (times) times[stage] += now - t;
    t = now;
  };
  try {
    const ing = await ingest(input.path, input.bytes, opts);
    lap('ingest');
    if (!ing.ok) return failure(input.path, ing.source.format ?? null, ing.source.bytes ?? null, ing.error);
    const doc = normalize(ing.source, ing.ingested);
    lap('normalize');
    const { format, bytes } = ing.source;
    if (!/\p{L}/u.test(doc.text))
      return failure(input.path, format, bytes, { code: 'no-text', message: 'document contains no text' });
    const notVietnamese = notVietnameseReason(doc.text);
    if (notVietnamese) return failure(input.path, format, bytes, { code: 'not-vietnamese', message: notVietnamese });
    const result = extract(doc);
    lap('extract');
    const checked = validate(result);
    lap('validate');
    return checked;
  } catch (e) {
    // A bug in an extractor must cost one document, not the batch.
    const message = e instanceof Error ? `${e.message}` : String(e);
    return failure(input.path, null, input.bytes.length, { code: 'internal', message: `internal error: ${message}` });
  }
}
