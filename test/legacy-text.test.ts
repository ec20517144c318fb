// Text files in the encodings of old archives: each comes out as the Unicode text, with the encoding noted.
import { describe, expect, it } from 'vitest';
import { encodeCp1252 } from '../pipeline/ingest/legacy/cp1252.js';
import { toTcvn3, toVni } from '../pipeline/ingest/legacy/encode.js';
import { sniff } from '../pipeline/ingest/sniff.js';
import { readText } from '../pipeline/ingest/text.js';
import { toWindows1258 } from '../scripts/legacy/cp1258.js';

const TEXT = [
  'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
  'Số: 218/QĐ-UBND',
  'Quảng Ngãi, ngày 05 tháng 3 năm 2004',
  'Căn cứ Nghị định số 45/2003/NĐ-CP ngày 12/5/2003 của Chính phủ về “công tác văn thư” – lưu trữ…',
  'Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành thực hiện nghiêm túc.',
].join('\r\n');
const unicode = (s: string) => s.normalize('NFC');
const utf8 = (s: string) => Buffer.from(s, 'utf8');
const lines = (s: string) => s.split('\r\n');
const tcvn3Lines = (s: string) =>
  lines(s)
    .map((l, n) => toTcvn3(l, n === 0 ? 'code' : 'pair'))
    .join('\r\n');

describe('a text file in each encoding reads as the same text', () => {
  it.each([
    ['UTF-8', utf8(TEXT), undefined, 0],
    ['UTF-8 with BOM', Buffer.concat([Buffer.of(0xef, 0xbb, 0xbf), utf8(TEXT)]), undefined, 0],
    ['NFD', utf8(TEXT.normalize('NFD')), undefined, 0],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(TEXT, 'utf16le')]), ['utf-16le'], 0],
    ['UTF-16LE without BOM', Buffer.from(TEXT, 'utf16le'), ['utf-16le'], 1],
    ['UTF-16BE without BOM', Buffer.from(TEXT, 'utf16le').swap16(), ['utf-16be'], 1],
    ['TCVN3 bytes', encodeCp1252(tcvn3Lines(TEXT)), ['tcvn3'], 1],
    ['VNI bytes', encodeCp1252(toVni(TEXT)), ['vni'], 1],
    ['Windows-1258 bytes', toWindows1258(TEXT), ['windows-1258'], 1],
    [
      'UTF-8 lines and TCVN3 lines (converted line by line)',
      Buffer.concat(
        lines(TEXT).flatMap((l, n) => [n % 2 ? encodeCp1252(toTcvn3(l, 'pair')) : utf8(l), Buffer.from('\r\n')]),
      ),
      ['utf-8', 'tcvn3'],
      1,
    ],
    [
      'UTF-8 with TCVN3 characters pasted in',
      utf8(`${lines(TEXT)[3]}\r\n${toTcvn3(lines(TEXT)[4]!, 'pair')}`),
      ['utf-8', 'tcvn3'],
      1,
    ],
  ] as const)('%s', (_name, bytes, encodings, warnings) => {
    const read = readText(new Uint8Array(bytes));
    const want = _name.startsWith('UTF-8 with TCVN3') ? lines(TEXT).slice(3).join('\r\n') : TEXT;
    expect(unicode(read.text).replace(/\r\n$/, '')).toBe(want);
    expect(read.encodings).toEqual(encodings);
    expect(read.warnings).toHaveLength(warnings);
  });
});

describe('what is not read as legacy text', () => {
  it.each([
    ['English in Windows-1252', encodeCp1252('The committee’s “annual” report – 2004 … café')],
    ['a short TCVN3 fragment', encodeCp1252('Céng hoµ')],
    ['random high bytes', Uint8Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 128))],
  ])('%s is refused as corrupt', (_name, bytes) => {
    expect(() => readText(bytes)).toThrow(/not valid UTF-8/);
  });
  it.each([
    ['zeros everywhere', new Uint8Array(400)],
    ['16-bit samples', Uint8Array.from({ length: 400 }, (_, i) => (i % 2 ? 0 : (i * 7) % 32))],
  ])('%s is binary, not BOM-less UTF-16', async (_name, bytes) => {
    await expect(sniff(bytes, 'x.txt')).rejects.toThrow(/binary/);
  });
  it('BOM-less UTF-16 is sniffed as text', async () => {
    expect(await sniff(new Uint8Array(Buffer.from(TEXT, 'utf16le')), 'a.md')).toBe('md');
  });
});
