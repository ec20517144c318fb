import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertLegacy } from '../pipeline/ingest/doc/legacy.js';
import type { ParagraphProps } from '../pipeline/ingest/doc/paragraphs.js';
import type { CharacterRun } from '../pipeline/ingest/doc/runs.js';
import { readStory, type Segment } from '../pipeline/ingest/doc/story.js';
import { readDoc } from '../pipeline/ingest/doc.js';
import { readDocx } from '../pipeline/ingest/docx.js';
import { IngestError } from '../pipeline/ingest/error.js';
import { sniff } from '../pipeline/ingest/sniff.js';
import { runJob } from '../pipeline/job.js';
import { SPECIAL_CHAR_LINES } from '../scripts/doc/special-chars.js';
import { facts, renameStream, setFibFlags, setNFib, wipeFibMagic } from './ingest-doc.helpers.js';

const DIR = 'fixtures/doc';
const bytesOf = (path: string) => new Uint8Array(readFileSync(path));
const seedDoc = bytesOf(`${DIR}/002_9f03f7d026056359.doc`);
const job = (path: string, bytes: Uint8Array = bytesOf(path)) => runJob({ path, bytes });
async function factsOf(path: string) {
  const out = await job(path);
  if (!out.ok) throw new Error(`${path}: ${out.error.message}`);
  return facts(out);
}

describe('sniff: an OLE file is a .doc by its WordDocument stream, never by its name', () => {
  const junk = new Uint8Array(2048).map((_, i) =>
    i < 8 ? [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1][i]! : i * 31,
  );
  it.each([
    ['Word 97 .doc', seedDoc, 'a.doc', 'doc'],
    ['.doc named .txt', seedDoc, 'a.txt', 'doc'],
    ['text named .doc', new TextEncoder().encode('Số: 12/KH-UBND'), 'a.doc', 'txt'],
    ['.docx named .doc', bytesOf(`${DIR}/tables-lists.docx`), 'a.doc', 'docx'],
    ['.doc saved with a password', bytesOf(`${DIR}/encrypted.doc`), 'a.doc', /^encrypted: .*Word \.doc/],
    ['.doc with the FIB fEncrypted bit', setFibFlags(seedDoc, 0x0100), 'a.doc', /^encrypted: /],
    [
      'encrypted .docx (EncryptionInfo stream)',
      renameStream(seedDoc, 'WordDocument', 'EncryptionInfo'),
      'a.docx',
      /^encrypted: .*OOXML/,
    ],
    ['.xls', renameStream(seedDoc, 'WordDocument', 'Workbook'), 'a.doc', /^unsupported-format: Excel/],
    ['.ppt', renameStream(seedDoc, 'WordDocument', 'PowerPoint Document'), 'a.doc', /^unsupported-format: PowerPoint/],
    ['.msg', renameStream(seedDoc, 'WordDocument', '__substg1.0_0037001F'), 'a.doc', /^unsupported-format: Outlook/],
    ['OLE file of another kind', renameStream(seedDoc, 'WordDocument', 'Contents'), 'a.doc', /no known document type/],
    ['OLE signature then junk', junk, 'a.doc', /^corrupt: /],
  ])('%s', async (_, bytes, path, expected) => {
    const got = await sniff(bytes, path).then(
      (format) => format as string,
      (e: unknown) => (e instanceof IngestError ? `${e.code}: ${e.message}` : `not an IngestError: ${e}`),
    );
    if (typeof expected === 'string') expect(got).toBe(expected);
    else expect(got).toMatch(expected);
  });
});

// every seed has a .doc beside its .docx (scripts/make-doc-fixtures.ts)
const SEEDS = readdirSync('fixtures/seeds')
  .filter((f) => f.endsWith('.docx'))
  .map((f) => f.replace(/\.docx$/, ''));
const SAME_AS_DOCX = [
  ...SEEDS.map((id) => [id, `fixtures/seeds/${id}.docx`]),
  ...['v1_quyet-dinh-tinh', 'v3_huong-dan-bo', 'v6_thong-bao-hoc-vien'].map((id) => [
    id,
    `fixtures/variants/${id}.docx`,
  ]),
  ['tables-lists', `${DIR}/tables-lists.docx`],
];

describe('a .doc reads as the .docx it was saved from', () => {
  it.each(SAME_AS_DOCX)('%s: same text, same facts', async (id, docx) => {
    const doc = `${DIR}/${id}.doc`;
    expect((await readDoc(bytesOf(doc))).text).toBe((await readDocx(bytesOf(docx))).text);
    expect(await factsOf(doc)).toEqual(await factsOf(docx));
  });
});

describe('TCVN3 text in a .doc comes out as the Unicode seed', () => {
  it.each([
    ['000_c21ba88fb6e881a3-tcvn3', '000_c21ba88fb6e881a3', true],
    ['002_9f03f7d026056359-tcvn3', '002_9f03f7d026056359', true],
    ['003_99555f0750182167-mixed', '003_99555f0750182167', true],
    // without .VnTimeH a capital the code page lacks ("Ủy" typed as "ủy") cannot come back; the facts do
    ['001_86f23684388f38af-tcvn3-tnr', '001_86f23684388f38af', false],
  ])('%s', async (id, seed, sameText) => {
    const doc = await job(`${DIR}/${id}.doc`);
    const docx = await job(`fixtures/seeds/${seed}.docx`);
    if (!doc.ok || !docx.ok) throw new Error('not read');
    expect(facts(doc)).toEqual(facts(docx));
    expect(doc.source.encodings).toEqual(['tcvn3']);
    expect(doc.warnings.map((w) => w.code)).toContain('legacy-encoding-converted');
    if (sameText) expect(doc.text).toBe(docx.text);
  });

  it.each(SEEDS)('the Unicode %s.doc is left alone', async (id) => {
    const doc = await job(`${DIR}/${id}.doc`);
    if (!doc.ok) throw new Error('not read');
    expect(doc.source.encodings).toBeUndefined();
    expect(doc.warnings.map((w) => w.code)).not.toContain('legacy-encoding-converted');
  });
});

describe('Word control characters and fields in a LibreOffice-saved .doc', async () => {
  const text = `\n${(await readDoc(bytesOf(`${DIR}/special-chars.doc`))).text}`;
  it.each(SPECIAL_CHAR_LINES)('%s', (_, line) => expect(text).toContain(`\n${line}\n`));
  it.each([
    ['field instructions', 'HYPERLINK'],
    ['field instructions', 'PAGE'],
    ['deleted text', 'bỏ'],
    ['hidden text', 'ẩn đi'],
    ['the footnote itself', 'Chú thích không'],
    ['field marks', '\x13'],
    ['optional hyphens', '\x1f'],
  ])('leaves out %s (%j)', (_, absent) => expect(text).not.toContain(absent));
});

interface StoryRow {
  chars: string;
  table?: boolean;
  list?: boolean;
  /** character runs: [start, end, props] */
  runs?: [number, number, Partial<CharacterRun>][];
  fonts?: string[];
}

/** readStory over hand-made characters: paragraphs end at \r, \x07, a row end (\n) or a section break that ends a paragraph ("\x0c" followed by "|"). */
function story(row: StoryRow): string {
  const paragraphs: ParagraphProps[] = [];
  const chars = row.chars.replaceAll('|', '');
  let start = 0;
  for (let i = 0, cp = 0; i < row.chars.length; i++) {
    const ch = row.chars[i]!;
    if (ch === '|') continue;
    cp++;
    if ('\r\x07\n'.includes(ch) || (ch === '\x0c' && row.chars[i + 1] === '|')) {
      paragraphs.push({ cpStart: start, cpEnd: cp, istd: 0, inTable: !!row.table, rowEnd: ch === '\n' });
      start = cp;
    }
  }
  let n = 0;
  const segments = readStory(chars, 0, chars.length, {
    paragraphs,
    runs: (row.runs ?? []).map(([cpStart, cpEnd, r]) => ({ cpStart, cpEnd, hidden: false, ...r })),
    fontOf: (run) => (run?.font === undefined ? 'Times New Roman' : row.fonts?.[run.font]),
    fontName: (i) => row.fonts?.[i],
    listOf: () => (row.list ? { ilfo: 1, ilvl: 0 } : undefined),
    numberer: () => `${++n}. `,
  });
  return segments.map((s: Segment) => s.text).join('');
}

describe('readStory: Word control characters', () => {
  it.each<[string, StoryRow, string]>([
    ['paragraph marks and soft line breaks', { chars: 'a\x0bb\rc\r' }, 'a\nb\nc\n'],
    ['a page break inside a list paragraph: one label', { chars: 'a\x0cb\r', list: true }, '1. a\nb\n'],
    ['a section break ends its paragraph: the next gets a label', { chars: 'a\x0c|b\r', list: true }, '1. a\n2. b\n'],
    ['cells become lines; empty cells and row ends vanish', { chars: 'A\rB\x07\x07C\x07\n', table: true }, 'A\nB\nC\n'],
    ['a blank cell leaves no line', { chars: ' \x07x\x07\n', table: true }, 'x\n'],
    [
      'field: instruction dropped, result kept',
      { chars: '\x13 HYPERLINK "http://a" \x14trang\x15 này\r' },
      'trang này\n',
    ],
    ['nested fields', { chars: '\x13 IF \x13 PAGE \x141\x15 = 1 \x14một \x13 PAGE \x142\x15\x15\r' }, 'một 2\n'],
    ['a field without a result leaves nothing', { chars: 'a\x13 TC "mục" \x15b\r' }, 'ab\n'],
    [
      'non-breaking hyphen; optional hyphen kept for the legacy step',
      { chars: '12\x1eKH thi\x1fđua\r' },
      '12-KH thi\x1fđua\n',
    ],
    ['anchors, pictures and deleted text dropped', { chars: 'a\x01\x08\x02\x05\x00b\r' }, 'ab\n'],
    ['hidden run dropped, its paragraph kept', { chars: 'aXYb\rc\r', runs: [[1, 3, { hidden: true }]] }, 'ab\nc\n'],
    [
      'Symbol-font character in the private-use area',
      { chars: '\uf0b3 5\r', runs: [[0, 1, { font: 0 }]], fonts: ['Symbol'] },
      '≥ 5\n',
    ],
    ['U+00AD kept (TCVN3 ư)', { chars: 'ng\u00adêi\r' }, 'ng\u00adêi\n'],
  ])('%s', (_, row, expected) => expect(story(row)).toBe(expected));
});

describe('convertLegacy: segments by font, else by statistics', () => {
  const SENTENCE = 'Céng hoµ x· héi chñ nghÜa ViÖt Nam, ngµy 15 th¸ng 6 n¨m 2022';
  it.each<[string, Segment[], string, string[]]>([
    ['TCVN3 run; optional hyphen is its ư', [{ text: 'ng\x1fêi d©n', font: '.VnTime' }], 'người dân', ['tcvn3']],
    ['.VnTimeH run typed in lowercase', [{ text: 'céng hoµ', font: '.VnTimeH' }], 'CỘNG HOÀ', ['tcvn3']],
    ['Unicode run: optional hyphen dropped', [{ text: 'thi\x1fđua', font: 'Times New Roman' }], 'thiđua', []],
    ['Unicode text that kept a .VnTime font', [{ text: 'Cộng hòa xã hội', font: '.VnTime' }], 'Cộng hòa xã hội', []],
    [
      'TCVN3 and Unicode paragraphs side by side, no legacy font',
      [
        { text: `${SENTENCE}\n`, font: 'Times New Roman' },
        { text: 'Quyết định số 15/QĐ-UBND của Ủy ban nhân dân\n', font: 'Times New Roman' },
      ],
      'Cộng hoà xã hội chủ nghĩa Việt Nam, ngày 15 tháng 6 năm 2022\nQuyết định số 15/QĐ-UBND của Ủy ban nhân dân\n',
      ['tcvn3'],
    ],
    ['ASCII text', [{ text: 'Report 2024 (draft)', font: 'Arial' }], 'Report 2024 (draft)', []],
    [
      'French text',
      [{ text: 'Un élève à Noël, façon château', font: 'Times New Roman' }],
      'Un élève à Noël, façon château',
      [],
    ],
  ])('%s', (_, segments, text, encodings) => {
    const warnings: unknown[] = [];
    const out = convertLegacy(segments, (w) => warnings.push(w));
    expect(out.text).toBe(text);
    expect(out.encodings).toEqual(encodings);
    expect(warnings.length).toBe(encodings.length);
  });
});

describe('a damaged .doc is an error record naming what is wrong', () => {
  it.each<[string, Uint8Array, string, RegExp]>([
    ['cut in half', seedDoc.slice(0, seedDoc.length >> 1), 'corrupt', /truncated|past the end|shorter/],
    ['cut after a quarter', seedDoc.slice(0, seedDoc.length >> 2), 'corrupt', /truncated|past the end|shorter/],
    ['only its header', seedDoc.slice(0, 700), 'corrupt', /truncated|past the end|shorter/],
    ['a Word 6.0/95 FIB', setNFib(seedDoc, 101), 'unsupported-format', /Word 6\.0\/95/],
    ['a WordDocument stream without a Word FIB', wipeFibMagic(seedDoc), 'corrupt', /does not start with a Word FIB/],
  ])('%s', async (_, bytes, code, reason) => {
    const out = await job('damaged.doc', bytes);
    if (out.ok) throw new Error('read a damaged file');
    expect(out.error.code).toBe(code);
    expect(out.error.message).toMatch(reason);
  });
});
