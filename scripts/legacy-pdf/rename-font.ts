/**
 * A TrueType font under another name: the 'name' table is rewritten (family, style, full and
 * PostScript names), every other table kept byte for byte. Used to install Liberation Serif as
 * ".VnTime" or "VNI-Times" for LibreOffice, so the PDFs it prints name the legacy font as an
 * office's printer would have.
 */

interface Table {
  tag: string;
  data: Uint8Array;
}

export interface FontNames {
  family: string;
  /** "Regular", "Bold", "Italic", "Bold Italic" */
  style: string;
  /** PostScript name: what a PDF's BaseFont carries after the subset tag */
  postScript: string;
}

const u16 = (v: DataView, at: number) => v.getUint16(at);
const u32 = (v: DataView, at: number) => v.getUint32(at);

function readTables(font: Uint8Array): { version: number; tables: Table[] } {
  const v = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = u16(v, 4);
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(at, at + 4));
    const offset = u32(v, at + 8);
    tables.push({ tag, data: font.slice(offset, offset + u32(v, at + 12)) });
  }
  return { version: u32(v, 0), tables };
}

/** A format-0 'name' table with Windows (3, 1, 0x409) records, names in UTF-16BE. */
function nameTable(names: FontNames): Uint8Array {
  const full = names.style === 'Regular' ? names.family : `${names.family} ${names.style}`;
  const records: [number, string][] = [
    [1, names.family],
    [2, names.style],
    [3, `vbx-fixture:${names.postScript}`],
    [4, full],
    [6, names.postScript],
  ];
  const strings = records.map(([, s]) => Buffer.from(s, 'utf16le').swap16());
  const header = 6 + 12 * records.length;
  const out = new Uint8Array(header + strings.reduce((n, s) => n + s.length, 0));
  const v = new DataView(out.buffer);
  v.setUint16(2, records.length);
  v.setUint16(4, header);
  let offset = 0;
  records.forEach(([id], i) => {
    const at = 6 + 12 * i;
    const s = strings[i]!;
    for (const [k, n] of [3, 1, 0x409, id, s.length, offset].entries()) v.setUint16(at + 2 * k, n);
    out.set(s, header + offset);
    offset += s.length;
  });
  return out;
}

function checksum(data: Uint8Array): number {
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  const v = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  return sum;
}

/** The font with its names replaced; tables are written in tag order, 4-byte aligned, checksums recomputed. */
export function renameFont(font: Uint8Array, names: FontNames): Uint8Array {
  const { version, tables } = readTables(font);
  const kept = tables.filter((t) => t.tag !== 'name' && t.tag !== 'DSIG');
  kept.push({ tag: 'name', data: nameTable(names) });
  kept.sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const head = kept.find((t) => t.tag === 'head');
  if (head) new DataView(head.data.buffer, head.data.byteOffset).setUint32(8, 0); // checkSumAdjustment
  const dirSize = 12 + 16 * kept.length;
  const size = kept.reduce((n, t) => n + ((t.data.length + 3) & ~3), dirSize);
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(kept.length));
  v.setUint32(0, version);
  v.setUint16(4, kept.length);
  v.setUint16(6, power * 16);
  v.setUint16(8, Math.log2(power));
  v.setUint16(10, kept.length * 16 - power * 16);
  let offset = dirSize;
  kept.forEach((t, i) => {
    const at = 12 + 16 * i;
    out.set(Buffer.from(t.tag, 'latin1'), at);
    v.setUint32(at + 4, checksum(t.data));
    v.setUint32(at + 8, offset);
    v.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += (t.data.length + 3) & ~3;
  });
  if (head) {
    const at = 12 + 16 * kept.indexOf(head);
    v.setUint32(v.getUint32(at + 8) + 8, (0xb1b0afba - checksum(out)) >>> 0);
  }
  return out;
}
