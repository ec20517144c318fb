import { inflateRawSync } from 'node:zlib';
import { IngestError } from '../error.js';

/** One central-directory record. */
export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  /** declared uncompressed size */
  size: number;
  localOffset: number;
}

/** Declared-size budget shared by every entry inflated from one archive. */
export interface Budget {
  remaining: number;
  cap: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

const corrupt = (why: string) => new IngestError('corrupt', `damaged zip archive: ${why}`);
const names = new TextDecoder('utf-8');

function findEnd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let i = last; i >= 0 && i >= last - 0xffff; i--) if (view.getUint32(i, true) === EOCD) return i;
  throw view.byteLength > 4 && view.getUint32(0, true) === LOCAL
    ? corrupt('end of central directory not found (truncated?)')
    : new IngestError('corrupt', 'not a zip archive');
}

/** Zip64 extra field: only the 32-bit fields that overflowed are present, in this order. */
function applyZip64(view: DataView, at: number, end: number, e: ZipEntry): void {
  for (let p = at; p + 4 <= end; p += 4 + view.getUint16(p + 2, true)) {
    if (view.getUint16(p, true) !== 1) continue;
    let q = p + 4;
    const next = (): number => {
      if (q + 8 > end) return MAX32;
      q += 8;
      return Number(view.getBigUint64(q - 8, true));
    };
    if (e.size === MAX32) e.size = next();
    if (e.compressedSize === MAX32) e.compressedSize = next();
    if (e.localOffset === MAX32) e.localOffset = next();
    return;
  }
}

/**
 * Reads the central directory (the authoritative list; local headers may omit
 * sizes) into entries keyed by lower-cased name, since OOXML part names are
 * case-insensitive.
 */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  let count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const z = Number(view.getBigUint64(end - 12, true));
    if (z + 56 > bytes.length || view.getUint32(z, true) !== ZIP64_EOCD) throw corrupt('bad zip64 directory');
    count = Number(view.getBigUint64(z + 32, true));
    at = Number(view.getBigUint64(z + 48, true));
  }
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw corrupt('bad central directory');
    const nameLength = view.getUint16(at + 28, true);
    const extraEnd = at + 46 + nameLength + view.getUint16(at + 30, true);
    const e: ZipEntry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    applyZip64(view, at + 46 + nameLength, Math.min(extraEnd, bytes.length), e);
    entries.set(e.name.toLowerCase(), e);
    at = extraEnd + view.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * Word XML deflates about 10:1 (32:1 for a very repetitive 300-page report); a bomb reaches 1000:1.
 * Past a grace size, an entry must not claim more than 100:1 (Apache POI's zip-bomb rule too), so
 * a 200 KB file cannot make the reader hold 200 MB of XML (about 2 GB of memory downstream).
 */
const MAX_RATIO = 100;
const RATIO_GRACE = 10 * 1024 * 1024;

/**
 * Inflates one entry. Its declared size is charged to the budget first, and
 * inflation stops at that size, so neither a large declaration nor a lying
 * one can make the reader allocate past the cap; nor may a large entry claim
 * a bomb's compression ratio.
 */
export function inflateEntry(bytes: Uint8Array, e: ZipEntry, budget: Budget): Uint8Array {
  if (e.flags & 1) throw new IngestError('encrypted', `zip entry ${e.name} is encrypted`);
  if (e.size > budget.remaining) {
    throw new IngestError(
      'too-large',
      `zip entry ${e.name} declares ${e.size} bytes, over the ${budget.cap}-byte unzip limit`,
    );
  }
  if (e.size > RATIO_GRACE && e.size > MAX_RATIO * e.compressedSize) {
    throw new IngestError(
      'too-large',
      `zip entry ${e.name} would inflate ${Math.round(e.size / Math.max(e.compressedSize, 1))}:1 to ${e.size} bytes, over the ${MAX_RATIO}:1 of any real document (a zip bomb?)`,
    );
  }
  budget.remaining -= e.size;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw corrupt(`bad local header for ${e.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + e.compressedSize > bytes.length) throw corrupt(`${e.name} runs past the end of the file`);
  const data = bytes.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data;
  if (e.method !== 8)
    throw new IngestError('unsupported-format', `zip entry ${e.name} uses compression method ${e.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(e.size, 1) });
  } catch (err) {
    // zlib stops at maxOutputLength: the entry holds more than its headers admit
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new IngestError(
        'corrupt',
        `zip entry ${e.name} inflates past the ${e.size} bytes its header declares (a zip bomb or a damaged archive); stopped there`,
      );
    }
    throw corrupt(`${e.name}: ${(err as Error).message}`);
  }
}
