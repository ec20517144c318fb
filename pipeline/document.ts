import type { Message, Source } from '../output/schema.js';

/**
 * A document between stages. `map[i]` is the offset in the ingested text of
 * normalized offset `i` (length text.length + 1, so half-open ends map too).
 */
export interface Doc {
  source: Source;
  text: string;
  map: Int32Array;
  /** the text as ingest produced it, before normalization */
  ingested: string;
  warnings: Message[];
}

/** Ingest output: plain text with line breaks at every block boundary. */
export interface Ingested {
  text: string;
  warnings: Message[];
  /** set by a reader that decoded something other than plain UTF-8 / Unicode XML */
  encodings?: NonNullable<Source['encodings']>;
  /** set by a reader that took text from page images */
  ocr?: NonNullable<Source['ocr']>;
}

export const identityMap = (n: number): Int32Array => {
  const m = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) m[i] = i;
  return m;
};

/** Offset in the ingested text for a normalized offset. */
export const toIngested = (doc: Doc, offset: number): number => doc.map[offset] ?? doc.ingested.length;
