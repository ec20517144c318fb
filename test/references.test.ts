import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import titleEnds from '../data/reference-title-ends.json' with { type: 'json' };
import { extractReferences } from '../extractors/references.js';
import type { ExtractContext } from '../extractors/types.js';
import { type DocumentHeader, Reference } from '../output/schema.js';
import { docFromText } from '../pipeline/normalize.js';

const refs = (text: string, ctx: ExtractContext = {}): Reference[] => extractReferences(docFromText(text), ctx).items;
const only = (text: string): Reference => {
  const r = refs(text);
  expect(r, JSON.stringify(r)).toHaveLength(1);
  return r[0]!;
};

describe('số/ký hiệu forms', () => {
  it.each([
    ['Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị', 'Chỉ thị', '05-CT/TW', '05'],
    ['theo Chỉ thị 38/CT-TTg', 'Chỉ thị', '38/CT-TTg', '38'],
    ['Căn cứ Nghị định số 30/2020/NĐ-CP', 'Nghị định', '30/2020/NĐ-CP', '30'],
    ['Căn cứ Nghị định 15/2018/ND-CP', 'Nghị định', '15/2018/ND-CP', '15'],
    ['Quyết định 18/2020/QĐ-UBND của tỉnh', 'Quyết định', '18/2020/QĐ-UBND', '18'],
    ['theo Quyết định số 1206 /QĐ-HVTC', 'Quyết định', '1206/QĐ-HVTC', '1206'],
    ['Kế hoạch số 37 / KH - UBND', 'Kế hoạch', '37/KH-UBND', '37'],
    ['Nghị quyết số 12/NQ/HU', 'Nghị quyết', '12/NQ/HU', '12'],
    ['Nghị quyết 72-NQ-TW', 'Nghị quyết', '72-NQ-TW', '72'],
    ['Luật số 47/2019/QH14', 'Luật', '47/2019/QH14', '47'],
    ['Thông tư liên tịch số 02/2012/TTLT-BNV-BTC', 'Thông tư liên tịch', '02/2012/TTLT-BNV-BTC', '02'],
    ['Chương trình hành động số 06-CTr/TU', 'Chương trình hành động', '06-CTr/TU', '06'],
    ['Quy định số 08-QĐi/TW', 'Quy định', '08-QĐi/TW', '08'],
    ['Quy định số 03/QyĐ-UBND', 'Quy định', '03/QyĐ-UBND', '03'],
    ['Tờ trình số 196/TTr-UBND', 'Tờ trình', '196/TTr-UBND', '196'],
    ['Văn bản số 412/BNV-TĐKT', 'Văn bản', '412/BNV-TĐKT', '412'],
    ['Công văn số 1520/UBND-KT', 'Công văn', '1520/UBND-KT', '1520'],
    ['Thông báo kết luận số 45/TB-UBND', 'Thông báo kết luận', '45/TB-UBND', '45'],
    ['quyết định số 76-QĐ/TW', 'Quyết định', '76-QĐ/TW', '76'],
    ['các tiện ích của Đề án số 02 của Tỉnh ủy', 'Đề án', '02', '02'],
  ])('%s', (text, docType, symbol, number) => {
    expect(only(text)).toMatchObject({ docType, symbol, number });
  });
});

describe('type inferred from the ký hiệu', () => {
  it.each([
    ['Thực hiện Côn số 2210/SNV-TĐKT của Sở Nội vụ', 'Công văn', '2210/SNV-TĐKT'],
    ['theo số 357-CV/BTCTU', 'Công văn', '357-CV/BTCTU'],
    ['đã nêu tại 22-Ctr/TU', 'Chương trình', '22-CTr/TU'],
    ['Thực hiện Quyết đinh số 45/QĐ-UBND', 'Quyết định', '45/QĐ-UBND'],
    ['(ban hành kèm theo 07/2023/TT-BNV)', 'Thông tư', '07/2023/TT-BNV'],
    ['theo QĐ số 123/QĐ-UBND', 'Quyết định', '123/QĐ-UBND'],
    ['theo kết luận số 45/TB-UBND', 'Thông báo', '45/TB-UBND'],
  ])('%s', (text, docType, symbol) => {
    expect(only(text)).toMatchObject({ docType, symbol });
  });

  it('reads a list of numbers after one type word', () => {
    expect(refs('các Quyết định số 12/QĐ-UBND, số 13/QĐ-UBND').map((r) => [r.docType, r.symbol])).toEqual([
      ['Quyết định', '12/QĐ-UBND'],
      ['Quyết định', '13/QĐ-UBND'],
    ]);
  });

  it('warns about a garbled type word', () => {
    const { warnings } = extractReferences(docFromText('Thực hiện Côn số 2210/SNV-TĐKT'), {});
    expect(warnings.map((w) => w.code)).toEqual(['reference-type-inferred']);
  });
});

describe('date, issuer and subject', () => {
  it.each([
    [
      'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập',
      '2016-05-15',
      'Bộ Chính trị',
      'đẩy mạnh học tập',
    ],
    ['Kết luận số 01-KL/TW ngày 18-5-2021 của Bộ Chính trị.', '2021-05-18', 'Bộ Chính trị', null],
    [
      'Nghị quyết số 01/NQ-CP ngày 5 tháng 1 năm 2024 của Chính phủ về nhiệm vụ năm 2024;',
      '2024-01-05',
      'Chính phủ',
      'nhiệm vụ năm 2024',
    ],
    [
      'Chỉ thị số 38/CT-TTg ngày 05/9/2022 Thủ tướng Chính phủ về việc tăng cường',
      '2022-09-05',
      'Thủ tướng Chính phủ',
      'tăng cường',
    ],
    ['Kế hoạch số 40/KH-UBND do UBND huyện ban hành', null, 'UBND huyện', null],
    [
      'Quyết định số 12/QĐ-UBND ngày 5/1/2024 của Ủy ban nhân dân tỉnh Hà Tĩnh ban hành Quy chế',
      '2024-01-05',
      'Ủy ban nhân dân tỉnh Hà Tĩnh',
      null,
    ],
    [
      'Thông tư số 12/2019/TT-BNV của Bộ Lao động - Thương binh và Xã hội quy định',
      null,
      'Bộ Lao động - Thương binh và Xã hội',
      null,
    ],
    [
      'Quyết định số 5/QĐ-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch; Kế hoạch năm',
      null,
      'Bộ Văn hóa, Thể thao và Du lịch',
      null,
    ],
    [
      'Nghị quyết số 15-NQ/TU ngày 03/8/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XIX, về phát triển',
      '2021-08-03',
      'Ban Chấp hành Đảng bộ tỉnh khóa XIX',
      'phát triển',
    ],
    [
      'Chỉ thị số 30-CT/TW của Ban Bí thư (khóa XIII) về “Đổi mới, nâng cao” trong tình hình mới',
      null,
      'Ban Bí thư',
      'Đổi mới, nâng cao',
    ],
    ['Chỉ thị số 09/CT-UBND ngày 31/02/2024', null, null, null],
  ])('%s', (text, issuedOn, issuer, title) => {
    expect(only(text)).toMatchObject({ issuedOn, issuer, title });
  });

  it.each([
    [
      'Luật Đầu tư công số 58/2024/QH15 được Quốc hội khóa XV thông qua ngày 29/11/2024, có hiệu lực',
      '2024-11-29',
      'Quốc hội khóa XV',
    ],
    [
      'Nghị quyết số 15/2023/NQ-HĐND được Hội đồng nhân dân tỉnh ban hành vào ngày 12 tháng 7 năm 2023',
      '2023-07-12',
      'Hội đồng nhân dân tỉnh',
    ],
    [
      'theo Quy chế số 07/QC-UBND được Chủ tịch UBND huyện ký ban hành ngày 3/4/2022 về công tác',
      '2022-04-03',
      'Chủ tịch UBND huyện',
    ],
    // must not: the day it takes effect is not the day it was issued
    ['Luật Dược số 44/2024/QH15, có hiệu lực thi hành từ ngày 01/7/2025', null, null],
    ['Luật số 44/2024/QH15 được Quốc hội thông qua, có hiệu lực từ ngày 01/7/2025', null, null],
    ['Kế hoạch số 20/KH-UBND được UBND tỉnh giao ngày 5/5/2024', null, null],
    ['Kế hoạch số 21/KH-UBND được triển khai thông qua ngày hội 5/5/2024', null, null],
  ])('passive issuer and day: %s', (text, issuedOn, issuer) => {
    expect(only(text)).toMatchObject({ issuedOn, issuer });
  });

  it('reads a mention broken over lines', () => {
    expect(only('phong trào thi đua thực hiện Kết luận\nsố 14-KL/TW ngày 22/9/2021 của Bộ Chính trị')).toMatchObject({
      docType: 'Kết luận',
      symbol: '14-KL/TW',
      issuedOn: '2021-09-22',
    });
  });
});

describe('laws cited by name', () => {
  it.each([
    [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'Luật',
      'Tổ chức chính quyền địa phương',
      '2015-06-19',
    ],
    ['Căn cứ Bộ luật Lao động ngày 20/11/2019;', 'Bộ luật', 'Lao động', '2019-11-20'],
    ['thực hiện tốt Luật thi đua, khen thưởng, Nghị định của Chính phủ', 'Luật', 'thi đua, khen thưởng', null],
    ['Luật Hôn nhân và gia đình năm 2014', 'Luật', 'Hôn nhân và gia đình', null],
    ['theo Luật Cán bộ, công chức và các văn bản hướng dẫn', 'Luật', 'Cán bộ, công chức', null],
    [
      'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
      'Luật',
      'sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương',
      '2019-11-22',
    ],
  ])('%s', (text, docType, title, issuedOn) => {
    expect(only(text)).toMatchObject({ docType, symbol: null, title, issuedOn });
  });
});

describe('not a reference', () => {
  it.each([
    'Điều 5, khoản 2, điểm a',
    'Điện thoại: 0255.3822.111; Fax: (0255) 3822-115',
    'trong năm 2023, tháng 01/2023, quý I/2024 và giai đoạn 2021-2025, 2022- 2025',
    'dịch Covid-19 và COVID -19 bùng phát',
    'tỷ lệ đạt 35,58%; 12.345.678 đồng',
    'tuân thủ pháp luật về đất đai; các văn bản pháp luật về thi đua, khen thưởng',
    'Luật này có hiệu lực; mời Luật sư tham gia',
    'Quyết định này có hiệu lực kể từ ngày ký. Chỉ thị này được phổ biến.',
    'Chủ tịch UBND tỉnh Chỉ thị:',
    'Kế hoạch 5 năm (2021 - 2025) và Kế hoạch phát triển kinh tế - xã hội năm 2024',
    'Nghị quyết Đại hội Đảng các cấp; Nghị định của Chính phủ',
    'kỷ niệm 93 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2023)',
    'năm 2023 - Năm chuyển đổi số; nhiệm kỳ 2020 - 2025',
    'Mẫu số 01 và Phụ lục số 2 kèm theo',
    'địa chỉ số 12/3 đường Lê Lợi; tổ dân phố số 3-A',
    'mã số 12/ABC; Giấy chứng nhận số 12/GCN-SKHĐT',
  ])('%s', (text) => {
    expect(refs(text)).toEqual([]);
  });
});

describe('repeated mentions', () => {
  it('merges one document cited twice, taking the richest fields', () => {
    const r = refs(
      'Theo Quyết định số 45/QĐ-UBND; căn cứ Quyết định số 45/QĐ-UBND ngày 03/4/2024 của UBND tỉnh; quyết định số 45 / qđ-ubnd.',
    );
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ symbol: '45/QĐ-UBND', issuedOn: '2024-04-03', issuer: 'UBND tỉnh' });
    expect(r[0]!.mentions).toHaveLength(3);
  });

  it('merges a law cited by name with and without its date', () => {
    const r = refs('Căn cứ Luật Đất đai ngày 18/01/2024; thực hiện Luật đất đai và các văn bản.');
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ title: 'Đất đai', issuedOn: '2024-01-18' });
  });

  it('joins a law cited by name and number to its name-only mentions', () => {
    const r = refs('Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18/01/2024; thực hiện tốt Luật đất đai.');
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ docType: 'Luật', symbol: '31/2024/QH15', title: 'Đất đai', issuedOn: '2024-01-18' });
    expect(r[0]!.mentions).toHaveLength(2);
  });

  it('keeps two laws of one name with different dates apart', () => {
    expect(refs('Luật Đất đai ngày 29/11/2013 và Luật Đất đai ngày 18/01/2024')).toHaveLength(2);
  });
});

describe("the document's own number", () => {
  const text = 'ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\nSố: 15/CT-UBND\n\nCHỈ THỊ\nThực hiện Chỉ thị số 05-CT/TW. Chỉ thị này …';

  it('skips the "Số:" line of the header', () => {
    expect(refs(text).map((r) => r.symbol)).toEqual(['05-CT/TW']);
  });

  it('skips the symbol the header extractor read, wherever it is repeated', () => {
    const header = { symbol: '15/CT-UBND', number: '15', mentions: {} } as unknown as DocumentHeader;
    expect(refs(`${text}\n(Kèm theo Chỉ thị số 15/CT-UBND)`, { header }).map((r) => r.symbol)).toEqual(['05-CT/TW']);
  });
});

describe('mentions', () => {
  it('point into the text and fit the schema', () => {
    const doc = docFromText(
      'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;\nLuật Đất đai ngày 18/01/2024',
    );
    const { items } = extractReferences(doc, {});
    expect(() => Reference.array().parse(items)).not.toThrow();
    for (const r of items) for (const m of r.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });
});

// The real seeds, when the shared folder is beside the project.
const SEEDS = new URL('../../shared/seeds/', import.meta.url);
const GOLD = new URL('../../shared/gold/', import.meta.url);
const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];
const markup = (s: string): string => s.replace(/\[bookmark: [^\]]*\]/g, '').replace(/\*+/g, '');

describe.skipIf(seedFiles.length === 0)('seeds', () => {
  it.each(seedFiles)('%s: every required gold reference', (file) => {
    const found = refs(markup(readFileSync(new URL(file, SEEDS), 'utf8')));
    const gold = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.json'), GOLD), 'utf8'));
    for (const g of gold.references.filter((x: { optional?: boolean }) => !x.optional)) {
      const r = found.find((f) =>
        g.symbol ? f.symbol?.toUpperCase() === g.symbol.toUpperCase() : f.docType === g.docType,
      );
      expect(r, g.symbol ?? g.docType).toBeDefined();
      expect(r).toMatchObject({ issuedOn: g.issuedOn });
      expect(r!.docType.toLowerCase()).toBe(g.docType.toLowerCase());
    }
  });
});

describe('names of laws: where they end', () => {
  it.each([
    [
      'Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;',
      'Luật',
      'Ban hành văn bản quy phạm pháp luật',
      '2015-06-22',
    ],
    ['theo Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012', 'Luật', 'Phổ biến, giáo dục pháp luật', '2012-06-20'],
    [
      'Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020;',
      'Pháp lệnh',
      'Ưu đãi người có công với cách mạng',
      '2020-12-09',
    ],
    [
      'Luật Phòng, chống tác hại của rượu, bia ngày 14 tháng 6 năm 2019',
      'Luật',
      'Phòng, chống tác hại của rượu, bia',
      '2019-06-14',
    ],
    ['theo Điều 24 Luật Thi đua, khen thưởng và khoản 2 Điều 3 Quy chế này', 'Luật', 'Thi đua, khen thưởng', null],
    ['theo Điều 5 Luật Cán bộ, công chức trước ngày 01/01/2025', 'Luật', 'Cán bộ, công chức', null],
    ['Luật Đất đai quy định rõ', 'Luật', 'Đất đai', null],
    ['Luật Đất đai ban hành năm 2024', 'Luật', 'Đất đai', null],
    ['Luật Thi đua, khen thưởng có hiệu lực từ ngày 01/01/2024', 'Luật', 'Thi đua, khen thưởng', null],
    ['thực hiện Luật Đất đai, nghị định hướng dẫn', 'Luật', 'Đất đai', null],
    ['Luật Viên chức sau ngày 01/7/2020 được sửa đổi', 'Luật', 'Viên chức', null],
  ])('%s', (text, docType, title, issuedOn) => {
    expect(only(text)).toMatchObject({ docType, symbol: null, title, issuedOn });
  });
});

describe('issuer named before the citation or shared by a list', () => {
  it.each([
    [
      'Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 112/TTr-SNV ngày 03 tháng 6 năm 2024.',
      '112/TTr-SNV',
      'Giám đốc Sở Nội vụ',
    ],
    ['Xét đề xuất của Trưởng phòng Nội vụ tại Tờ trình số 45/TTr-NV', '45/TTr-NV', 'Trưởng phòng Nội vụ'],
    [
      'Theo đề nghị của Sở Tài chính tại Tờ trình số 9/TTr-STC ngày 02/01/2024 của Sở Kế hoạch và Đầu tư',
      '9/TTr-STC',
      'Sở Kế hoạch và Đầu tư',
    ],
    ['Theo đề nghị của Sở Nội vụ tại Hội nghị; Quyết định số 12/QĐ-UBND', '12/QĐ-UBND', null],
    ['đề nghị của các địa phương tại Tờ trình số 7/TTr-UBND', '7/TTr-UBND', null],
  ])('%s', (text, symbol, issuer) => {
    expect(only(text)).toMatchObject({ symbol, issuer });
  });

  // "<body> (đã) ban hành / báo cáo tại / phát động tại / tặng … theo <citation>": the subject issued it
  it.each([
    ['Sở Tư pháp đã ban hành Kế hoạch số 31/KH-STP ngày 04/3/2024 để triển khai', '31/KH-STP', 'Sở Tư pháp'],
    ['Năm 2023, Huyện ủy ban hành Chỉ thị số 07-CT/HU về tăng cường', '07-CT/HU', 'Huyện ủy'],
    [
      'phong trào “Chung sức xây dựng nông thôn mới” do Ủy ban nhân dân huyện phát động tại Kế hoạch số 18/KH-UBND ngày 02/4/2023',
      '18/KH-UBND',
      'Ủy ban nhân dân huyện',
    ],
    [
      'sau khi nghe Ban Dân vận Tỉnh ủy báo cáo tại Tờ trình số 45-TTr/BDVTU ngày 3/3/2025',
      '45-TTr/BDVTU',
      'Ban Dân vận Tỉnh ủy',
    ],
    [
      'Tổ dân phố số 3 được Chủ tịch UBND huyện tặng Giấy khen theo Quyết định số 771/QĐ-UBND ngày 09/9/2023.',
      '771/QĐ-UBND',
      'Chủ tịch UBND huyện',
    ],
    ['trường được UBND tỉnh công nhận đạt chuẩn quốc gia tại Quyết định số 88/QĐ-UBND', '88/QĐ-UBND', 'UBND tỉnh'],
    ['Kết quả: Sở Nội vụ trình tại Tờ trình số 12/TTr-SNV', '12/TTr-SNV', 'Sở Nội vụ'],
    // a "của" after the citation still wins
    ['Sở Y tế đã ban hành Kế hoạch số 5/KH-SYT của Ban Chỉ đạo tỉnh', '5/KH-SYT', 'Ban Chỉ đạo tỉnh'],
    // must not match: verbs that follow someone else's document, or no recognised body as subject
    ['UBND huyện đề nghị thực hiện Quyết định số 12/QĐ-UBND ngày 02/01/2024', '12/QĐ-UBND', null],
    ['Sở Nội vụ hướng dẫn theo Thông tư số 12/2019/TT-BNV', '12/2019/TT-BNV', null],
    ['Sở Y tế báo cáo theo Công văn số 310/BYT-KCB', '310/BYT-KCB', null],
    ['UBND tỉnh chỉ đạo các sở ban hành Kế hoạch số 9/KH-SNV', '9/KH-SNV', null],
    ['các địa phương đã ban hành Kế hoạch số 9/KH-UBND', '9/KH-UBND', null],
    ['UBND tỉnh, các huyện đã ban hành Kế hoạch số 9/KH-UBND', '9/KH-UBND', null],
    ['Công ty Minh Phát ban hành Quyết định số 4/QĐ-CT', '4/QĐ-CT', null],
  ])('%s', (text, symbol, issuer) => {
    expect(only(text)).toMatchObject({ symbol, issuer });
  });

  // "Ngày <date>, <body> (đã) (ký) ban hành <citation>": the sentence's opening date is the issuing date
  it.each([
    [
      'Ngày 15/3/2019, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 21-CT/TU về tăng cường',
      '21-CT/TU',
      'Ban Thường vụ Tỉnh ủy',
      '2019-03-15',
    ],
    ['Ngày 2 tháng 8 năm 2021, Huyện ủy đã ban hành Nghị quyết số 05-NQ/HU', '05-NQ/HU', 'Huyện ủy', '2021-08-02'],
    [
      'Kết quả đạt tốt. Ngày 9-1-2024, UBND tỉnh ban hành Kế hoạch số 8/KH-UBND',
      '8/KH-UBND',
      'UBND tỉnh',
      '2024-01-09',
    ],
    [
      'Ngày 3/4/2022, Chủ tịch UBND huyện ký ban hành Quy chế số 07/QC-UBND',
      '07/QC-UBND',
      'Chủ tịch UBND huyện',
      '2022-04-03',
    ],
    // must not: a citation's own date wins; other words between the date and the body (skipped, not guessed);
    // a verb that is not issuing; a date that does not open the sentence; an impossible day
    [
      'Ngày 07/11/2006, Bộ Chính trị ban hành Chỉ thị số 06-CT/TW ngày 01/11/2006',
      '06-CT/TW',
      'Bộ Chính trị',
      '2006-11-01',
    ],
    ['Ngày 07/11/2006, tại hội nghị, Bộ Chính trị đã ban hành Chỉ thị số 06-CT/TW', '06-CT/TW', 'Bộ Chính trị', null],
    ['Ngày 07/11/2006, UBND tỉnh tổ chức hội nghị triển khai Chỉ thị số 06-CT/TW', '06-CT/TW', null, null],
    ['Ngày 07/11/2006, UBND tỉnh phát động tại Kế hoạch số 6/KH-UBND', '6/KH-UBND', 'UBND tỉnh', null],
    ['đến ngày 07/11/2006, Bộ Chính trị ban hành Chỉ thị số 06-CT/TW', '06-CT/TW', 'Bộ Chính trị', null],
    ['Ngày 31/02/2006, Bộ Chính trị ban hành Chỉ thị số 06-CT/TW', '06-CT/TW', 'Bộ Chính trị', null],
  ])('%s', (text, symbol, issuer, issuedOn) => {
    expect(only(text)).toMatchObject({ symbol, issuer, issuedOn });
  });

  it.each([
    // the body after "của" belongs to the earlier citation; the subject after the comma issued the next
    [
      'Kế hoạch số 47-KH/HU ngày 02/7/2021 của Ban Thường vụ Huyện ủy, Đảng ủy xã đã ban hành Kế hoạch số 20-KH/ĐU',
      ['Ban Thường vụ Huyện ủy', 'Đảng ủy xã'],
    ],
    ['Quyết định số 3/QĐ-UBND của UBND tỉnh ban hành Quy chế số 4/QC-UBND', ['UBND tỉnh', null]],
  ])('%s', (text, issuers) => {
    expect(refs(text).map((r) => r.issuer)).toEqual(issuers);
  });

  it.each([
    ['Công văn số 1234/UBND-VX ngày 15/8/2023 và Công văn số 1235/UBND-VX của UBND tỉnh', ['UBND tỉnh', 'UBND tỉnh']],
    ['Quyết định số 12/QĐ-UBND, Kế hoạch số 13/KH-UBND của UBND huyện', ['UBND huyện', 'UBND huyện']],
    ['Chỉ thị số 05-CT/TW và Kế hoạch số 12/KH-UBND của UBND huyện', [null, 'UBND huyện']],
    ['Quyết định số 12/QĐ-UBND ngày 02/01/2024; Kế hoạch số 13/KH-UBND của UBND huyện', [null, 'UBND huyện']],
    ['Nghị định số 61/2018/NĐ-CP và Nghị định số 107/2021/NĐ-CP', [null, null]],
    ['Công văn số 88/BKHĐT-TH của Bộ Kế hoạch và Đầu tư; Kế hoạch số 5/KH-UBND', ['Bộ Kế hoạch và Đầu tư', null]],
    ['Quyết định số 9/QĐ-UBND của UBND huyện Kế hoạch số 5/KH-UBND', ['UBND huyện', null]],
  ])('%s', (text, issuers) => {
    expect(refs(text).map((r) => r.issuer)).toEqual(issuers);
  });
});

describe('ký hiệu codes in mixed case', () => {
  it.each([
    ['Công văn số 3120/BGDĐT-GDTrH ngày 05/9/2023 của Bộ Giáo dục và Đào tạo', '3120/BGDĐT-GDTrH', '2023-09-05'],
    ['Thông báo số 15/TB-PGDĐT-TrH ngày 2/10/2022', '15/TB-PGDĐT-TrH', '2022-10-02'],
    ['Văn bản số 640/SNV-CCVTLT ngày 12/4/2024', '640/SNV-CCVTLT', '2024-04-12'],
    ['Công văn số 88/UBND-KTTrH', '88/UBND-KTTrH', null],
    ['theo Tờ trình số 12/TTR-SNV', '12/TTr-SNV', null],
    // a word after the ký hiệu is no code: one capital, at its start
    ['Quyết định số 12/QĐ-UBND - Năm 2024', '12/QĐ-UBND', null],
    ['Kế hoạch số 5/KH-UBND-Huyện Đoàn', '5/KH-UBND', null],
  ])('%s', (text, symbol, issuedOn) => {
    expect(only(text)).toMatchObject({ symbol, issuedOn });
  });
});

describe('compound and qualified type names', () => {
  it.each([
    ['Chương trình phối hợp số 07/CTPH-HND-SNN ngày 02/3/2020', 'Chương trình phối hợp', '07/CTPH-HND-SNN'],
    ['theo Chương trình phối hợp số 3/CTrPH-ĐTN-CA', 'Chương trình phối hợp', '3/CTrPH-ĐTN-CA'],
    ['Kế hoạch liên tịch số 03/KHLT-HLHPN-SGDĐT', 'Kế hoạch liên tịch', '03/KHLT-HLHPN-SGDĐT'],
    ['Quy chế phối hợp số 02/QCPH-UBND-MTTQ', 'Quy chế phối hợp', '02/QCPH-UBND-MTTQ'],
    ['Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN', 'Nghị quyết liên tịch', '09/2008/NQLT-CP-UBTWMTTQVN'],
    ['Chương trình hành động số 02/CTHĐ-UBND', 'Chương trình hành động', '02/CTHĐ-UBND'],
    ['theo thông báo kết luận số 17/TB-UBND', 'Thông báo kết luận', '17/TB-UBND'],
    // the ký hiệu alone names a compound type by its initials
    ['đã nêu tại 11/CTPH-ĐTN-CA', 'Chương trình phối hợp', '11/CTPH-ĐTN-CA'],
    ['các nội dung tại 6/KHLT-HND-NHCSXH', 'Kế hoạch liên tịch', '6/KHLT-HND-NHCSXH'],
    // a compound not in the vocabulary: its initials are the ký hiệu's type code
    ['Kế hoạch phối hợp số 05/KHPH-ĐTN-CA ngày 2/3/2023', 'Kế hoạch phối hợp', '05/KHPH-ĐTN-CA'],
    ['Quy chế làm việc số 01/QCLV-UBND', 'Quy chế làm việc', '01/QCLV-UBND'],
    // words that only describe the document: the ký hiệu's own type code
    ['Quyết định khen thưởng số 12/QĐ-UBND', 'Quyết định', '12/QĐ-UBND'],
    ['Báo cáo tổng kết số 30/BC-UBND ngày 5/12/2023', 'Báo cáo', '30/BC-UBND'],
  ])('%s', (text, docType, symbol) => {
    expect(only(text)).toMatchObject({ docType, symbol });
  });

  it.each([
    'Thông báo mã số 12/ABC đến các đơn vị',
    'Kế hoạch đăng ký số 15/ĐK-XD của hộ gia đình',
    'xây dựng chương trình phối hợp giữa các ngành năm 2024',
    'Chương trình phối hợp năm 2024 và Kế hoạch liên tịch hằng năm',
  ])('not a reference: %s', (text) => {
    expect(refs(text)).toEqual([]);
  });

  it('gives two listed compound citations the issuer named after them', () => {
    const r = refs(
      'theo Chương trình phối hợp số 02/CTPH-HND-UBND ngày 10/01/2019 và Kế hoạch liên tịch số 05/KHLT-HND-UBND ngày 15/02/2019 của Ban Thường vụ Hội Nông dân và Ủy ban nhân dân xã về phát triển',
    );
    expect(r.map((x) => [x.docType, x.issuedOn, x.issuer])).toEqual([
      ['Chương trình phối hợp', '2019-01-10', 'Ban Thường vụ Hội Nông dân và Ủy ban nhân dân xã'],
      ['Kế hoạch liên tịch', '2019-02-15', 'Ban Thường vụ Hội Nông dân và Ủy ban nhân dân xã'],
    ]);
  });
});

describe('a title of office and the body it heads', () => {
  it.each([
    ['Thông tư số 03/2024/TT-BNV ngày 10/5/2024 của Bộ trưởng\nBộ Nội vụ hướng dẫn', 'Bộ trưởng Bộ Nội vụ'],
    ['Quyết định số 1720/QĐ-UBND của Chủ tịch\nỦy ban nhân dân tỉnh về việc', 'Chủ tịch Ủy ban nhân dân tỉnh'],
    ['Quyết định số 58/QĐ-TTg ngày 3/2/2023 của Phó Thủ tướng\nChính phủ phê duyệt', 'Phó Thủ tướng Chính phủ'],
    ['Quyết định số 215/QĐ-SNV của Giám đốc\nSở Nội vụ về', 'Giám đốc Sở Nội vụ'],
    ['Thông tư số 05/2024/TT-BKHĐT của Bộ trưởng Bộ Kế hoạch và Đầu tư quy định', 'Bộ trưởng Bộ Kế hoạch và Đầu tư'],
    ['Công văn số 3/UBND-KT của UBND tỉnh và Sở Kế hoạch và Đầu tư về', 'UBND tỉnh và Sở Kế hoạch và Đầu tư'],
    // a line break ends the name otherwise
    ['Quyết định số 12/QĐ-UBND của Chủ tịch\ncác xã, thị trấn triển khai', 'Chủ tịch'],
    ['Kế hoạch số 40/KH-UBND của UBND tỉnh\nBộ Tài chính hướng dẫn', 'UBND tỉnh'],
    // a body after a comma is the next clause's subject, not the issuer
    ['Quyết định số 9/QĐ-UBND ngày 5/1/2024, UBND tỉnh đã chỉ đạo', null],
  ])('%s', (text, issuer) => {
    expect(only(text)).toMatchObject({ issuer });
  });
});

describe('an issuer name wrapped across one line break', () => {
  it.each([
    // a collegial body names whose body it is on the next line
    [
      'Kế hoạch số 112-KH/TU ngày 03/01/2024 của Ban Thường vụ Tỉnh ủy\nLai Châu về tổ chức',
      'Ban Thường vụ Tỉnh ủy Lai Châu',
    ],
    [
      'Kế hoạch số 77-KH/HCCBTW của Ban Thường vụ\nTrung ương Hội Cựu chiến binh Việt Nam về',
      'Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam',
    ],
    ['Nghị quyết số 05-NQ/HU của Ban Chấp hành\nĐảng bộ huyện về phát triển', 'Ban Chấp hành Đảng bộ huyện'],
    ['Chỉ thị số 08-CT/TU của Ban Thường vụ\nTỉnh ủy về tăng cường', 'Ban Thường vụ Tỉnh ủy'],
    // a Party committee or an administrative level takes its place name
    ['Chỉ thị số 09-CT/TU ngày 01/6/2022 của Tỉnh ủy\nBắc Kạn về lãnh đạo', 'Tỉnh ủy Bắc Kạn'],
    ['Công văn số 61/UBND-VX ngày 05/02/2024 của UBND tỉnh\nQuảng Trị về việc', 'UBND tỉnh Quảng Trị'],
    ['Kế hoạch số 9/KH-UBND của Ủy ban nhân dân thành phố\nHà Tiên về', 'Ủy ban nhân dân thành phố Hà Tiên'],
    // a bare head is no name yet
    ['Kết luận số 123-KL/TW ngày 24/01/2025 của Ban\nChấp hành Trung ương Đảng.', 'Ban Chấp hành Trung ương Đảng'],
    ['Thông tư số 12/2019/TT-BNV ngày 04/11/2019 của Bộ\nNội vụ quy định chi tiết', 'Bộ Nội vụ'],
    ['Quyết định số 15/QĐ-UBND của Ủy ban\nNhân dân tỉnh về', 'Ủy ban Nhân dân tỉnh'],
    // must not: a new sentence, list item, document type, another body or a lower-case clause
    ['Kế hoạch số 40/KH-UBND của UBND tỉnh\nCăn cứ tình hình thực tế', 'UBND tỉnh'],
    ['Chỉ thị số 09-CT/TU của Tỉnh ủy\nThực hiện nhiệm vụ năm 2024', 'Tỉnh ủy'],
    ['Chỉ thị số 10-CT/TU của Ban Thường vụ Tỉnh ủy\nĐể triển khai hiệu quả', 'Ban Thường vụ Tỉnh ủy'],
    ['Kế hoạch số 41/KH-UBND của UBND huyện\n1. Mục đích', 'UBND huyện'],
    ['Kế hoạch số 42/KH-UBND của UBND huyện\n- Tổ chức tuyên truyền', 'UBND huyện'],
    ['Kế hoạch số 43/KH-UBND của UBND xã\nHướng dẫn thực hiện', 'UBND xã'],
    ['Kế hoạch số 44/KH-TU của Tỉnh ủy\nSở Văn hóa chủ trì', 'Tỉnh ủy'],
    ['Kế hoạch số 45/KH-TU của Ban Thường vụ Huyện ủy\ntổ chức các hoạt động', 'Ban Thường vụ Huyện ủy'],
    ['Kế hoạch số 46/KH-UBND của UBND tỉnh\nCác đơn vị triển khai', 'UBND tỉnh'],
    ['Công văn số 47/SNV-VP của Sở Nội vụ\nHà Nam triển khai', 'Sở Nội vụ'],
    ['Kế hoạch số 48/KH-UBND của UBND tỉnh\nKẾ HOẠCH', 'UBND tỉnh'],
    ['Thông tư số 12/2019/TT-BNV của Bộ\nCăn cứ tình hình thực tế', 'Bộ'],
    ['Kế hoạch số 49/KH-BCĐ của Ban\nThực hiện kế hoạch', 'Ban'],
  ])('%s', (text, issuer) => {
    expect(only(text)).toMatchObject({ issuer });
  });
});

describe('an issuer named after the campaign it steers', () => {
  it.each([
    [
      'Kế hoạch số 14/KH-BCĐ ngày 10/3/2026 của Ban Chỉ đạo phong trào “Toàn dân bảo vệ an ninh Tổ quốc” huyện về',
      'Ban Chỉ đạo phong trào “Toàn dân bảo vệ an ninh Tổ quốc” huyện',
    ],
    [
      'Công văn số 7/BCĐ-VP của Ban Chỉ đạo cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” thành phố hướng dẫn',
      'Ban Chỉ đạo cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” thành phố',
    ],
    [
      'Thông báo số 3/TB-BCĐ của Ban Chỉ đạo “Ngày thứ Bảy tình nguyện” về việc',
      'Ban Chỉ đạo “Ngày thứ Bảy tình nguyện”',
    ],
    // no campaign cue before the quote: the quote is the subject, not the name
    ['Kế hoạch số 5/KH-UBND của UBND tỉnh “Tháng hành động vì trẻ em” năm 2026', 'UBND tỉnh'],
    // an unclosed quote on the line is no name
    ['Kế hoạch số 8/KH-BCĐ của Ban Chỉ đạo phong trào “Toàn dân\nđoàn kết” tỉnh về', 'Ban Chỉ đạo phong trào'],
  ])('%s', (text, issuer) => {
    expect(only(text)).toMatchObject({ issuer });
  });
});

describe('law names with a capital after a comma', () => {
  it.each([
    ['Căn cứ Luật Phòng, Chống tham nhũng ngày 20 tháng 11 năm 2018;', 'Phòng, Chống tham nhũng', '2018-11-20'],
    ['Căn cứ Luật Cán bộ, Công chức năm 2008;', 'Cán bộ, Công chức', null],
    [
      'Luật Phổ biến, Giáo dục pháp luật ngày 20/6/2012 và Luật Hòa giải ở cơ sở',
      'Phổ biến, Giáo dục pháp luật',
      '2012-06-20',
    ],
    [
      'Luật sửa đổi, bổ sung một số điều của Luật Giáo dục năm 2009;',
      'sửa đổi, bổ sung một số điều của Luật Giáo dục',
      null,
    ],
    // what follows the comma opens something else
    ['thực hiện Luật Đất đai, UBND tỉnh đã chỉ đạo', 'Đất đai', null],
    ['theo Luật Cán bộ, công chức, Điều 5 quy định', 'Cán bộ, công chức', null],
    ['theo Luật Đất đai, HĐND tỉnh thông qua', 'Đất đai', null],
  ])('%s', (text, title, issuedOn) => {
    const [first] = refs(text);
    expect(first).toMatchObject({ docType: 'Luật', title, issuedOn, issuer: null });
  });

  it('keeps a law named before its number whole', () => {
    expect(only('theo Luật Phổ biến, Giáo dục pháp luật số 14/2012/QH13 ngày 20/6/2012')).toMatchObject({
      symbol: '14/2012/QH13',
      title: 'Phổ biến, Giáo dục pháp luật',
    });
  });

  it('merges an undated mention into the one dated law of its name, whatever the case and tone style', () => {
    const r = refs('Căn cứ Luật Phòng, Chống ma túy ngày 30/3/2021;\nđể thi hành Luật phòng, chống ma tuý.');
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ title: 'Phòng, Chống ma túy', issuedOn: '2021-03-30' });
    expect(r[0]!.mentions).toHaveLength(2);
  });

  it('leaves an undated mention apart when two laws share the name', () => {
    const r = refs('Luật Đất đai ngày 29/11/2013 và Luật Đất đai ngày 18/01/2024; thực hiện Luật đất đai.');
    expect(r.map((x) => x.issuedOn)).toEqual(['2013-11-29', '2024-01-18', null]);
  });
});

describe('where the subject of a citation ends', () => {
  const subject = (citation: string): string => citation.slice(citation.indexOf(' về ') + 4);
  const ends = titleEnds.examples.map((e) => e.split(' | ') as [string, string]);
  it.each(ends)('%s | %s', (citation, next) => {
    const [first] = refs(next.startsWith(',') ? citation + next : `${citation} ${next}`);
    expect(first!.title).toBe(subject(citation));
  });

  it.each(titleEnds.counterExamples)('keeps the whole subject: %s', (citation) => {
    expect(refs(citation)[0]!.title).toBe(subject(citation));
  });

  it.each([
    [
      'Kế hoạch số 7/KH-UBND của UBND huyện về tổ chức Hội khỏe Phù Đổng, Ngày hội văn hóa',
      'tổ chức Hội khỏe Phù Đổng, Ngày hội văn hóa',
    ],
    ['Chỉ thị số 3/CT-UBND của UBND tỉnh về phòng, chống dịch, nhằm bảo vệ sức khỏe', 'phòng, chống dịch'],
    ['Đề án số 2-ĐA/TU của Tỉnh ủy về chuyển đổi số; Kế hoạch số 9/KH-UBND', 'chuyển đổi số'],
    [
      'Kế hoạch số 4/KH-UBND của UBND xã về phát động phong trào “Xanh, sạch, đẹp”, Phòng Văn hóa hướng dẫn',
      'phát động phong trào “Xanh, sạch, đẹp”',
    ],
  ])('%s', (text, title) => {
    expect(refs(text)[0]!.title).toBe(title);
  });
});

describe('an issuer after a bare year', () => {
  it.each([
    ['Thực hiện Kế hoạch số 88/KH-SGDĐT năm 2023 của Sở Giáo dục và Đào tạo về thi đua', 'Sở Giáo dục và Đào tạo'],
    ['theo Nghị quyết số 15-NQ/HU năm 2021 của Ban Chấp hành Đảng bộ huyện;', 'Ban Chấp hành Đảng bộ huyện'],
    ['Chương trình số 04-CTr/ĐU năm 2019 do Đảng ủy phường ban hành', 'Đảng ủy phường'],
    ['Công văn số 301/UBND-VX năm 2024, của Chủ tịch UBND tỉnh về', 'Chủ tịch UBND tỉnh'],
  ])('%s', (text, issuer) => {
    expect(only(text)).toMatchObject({ issuer, issuedOn: null });
  });

  it('keeps a day written after the year', () => {
    expect(only('Kế hoạch số 9/KH-UBND năm 2022, ngày 14/02/2022 của UBND xã về y')).toMatchObject({
      issuer: 'UBND xã',
      issuedOn: '2022-02-14',
    });
  });

  it.each([
    'Kế hoạch số 12/KH-UBND năm 2024 của tỉnh đạt kết quả tốt',
    'Quyết định số 5/QĐ-UBND năm 2023 của huyện đã được triển khai',
    'Chỉ thị số 7/CT-UBND năm học 2023 của Sở Nội vụ',
    'Kế hoạch số 3/KH-UBND năm 2024 Sở Nội vụ tổ chức',
  ])('no issuer: %s', (text) => {
    expect(only(text).issuer).toBeNull();
  });
});
