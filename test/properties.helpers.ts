// Generators for test/properties.test.ts: arbitrary text, and text built from the fragments of administrative
// documents (types, số/ký hiệu, dates, quotes, anniversaries, cues, header lines) so the extractors fire.
import fc from 'fast-check';

const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const CONSONANTS = 'bcdđghklmnpqrstvx';
/** Every Vietnamese letter, both cases, precomposed. */
export const LETTERS: string[] = [
  ...[...VOWELS].flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))),
  ...CONSONANTS,
].flatMap((l) => [l, l.toUpperCase()]);

const char = (min: number, max: number): fc.Arbitrary<string> =>
  fc.integer({ min, max }).map((c) => String.fromCharCode(c));

/** One unit of arbitrary text, weighted towards what documents and broken extractions hold. */
const unit: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LETTERS) },
  { weight: 3, arbitrary: fc.constantFrom(...' \n0123456789/-.,:;()“”"*_…') },
  { weight: 1, arbitrary: char(0x300, 0x36f) }, // combining marks
  { weight: 1, arbitrary: char(0, 0x1f) }, // C0 controls
  { weight: 1, arbitrary: char(0x7f, 0x9f) }, // DEL and C1 controls
  { weight: 1, arbitrary: char(0xd800, 0xdfff) }, // lone surrogate halves
  {
    weight: 1,
    arbitrary: fc.constantFrom(...'\r\t\u00a0\u2028\u2029\u200b\u00ad\ufeff\u2013\u2014«»„ÐðƉ\ufb01\uf0b7•'),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }, // any code point
);

export const anyText: fc.Arbitrary<string> = fc.string({ unit, maxLength: 300 });

const pad2 = (n: number): string => String(n).padStart(2, '0');
const num = fc.integer({ min: 0, max: 9999 }).map(String);
const day = fc.integer({ min: 0, max: 40 });
const month = fc.integer({ min: 0, max: 14 });
const year = fc.integer({ min: 1890, max: 2099 });
const maybePad = (n: number): fc.Arbitrary<string> => fc.constantFrom(String(n), pad2(n));

const TYPES = [
  'Chỉ thị',
  'Nghị quyết',
  'Quyết định',
  'Kế hoạch',
  'Thông báo',
  'Công văn',
  'Luật',
  'Nghị định',
  'Thông tư',
  'Hướng dẫn',
  'Kết luận',
  'Tờ trình',
  'Chương trình hành động',
  'Thông tư liên tịch',
  'Quy định',
  'Văn bản',
  'Giấy ủy quyền',
  'Bản thoả thuận',
];
const CODES = ['CT', 'NQ', 'QĐ', 'KH', 'TB', 'HD', 'KL', 'TTr', 'CTr', 'QĐi', 'NĐ', 'TT', 'UBND', 'TW', 'TU', 'HU'];
const BODIES = ['TW', 'TU', 'UBND', 'CP', 'TTg', 'BNV', 'SNV', 'BGDĐT', 'QH15', 'VX', 'NC', 'KT'];

const sep = fc.constantFrom('-', '/', ' - ', ' / ', '- ', '–');
/** Số/ký hiệu: "34-CT/TW", "98/2023/NĐ-CP", "37 / KH - UBND", "/TB-UBND" (blank number). */
const symbol: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(num, fc.constant(''), fc.constant('…')),
    fc.option(year.map(String), { nil: undefined }),
    fc.constantFrom(...CODES),
    fc.array(fc.constantFrom(...BODIES), { minLength: 1, maxLength: 2 }),
    sep,
    sep,
  )
  .map(([n, y, code, bodies, s1, s2]) => `${n}${y ? `/${y}` : ''}${s1}${code}${s2}${bodies.join('-')}`);

const date: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(day, month, year, fc.constantFrom('/', '-', '.', ' / '))
    .chain(([d, m, y, s]) => fc.tuple(maybePad(d), maybePad(m)).map(([dd, mm]) => `${dd}${s}${mm}${s}${y}`)),
  fc.tuple(day, month, year).map(([d, m, y]) => `ngày ${d} tháng ${m} năm ${y}`),
  fc.tuple(day, month).map(([d, m]) => `ngày ${d}/${m}`),
  fc.tuple(month, year).map(([m, y]) => `tháng ${m}/${y}`),
  year.map((y) => `năm ${y}`),
  fc.tuple(fc.constantFrom('I', 'II', 'III', 'IV', 'V', '2'), year).map(([q, y]) => `quý ${q}/${y}`),
  fc.tuple(year, year).map(([a, b]) => `giai đoạn ${a} - ${b}`),
  fc.tuple(year, year).map(([a, b]) => `(${pad2(3)}/02/${a} - 03/02/${b})`),
  fc.constantFrom('ngày …/…/2024', 'ngày    tháng    năm 2024', 'trước ngày 15/12', 'ngày 31/02/2023', '30/4'),
);

const NAMES = [
  'Dân vận khéo',
  'Toàn dân đoàn kết xây dựng đời sống văn hoá',
  'Toàn dân đoàn kết xây dựng đời sống văn hóa',
  'Người Việt Nam ưu tiên dùng hàng Việt Nam',
  'Cả nước chung tay vì người nghèo',
  'Hoà bình xanh',
  'Thi đua “nước trong” nước',
  'Chiến sĩ thi đua cơ sở',
  '',
];
const quoted: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...NAMES), fc.constantFrom(['“', '”'], ['"', '"'], ['“', ''], ['', '”'], ['”', '“']))
  .map(([n, [a, b]]) => `${a}${n}${b}`);

const PHRASES = [
  'ỦY BAN NHÂN DÂN',
  'UỶ BAN NHÂN DÂN',
  'HUYỆN BÌNH SƠN',
  'TỈNH ỦY QUẢNG NGÃI',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số:',
  'Số: ',
  'KẾ HOẠCH',
  'CHỈ THỊ',
  'THÔNG BÁO KẾT LUẬN',
  'V/v',
  'Kính gửi:',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
  'TM. ỦY BAN NHÂN DÂN',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Nguyễn Văn An',
  '(đã ký)',
  'Ký bởi: Sở Nội vụ',
  'Thời gian ký: 16.06.2021 09:33:12 +07:00',
  'Bình Sơn, ',
  'số',
  'số:',
  'của Bộ Chính trị',
  'của Ủy ban nhân dân tỉnh',
  'của Uỷ ban nhân dân tỉnh',
  'của UBND tỉnh',
  'do Thủ tướng Chính phủ ban hành',
  'Ban Thường vụ Tỉnh ủy',
  'của Đảng uỷ xã',
  'về việc',
  'về',
  'Căn cứ',
  'Thực hiện',
  'Theo đề nghị của Giám đốc Sở Nội vụ tại',
  'kỷ niệm',
  'năm Ngày thành lập Đảng Cộng sản Việt Nam',
  'năm Ngày sinh Chủ tịch Hồ Chí Minh',
  'chào mừng',
  'phong trào thi đua',
  'phong trào',
  'cuộc vận động',
  'đợt thi đua',
  'chủ đề',
  'phát động',
  'danh hiệu',
  'Hội thi',
  'lần thứ',
  'và',
  ',',
  ';',
  ':',
  '.',
  '(',
  ')',
  '*',
  '**',
  '_',
  '…',
  '...',
  '-',
];

const type = fc.constantFrom(...TYPES).chain((t) => fc.constantFrom(t, t, t.toLowerCase(), t.toUpperCase()));
const opt = (a: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.option(a, { nil: '' });
const ISSUERS = [
  'của Bộ Chính trị',
  'của Ủy ban nhân dân tỉnh',
  'của Uỷ ban nhân dân tỉnh',
  'của Đảng uỷ xã',
  'của UBND',
];
const WORDS = [
  'triển khai',
  'tổ chức',
  'thực hiện',
  'văn hoá',
  'văn hóa',
  'thuỷ lợi',
  'thủy lợi',
  'tăng cường',
  'công tác',
];
const words = fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((ws) => ws.join(' '));

/** "Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về …" with parts left out at random. */
const citation = fc
  .tuple(type, opt(fc.constantFrom('số ', 'số: ', 'Số ')), symbol, opt(date.map((d) => ` ngày ${d}`)))
  .chain(([t, so, sym, d]) =>
    fc
      .tuple(opt(fc.constantFrom(...ISSUERS).map((i) => ` ${i}`)), opt(words.map((w) => ` về ${w}`)))
      .map(([i, about]) => `${t} ${so}${sym}${d}${i}${about}`),
  );
const CUES = ['phong trào thi đua', 'phong trào', 'cuộc vận động', 'đợt thi đua', 'chủ đề', 'phát động'];
/** A cue and the quoted names it governs. */
const campaign = fc
  .tuple(fc.constantFrom(...CUES), words, fc.array(quoted, { minLength: 1, maxLength: 3 }))
  .map(([cue, w, qs]) => `${cue} ${w} ${qs.join(', ')}`);
/** "kỷ niệm 93 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2023)". */
const anniversary = fc
  .tuple(fc.integer({ min: 0, max: 200 }), fc.constantFrom(...PHRASES.filter((p) => p.startsWith('năm Ngày'))))
  .chain(([n, event]) =>
    opt(fc.tuple(date, date).map(([a, b]) => ` (${a} - ${b})`)).map((d) => `kỷ niệm ${n} ${event}${d}`),
  );
/** The top of a document: issuer, motto, số, place and date, type, subject. */
const header = fc
  .tuple(fc.subarray(PHRASES.slice(0, 8)), symbol, date, type, words)
  .map(([lines, sym, d, t, w]) => `${lines.join('\n')}\nSố: ${sym}\nBình Sơn, ${d}\n${t.toUpperCase()}\n${w}\n`);
/** A signature block. */
const signer = fc
  .tuple(
    fc.constantFrom('TM. ỦY BAN NHÂN DÂN', 'TM. UỶ BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'TL. GIÁM ĐỐC', ''),
    fc.constantFrom('CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'THƯỢNG TÁ', ''),
  )
  .map(([a, t]) => `\n${a}\n${t}\n(đã ký)\nNguyễn Văn An\n`);

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 3, arbitrary: type },
  { weight: 3, arbitrary: symbol },
  { weight: 3, arbitrary: date },
  { weight: 2, arbitrary: quoted },
  { weight: 3, arbitrary: citation },
  { weight: 2, arbitrary: campaign },
  { weight: 2, arbitrary: anniversary },
  { weight: 1, arbitrary: header },
  { weight: 1, arbitrary: signer },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 200 }).map(String) },
  { weight: 1, arbitrary: fc.string({ unit, maxLength: 6 }) },
);
const glue = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', ', ', '; ', '. ', '', ' - ');

/** Fragments of administrative text joined by spaces, line breaks and punctuation. */
export const adminText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fragment, glue), { maxLength: 40, size: 'medium' })
  .map((parts) => parts.map(([f, g]) => f + g).join(''));

/** One line of 20,000–100,000 characters: fragments, or a short pattern repeated. */
export const longLine: fc.Arbitrary<string> = fc.oneof(
  fc.array(fragment, { minLength: 1000, maxLength: 2000 }).map((fs) => fs.join(' ').replace(/\n/g, ' ')),
  fc
    .tuple(fc.string({ unit, minLength: 1, maxLength: 8 }), fc.integer({ min: 5000, max: 20000 }))
    .map(([s, n]) => s.repeat(n).replace(/\n/g, ' ')),
  fc
    .tuple(fragment, glue, fc.integer({ min: 500, max: 3000 }))
    .map(([f, g, n]) => (f + g).repeat(n).replace(/\n/g, ' ')),
);

const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const INITIALS = ['', 'h', 'th', 'kh', 'l', 't', 'x', 'ng', 'qu', 'gi', 'đ', 'tr', 'nh', 'ch', 'ph', 's'];
const PAIR_RHYMES: Array<[string, string]> = [
  ['o', 'a'],
  ['o', 'e'],
  ['u', 'y'],
];
const caseOf = (s: string, c: 'lower' | 'title' | 'upper'): string =>
  c === 'upper' ? s.toUpperCase() : c === 'title' ? s.charAt(0).toUpperCase() + s.slice(1) : s;

/** A syllable ending in a toned oa, oe or uy, in both styles: [old (hòa), new (hoà)], one case for both. */
export const toneStyles: fc.Arbitrary<[string, string]> = fc
  .tuple(
    fc.constantFrom(...INITIALS),
    fc.constantFrom(...PAIR_RHYMES),
    fc.constantFrom(...TONE_MARKS),
    fc.constantFrom('lower', 'title', 'upper' as const),
  )
  .map(([initial, [a, b], tone, c]) => [
    caseOf(`${initial}${(a + tone).normalize('NFC')}${b}`, c),
    caseOf(`${initial}${a}${(b + tone).normalize('NFC')}`, c),
  ]);

/** Vietnamese words and separators to set a syllable among. */
export const context: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...LETTERS), fc.constantFrom(' ', ' ', '-', ', ', '\n')), { maxLength: 12 })
  .map((cs) => cs.join(''));
