import { readdirSync, readFileSync } from 'node:fs';
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
} from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../pipeline/ingest/docx.js';
import { IngestError } from '../pipeline/ingest/error.js';
import { abstractNum, declareSize, item, num, numPr, para, run, wordZip } from './ingest-docx.helpers.js';

const pack = async (
  children: (Paragraph | Table)[],
  numbering?: ConstructorParameters<typeof Document>[0]['numbering'],
) => new Uint8Array(await Packer.toBuffer(new Document({ numbering, sections: [{ children }] })));
const cell = (...lines: string[]) => new TableCell({ children: lines.map((l) => new Paragraph(l)) });
const row = (...cells: TableCell[]) => new TableRow({ children: cells });
const textOf = async (bytes: Uint8Array) => (await readDocx(bytes)).text;

const listConfig = {
  config: [
    {
      reference: 'plan',
      levels: [
        { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
        { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', alignment: AlignmentType.LEFT },
      ],
    },
  ],
};
const step = (text: string, level: number, instance?: number) =>
  new Paragraph({ text, numbering: { reference: 'plan', level, instance } });

describe('readDocx on documents written by the docx package', () => {
  it.each([
    [
      'soft line break stays a line break',
      () =>
        pack([
          new Paragraph({
            children: [new TextRun('Căn cứ Nghị quyết'), new TextRun({ text: 'số 168/NQ-CP', break: 1 })],
          }),
        ]),
      'Căn cứ Nghị quyết\nsố 168/NQ-CP\n',
    ],
    [
      'tab between runs',
      () =>
        pack([
          new Paragraph({ children: [new TextRun('Nơi nhận:'), new TextRun({ children: [new Tab(), 'Như trên'] })] }),
        ]),
      'Nơi nhận:\tNhư trên\n',
    ],
    [
      'page break is a line break',
      () => pack([new Paragraph({ children: [new TextRun('trang một'), new PageBreak(), new TextRun('trang hai')] })]),
      'trang một\ntrang hai\n',
    ],
    [
      'header table is read row by row',
      () =>
        pack([
          new Table({
            rows: [
              row(
                cell('SỞ Y TẾ', 'BỆNH VIỆN ĐA KHOA'),
                cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'),
              ),
              row(cell('Số: 12/KH-BV'), cell('Hà Tĩnh, ngày 3 tháng 4 năm 2024')),
            ],
          }),
        ]),
      'SỞ Y TẾ\nBỆNH VIỆN ĐA KHOA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-BV\nHà Tĩnh, ngày 3 tháng 4 năm 2024\n',
    ],
    [
      'nested table and empty cells',
      () =>
        pack([
          new Table({
            rows: [
              row(
                new TableCell({
                  children: [
                    new Paragraph('ngoài'),
                    new Table({ rows: [row(cell('trong 1'), cell(''), cell('trong 2'))] }),
                    new Paragraph('sau'),
                  ],
                }),
                cell(''),
              ),
            ],
          }),
        ]),
      'ngoài\ntrong 1\ntrong 2\nsau\n',
    ],
    [
      'nested list levels, restart by a new instance',
      () =>
        pack(
          [
            step('Mục tiêu', 0),
            step('chung', 1),
            step('cụ thể', 1),
            step('ý một', 2),
            step('ý hai', 2),
            step('Nhiệm vụ', 0),
            step('đầu', 1),
            step('lại', 0, 2),
          ],
          listConfig,
        ),
      'I. Mục tiêu\n1. chung\n2. cụ thể\na) ý một\nb) ý hai\nII. Nhiệm vụ\n1. đầu\nI. lại\n',
    ],
    [
      'bullets become "-"',
      () =>
        pack([
          new Paragraph({ text: 'một', bullet: { level: 0 } }),
          new Paragraph({ text: 'hai', bullet: { level: 1 } }),
        ]),
      '- một\n- hai\n',
    ],
    [
      'text box follows the paragraph that anchors it',
      () =>
        pack([
          new Paragraph({
            children: [
              new TextRun('neo'),
              new Textbox({ style: { width: '100pt', height: '40pt' }, children: [new Paragraph('trong hộp')] }),
              new TextRun(' tiếp'),
            ],
          }),
        ]),
      'neo tiếp\ntrong hộp\n',
    ],
  ])('%s', async (_, build, expected) => {
    expect(await textOf(await build())).toBe(expected);
  });
});

const decimalList = `${abstractNum(1, [
  { format: 'decimal', text: '%1.' },
  { format: 'decimal', text: '%1.%2.' },
  { format: 'lowerRoman', text: '(%3)' },
])}${num(5, 1)}`;
const textbox = (t: string) => `<w:txbxContent>${para(run(t))}</w:txbxContent>`;

describe('readDocx on hand-written markup', () => {
  it.each([
    [
      'inserted text kept, deleted text dropped',
      para(
        `${run('Quyết định ')}<w:del><w:r><w:delText>cũ </w:delText></w:r></w:del><w:ins><w:r><w:t>mới</w:t></w:r></w:ins>`,
      ),
      {},
      'Quyết định mới\n',
    ],
    [
      'deleted paragraph mark joins paragraphs; a wholly deleted paragraph leaves no line',
      para(run('Căn cứ Nghị quyết'), '<w:rPr><w:del w:id="1" w:author="a"/></w:rPr>') +
        para(run(' số 168/NQ-CP')) +
        para('<w:del><w:r><w:delText>bỏ</w:delText></w:r></w:del>', '<w:rPr><w:del w:id="2"/></w:rPr>') +
        para(run('tiếp')),
      {},
      'Căn cứ Nghị quyết số 168/NQ-CP\ntiếp\n',
    ],
    ['moved-away text dropped', para(`<w:moveFrom>${run('đi ')}</w:moveFrom>${run('ở lại')}`), {}, 'ở lại\n'],
    [
      'field instruction skipped, field result kept',
      para(
        `${run('Trang ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('5')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
      ),
      {},
      'Trang 5\n',
    ],
    [
      'simple field result kept',
      para(`<w:fldSimple w:instr=" DATE ">${run('01/02/2024')}</w:fldSimple>`),
      {},
      '01/02/2024\n',
    ],
    [
      'hyphens, soft hyphen, symbols',
      para(
        `<w:r><w:t>Nghị định 30</w:t><w:noBreakHyphen/><w:t>NĐ</w:t><w:softHyphen/><w:t>CP </w:t><w:sym w:font="Symbol" w:char="F0B3"/><w:t> 5</w:t></w:r>`,
      ),
      {},
      'Nghị định 30-NĐCP ≥ 5\n',
    ],
    [
      'single-quoted attributes with spaces around "="',
      para(`<w:r><w:sym w:font = 'Wingdings' w:char='F0D8'/><w:t xml:space='preserve'> ý</w:t></w:r>`),
      {},
      '- ý\n',
    ],
    [
      'Wingdings bullet symbol is "-"',
      para(`<w:r><w:sym w:font="Wingdings" w:char="F0D8"/><w:t xml:space="preserve"> ý</w:t></w:r>`),
      {},
      '- ý\n',
    ],
    [
      'tab stops in paragraph properties are not tabs',
      para(run('a'), '<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>'),
      {},
      'a\n',
    ],
    [
      'hidden run skipped',
      para(`${run('hiện')}<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t><w:br/></w:r>`),
      {},
      'hiện\n',
    ],
    [
      'vanish switched off still shows',
      para(`<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>hiện</w:t></w:r>`),
      {},
      'hiện\n',
    ],
    [
      'DrawingML text box read once, VML fallback skipped',
      para(
        `${run('neo')}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${textbox('hộp')}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>${textbox('hộp')}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
      ),
      {},
      'neo\nhộp\n',
    ],
    [
      'entities, character references, CDATA and comments',
      para(`<w:r><w:t>A &amp; B &lt;C&gt; &#7841;&#x1EA1;</w:t><!-- chú thích --><w:t><![CDATA[ <x> ]]></w:t></w:r>`),
      {},
      'A & B <C> ạạ <x> \n',
    ],
    [
      '">" inside an attribute value',
      para(`<w:fldSimple w:instr=" IF 2 > 1 &quot;đúng&quot; "><w:r><w:t>đúng</w:t></w:r></w:fldSimple>`),
      {},
      'đúng\n',
    ],
    ['other namespace prefix for WordprocessingML', para(run('tiền tố khác')), { prefix: 'ns0' }, 'tiền tố khác\n'],
    [
      'main part found through relationships',
      para(run('document2')),
      { documentPath: 'word/document2.xml' },
      'document2\n',
    ],
    [
      'multi-level decimal list with lower roman third level',
      [
        item('Một', 5),
        item('Một chấm một', 5, 1),
        item('Ý', 5, 2),
        item('Ý', 5, 2),
        item('Hai', 5),
        item('Hai chấm một', 5, 1),
      ].join(''),
      { numbering: decimalList },
      '1. Một\n1.1. Một chấm một\n(i) Ý\n(ii) Ý\n2. Hai\n2.1. Hai chấm một\n',
    ],
    [
      'article labels, start value, space suffix',
      [item('Phạm vi', 1), item('Đối tượng', 1)].join(''),
      {
        numbering:
          abstractNum(3, [{ format: 'decimal', text: 'Điều %1.', start: 4, extra: '<w:suff w:val="space"/>' }]) +
          num(1, 3),
      },
      'Điều 4. Phạm vi\nĐiều 5. Đối tượng\n',
    ],
    [
      'letters and upper roman; numId 0 means not numbered',
      [item('a', 2), item('b', 2), para(run('thường'), numPr(0)), item('c', 2)].join(''),
      { numbering: abstractNum(4, [{ format: 'upperLetter', text: '%1/' }]) + num(2, 4) },
      'A/ a\nB/ b\nthường\nC/ c\n',
    ],
    [
      'a second w:num with startOverride restarts, one without continues',
      [item('x', 1), item('y', 1), item('z', 2), item('w', 3)].join(''),
      {
        numbering:
          abstractNum(1, [{ format: 'decimal', text: '%1.' }]) +
          num(1, 1) +
          num(2, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>') +
          num(3, 1),
      },
      '1. x\n2. y\n1. z\n3. w\n',
    ],
    [
      'lvlRestart 0 keeps counting under a new parent; isLgl renders decimal',
      [item('A', 1), item('x', 1, 1), item('B', 1), item('y', 1, 1), item('Mục', 1, 2)].join(''),
      {
        numbering:
          abstractNum(1, [
            { format: 'upperRoman', text: '%1.' },
            { format: 'lowerLetter', text: '%2)', extra: '<w:lvlRestart w:val="0"/>' },
            { format: 'decimal', text: '%1.%2.%3', extra: '<w:isLgl/>' },
          ]) + num(1, 1),
      },
      'I. A\na) x\nII. B\nb) y\n2.2.1 Mục\n',
    ],
    [
      'bullet glyphs: "+" kept, others "-"',
      [item('cộng', 1), item('chấm', 2)].join(''),
      {
        numbering:
          abstractNum(1, [{ format: 'bullet', text: '+' }]) +
          abstractNum(2, [{ format: 'bullet', text: '\uf0b7' }]) +
          num(1, 1) +
          num(2, 2),
      },
      '+ cộng\n- chấm\n',
    ],
    [
      'numbering carried by the paragraph style',
      [
        para(run('Chương đầu'), '<w:pStyle w:val="Chuong"/>'),
        para(run('Chương sau'), '<w:pStyle w:val="ChuongCon"/>'),
      ].join(''),
      {
        numbering: abstractNum(7, [{ format: 'upperRoman', text: 'Chương %1' }]) + num(9, 7),
        styles: `<w:style w:type="paragraph" w:styleId="Chuong"><w:pPr>${numPr(9).replace(/<w:ilvl[^>]*>/, '')}</w:pPr></w:style><w:style w:type="paragraph" w:styleId="ChuongCon"><w:basedOn w:val="Chuong"/></w:style>`,
      },
      'Chương I Chương đầu\nChương II Chương sau\n',
    ],
    [
      'old numbering inside a tracked property change is ignored',
      para(run('mục'), `<w:pPrChange w:id="1"><w:pPr>${numPr(1)}</w:pPr></w:pPrChange>`),
      { numbering: abstractNum(1, [{ format: 'decimal', text: '%1.' }]) + num(1, 1) },
      'mục\n',
    ],
  ])('%s', async (_, body, parts, expected) => {
    expect(await textOf(wordZip(body, parts))).toBe(expected);
  });

  it.each([
    ['unknown number format', abstractNum(1, [{ format: 'thaiLetters', text: '%1.' }]) + num(1, 1), '1. x\n'],
    ['list without definition', '', 'x\n'],
  ])('warns on %s', async (_, numbering, expected) => {
    const out = await readDocx(
      wordZip(item('x', 1), { numbering: numbering || '<w:abstractNum w:abstractNumId="9"/>' }),
    );
    expect(out.text).toBe(expected);
    expect(out.warnings.map((w) => w.code)).toEqual(['docx-numbering']);
  });
});

describe('readDocx text encodings of document.xml', () => {
  const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para(run('Quyết định số 5'))}</w:body></w:document>`;
  it.each([
    ['UTF-8', Buffer.from(xml, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml, 'utf8')])],
    [
      'UTF-16LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml.replace('?>', ' encoding="UTF-16"?>'), 'utf16le')]),
    ],
  ])('%s', async (_, bytes) => {
    expect(await textOf(zipSync({ 'word/document.xml': new Uint8Array(bytes) }))).toBe('Quyết định số 5\n');
  });
});

const codeOf = async (bytes: Uint8Array, maxUnzippedBytes?: number) =>
  readDocx(bytes, { maxUnzippedBytes }).then(
    () => 'ok',
    (e: unknown) => (e instanceof IngestError ? e.code : `not an IngestError: ${e}`),
  );
const cfb = (extra: string) =>
  new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from(extra, 'utf16le')]);

describe('readDocx refuses what it cannot read', () => {
  const good = wordZip(para(run('nội dung')));
  it.each([
    ['random bytes', () => new Uint8Array(4096).map((_, i) => (i * 7919) % 251), undefined, 'corrupt'],
    ['truncated zip', () => good.slice(0, Math.floor(good.length / 2)), undefined, 'corrupt'],
    [
      'malformed document.xml',
      () => zipSync({ 'word/document.xml': strToU8('<w:document><w:body>') }),
      undefined,
      'corrupt',
    ],
    [
      'mismatched end tag',
      () => zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p></w:body></w:document>') }),
      undefined,
      'corrupt',
    ],
    ['zip without document.xml', () => zipSync({ 'a.txt': strToU8('xin chào') }), undefined, 'unsupported-format'],
    ['entry declaring a huge size', () => declareSize(good, 'word/document.xml', 0xfffffff0), undefined, 'too-large'],
    ['entries over a small limit', () => good, 100, 'too-large'],
    ['entry declaring less than it holds', () => declareSize(good, 'word/document.xml', 40), undefined, 'corrupt'],
    ['legacy .doc', () => cfb('WordDocument'), undefined, 'unsupported-format'],
    ['password-protected .docx', () => cfb('EncryptionInfo'), undefined, 'encrypted'],
    ['the well-formed control', () => good, undefined, 'ok'],
  ])('%s → %s', async (_, build, limit, expected) => {
    expect(await codeOf(build(), limit)).toBe(expected);
  });
});

describe('readDocx on the seed texts', () => {
  const dir = '/work/shared/seeds';
  it.each(readdirSync(dir).filter((f) => f.endsWith('.txt')))('%s reads back line by line', async (file) => {
    const lines = readFileSync(`${dir}/${file}`, 'utf8').split('\n');
    const bytes = await pack(lines.map((l) => new Paragraph({ children: [new TextRun(l)] })));
    expect(await textOf(bytes)).toBe(lines.map((l) => `${l}\n`).join(''));
  });
});
