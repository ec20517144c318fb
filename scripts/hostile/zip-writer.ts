/**
 * A zip writer that says what it is told: the sizes in the local headers and the central
 * directory are given per entry, so a test can build archives that lie about them.
 * fflate's zipSync always tells the truth, which is what a good archive needs and a bomb does not.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  name: string;
  /** the bytes stored in the archive (already deflated when method is 8) */
  data: Uint8Array;
  method: 0 | 8;
  /** uncompressed size written in the headers */
  size: number;
  crc: number;
}

/** An honest entry: deflated (or stored when that is smaller), true size and CRC. */
export function entry(name: string, content: string | Uint8Array): RawEntry {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const deflated = deflateRawSync(bytes);
  const stored = deflated.length >= bytes.length;
  return { name, data: stored ? bytes : deflated, method: stored ? 0 : 8, size: bytes.length, crc: crc32(bytes) };
}

function header(fields: [number, 2 | 4][]): Buffer {
  const b = Buffer.alloc(fields.reduce((n, [, w]) => n + w, 0));
  let at = 0;
  for (const [v, w] of fields) {
    if (w === 2) b.writeUInt16LE(v, at);
    else b.writeUInt32LE(v >>> 0, at);
    at += w;
  }
  return b;
}

/** Local headers and data, then the central directory and its end record (no zip64). */
export function writeZip(entries: RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const common: [number, 2 | 4][] = [
      [20, 2], // version needed
      [0x0800, 2], // flags: UTF-8 names
      [e.method, 2],
      [0, 2], // time
      [0x21, 2], // date: 1980-01-01
      [e.crc, 4],
      [e.data.length, 4],
      [e.size, 4],
      [name.length, 2],
      [0, 2], // extra length
    ];
    const local = Buffer.concat([header([[0x04034b50, 4], ...common]), name]);
    chunks.push(local, e.data);
    central.push(
      Buffer.concat([header([[0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]), name]),
    );
    offset += local.length + e.data.length;
  }
  const size = central.reduce((n, c) => n + c.length, 0);
  const end = header([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [entries.length, 2],
    [entries.length, 2],
    [size, 4],
    [offset, 4],
    [0, 2],
  ]);
  return Buffer.concat([...chunks, ...central, end]);
}
