import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../extractors/dates.js';
import type { ExtractContext } from '../extractors/types.js';
import type { Anniversary, DateMention, DocumentHeader, Reference } from '../output/schema.js';
import { docFromText } from '../pipeline/normalize.js';

const run = (input: string, ctx: ExtractContext = {}) => {
  const doc = docFromText(input);
  const out = extractDates(doc, ctx);
  for (const d of out.items) expect(doc.text.slice(d.start, d.end)).toBe(d.text);
  return { ...out, text: doc.text };
};
const only = (input: string, ctx?: ExtractContext): DateMention => {
  const { items } = run(input, ctx);
  expect(items).toHaveLength(1);
  return items[0]!;
};

describe('extractDates: one date per phrase', () => {
  it.each([
    ['Hà Tĩnh, ngày 05 tháng 3 năm 2021', 'ngày 05 tháng 3 năm 2021', '2021-03-05', 'day'],
    ['theo Công văn số 12/SNV ngày 18/5/2021 của Sở', 'ngày 18/5/2021', '2021-05-18', 'day'],
    ['Quy định số 9-QĐ/TU ngày 01-10-1997 của Tỉnh ủy', 'ngày 01-10-1997', '1997-10-01', 'day'],
    ['kiểm tra lúc 08/02/2022.', '08/02/2022', '2022-02-08', 'day'],
    ['sửa đổi ngày 29/2/2024', 'ngày 29/2/2024', '2024-02-29', 'day'],
    ['báo cáo trong tháng 01/2025 về', 'tháng 01/2025', '2025-01', 'month'],
    ['đến tháng 7 năm 2026 thì', 'tháng 7 năm 2026', '2026-07', 'month'],
    ['Năm 2026 là năm bản lề', 'Năm 2026', '2026', 'year'],
    ['Cà Mau, ngày tháng năm 2022', 'ngày tháng năm 2022', '2022', 'year'],
    ['Cà Mau, ngày ... tháng 9 năm 2022', 'ngày ... tháng 9 năm 2022', '2022-09', 'month'],
    ['ký lúc 2022-04-11T10:15:00+07:00', '2022-04-11', '2022-04-11', 'day'],
  ])('%s', (input, text, value, precision) => {
    expect(only(input)).toMatchObject({ text, value, precision, kind: 'date', yearImplied: false });
  });
});

describe('extractDates: periods', () => {
  it.each([
    ['Chương trình giai đoạn 2026 - 2030 của tỉnh', 'giai đoạn 2026 - 2030', '2026', '2030', 'year'],
    ['Đại hội nhiệm kỳ 2025 - 2030', 'nhiệm kỳ 2025 - 2030', '2025', '2030', 'year'],
    ['Kế hoạch 5 năm 2016-2020 của huyện', '2016-2020', '2016', '2020', 'year'],
    ['kế hoạch 05 năm (2016 - 2020)', '2016 - 2020', '2016', '2020', 'year'],
    ['năm học 2024 - 2025', 'năm học 2024 - 2025', '2024', '2025', 'year'],
    ['trong quý II/2025 và', 'quý II/2025', '2025-04', '2025-06', 'month'],
    ['hoàn thành quý IV năm 2024', 'quý IV năm 2024', '2024-10', '2024-12', 'month'],
    ['kết quả 9 tháng đầu năm 2025', '9 tháng đầu năm 2025', '2025-01', '2025-09', 'month'],
  ])('%s', (input, text, value, until, precision) => {
    expect(only(input)).toMatchObject({ text, value, until, precision, kind: 'period' });
  });

  it('a period of two days also yields both days', () => {
    const { items } = run('Đợt hai (từ ngày 01/4/2025 đến ngày 30/9/2025): thi đua');
    expect(items.map((d) => [d.text, d.kind, d.value, d.until])).toEqual([
      ['từ ngày 01/4/2025 đến ngày 30/9/2025', 'period', '2025-04-01', '2025-09-30'],
      ['ngày 01/4/2025', 'date', '2025-04-01', null],
      ['ngày 30/9/2025', 'date', '2025-09-30', null],
    ]);
  });

  it('a month to a day', () => {
    const { items } = run('Đợt một (từ tháng 02/2024 đến 31/5/2024)');
    expect(items[0]).toMatchObject({ kind: 'period', value: '2024-02', until: '2024-05-31' });
    expect(items.slice(1).map((d) => d.value)).toEqual(['2024-02', '2024-05-31']);
  });

  it('a start whose end is a month keeps its year implied', () => {
    const { items } = run('tình nguyện từ ngày 05/6 đến hết tháng 9/2026.');
    expect(items[1]).toMatchObject({ value: '--06-05', yearImplied: true, impliedValue: '2026-06-05' });
  });

  it('an anniversary span reads as a period of two days', () => {
    const { items } = run('Ngày Thương binh Liệt sỹ (27/7/1947 - 27/7/2027)');
    expect(items.map((d) => d.value)).toEqual(['1947-07-27', '1947-07-27', '2027-07-27']);
    expect(items[0]).toMatchObject({ kind: 'period', until: '2027-07-27' });
  });
});

describe('extractDates: two full days joined by a bare hyphen', () => {
  it.each([
    ['(19/5/1890-19/5/2024)', '19/5/1890-19/5/2024', '1890-05-19', '2024-05-19'],
    ['kỷ niệm (03/02/1930-03/02/2024).', '03/02/1930-03/02/2024', '1930-02-03', '2024-02-03'],
    ['(27.7.1947-27.7.2024)', '27.7.1947-27.7.2024', '1947-07-27', '2024-07-27'],
  ])('%s', (input, text, from, to) => {
    const { items } = run(input);
    expect(items.map((d) => [d.text, d.kind, d.value])).toEqual([
      [text, 'period', from],
      [text.split('-')[0], 'date', from],
      [text.split('-')[1], 'date', to],
    ]);
  });
});

describe('extractDates: deadlines', () => {
  const header = { year: 2024, issuedOn: null, mentions: {} } as unknown as DocumentHeader;
  it.each([
    ['gửi báo cáo trước ngày 15 tháng 10 để tổng hợp', 'trước ngày 15 tháng 10', '--10-15', true, '2024-10-15'],
    ['nộp về Sở trước ngày 20/11.', 'trước ngày 20/11', '--11-20', true, '2024-11-20'],
    ['hoàn thành chậm nhất là ngày 30/9/2025', 'chậm nhất là ngày 30/9/2025', '2025-09-30', false, null],
  ])('%s', (input, text, value, yearImplied, impliedValue) => {
    expect(only(input, { header })).toMatchObject({ text, value, kind: 'deadline', yearImplied, impliedValue });
  });

  it('without a document year the implied day is unknown', () => {
    expect(only('trước ngày 05/12')).toMatchObject({ value: '--12-05', yearImplied: true, impliedValue: null });
  });
});

describe('extractDates: not dates', () => {
  it.each([
    ['dịch Covid-19 bùng phát'],
    ['dịch COVID -19'],
    ['sửa đổi 6 điều của Luật'],
    ['đạt 35% kế hoạch, tăng 10,7%'],
    ['tổng giá trị 25.242 tỷ đồng'],
    ['Nghị định số 98/2023/NĐ-CP của Chính phủ'],
    ['Quyết định số 2949/QĐ-UBND, Nghị quyết số 07/NQ/HU'],
    ['Quyết định 05/2024/QĐ-UBND của UBND tỉnh'],
    ['triển khai 03 Chương trình trọng điểm'],
    ['liên hệ số điện thoại 0912.345.678 hoặc 024.3823.4567'],
    ['giảm 1/2 số lượng'],
    ['theo Điều 5 của Luật'],
    ['kỷ niệm 93 năm Ngày thành lập'],
    ['năm thứ hai thực hiện'],
    ['trong 5 năm tới'],
    ['Mục 4.1. Đợt thi đua'],
    ['mã hồ sơ 12-3-2023-4'],
    ['ký hiệu 12/5/2023-12/5'],
    ['điện thoại 0255.3822.123, địa chỉ số 12/3 đường Hùng Vương'],
  ])('%s', (input) => {
    const { items, warnings } = run(input);
    expect(items).toEqual([]);
    expect(warnings).toEqual([]);
  });
});

describe('extractDates: impossible days', () => {
  it.each([
    ['ngày 31/02/2023'],
    ['ngày 32/1/2023'],
    ['ngày 0/5/2023'],
    ['ngày 15/13/2023'],
    ['ngày 5/13/2023'],
    ['ngày 30 tháng 2 năm 2023'],
  ])('%s', (input) => {
    const { items, warnings, text } = run(`theo văn bản ${input} của tỉnh`);
    expect(items.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value))).toEqual([]);
    expect(warnings).toHaveLength(1);
    const { code, span } = warnings[0]!;
    expect(code).toBe('invalid-date');
    expect(text.slice(span!.start, span!.end)).toBe(input);
  });
});

describe('extractDates: roles', () => {
  const text =
    'Hà Nội, ngày 02 tháng 01 năm 2025\nThực hiện Chỉ thị số 05-CT/TU ngày 12/3/2024 và kỷ niệm (03/02/1930 - 03/02/2025).';
  const ref = (s: string): Reference => {
    const start = text.indexOf(s);
    return { mentions: [{ text: s, start, end: start + s.length }] } as unknown as Reference;
  };
  const ann = (s: string): Anniversary => {
    const start = text.indexOf(s);
    return { mention: { text: s, start, end: start + s.length } } as unknown as Anniversary;
  };

  it('reads issued, reference and anniversary from their context', () => {
    const ctx = { references: [ref('Chỉ thị số 05-CT/TU')], anniversaries: [ann('(03/02/1930 - 03/02/2025)')] };
    const roles = run(text, ctx).items.map((d) => [d.text, d.role]);
    expect(roles).toEqual([
      ['ngày 02 tháng 01 năm 2025', 'issued'],
      ['ngày 12/3/2024', 'reference'],
      ['03/02/1930 - 03/02/2025', 'anniversary'],
      ['03/02/1930', 'anniversary'],
      ['03/02/2025', 'anniversary'],
    ]);
  });

  it.each([
    ['Thời gian ký: 16.06.2021 09:33:12', '16.06.2021'],
    ['Người ký: Nguyễn Văn A\n16.06.2021', '16.06.2021'],
  ])('signature stamp: %s', (input, date) => {
    expect(only(input)).toMatchObject({ text: date, value: '2021-06-16', role: 'signature' });
  });

  it('a body date is body', () => {
    expect(only('Ngày 10/3/2025, tại Hội trường').role).toBe('body');
  });
});

describe('extractDates on the seed documents', () => {
  const seeds = '/work/shared/seeds/';
  const clean = (s: string) => s.replace(/\[bookmark: [^\]]*\]/g, '').replace(/\*+/g, '');
  it.each(readdirSync(seeds).filter((f) => f.endsWith('.txt')))('%s: every full day, nothing else', (file) => {
    const gold = JSON.parse(readFileSync(`/work/shared/gold/${file.replace(/\.txt$/, '.json')}`, 'utf8'));
    const { items } = run(clean(readFileSync(seeds + file, 'utf8')));
    const days = new Set(items.map((d) => d.value).filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v)));
    expect([...days].sort()).toEqual([...new Set<string>(gold.dates)].sort());
  });
});

// The year (and month) written once for a range or pair belongs to both days: ellipsis, not implication.
describe('extractDates: a first day written by ellipsis', () => {
  const days = (input: string) =>
    run(input)
      .items.filter((d) => d.kind !== 'period')
      .map((d) => [d.text, d.value, d.yearImplied, d.impliedValue]);
  it.each([
    ['tổ chức từ ngày 15/7 đến ngày 31/12/2025.', 'ngày 15/7', '2025-07-15'],
    ['hưởng ứng từ ngày 03/01 đến 20/01/2026;', 'ngày 03/01', '2026-01-03'],
    ['thi đua từ ngày 10/5 đến hết ngày 19/5/2026', 'ngày 10/5', '2026-05-10'],
    ['đợt cao điểm từ ngày 20/11 tới ngày 22/12/2024', 'ngày 20/11', '2024-11-20'],
    ['trong dịp nghỉ lễ ngày 31/12 và 01/01/2026', 'ngày 31/12', '2025-12-31'],
    ['treo cờ Tổ quốc ngày 2/9 và 3/9/2025', 'ngày 2/9', '2025-09-02'],
    ['trong khoảng từ 05/3 đến 25/3/2026, gắn với', '05/3', '2026-03-05'],
    ['| từ 09/10 đến 16/10/2025 | Hội trường |', '09/10', '2025-10-09'],
    ['kéo dài từ 20/12 đến 10/01/2026', '20/12', '2025-12-20'],
    ['Đại hội diễn ra từ ngày 14 đến 16/10/2025.', 'ngày 14', '2025-10-14'],
    ['trực lễ ngày 30 và 31 tháng 12 năm 2025', 'ngày 30', '2025-12-30'],
    ['tập huấn ngày 08 - 09/8/2026 tại Hội trường', 'ngày 08', '2026-08-08'],
    ['Từ ngày 01/12 đến ngày 15/01/2025 là đợt một', 'ngày 01/12', '2024-12-01'],
  ])('%s', (input, text, value) => {
    expect(days(input)[0]).toEqual([text, value, false, null]);
  });

  it("an end without a year takes the full start's", () => {
    expect(days('từ ngày 20/12/2024 đến ngày 05/01')[1]).toEqual(['ngày 05/01', '2025-01-05', false, null]);
  });

  it.each([
    ['tập huấn cho từ 01 đến 05 người mỗi đơn vị'],
    ['chiếm từ 1/2 đến 2/3 số hộ trong thôn'],
    ['theo Điều 5 và 6/2025/NĐ-CP của Chính phủ'],
    ['tiếp công dân vào ngày 10 và 25 hằng tháng'],
    ['tăng từ 10 đến 15/2025 (tháng)'],
  ])('no day: %s', (input) => {
    expect(run(input).items.filter((d) => d.precision === 'day')).toEqual([]);
  });

  it.each([
    ['nộp báo cáo trước ngày 15/11 và ngày 20/11 hằng năm', '--11-15'],
    ['từ ngày 01/7 đến hết tháng 8/2025', '--07-01'],
    ['ngày 28 đến 03/3/2025 là đợt một', '2025-03-03'],
  ])('no ellipsis: %s', (input, first: string) => {
    const day = run(input).items.find((d) => d.precision === 'day' && d.kind !== 'period');
    expect(day?.value ?? null).toBe(first);
  });
});
