import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../output/schema.js';
import { IngestError } from '../pipeline/ingest/error.js';
import { dropPageFurniture, isPageNumber } from '../pipeline/ingest/pdf/cleanup.js';
import { readColumns, readPageColumns } from '../pipeline/ingest/pdf/columns.js';
import { layoutText } from '../pipeline/ingest/pdf/layout.js';
import { groupLines, type Line, lineText, type PlacedText } from '../pipeline/ingest/pdf/lines.js';
import { findTable, readTable } from '../pipeline/ingest/pdf/table.js';
import { type Joint, joint, unwrap, type VisualLine } from '../pipeline/ingest/pdf/unwrap.js';
import { readPdf, readPdfLines } from '../pipeline/ingest/pdf.js';
import { chiThiParagraphs, congVanParagraphs } from '../scripts/test-pdfs/texts.js';

// pdfjs is loaded lazily by the first readPdf, after these are taken
const nativePush = Array.prototype.push;
const nativeParse = JSON.parse;

const pdf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(import.meta.dirname, 'pdf', name)));
const linesOf = async (name: string): Promise<string[]> => (await readPdf(pdf(name))).text.split('\n');

const body = (text: string, over: Partial<VisualLine> = {}): VisualLine => ({
  text,
  full: false,
  indented: false,
  spaced: false,
  inBlock: false,
  breakBefore: false,
  ...over,
});

describe('joint: is the next line a continuation?', () => {
  it.each<[string, VisualLine, VisualLine, Joint]>([
    ['lowercase continues', body('các cơ quan thực hiện Nghị'), body('quyết số 12/NQ-HĐND'), 'space'],
    ['digit continues a number', body('theo Nghị quyết số'), body('45/NQ-CP của Chính phủ'), 'space'],
    ['code split at its hyphen', body('Kế hoạch số 7/KH-', { full: true }), body('UBND ngày 02/3/2024'), 'tight'],
    ['text ending in hyphens is no rule', body('Số 12--', { full: true }), body('CT/HU'), 'tight'],
    ['party code split after the number', body('Chỉ thị số 05-'), body('CT/TU của Tỉnh ủy'), 'tight'],
    ['spaced hyphen keeps its space', body('phát triển kinh tế -'), body('xã hội của tỉnh'), 'space'],
    [
      'full line before an uppercase word',
      body('đúng tinh thần Nghị quyết của', { full: true }),
      body('Hội đồng nhân dân tỉnh'),
      'space',
    ],
    [
      'full line before a spaced hyphen',
      body('phối hợp với Ban Thi đua', { full: true }),
      body('- Khen thưởng tỉnh'),
      'space',
    ],
    [
      'across a page: full line, same paragraph',
      body('các đơn vị thuộc', { full: true }),
      body('Sở, ngành theo quy định.'),
      'space',
    ],
  ])('%s', (_, prev, next, expected) => expect(joint(prev, next)).toBe(expected));

  // A "- …" item wrapped by the layout: its rest sits under the item and closes it.
  const listLine = (text: string, x0: number, step = 13.8, over: Partial<VisualLine> = {}) =>
    body(text, { x0, size: 11, step, ...over });
  it.each<[string, VisualLine, VisualLine, Joint]>([
    ['rest under the dash', listLine('- Đảng ủy, Công đoàn, Đoàn Thanh niên', 90), listLine('Trường;', 90), 'space'],
    ['rest under the text (hanging indent)', listLine('- Các phòng, ban thuộc', 184), listLine('Sở.', 193), 'space'],
    [
      'smaller type on the body leading is no paragraph space',
      listLine('- Hội Cựu chiến binh', 76),
      listLine('Phường;', 76, 13.8, { spaced: true }),
      'space',
    ],
    [
      'centred list with geometry unknown for the step',
      listLine('- Hiệu trưởng các trường trực thuộc', 184, 13.8, { step: undefined }),
      listLine('Sở;', 184, 13.8, { step: undefined }),
      'space',
    ],
  ])('wrapped item: %s', (_, prev, next, expected) => expect(joint(prev, next)).toBe(expected));
  it.each<[string, VisualLine, VisualLine]>([
    ['next does not close the item', listLine('- Thời gian: ngày 15/3/2024', 90), listLine('Địa điểm: Hội trường', 90)],
    ['a blank line between', listLine('- Tăng cường tuyên truyền', 90), listLine('Các đơn vị thực hiện.', 90, 27.6)],
    ['indented well past the item', listLine('- Như trên', 90), listLine('Nguyễn Văn An.', 300)],
    ['a numbered heading is no dash item', listLine('1. Mục đích', 90), listLine('Nâng cao nhận thức;', 90)],
    ['an item of its own', listLine('- Như trên', 90), listLine('- Lưu: VT.', 90)],
    ['no geometry', body('- Như trên'), body('Lưu VT.')],
  ])('not a wrapped item: %s', (_, prev, next) => expect(joint(prev, next)).toBe('none'));

  it.each<[string, VisualLine, VisualLine]>([
    ['sentence ended', body('thực hiện nghiêm túc.', { full: true }), body('ngày hôm sau')],
    ['rule under the motto', body('---------------', { inBlock: true }), body('Hà Nội, ngày 07 tháng 3 năm 2025')],
    ['rule under the issuer', body('-------'), body('Số: 15/HD-BNV')],
    ['star under a Party body', body('*'), body('Số 12-CT/HU')],
    ['o0o rule', body('--o0o--'), body('Số: 15/TB-UBND')],
    ['line before a rule', body('ỦY BAN NHÂN DÂN HUYỆN'), body('-------')],
    ['semicolon ends an item', body('- Như trên;'), body('- lưu hồ sơ')],
    ['colon before a list', body('các nội dung sau:', { full: true }), body('a) tổ chức hội nghị')],
    ['numbered item', body('Nhiệm vụ trọng tâm'), body('2. Tăng cường kiểm tra')],
    ['lettered item', body('Các nhiệm vụ cụ thể'), body('đ) tổ chức tuyên truyền')],
    ['short line then uppercase', body('II. Nhiệm vụ năm 2025'), body('Tiếp tục đẩy mạnh')],
    ['indented new paragraph', body('trên địa bàn tỉnh', { full: true }), body('Giao Sở Nội vụ', { indented: true })],
    ['paragraph spacing', body('trên địa bàn tỉnh', { full: true }), body('Giao Sở Nội vụ', { spaced: true })],
    [
      'header column lines',
      body('ỦY BAN NHÂN DÂN', { inBlock: true, full: true }),
      body('HUYỆN AN LÃO', { inBlock: true }),
    ],
    [
      'right column opens',
      body('V/v tổ chức hội nghị', { inBlock: true }),
      body('năm 2024', { inBlock: true, breakBefore: true }),
    ],
  ])('%s → new line', (_, prev, next) => expect(joint(prev, next)).toBe('none'));

  it('unwrap joins paragraphs and keeps hyphens', () => {
    const lines = [
      body('Thực hiện Chỉ thị số 12-'),
      body('CT/TU ngày 05/01/2024,', { full: true }),
      body('Ủy ban nhân dân đề nghị:'),
      body('1. Các sở tổ chức.'),
    ];
    expect(unwrap(lines)).toEqual([
      'Thực hiện Chỉ thị số 12-CT/TU ngày 05/01/2024, Ủy ban nhân dân đề nghị:',
      '1. Các sở tổ chức.',
    ]);
  });
});

describe('page furniture', () => {
  it.each(['2', '- 2 -', '-- 3 of 5 --', 'Trang 2', 'trang 3/7', '4/9', 'Page 2 of 3'])('%s is a page number', (t) =>
    expect(isPageNumber(t)).toBe(true),
  );
  it.each(['2. Tổ chức thực hiện', 'Điều 2', '12/CT-UBND', 'Trang trại', 'ngày 2'])('%s is not', (t) =>
    expect(isPageNumber(t)).toBe(false),
  );

  it('drops running headers, footers and page numbers, keeps body', () => {
    const pages = [
      ['QUYẾT ĐỊNH', 'nội dung trang một', 'Sở Tư pháp - bản điện tử'],
      ['Trang 2', 'nội dung trang hai', 'Sở Tư pháp - bản điện tử'],
      ['Trang 3', 'nội dung trang ba', 'Sở Tư pháp - bản điện tử'],
    ];
    expect(dropPageFurniture(pages, (l) => l)).toEqual([
      ['QUYẾT ĐỊNH', 'nội dung trang một'],
      ['nội dung trang hai'],
      ['nội dung trang ba'],
    ]);
  });
});

const item = (str: string, x: number, y: number, size = 12): PlacedText => ({
  str,
  x,
  y,
  width: str.length * size * 0.5,
  size,
});

describe('lines and columns from positions', () => {
  it('groups items on one baseline (within tolerance) and splits cells at wide gaps', () => {
    const lines = groupLines([
      item('ỦY BAN NHÂN DÂN', 100, 800),
      item('CỘNG HÒA XÃ HỘI', 320, 801, 11),
      item('Về', 90, 760),
      item('việc', 110, 760),
    ]);
    expect(lines.map((l) => l.segments.map((s) => s.text))).toEqual([
      ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI'],
      ['Về việc'],
    ]);
  });

  const line = (y: number, ...cells: [number, string][]): Line => {
    const segments = cells.map(([x, text]) => ({ text, x0: x, x1: x + text.length * 6 }));
    return { segments, y, size: 12, x0: segments[0]?.x0 ?? 0, x1: segments[segments.length - 1]?.x1 ?? 0 };
  };

  it('reads a two-column header left column first, body after it', () => {
    const page = [
      line(800, [300, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
      line(798, [100, 'ỦY BAN NHÂN DÂN']),
      line(784, [110, 'XÃ BÌNH AN'], [320, 'Độc lập - Tự do - Hạnh phúc']),
      line(760, [100, 'Số: 15/TB-UBND'], [300, 'Bình An, ngày 3 tháng 4 năm 2024']),
      line(700, [70, 'Nội dung thông báo trải dài hết chiều ngang của trang giấy A4 đây']),
    ];
    expect(readColumns(page).map((l) => l.text)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'XÃ BÌNH AN',
      'Số: 15/TB-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Bình An, ngày 3 tháng 4 năm 2024',
      'Nội dung thông báo trải dài hết chiều ngang của trang giấy A4 đây',
    ]);
  });

  it.each<[string, Line[], string[]]>([
    [
      'a blank line under the left column opens what is below the table (Kính gửi under the V/v)',
      [
        line(800, [100, 'SỞ NỘI VỤ'], [300, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
        line(786, [100, 'Số: 12/SNV-VP'], [300, 'Gia Lai, ngày 5 tháng 3 năm 2024']),
        line(772, [90, 'V/v tổ chức hội nghị']),
        line(744, [140, 'Kính gửi:']),
        line(730, [180, '- Các phòng, ban thuộc Sở; các đơn vị trực thuộc Sở nội vụ tỉnh Gia Lai']),
      ],
      [
        'SỞ NỘI VỤ',
        'Số: 12/SNV-VP',
        'V/v tổ chức hội nghị',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Gia Lai, ngày 5 tháng 3 năm 2024',
        'Kính gửi:',
        '- Các phòng, ban thuộc Sở; các đơn vị trực thuộc Sở nội vụ tỉnh Gia Lai',
      ],
    ],
    [
      'a gap inside the left column above a line with both columns stays in the block',
      [
        line(800, [100, 'ỦY BAN NHÂN DÂN'], [300, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
        line(786, [110, 'XÃ AN PHÚ']),
        line(758, [100, 'Số: 27/TB-UBND'], [300, 'An Phú, ngày 2 tháng 5 năm 2024']),
      ],
      [
        'ỦY BAN NHÂN DÂN',
        'XÃ AN PHÚ',
        'Số: 27/TB-UBND',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'An Phú, ngày 2 tháng 5 năm 2024',
      ],
    ],
    [
      'the signer name under the signature space stays in the right column',
      [
        line(300, [76, 'Nơi nhận:'], [380, 'CHỦ TỊCH']),
        line(286, [76, '- Như trên;']),
        line(272, [76, '- Lưu: VT.']),
        line(220, [370, 'Trần Văn An']),
      ],
      ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'CHỦ TỊCH', 'Trần Văn An'],
    ],
  ])('block end: %s', (_, page, expected) => expect(readColumns(page).map((l) => l.text)).toEqual(expected));

  it('keeps single-column body lines as they are', () => {
    const page = [
      line(700, [70, 'dòng một của đoạn văn bản dài']),
      line(684, [70, 'dòng hai ngắn']),
      line(668, [70, 'dòng ba của đoạn văn bản dài']),
    ];
    expect(readColumns(page).map((l) => [l.text, l.inBlock])).toEqual(page.map((l) => [lineText(l), false]));
  });

  const BODY_LINE = 'Trên đây là nội dung đăng ký giao ước thi đua năm 2024 của toàn huyện.';
  const texts = (pages: Line[][]) => readPageColumns(pages).map((p) => p.map((l) => l.text));
  it.each<[string, Line[][], string[][]]>([
    [
      'signature table split by the page: list and name on the next page stay in their columns',
      [
        [line(200, [70, BODY_LINE]), line(170, [76, 'Nơi nhận:'], [380, 'CHỦ TỊCH'])],
        [
          line(780, [76, '- Như trên;']),
          line(766, [76, '- Phòng Nội vụ;']),
          line(752, [76, '- Lưu: VT.'], [370, 'Trần Văn An']),
          line(738, [76, '- Thường trực HĐND;']),
        ],
      ],
      [
        [
          BODY_LINE,
          'Nơi nhận:',
          '- Như trên;',
          '- Phòng Nội vụ;',
          '- Lưu: VT.',
          '- Thường trực HĐND;',
          'CHỦ TỊCH',
          'Trần Văn An',
        ],
        [],
      ],
    ],
    [
      'name alone under the list on the next page',
      [
        [line(170, [76, 'Nơi nhận:'], [380, 'KT. GIÁM ĐỐC']), line(156, [76, '- Như trên;'], [380, 'PHÓ GIÁM ĐỐC'])],
        [line(780, [76, '- Lưu: VT.']), line(740, [370, 'Lê Thị Mai'])],
      ],
      [['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê Thị Mai'], []],
    ],
  ])('%s', (_, pages, expected) => expect(texts(pages)).toEqual(expected));

  it.each<[string, Line[][], string[][]]>([
    [
      'a short last line of a paragraph does not pull the next page into a block',
      [
        [line(200, [70, BODY_LINE]), line(186, [70, 'của toàn huyện.'])],
        [line(780, [300, 'Phụ lục kèm theo']), line(766, [70, BODY_LINE])],
      ],
      [
        [BODY_LINE, 'của toàn huyện.'],
        ['Phụ lục kèm theo', BODY_LINE],
      ],
    ],
    [
      'body lines on the next page end a block at the foot of the page',
      [[line(170, [76, 'Nơi nhận:'], [380, 'CHỦ TỊCH'])], [line(780, [70, BODY_LINE]), line(766, [76, '- Lưu: VT.'])]],
      [
        ['Nơi nhận:', 'CHỦ TỊCH'],
        [BODY_LINE, '- Lưu: VT.'],
      ],
    ],
  ])('not across the page: %s', (_, pages, expected) => expect(texts(pages)).toEqual(expected));

  // A line break typed in a justified paragraph spreads the words before it over the whole column.
  const FULL = 'Tài liệu truyền thông thực hiện theo Quyết định số 2067/QĐ-UBND của UBND tỉnh'; // x 70..532
  const FULL_2 = 'thực hiện theo Kế hoạch số 12/KH-UBND ngày 05/3/2024 của Ủy ban nhân dân tỉnh'; // x 70..532
  it.each<[string, Line[], string[]]>([
    [
      'two stretched words stay one line, read before the next line',
      [
        line(700, [70, FULL]),
        line(686, [70, 'Gia'], [514, 'Lai']),
        line(672, [70, 'ban hành Kế hoạch truyền thông y tế giai đoạn 2025 - 2026.']),
      ],
      [FULL, 'Gia Lai', 'ban hành Kế hoạch truyền thông y tế giai đoạn 2025 - 2026.'],
    ],
    [
      'three stretched words under a full line',
      [line(700, [70, FULL_2]), line(686, [70, 'Sở'], [300, 'Nội'], [520, 'vụ']), line(672, [70, 'hướng dẫn.'])],
      [FULL_2, 'Sở Nội vụ', 'hướng dẫn.'],
    ],
  ])('stretched justified line: %s', (_, page, expected) => {
    const read = readColumns([...page, line(600, [70, FULL]), line(586, [70, FULL_2])]);
    expect(read.slice(0, expected.length).map((l) => [l.text, l.inBlock])).toEqual(expected.map((t) => [t, false]));
  });

  it.each<[string, Line[], string[]]>([
    [
      'a header row flush with both edges, at the top of the page, is still a table row',
      [
        line(800, [70, 'ỦY BAN NHÂN DÂN'], [382, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA']),
        line(786, [80, 'XÃ AN PHÚ'], [340, 'Độc lập - Tự do']),
      ],
      ['ỦY BAN NHÂN DÂN', 'XÃ AN PHÚ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA', 'Độc lập - Tự do'],
    ],
    [
      'a signature row right under a full body line: its right cell is centred, not flush',
      [line(300, [70, FULL]), line(286, [70, 'Nơi nhận:'], [380, 'CHỦ TỊCH']), line(272, [70, '- Như trên;'])],
      [FULL, 'Nơi nhận:', '- Như trên;', 'CHỦ TỊCH'],
    ],
    [
      'a row flush with both edges after a blank line is a table row',
      [line(300, [70, FULL]), line(260, [70, 'Nơi nhận:'], [484, 'CHỦ TỊCH']), line(246, [70, '- Như trên;'])],
      [FULL, 'Nơi nhận:', '- Như trên;', 'CHỦ TỊCH'],
    ],
  ])('not stretched: %s', (_, page, expected) => {
    const read = readColumns([...page, line(100, [70, FULL]), line(86, [70, FULL_2])]);
    expect(read.slice(0, expected.length).map((l) => l.text)).toEqual(expected);
  });
});

describe('readPdf on office-made PDFs', () => {
  it.each([
    ['chi-thi-3p.pdf', 'ỦY BAN NHÂN DÂN', 'Số: 05/CT-UBND', 'Quảng Nam, ngày 15 tháng 4 năm 2024'],
    ['restricted.pdf', 'TỈNH QUẢNG NAM', 'Số: 05/CT-UBND', 'Quảng Nam, ngày 15 tháng 4 năm 2024'],
    [
      'cong-van-2p.pdf',
      'SỞ NỘI VỤ',
      'V/v triển khai phong trào thi đua thực hiện Nghị quyết số 168/NQ-CP',
      'Bình Định, ngày 20 tháng 5 năm 2024',
    ],
    [
      'handmade.pdf',
      'BAN THI ĐUA - KHEN THƯỞNG',
      'V/v hướng dẫn khen thưởng thi đua năm 2024',
      'Hà Nội, ngày 03 tháng 6 năm 2024',
    ],
    ['plain-letter.pdf', 'XÃ AN PHÚ', 'Số: 27/TB-UBND', 'An Phú, ngày 02 tháng 5 năm 2024'],
  ])('%s: header columns come out separated, left first', async (name, issuerLine, leftLine, dateLine) => {
    const lines = await linesOf(name);
    const quocHieu = lines.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(quocHieu).toBeGreaterThan(0);
    expect(lines.indexOf(issuerLine)).toBeGreaterThanOrEqual(0);
    expect(lines.indexOf(issuerLine)).toBeLessThan(quocHieu);
    expect(lines.indexOf(leftLine)).toBeLessThan(quocHieu);
    expect(lines).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(lines.indexOf(dateLine)).toBeGreaterThan(quocHieu);
  });

  it.each(['chi-thi-3p.pdf', 'cong-van-2p.pdf', 'handmade.pdf'])(
    '%s: the PDF really wraps references over lines',
    async (name) => {
      const raw = (await readPdfLines(pdf(name))).flat().map(lineText);
      expect(raw.some((l) => /(?:Nghị|số|168\/NQ-|34-)$/.test(l))).toBe(true);
    },
  );

  const codes = ['Nghị quyết số 168/NQ-CP', '34-CT/TW', '58/KH-UBND', '98/2023/NĐ-CP', '12/KH-BTĐKT'];
  const countIn = (text: string, phrase: string): number => text.split(phrase).length - 1;
  const handmadeSource = 'Nghị quyết số 168/NQ-CP 34-CT/TW Nghị quyết số 168/NQ-CP 12/KH-BTĐKT 34-CT/TW';
  it.each([
    // what went into each PDF: every wrapped occurrence must come back whole
    ['chi-thi-3p.pdf', chiThiParagraphs().join('\n')],
    ['cong-van-2p.pdf', `${congVanParagraphs().join('\n')} V/v Nghị quyết số 168/NQ-CP`],
    ['handmade.pdf', handmadeSource],
  ])('%s: wrapped references come out joined, codes intact', async (name, source) => {
    const text = (await readPdf(pdf(name))).text;
    for (const phrase of codes) expect(countIn(text, phrase), phrase).toBe(countIn(source, phrase));
    expect(text).not.toMatch(/[\p{Lu}\d]- [\p{Lu}\d]|[\p{Lu}\d]-\n/u);
    expect(text).not.toMatch(/Nghị\nquyết|số\n\d/);
  });

  // LibreOffice justifies the line before a typed line break: "Gia" at the left edge, "Lai" at the right
  const fixture = (path: string): Uint8Array =>
    new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'fixtures', path)));
  it.each([
    ['holdout/h11_so-y-te-gia-lai-cong-van.pdf', 'của UBND tỉnh Gia Lai ban hành Kế hoạch truyền thông y tế'],
    ['variants/v3_huong-dan-bo.pdf', 'các quy định tại Thông tư liên tịch số 01/2011/TTLT-BTC-BNV.'],
  ])('%s: a stretched justified line is read in its place', async (path, phrase) => {
    const text = (await readPdf(fixture(path))).text;
    expect(text).toContain(phrase);
  });

  // A short line before a typed break sits left of the next paragraph's first-line indent: no gutter there
  it.each([
    ['holdout/h38_hnd-dak-lak-huong-dan-thi-dua-95-nam.pdf', 'đoàn kết giúp nhau'],
    ['holdout/h38_hnd-dak-lak-huong-dan-thi-dua-95-nam.pdf', 'Cách mạng Tháng Tám (19/8/1945'],
    ['holdout/h38_hnd-dak-lak-huong-dan-thi-dua-95-nam.pdf', 'trưởng thành của Hội Nông dân'],
  ])('%s: a word left of an indented line stays in its paragraph (%s)', async (path, phrase) => {
    const text = (await readPdf(fixture(path))).text.replace(/\s+/g, ' ');
    expect(text).toContain(phrase);
  });

  it.each(['chi-thi-3p.pdf', 'cong-van-2p.pdf', 'handmade.pdf'])(
    '%s: no page markers, page numbers or running lines',
    async (name) => {
      const lines = await linesOf(name);
      for (const l of lines) {
        expect(l).not.toMatch(/^(?:-+\s*)?(?:Trang\s*)?\d+(?:\s*-+)?$|-- \d+ of \d+ --/);
        expect(l).not.toMatch(/^(?:Sở Nội vụ tỉnh Bình Định - Văn bản điện tử|Ban Thi đua - Khen thưởng Trung ương)$/);
      }
    },
  );

  it.each([
    [
      'chi-thi-3p.pdf',
      [
        'Nơi nhận:',
        '- Bộ Nội vụ;',
        '- TT Tỉnh ủy, TT HĐND tỉnh;',
        '- Lưu: VT, NC.',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
        'Lê Văn Dũng',
      ],
    ],
    [
      'handmade.pdf',
      ['Nơi nhận:', '- Các bộ, ngành;', '- Lưu: VT, VP.', 'KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Phạm Văn Minh'],
    ],
  ])('%s: signature block reads Nơi nhận, then signer', async (name, tail) => {
    const lines = await linesOf(name);
    expect(lines.slice(-tail.length)).toEqual(tail);
  });

  it('joins a sentence across a page break', async () => {
    expect((await readPdf(pdf('handmade.pdf'))).text).toContain(
      'trong các cơ quan, đơn vị thuộc Bộ, ngành và Ủy ban nhân dân cấp tỉnh',
    );
  });

  it('leaves the built-ins pdfjs polyfills native (its Array.prototype.push is ~9x slower)', async () => {
    await readPdf(pdf('handmade.pdf'));
    expect(Array.prototype.push).toBe(nativePush);
    expect(JSON.parse).toBe(nativeParse);
  });

  it('leaves the caller its bytes', async () => {
    const bytes = pdf('handmade.pdf');
    const before = bytes.length;
    await readPdf(bytes);
    expect(bytes.length).toBe(before);
  });
});

describe('readPdf refuses what it cannot read', () => {
  it.each<[string, Uint8Array, ErrorCode]>([
    ['encrypted (open password)', pdf('encrypted.pdf'), 'encrypted'],
    ['scanned (no text layer)', pdf('scanned.pdf'), 'no-text'],
    ['not a PDF', pdf('junk.pdf'), 'corrupt'],
    ['truncated PDF', pdf('truncated.pdf'), 'corrupt'],
    ['empty file', new Uint8Array(0), 'corrupt'],
  ])('%s → %s', async (_, bytes, code) => {
    const error = await readPdf(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe(code);
  });
});

describe('signing stamps, watermarks and body tables from positions', () => {
  // a word set on its own, as word processors' PDF writers place words
  const words = (text: string, x: number, y: number, size = 12, gap = 0.25): PlacedText[] => {
    const out: PlacedText[] = [];
    let at = x;
    for (const w of text.split(' ')) {
      out.push(item(w, at, y, size));
      at += w.length * size * 0.5 + gap * size;
    }
    return out;
  };
  const texts = (items: PlacedText[]) => groupLines(items).map((l) => [lineText(l), l.stamp ?? false]);

  it.each<[string, PlacedText[], [string, boolean][]]>([
    [
      'a stamp printed over the Quốc hiệu, its lines on the header baselines',
      [
        item('ỦY BAN NHÂN DÂN', 100, 800, 13),
        item('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 800, 13),
        item('Ký bởi: Ủy ban Nhân dân tỉnh', 380, 801, 7.5),
        item('Email: ubnd@quangngai.gov.vn', 380, 792, 7.5),
        item('TỈNH QUẢNG NGÃI', 105, 785, 13),
        item('Độc lập - Tự do - Hạnh phúc', 320, 785, 13),
        item('Thời gian ký: 15.04.2024 08:49:26 +07:00', 380, 783, 7.5),
        ...words('Nội dung văn bản trải dài hết chiều ngang của trang giấy', 70, 700, 14),
      ],
      [
        ['Ký bởi: Ủy ban Nhân dân tỉnh', true],
        ['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', false],
        ['Email: ubnd@quangngai.gov.vn', true],
        ['TỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc', false],
        ['Thời gian ký: 15.04.2024 08:49:26 +07:00', true],
        ['Nội dung văn bản trải dài hết chiều ngang của trang giấy', false],
      ],
    ],
    [
      'a wrapped signer name stays with its stamp',
      [
        item('CHỦ TỊCH', 380, 300, 14),
        item('Người ký: Ủy ban Nhân dân', 370, 280, 8),
        item('huyện Bình Sơn', 370, 271, 8),
        item('Ngày ký: 03.01.2024 08:49', 370, 262, 8),
        item('Nguyễn Văn An', 375, 220, 14),
      ],
      [
        ['CHỦ TỊCH', false],
        ['Người ký: Ủy ban Nhân dân', true],
        ['huyện Bình Sơn', true],
        ['Ngày ký: 03.01.2024 08:49', true],
        ['Nguyễn Văn An', false],
      ],
    ],
  ])('stamp: %s', (_, items, expected) => expect(texts(items)).toEqual(expected));

  it.each<[string, PlacedText[]]>([
    ['"Người ký:" in body type', [item('Người ký: Nguyễn Văn An', 70, 700, 14), item('Nội dung', 70, 680, 14)]],
    [
      'small contact lines without signer or time',
      [item('ỦY BAN NHÂN DÂN', 100, 800, 14), item('Email: ubnd@gialai.gov.vn', 100, 790, 8)],
    ],
    [
      'a small Nơi nhận list',
      [item('CHỦ TỊCH', 380, 300, 14), item('Nơi nhận:', 70, 300, 11), item('- Lưu: VT.', 70, 287, 10)],
    ],
  ])('no stamp: %s', (_, items) => expect(groupLines(items).some((l) => l.stamp)).toBe(false));

  it.each<[string, PlacedText[], string[]]>([
    [
      'a large straight watermark over body lines',
      [
        ...words('các cơ quan, đơn vị thực hiện nghiêm túc nội dung', 70, 420, 14),
        item('BẢN SAO', 200, 412, 54),
        ...words('kế hoạch này và báo cáo kết quả trước ngày 15/12', 70, 403, 14),
      ],
      ['các cơ quan, đơn vị thực hiện nghiêm túc nội dung', 'kế hoạch này và báo cáo kết quả trước ngày 15/12'],
    ],
    [
      'a large title with room of its own stays',
      [item('KỶ YẾU', 200, 600, 40), ...words('Hội nghị tổng kết công tác thi đua năm 2024', 70, 520, 14)],
      ['KỶ YẾU', 'Hội nghị tổng kết công tác thi đua năm 2024'],
    ],
  ])('watermark: %s', (_, items, expected) => expect(groupLines(items).map(lineText)).toEqual(expected));

  // A schedule table set word by word: cells left-aligned 5.4 pt inside their column
  const row = (y: number, ...cells: [number, string][]) => cells.flatMap(([x, t]) => words(t, x, y));
  const table = groupLines([
    ...row(700, [80, 'STT'], [130, 'Nội dung'], [360, 'Thời hạn'], [460, 'Cơ quan']),
    ...row(680, [88, '1'], [130, 'Sơ kết Chỉ thị số 34-'], [360, 'trước ngày'], [460, 'Sở Nội vụ']),
    ...row(666, [130, 'CT/TW ngày 07/4/2014'], [360, '15/5/2024']),
    ...row(646, [88, '2'], [130, 'Hội nghị điển hình'], [360, 'tháng 8/2024'], [460, 'Ban Thi đua']),
  ]);
  it('a body table is read row by row, one line per cell', () => {
    const [run] = [findTable(table, 0, 70, 560)];
    expect(run?.end).toBe(4);
    expect(readTable(table, run!.gutters).map((l) => l.text)).toEqual([
      'STT',
      'Nội dung',
      'Thời hạn',
      'Cơ quan',
      '1',
      'Sơ kết Chỉ thị số 34-CT/TW ngày 07/4/2014',
      'trước ngày 15/5/2024',
      'Sở Nội vụ',
      '2',
      'Hội nghị điển hình',
      'tháng 8/2024',
      'Ban Thi đua',
    ]);
  });

  it.each<[string, Line[]]>([
    [
      'justified lines set word by word, spaces spread evenly',
      groupLines([
        ...words('Thực hiện Chỉ thị số 34-CT/TW của Bộ Chính trị về tiếp', 70, 700, 14, 0.9),
        ...words('tục đổi mới công tác thi đua, khen thưởng và Nghị định số', 70, 683, 14, 0.9),
        ...words('98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi', 70, 666, 14, 0.9),
      ]),
    ],
    [
      'lines spread before typed breaks (a hard-wrapped text printed justified)',
      groupLines([
        ...[item('về', 85, 545, 14), item('việc', 308, 545, 14), item('tổ', 539, 545, 14)],
        ...words('chức kỷ niệm 70 năm Chiến thắng Điện Biên Phủ; Hướng dẫn số', 85, 531, 14, 0.86),
        ...[item('119-HD/BTGTW', 85, 517, 14), item('ngày', 348, 517, 14), item('20', 539, 517, 14)],
      ]),
    ],
    [
      'a two-column header',
      groupLines([
        ...row(800, [90, 'ỦY BAN NHÂN DÂN'], [300, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
        ...row(785, [100, 'XÃ AN PHÚ'], [320, 'Độc lập - Tự do - Hạnh phúc']),
        ...row(760, [95, 'Số: 15/TB-UBND'], [310, 'An Phú, ngày 3 tháng 4 năm 2024']),
      ]),
    ],
  ])('no table: %s', (_, lines) => {
    for (let i = 0; i < lines.length; i++) expect(findTable(lines, i, 70, 560)).toBeUndefined();
  });
});

describe('stamp lines in the text', () => {
  const line = (text: string, y: number, size: number, x0 = 70, stamp = false): Line => ({
    segments: [{ text, x0, x1: x0 + text.length * size * 0.5 }],
    y,
    size,
    x0,
    x1: x0 + text.length * size * 0.5,
    ...(stamp ? { stamp } : {}),
  });
  const STAMP = ['Ký bởi: Sở Nội vụ', 'Thời gian ký: 16.06.2021 09:33:12 +07:00'];
  const stampAt = (y: number) => STAMP.map((t, i) => line(t, y - 9 * i, 7.5, 400, true));
  it.each<[string, Line[][], string[]]>([
    [
      'the office stamp at the top of page 1 opens the text; a copy on page 2 is dropped',
      [
        [...stampAt(820), line('SỞ NỘI VỤ', 800, 13), line('Nội dung trang một của văn bản này', 700, 14)],
        [...stampAt(820), line('tiếp tục ở trang hai.', 780, 14)],
      ],
      [...STAMP, 'SỞ NỘI VỤ', 'Nội dung trang một của văn bản này tiếp tục ở trang hai.'],
    ],
    [
      'a stamp beside the signature goes after the text',
      [
        [
          line('Nội dung văn bản.', 700, 14),
          line('CHỦ TỊCH', 300, 14, 380),
          ...stampAt(280),
          line('Trần Văn An', 220, 14, 380),
        ],
      ],
      ['Nội dung văn bản.', 'CHỦ TỊCH', 'Trần Văn An', ...STAMP],
    ],
  ])('%s', (_, pages, expected) => expect(layoutText(pages).split('\n')).toEqual(expected));
});
