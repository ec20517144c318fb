import { IngestError } from '../error.js';

/**
 * A reader of OLE compound files (the container of .doc, .xls, .ppt, .msg and encrypted OOXML).
 * word-extractor has one too, but it follows sector chains without a bound (a cyclic chain in a
 * damaged file grows an array until memory runs out) and reads past the end of a truncated file as
 * zeros; this one checks every sector and chain against the file's size.
 */
export interface CompoundFile {
  /** names of the streams and storages directly under the root */
  rootNames: string[];
  /** a stream directly under the root, or undefined when there is none */
  stream(name: string): Uint8Array | undefined;
}

export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
export const isCompoundFile = (b: Uint8Array) => OLE_MAGIC.every((m, i) => b[i] === m);

const END_OF_CHAIN = -2;
const FREE = -1;
const NO_STREAM = 0xffffffff;

interface Entry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

const corrupt = (why: string) => new IngestError('corrupt', `damaged OLE compound file: ${why}`);

export function openCompoundFile(bytes: Uint8Array): CompoundFile {
  if (!isCompoundFile(bytes)) throw corrupt('no OLE signature');
  if (bytes.length < 512) throw corrupt('file ends inside its header (truncated)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const i32 = (at: number) => view.getInt32(at, true);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) throw corrupt(`sector size 2^${shift}`);
  const sectorSize = 1 << shift;
  // a bound for every chain: no chain can be longer than the file has sectors
  const sectorCount = Math.ceil(bytes.length / sectorSize);

  const sector = (n: number): Uint8Array => {
    const at = (n + 1) * sectorSize;
    // writers pad the file to whole sectors, so a short last sector means the file was cut
    if (n < 0 || at + sectorSize > bytes.length) {
      throw corrupt(`sector ${n} lies past the end of the file (truncated?)`);
    }
    return bytes.subarray(at, at + sectorSize);
  };
  const int32s = (s: Uint8Array): Int32Array => {
    const copy = new Uint8Array(s.length - (s.length % 4));
    copy.set(s.subarray(0, copy.length));
    return new Int32Array(copy.buffer);
  };

  // The FAT's own sectors are listed in the header (109) and then in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  const fatCount = u32(0x2c);
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(i32(0x4c + 4 * i));
  for (let d = i32(0x44), hops = 0; fatSectors.length < fatCount && d >= 0; hops++) {
    if (hops > sectorCount) throw corrupt('DIFAT chain loops');
    const ids = int32s(sector(d));
    for (let i = 0; i < ids.length - 1 && fatSectors.length < fatCount; i++) fatSectors.push(ids[i]!);
    d = ids[ids.length - 1]!;
  }
  const fat = concat(fatSectors.map((n) => int32s(sector(n))));

  const chain = (start: number, table: Int32Array, limit: number, what: string): number[] => {
    const out: number[] = [];
    for (let n = start; n !== END_OF_CHAIN; n = table[n] ?? FREE) {
      if (n < 0 || n >= table.length || out.length > limit) throw corrupt(`${what} chain is broken or loops`);
      out.push(n);
    }
    return out;
  };
  const readChain = (start: number, size: number, what: string): Uint8Array => {
    const ids = chain(start, fat, sectorCount, what);
    if (ids.length * sectorSize < size) throw corrupt(`${what} is shorter than its recorded size (truncated?)`);
    return concatBytes(ids.map(sector)).subarray(0, size);
  };

  const dirBytes = concatBytes(chain(i32(0x30), fat, sectorCount, 'directory').map(sector));
  const entries: Entry[] = [];
  for (let at = 0; at + 128 <= dirBytes.length; at += 128) {
    const e = new DataView(dirBytes.buffer, dirBytes.byteOffset + at, 128);
    const nameLen = Math.min(e.getUint16(64, true), 64);
    entries.push({
      name: Buffer.from(dirBytes.subarray(at, at + Math.max(0, nameLen - 2))).toString('utf16le'),
      type: e.getUint8(66),
      left: e.getUint32(68, true),
      right: e.getUint32(72, true),
      child: e.getUint32(76, true),
      start: e.getInt32(116, true),
      size: e.getUint32(120, true),
    });
  }
  const root = entries[0];
  if (root?.type !== 5) throw corrupt('no root entry');

  // The root's children form a binary tree through left/right sibling links.
  const children = new Map<string, Entry>();
  const seen = new Set<number>();
  for (const todo = [root.child]; todo.length; ) {
    const i = todo.pop()!;
    const e = i === NO_STREAM || seen.has(i) ? undefined : entries[i];
    if (!e) continue;
    seen.add(i);
    if (!children.has(e.name)) children.set(e.name, e);
    todo.push(e.left, e.right);
  }

  const cutoff = u32(0x38);
  let mini: { fat: Int32Array; data: Uint8Array } | undefined;
  const miniStream = () => {
    mini ??= {
      fat: concat(chain(i32(0x3c), fat, sectorCount, 'mini FAT').map((n) => int32s(sector(n)))),
      data: readChain(root.start, root.size, 'mini stream'),
    };
    return mini;
  };

  return {
    rootNames: [...children.keys()],
    stream(name) {
      const e = children.get(name);
      if (e?.type !== 2) return undefined;
      if (e.size >= cutoff) return readChain(e.start, e.size, `stream ${name}`);
      const m = miniStream();
      const ids = chain(e.start, m.fat, m.data.length / 64 + 1, `stream ${name}`);
      const out = concatBytes(ids.map((n) => m.data.subarray(n * 64, n * 64 + 64)));
      if (out.length < e.size) throw corrupt(`stream ${name} is shorter than its recorded size (truncated?)`);
      return out.subarray(0, e.size);
    },
  };
}

function concat(parts: Int32Array[]): Int32Array {
  const out = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}
