import { unzipSync } from 'fflate';
import { IngestError } from '../error.js';

/** Inflated entries keyed by lower-cased name (OOXML part names are case-insensitive). */
export type Entries = Map<string, Uint8Array>;

export interface ZipListing {
  /** lower-cased name → name as stored */
  names: Map<string, string>;
  entries: Entries;
}

/** Declared-size budget shared by every inflate pass over one archive. */
export interface Budget {
  remaining: number;
  cap: number;
}

const isZipMagic = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b;

/**
 * Walks the central directory and inflates only entries accepted by `wanted`.
 * The declared uncompressed size is charged to the budget before inflating;
 * fflate inflates into a buffer of exactly that size, so a lying header cannot
 * make it allocate more.
 */
export function inflateEntries(bytes: Uint8Array, wanted: (lowerName: string) => boolean, budget: Budget): ZipListing {
  if (!isZipMagic(bytes)) throw new IngestError('corrupt', 'not a zip archive');
  const names = new Map<string, string>();
  const entries: Entries = new Map();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        const lower = file.name.toLowerCase();
        names.set(lower, file.name);
        if (!wanted(lower) || entries.has(lower)) return false;
        if (file.originalSize > budget.remaining) {
          throw new IngestError(
            'too-large',
            `zip entry ${file.name} declares ${file.originalSize} bytes, over the ${budget.cap}-byte unzip limit`,
          );
        }
        budget.remaining -= file.originalSize;
        return true;
      },
    });
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new IngestError('corrupt', `damaged zip archive: ${(e as Error).message}`);
  }
  for (const [name, data] of Object.entries(files)) entries.set(name.toLowerCase(), data);
  return { names, entries };
}
