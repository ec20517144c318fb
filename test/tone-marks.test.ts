// Old (hòa, thủy, ủy, khỏe) and new (hoà, thuỷ, uỷ, khoẻ) tone placement compare and merge as equal wherever names
// are compared; what is reported is the text as written (reference §2).
import { describe, expect, it } from 'vitest';
import bodies from '../data/issuer-bodies.json' with { type: 'json' };
import issuers from '../data/reference-issuers.json' with { type: 'json' };
import { foldTones, nameKey, toneAgnostic } from '../extractors/chars.js';
import { BODIES } from '../extractors/header/vocab.js';
import { ISSUER_HEAD_SOURCE } from '../extractors/reference/vocabulary.js';
import type { ExtractionResult } from '../output/schema.js';
import { extract } from '../pipeline/extract.js';
import { docFromText } from '../pipeline/normalize.js';

const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
/** The same words in the other tone style: each toned oa, oe, uy ending a syllable has its tone on the other vowel. */
const otherStyle = (s: string): string =>
  s
    .normalize('NFD')
    .replace(
      new RegExp(`(?:([oOuU])(${TONE})([aeyAEY])|([oOuU])([aeyAEY])(${TONE}))(?![\\p{L}\\p{M}])`, 'gu'),
      (_, a, t, b, c, d, u) => (a ? a + b + t : c + u + d),
    )
    .normalize('NFC');

const run = (text: string): ExtractionResult => extract(docFromText(text));

describe('nameKey: the two styles of a name give one key', () => {
  it.each([
    ['hòa', 'hoà'],
    ['Hòa bình', 'Hoà bình'],
    ['CỘNG HÒA', 'CỘNG HOÀ'],
    ['thủy lợi', 'thuỷ lợi'],
    ['Ủy ban nhân dân', 'Uỷ ban nhân dân'],
    ['ỦY BAN', 'UỶ BAN'],
    ['khỏe', 'khoẻ'],
    ['Thúy', 'Thuý'],
    ['quý', 'qúy'],
    ['tọa đàm', 'toạ đàm'],
    ['lũy kế', 'luỹ kế'],
    ['tùy theo', 'tuỳ theo'],
    ['xõa', 'xoã'],
    ['văn hóa', 'VĂN HOÁ'],
    // composed (NFC) or not, Đ or its lookalike, spaces as typed
    ['hòa', 'ho\u0300a'],
    ['hoà', 'hoa\u0300'],
    ['Đảng ủy', 'Ðảng uỷ'],
    ['Ủy  ban\tnhân dân ', 'Uỷ ban nhân dân'],
  ])('%s = %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['hòa', 'hỏa'],
    ['hoà', 'hoa'],
    ['thủy', 'thúy'],
    ['quý', 'quỳ'],
    ['Ủy ban', 'Ủi ban'],
    ['khỏe', 'khoe'],
    ['Đảng', 'Dảng'],
  ])('%s ≠ %s', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it.each(['Uỷ ban nhân dân tỉnh Khánh Hoà', 'CỘNG HOÀ XÃ HỘI', 'sức khoẻ', 'Thuỷ', 'hoàn toàn'])(
    'foldTones keeps length and case: %s',
    (s) => {
      const f = foldTones(s);
      expect(f).toHaveLength(s.length);
      expect(f).toBe(foldTones(otherStyle(s)));
      expect([...f].map((c) => c === c.toUpperCase())).toEqual([...s].map((c) => c === c.toUpperCase()));
    },
  );

  it.each([
    ['Tòa án', ['Tòa án', 'Toà án'], ['Toa án', 'Tỏa án', 'tòa án']],
    ['CỘNG HOÀ', ['CỘNG HÒA', 'CỘNG HOÀ'], ['CỘNG HOA', 'Cộng hòa']],
    ['quý', ['quý', 'qúy'], ['quỳ', 'quy']],
  ])('toneAgnostic(%s) matches either style, nothing else, case kept', (phrase, yes, no) => {
    const re = new RegExp(`^${toneAgnostic(phrase)}$`, 'u');
    for (const s of yes) expect(s).toMatch(re);
    for (const s of no) expect(s).not.toMatch(re);
  });
});

describe('vocabularies match either style', () => {
  const heads = new RegExp(`^${ISSUER_HEAD_SOURCE}$`, 'u');
  const toned = issuers.entries.map((e) => e.head).filter((h) => otherStyle(h) !== h);
  it.each(toned)('reference issuer head %s', (head) => {
    expect(otherStyle(head)).toMatch(heads);
  });
  const upper = bodies.bodies.map((b) => b.upper).filter((u) => otherStyle(u) !== u);
  it.each(upper)('header body %s', (u) => {
    expect(BODIES.leadOf(otherStyle(u))?.entry.upper).toBe(u);
  });
});

describe('campaigns: one campaign, every mention, the first spelling', () => {
  it.each([
    [
      'Phát động phong trào “Toàn dân xây dựng đời sống văn hoá”. Tổng kết phong trào “Toàn dân xây dựng đời sống văn hóa”.',
      'Toàn dân xây dựng đời sống văn hoá',
    ],
    [
      'Phát động phong trào “Toàn dân xây dựng đời sống văn hóa”. Tổng kết phong trào “Toàn dân xây dựng đời sống văn hoá”.',
      'Toàn dân xây dựng đời sống văn hóa',
    ],
    ['Cuộc vận động “Vì sức khoẻ cộng đồng” và “vì sức khỏe cộng đồng” tiếp tục.', 'Vì sức khoẻ cộng đồng'],
    ['Phong trào “Thuỷ lợi nội đồng” năm nay; phong trào “Thủy lợi nội đồng” được duy trì.', 'Thuỷ lợi nội đồng'],
  ])('%s', (text, name) => {
    const r = run(text);
    expect(r.campaigns.map((c) => [c.name, c.mentions.length])).toEqual([[name, 2]]);
    for (const m of r.campaigns[0]!.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.text);
  });

  it.each([
    'Phong trào “Hoà bình xanh” và phong trào “Hoa bình xanh”.',
    'Phong trào “Thủy lợi nội đồng” và phong trào “Thúy lợi nội đồng”.',
  ])('names that differ by more than the style stay apart: %s', (text) => {
    expect(run(text).campaigns).toHaveLength(2);
  });

  it.each([
    'Đẩy mạnh phong trào thi đua “Dân vận khéo”, tổ chức tọa đàm “Dân vận trong tình hình mới”.',
    'Đẩy mạnh phong trào thi đua “Dân vận khéo”, tổ chức toạ đàm “Dân vận trong tình hình mới”.',
  ])('a lead in either style names another kind of quote: %s', (text) => {
    expect(run(text).campaigns.map((c) => c.name)).toEqual(['Dân vận khéo']);
  });
});

describe('references', () => {
  it.each([
    [
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Uỷ ban nhân dân tỉnh về văn hoá. ' +
        'Theo Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh, các xã triển khai.',
      'Uỷ ban nhân dân tỉnh',
    ],
    [
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh về văn hoá. ' +
        'Theo Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Uỷ ban nhân dân tỉnh, các xã triển khai.',
      'Ủy ban nhân dân tỉnh',
    ],
  ])('one reference in both styles, first issuer as written: %s', (text, issuer) => {
    const r = run(text);
    expect(r.references.map((x) => [x.symbol, x.issuer, x.mentions.length])).toEqual([['12/KH-UBND', issuer, 2]]);
  });

  it.each([
    ['Luật Thủy lợi quy định rõ; các tổ chức thực hiện đúng Luật Thuỷ lợi.', 'Thủy lợi'],
    ['Luật Thuỷ lợi quy định rõ; các tổ chức thực hiện đúng Luật Thủy lợi.', 'Thuỷ lợi'],
  ])('a law named in both styles is one law: %s', (text, title) => {
    expect(run(text).references.map((x) => [x.title, x.mentions.length])).toEqual([[title, 2]]);
  });

  it.each([
    ['Toà án nhân dân tối cao đã ban hành Nghị quyết số 04/2024/NQ-HĐTP về xét xử.', 'Toà án nhân dân tối cao'],
    ['Tòa án nhân dân tối cao đã ban hành Nghị quyết số 04/2024/NQ-HĐTP về xét xử.', 'Tòa án nhân dân tối cao'],
    ['Đảng uỷ xã đã ban hành Nghị quyết số 05-NQ/ĐU về công tác cán bộ.', 'Đảng uỷ xã'],
    ['Thành uỷ đã ban hành Chỉ thị số 06-CT/TU về công tác cán bộ.', 'Thành uỷ'],
    ['Thị ủy đã ban hành Chỉ thị số 06-CT/TU về công tác cán bộ.', 'Thị ủy'],
    [
      'Kế hoạch số 245-KH/TU ngày 28/12/2023 của Ban Thường vụ Thành uỷ\nHạ Long về tổ chức',
      'Ban Thường vụ Thành uỷ Hạ Long',
    ],
  ])('issuer heads in either style: %s', (text, issuer) => {
    expect(run(text).references.map((x) => x.issuer)).toEqual([issuer]);
  });
});

describe('anniversaries and dates', () => {
  it.each(['tọa đàm', 'toạ đàm'])('"%s" after an event opens a clause of its own', (words) => {
    const r = run(`Kỷ niệm 90 năm Ngày thành lập Đảng, ${words} lịch sử.`);
    expect(r.anniversaries.map((a) => a.event)).toEqual(['Ngày thành lập Đảng']);
  });

  it('one anniversary named in both styles', () => {
    const r = run(
      'KẾ HOẠCH tổ chức kỷ niệm 95 năm Ngày thành lập Đảng bộ tỉnh Thanh Hoá\n\n' +
        'Tổ chức kỷ niệm 95 năm Ngày thành lập Đảng bộ tỉnh Thanh Hóa (29/7/1930 - 29/7/2025) trang trọng.',
    );
    expect(r.anniversaries.map((a) => [a.years, a.event, a.originDate])).toEqual([
      [95, 'Ngày thành lập Đảng bộ tỉnh Thanh Hóa', '1930-07-29'],
    ]);
  });

  it.each([
    ['Báo cáo quý I/2024 đúng hạn.', 'quý I/2024', '2024-01'],
    ['Báo cáo qúy I/2024 đúng hạn.', 'qúy I/2024', '2024-01'],
    ['Học sinh niên khóa 2020 - 2021 tham gia.', 'niên khóa 2020 - 2021', '2020'],
    ['Học sinh niên khoá 2020 - 2021 tham gia.', 'niên khoá 2020 - 2021', '2020'],
  ])('%s', (text, written, value) => {
    expect(run(text).dates.map((d) => [d.text, d.value])).toEqual([[written, value]]);
  });
});

const HEADER_BODY =
  'Thực hiện kế hoạch năm của tỉnh, các cơ quan, đơn vị, địa phương triển khai thực hiện nghiêm túc các nội dung sau đây.';

describe('header', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TM. ỦY BAN NHÂN DÂN'],
    ['UỶ BAN NHÂN DÂN', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TM. UỶ BAN NHÂN DÂN'],
    ['UỶ BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TM. ỦY BAN NHÂN DÂN'],
  ])('%s / %s / %s', (body, motto, authority) => {
    const r = run(
      `${body}\nHUYỆN BÌNH SƠN\n${motto}\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/KH-UBND\n` +
        `Bình Sơn, ngày 05 tháng 01 năm 2024\nKẾ HOẠCH\nTổ chức hội thi\n\n${HEADER_BODY}\n\n` +
        `${authority}\nCHỦ TỊCH\n\nNguyễn Văn An`,
    );
    const h = r.document;
    // the fields are the vocabulary's sentence case; the mentions are the lines as written
    expect([h.issuer, h.docType, h.signer?.authority, h.signer?.onBehalfOf, h.signer?.name]).toEqual([
      'Ủy ban nhân dân huyện Bình Sơn',
      'Kế hoạch',
      'TM.',
      'Ủy ban nhân dân',
      'Nguyễn Văn An',
    ]);
    expect(h.mentions.issuer?.text).toBe(`${body}\nHUYỆN BÌNH SƠN`);
  });

  it.each([
    ['Uỷ ban nhân dân thị xã', 'Hòa Thành'],
    ['Ủy ban nhân dân thị xã', 'Hoà Thành'],
  ])('an issuer inferred from "%s" and the place "%s" in the other style', (named, place) => {
    const r = run(
      `CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\n${place}, ngày 05 tháng 01 năm 2024\n` +
        `KẾ HOẠCH\nTổ chức hội thi\n\n${named} giao các phòng triển khai. ${named} ${otherStyle(place)} yêu cầu các xã ` +
        'thực hiện nghiêm túc nội dung kế hoạch này.',
    );
    expect(r.document.issuer).toBe(`Ủy ban nhân dân thị xã ${place}`);
  });
});
