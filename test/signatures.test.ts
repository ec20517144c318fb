// Digital-signature stamps (VGCA / Ban Cơ yếu signing tools): read from text, whatever the format.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signingTime } from '../extractors/signature/time.js';
import { extractSignatures } from '../extractors/signatures.js';
import { ExtractionResult } from '../output/schema.js';
import { extract } from '../pipeline/extract.js';
import { runJob } from '../pipeline/job.js';
import { docFromText } from '../pipeline/normalize.js';

type Expected = [signedBy: string | null, organization: string | null, email: string | null, signedAt: string | null];

const read = (text: string) => {
  const doc = docFromText(text);
  const r = extractSignatures(doc);
  for (const s of r.items) expect(doc.text.slice(s.mention.start, s.mention.end)).toBe(s.mention.text);
  return r;
};
const fieldsOf = (text: string): Expected[] =>
  read(text).items.map((s) => [s.signedBy, s.organization, s.email, s.signedAt]);

const VGCA =
  'Ký bởi: Ủy ban Nhân dân tỉnh Quảng Ngãi\nEmail: ubnd@quangngai.gov.vn\nCơ quan: Tỉnh Quảng Ngãi\nThời gian ký: 16.06.2021 08:49:26 +07:00';
const QN: Expected = [
  'Ủy ban Nhân dân tỉnh Quảng Ngãi',
  'Tỉnh Quảng Ngãi',
  'ubnd@quangngai.gov.vn',
  '2021-06-16T08:49:26+07:00',
];

describe('stamps read from text', () => {
  it.each<[string, string, Expected[]]>([
    ['VGCA stamp, a field a line', VGCA, [QN]],
    [
      'fields on one line',
      'Ký bởi: Sở Nội vụ Thời gian ký: 16.06.2021 09:33:12 +07:00',
      [['Sở Nội vụ', null, null, '2021-06-16T09:33:12+07:00']],
    ],
    [
      'Người ký, Chức vụ, Ngày ký without seconds or offset',
      'Người ký: Nguyễn Văn An\nChức vụ: Chủ tịch\nNgày ký: 05/3/2024 14:05',
      [['Nguyễn Văn An', null, null, '2024-03-05T14:05']],
    ],
    [
      'day alone, with an e-mail',
      'Người ký: Lê Thị Hoa\nE-mail: hoalt@hanoi.gov.vn\nNgày ký: 02-01-2025',
      [['Lê Thị Hoa', null, 'hoalt@hanoi.gov.vn', '2025-01-02']],
    ],
    [
      'year first, Adobe style offset',
      "Signed by: Bộ Nội vụ\nDate: 2023.11.30 17:02:09 +07'00'",
      [['Bộ Nội vụ', null, null, '2023-11-30T17:02:09+07:00']],
    ],
    [
      'a name wrapped in a narrow stamp box, an address broken at a dot',
      'Ký bởi: Ủy ban Nhân dân\nhuyện Bình Sơn\nEmail: ubnd@binhson.\nquangngai.gov.vn\nThời gian ký: 29.12.2023 10:15:00 +07:00',
      [['Ủy ban Nhân dân huyện Bình Sơn', null, 'ubnd@binhson.quangngai.gov.vn', '2023-12-29T10:15:00+07:00']],
    ],
    [
      'stamp lines interleaved with the header by a PDF reading order',
      'Ký bởi: Ủy ban Nhân dân tỉnh Quảng Ngãi\nỦY BAN NHÂN DÂN\nEmail: ubnd@quangngai.gov.vn\nTỈNH QUẢNG NGÃI\nCơ quan: Tỉnh Quảng Ngãi\nSố: 12/KH-UBND\nThời gian ký: 16.06.2021 08:49:26 +07:00',
      [QN],
    ],
    [
      'two signatures: the signer and the office that issued',
      'Người ký: Trần Văn Bình\nEmail: tvbinh@gialai.gov.vn\nThời gian ký: 04.03.2024 10:15:00 +07:00\nKý bởi: Văn phòng Ủy ban nhân dân tỉnh Gia Lai\nCơ quan: Tỉnh Gia Lai\nThời gian ký: 04.03.2024 10:20:31 +07:00',
      [
        ['Trần Văn Bình', null, 'tvbinh@gialai.gov.vn', '2024-03-04T10:15:00+07:00'],
        ['Văn phòng Ủy ban nhân dân tỉnh Gia Lai', 'Tỉnh Gia Lai', null, '2024-03-04T10:20:31+07:00'],
      ],
    ],
    [
      'the same stamp on every page is one signature',
      `${VGCA}\nNội dung trang một.\n\n${VGCA}\nNội dung trang hai.`,
      [QN],
    ],
    [
      'a stamp alone with only its signer',
      'Ký bởi: Ủy ban nhân dân huyện Đức Phổ',
      [['Ủy ban nhân dân huyện Đức Phổ', null, null, null]],
    ],
    [
      'offset written GMT+7',
      'Ký bởi: Sở Tư pháp\nThời gian ký: 7/9/2022 8:05:01 GMT+7',
      [['Sở Tư pháp', null, null, '2022-09-07T08:05:01+07:00']],
    ],
  ])('%s', (_, text, expected) => expect(fieldsOf(text)).toEqual(expected));

  it.each([
    ['"Người ký:" inside a body sentence', 'Văn bản ghi rõ Người ký: Chủ tịch UBND xã, Ngày ký: 12/3/2024 theo mẫu.'],
    ['"ký bởi" in prose, without a label', 'Các văn bản được ký bởi Chủ tịch Ủy ban nhân dân tỉnh ngày 16.06.2021.'],
    ['a form line "Người ký:" alone', 'Người ký: Nguyễn Văn An\nNội dung: đề nghị khen thưởng.'],
    ['a contact block without signer or time', 'Cơ quan: Sở Nội vụ\nEmail: snv@gialai.gov.vn'],
    ['a dash item of a list', '- Người ký: Nguyễn Văn An;\n- Ngày ký: 12/3/2024.'],
    ['time of a meeting', 'Thời gian: 8 giờ 00, ngày 12/3/2024.\nĐịa điểm: Hội trường UBND tỉnh.'],
    ['a stamp label with nothing after it', 'Thời gian ký:\nNội dung văn bản.'],
  ])('no stamp: %s', (_, text) => expect(read(text).items).toEqual([]));

  it('a signing time that is no date is kept as null, with a warning', () => {
    const r = read('Ký bởi: Sở Nội vụ\nThời gian ký: 31.02.2021 08:00:00 +07:00');
    expect(r.items.map((s) => [s.signedBy, s.signedAt])).toEqual([['Sở Nội vụ', null]]);
    expect(r.warnings.map((w) => w.code)).toEqual(['signature-time-unreadable']);
  });
});

describe('signing time', () => {
  it.each([
    ['16.06.2021 08:49:26 +07:00', '2021-06-16T08:49:26+07:00'],
    ['16/06/2021 08:49:26', '2021-06-16T08:49:26'],
    ['08:49:26 16/06/2021 +07:00', '2021-06-16T08:49:26+07:00'],
    ['16-6-2021 8h49', '2021-06-16T08:49'],
    ['2021-06-16 08:49:26+0700', '2021-06-16T08:49:26+07:00'],
    ['2021.06.16 08:49:26 Z', '2021-06-16T08:49:26Z'],
    ['16.06.2021', '2021-06-16'],
    ['16.06.2021 25:10:00', '2021-06-16'],
  ])('%s → %s', (value, iso) => expect(signingTime(value)).toBe(iso));
  it.each(['32.01.2021 08:00', '29.02.2023', 'hôm nay', '08:49:26'])('%s → null', (value) =>
    expect(signingTime(value)).toBeNull(),
  );
});

const BODY =
  'Thực hiện Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức các phong trào thi đua năm 2024 như sau.';
const HEADER = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH QUẢNG NGÃI',
  'Số: 45/KH-UBND',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Quảng Ngãi, ngày 12 tháng 4 năm 2024',
  'KẾ HOẠCH',
  'Tổ chức phong trào thi đua năm 2024',
];
const TAIL = ['Nơi nhận:', '- Sở Nội vụ;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Đặng Văn Minh'];
const STAMP = VGCA.split('\n');
/** The stamp's lines slipped between the header's, one after each of the first four. */
const interleaved = HEADER.slice(0, 4).flatMap((l, i) => [STAMP[i]!, l]);

describe('a stamp leaves the header, the signer and the dates alone', () => {
  it.each<[string, string[], string[]]>([
    ['stamp above the header', [...STAMP, ...HEADER], TAIL],
    ['stamp interleaved with the header lines', [...interleaved, ...HEADER.slice(4)], TAIL],
    ['stamp on one line above the header', [STAMP.join(' '), ...HEADER], TAIL],
    ['stamp under the signer name', HEADER, [...TAIL, ...STAMP]],
    ['stamp between the title and the signer name', HEADER, [...TAIL.slice(0, -1), ...STAMP, TAIL.at(-1)!]],
  ])('%s', (_, head, tail) => {
    const r = extract(docFromText([...head, '', BODY, '', ...tail].join('\n')));
    ExtractionResult.parse(r);
    const d = r.document;
    expect([d.issuer, d.symbol, d.place, d.issuedOn, d.docType, d.signer?.name]).toEqual([
      'Ủy ban nhân dân tỉnh Quảng Ngãi',
      '45/KH-UBND',
      'Quảng Ngãi',
      '2024-04-12',
      'Kế hoạch',
      'Đặng Văn Minh',
    ]);
    expect(d.digitalSignatures?.map((s) => [s.signedBy, s.organization, s.email, s.signedAt])).toEqual([QN]);
    // the signing day is a date of the text, kept apart from the body's by its role
    const stampDays = r.dates.filter((x) => x.value === '2021-06-16');
    expect(stampDays.map((x) => x.role)).toEqual(['signature']);
    expect(r.references.map((x) => x.symbol)).toEqual(['98/2023/NĐ-CP']);
  });

  it('no stamp, no field', () => {
    const r = extract(docFromText([...HEADER, '', BODY, '', ...TAIL].join('\n')));
    expect(r.document.digitalSignatures).toBeUndefined();
  });
});

describe('the same stamp from every format of a fixture', () => {
  it.each(['txt', 'docx', 'pdf'])('v18 (.%s)', async (format) => {
    const path = `fixtures/variants/v18_bao-cao-hcm-ky-so.${format}`;
    const out = await runJob({ path, bytes: readFileSync(path) });
    if (!out.ok) throw new Error(out.error.message);
    expect(out.document.digitalSignatures?.map(({ mention: _, ...s }) => s)).toEqual([
      { signedBy: 'Sở Nội vụ', organization: null, email: null, signedAt: '2021-06-16T09:33:12+07:00' },
    ]);
    expect(out.document.issuedOn).toBe('2021-06-15');
  });
});
