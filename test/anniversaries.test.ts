import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAnniversaries } from '../extractors/anniversaries.js';
import type { ExtractContext } from '../extractors/types.js';
import type { DocumentHeader } from '../output/schema.js';
import { docFromText } from '../pipeline/normalize.js';

const run = (text: string, ctx: ExtractContext = {}) => {
  const doc = docFromText(text);
  const result = extractAnniversaries(doc, ctx);
  for (const a of result.items) expect(doc.text.slice(a.mention.start, a.mention.end)).toBe(a.mention.text);
  return result;
};
const rows = (text: string) =>
  run(text).items.map(({ years, event, originDate, date }) => [years, event, originDate, date]);
const inYear = (year: number): ExtractContext => ({ header: { year } as DocumentHeader });

describe('anniversaries', () => {
  it.each([
    [
      'Chào mừng kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024).',
      [[80, 'Ngày thành lập Quân đội nhân dân Việt Nam', '1944-12-22', '2024-12-22']],
    ],
    [
      'Tổ chức Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954-7/5/2024).',
      [[70, 'Chiến thắng Điện Biên Phủ', '1954-05-07', '2024-05-07']],
    ],
    [
      'Lễ kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (1929 - 2024) diễn ra trang trọng.',
      [[95, 'Ngày thành lập Công đoàn Việt Nam', null, null]],
    ],
    [
      'Hoạt động kỉ niệm 50 năm thành lập trường, gắn với khai giảng năm học mới.',
      [[50, 'thành lập trường', null, null]],
    ],
    ['Lễ kỷ niệm 20 năm thành lập huyện và đón nhận Huân chương Lao động.', [[20, 'thành lập huyện', null, null]]],
    [
      'Lễ tưởng niệm 60 năm ngày hy sinh của các anh hùng liệt sĩ (12/3/1965 - 12/3/2025).',
      [[60, 'ngày hy sinh của các anh hùng liệt sĩ', '1965-03-12', '2025-03-12']],
    ],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('reads each "N năm …" of a list one "kỷ niệm" opens', () => {
    const text =
      'Thi đua chào mừng kỷ niệm 95 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2025), gắn với đón Tết; ' +
      'Kỷ niệm 50 năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025); ' +
      '135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025). Phấn đấu hoàn thành 06 tháng đầu năm 2025.';
    expect(rows(text)).toEqual([
      [95, 'Ngày thành lập Đảng', '1930-02-03', '2025-02-03'],
      [50, 'Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước', '1975-04-30', '2025-04-30'],
      [135, 'Ngày sinh Chủ tịch Hồ Chí Minh', '1890-05-19', '2025-05-19'],
    ]);
  });

  it('reads a list laid out one item per line', () => {
    const text =
      'Thi đua lập thành tích chào mừng kỷ niệm:\n- 95 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2025);\n' +
      '- 50 năm Ngày giải phóng miền Nam (30/4/1975 - 30/4/2025).\n- Trong 3 năm qua đã có 5 năm liền đạt chuẩn (2020 - 2025).';
    expect(rows(text)).toEqual([
      [95, 'Ngày thành lập Đảng', '1930-02-03', '2025-02-03'],
      [50, 'Ngày giải phóng miền Nam', '1975-04-30', '2025-04-30'],
    ]);
  });

  it('shares one ordinal between events joined by "và"', () => {
    const text =
      'Kỷ niệm 80 năm Ngày Cách mạng tháng Tám (19/8/1945 - 19/8/2025) và Ngày Quốc khánh (02/9/1945 - 02/9/2025).';
    expect(rows(text)).toEqual([
      [80, 'Ngày Cách mạng tháng Tám', '1945-08-19', '2025-08-19'],
      [80, 'Ngày Quốc khánh', '1945-09-02', '2025-09-02'],
    ]);
  });

  it.each([
    [
      'Kỷ niệm 80 năm Cách mạng tháng Tám thành công và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (1945 - 2025).',
      [
        [80, 'Cách mạng tháng Tám thành công', null, null],
        [80, 'Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam', null, null],
      ],
    ],
    [
      'Tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ và Ngày giải phóng Thủ đô (năm 1954 - năm 2024); 20 năm Ngày thành lập xã (2004 - 2024).',
      [
        [70, 'Chiến thắng Điện Biên Phủ', null, null],
        [70, 'Ngày giải phóng Thủ đô', null, null],
        [20, 'Ngày thành lập xã', null, null],
      ],
    ],
    [
      'Kỷ niệm 45 năm Cách mạng tháng Tám và Quốc khánh nước Việt Nam Dân chủ Cộng hòa.',
      [
        [45, 'Cách mạng tháng Tám', null, null],
        [45, 'Quốc khánh nước Việt Nam Dân chủ Cộng hòa', null, null],
      ],
    ],
    // must not split: "và" inside one event's name, before a word that heads no event
    [
      'Kỷ niệm 20 năm Ngày Khoa học và Công nghệ Việt Nam (2004 - 2024).',
      [[20, 'Ngày Khoa học và Công nghệ Việt Nam', null, null]],
    ],
    [
      'Kỷ niệm 30 năm Ngày thành lập Hội Nông dân và Hội Phụ nữ xã (1994 - 2024).',
      [[30, 'Ngày thành lập Hội Nông dân và Hội Phụ nữ xã', null, null]],
    ],
  ])('splits events joined by "và" before a head word, whatever years follow: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    [
      'Chào mừng 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025), Ngày Quốc tế Lao động 01/5/2025.',
      [[50, 'Ngày giải phóng miền Nam, thống nhất đất nước', '1975-04-30', '2025-04-30']],
    ],
    [
      'Kỷ niệm 95 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2025), Ngày Thầy thuốc Việt Nam 27/2 và các ngày lễ lớn.',
      [[95, 'Ngày thành lập Đảng', '1930-02-03', '2025-02-03']],
    ],
    // must still share: dates of its own that count the same years, or "và" before the day
    [
      'Kỷ niệm 80 năm Ngày Cách mạng tháng Tám (19/8/1945 - 19/8/2025), Ngày Quốc khánh (02/9/1945 - 02/9/2025).',
      [
        [80, 'Ngày Cách mạng tháng Tám', '1945-08-19', '2025-08-19'],
        [80, 'Ngày Quốc khánh', '1945-09-02', '2025-09-02'],
      ],
    ],
  ])('carries an ordinal past a comma only to dates that agree with it: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    [
      'KẾ HOẠCH TỔ CHỨC KỶ NIỆM 80 NĂM NGÀY THÀNH LẬP QUÂN ĐỘI NHÂN DÂN VIỆT NAM\nKỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024).',
      [[80, 'Ngày thành lập Quân đội nhân dân Việt Nam', '1944-12-22', '2024-12-22']],
    ],
    [
      'Kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024).\nKỶ NIỆM 80 NĂM NGÀY THÀNH LẬP QUÂN ĐỘI NHÂN DÂN VIỆT NAM',
      [[80, 'Ngày thành lập Quân đội nhân dân Việt Nam', '1944-12-22', '2024-12-22']],
    ],
    // must keep: capitals when no running text names the event
    [
      'KỶ NIỆM 80 NĂM NGÀY THÀNH LẬP QUÂN ĐỘI NHÂN DÂN VIỆT NAM (22/12/1944 - 22/12/2024)',
      [[80, 'NGÀY THÀNH LẬP QUÂN ĐỘI NHÂN DÂN VIỆT NAM', '1944-12-22', '2024-12-22']],
    ],
  ])('prefers the body spelling over a heading in capitals: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('separates an undated event from the next one of the sentence', () => {
    const text =
      'Kỷ niệm 60 năm Chiến thắng Núi Thành và tưởng niệm 60 năm ngày mất của đồng chí A (26/5/1965 - 26/5/2025).';
    expect(rows(text)).toEqual([
      [60, 'Chiến thắng Núi Thành', null, null],
      [60, 'ngày mất của đồng chí A', '1965-05-26', '2025-05-26'],
    ]);
  });

  it.each([
    'Thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm (2021 - 2025).',
    'Kế hoạch 05 năm đã hoàn thành.',
    'Năm 2022 là năm thứ hai thực hiện Nghị quyết.',
    'Sơ kết 06 tháng đầu năm 2023.',
    'Trong 3 năm qua, huyện đã đạt nhiều kết quả.',
    'Các chỉ tiêu giai đoạn 2021-2025 cơ bản đạt.',
    'Đại hội kỷ niệm lần thứ 10 của Hội Cựu chiến binh.',
    'Chào mừng kỷ niệm các ngày lễ lớn trong năm 2025; trong 3 năm qua đã có 5 năm liền đạt chuẩn.',
    'Kỷ niệm 70 năm Ngày thành lập (1955 - 2025); 5 năm (2021 - 2025) thực hiện.',
  ])('no anniversary in: %s', (text) => {
    const found = rows(text);
    expect(found.filter((r) => r[0] !== 70)).toEqual([]);
  });

  it.each([
    ['Kỷ niệm 80 năm Ngày Quốc khánh (02/9/1945 - 02/9/2025).', 2025, []],
    ['Kỷ niệm 79 năm Ngày Quốc khánh (02/9/1945 - 02/9/2025).', 2025, ['anniversary-years-mismatch']],
    [
      'Kỷ niệm 79 năm Ngày Quốc khánh (02/9/1945 - 02/9/2025).',
      2023,
      ['anniversary-years-mismatch', 'anniversary-outside-period'],
    ],
    ['Kỷ niệm 80 năm Ngày Quốc khánh (02/9/1945 - 02/9/2025).', 2024, []],
    ['Kỷ niệm 80 năm Ngày Quốc khánh (1945 - 2025).', 2030, ['anniversary-outside-period']],
  ])('warnings: %s in %i', (text, year, codes) => {
    const { warnings } = run(text, inYear(year));
    expect(warnings.map((w) => w.code).sort()).toEqual([...codes].sort());
  });

  it('reads "kỷ niệm tròn N năm"', () => {
    expect(rows('Tổ chức kỷ niệm tròn 50 năm Ngày truyền thống ngành (1975 - 2025).')).toEqual([
      [50, 'Ngày truyền thống ngành', null, null],
    ]);
  });

  it('keeps one entry when the subject line and the body name the same anniversary', () => {
    const text =
      'Về việc tổ chức kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam\n\n' +
      'Nhằm kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024), các đơn vị thi đua.';
    expect(rows(text)).toEqual([[80, 'Ngày thành lập Quân đội nhân dân Việt Nam', '1944-12-22', '2024-12-22']]);
  });

  it.each([
    [
      'Thi đua lập thành tích chào mừng 80 năm Ngày thành lập Quân đội nhân dân Việt Nam, 35 năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2024) và Đại hội Đảng bộ huyện lần thứ XX.',
      [
        [80, 'Ngày thành lập Quân đội nhân dân Việt Nam', null, null],
        [35, 'Ngày hội Quốc phòng toàn dân', '1989-12-22', '2024-12-22'],
      ],
    ],
    [
      'Các hoạt động hướng tới 50 năm Chiến thắng Buôn Ma Thuột (10/3/1975 - 10/3/2025).',
      [[50, 'Chiến thắng Buôn Ma Thuột', '1975-03-10', '2025-03-10']],
    ],
    [
      'Nhân dịp 80 năm ngày Thương binh - Liệt sĩ, Hội thăm hỏi gia đình chính sách.',
      [[80, 'ngày Thương binh - Liệt sĩ', null, null]],
    ],
    [
      'Lập thành tích chào mừng 40 năm Ngày thành lập tỉnh, Đại hội Hội Nông dân và kỷ niệm 20 năm Ngày truyền thống Hội (2005 - 2025).',
      [
        [40, 'Ngày thành lập tỉnh', null, null],
        [20, 'Ngày truyền thống Hội', null, null],
      ],
    ],
  ])('reads the anniversaries a greeting names without "kỷ niệm": %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    'Tổ chức hội nghị chào mừng 5 năm thực hiện Nghị quyết của Tỉnh ủy (2020 - 2025).',
    'Thi đua chào mừng Đại hội Đảng bộ tỉnh lần thứ XXI.',
    'Hướng tới 10 năm xây dựng nông thôn mới, các xã ra quân.',
    'Nhân dịp 2 năm học mới, trường tặng quà học sinh.',
  ])('no anniversary in the greeting: %s', (text) => {
    expect(rows(text)).toEqual([]);
  });

  it.each([
    [
      'Chào mừng kỷ niệm 55 năm Ngày giải phóng tỉnh (1975 - 2030), 60 năm Phong trào Đồng khởi Bến Tre và 40 năm Ngày thành lập huyện.',
      [
        [55, 'Ngày giải phóng tỉnh', null, null],
        [60, 'Phong trào Đồng khởi Bến Tre', null, null],
        [40, 'Ngày thành lập huyện', null, null],
      ],
    ],
    [
      'Kỷ niệm 95 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2025), 57 năm Cuộc Tổng tiến công và nổi dậy Tết Mậu Thân 1968, 50 năm Ngày giải phóng miền Nam (30/4/1975 - 30/4/2025).',
      [
        [95, 'Ngày thành lập Đảng', '1930-02-03', '2025-02-03'],
        [57, 'Cuộc Tổng tiến công và nổi dậy Tết Mậu Thân 1968', null, null],
        [50, 'Ngày giải phóng miền Nam', '1975-04-30', '2025-04-30'],
      ],
    ],
    [
      'Tổ chức kỷ niệm 114 năm Ngày Quốc tế Phụ nữ (08/3/1910 - 08/3/2024), 1984 năm Khởi nghĩa Hai Bà Trưng và 94 năm Ngày thành lập Hội (20/10/1930 - 20/10/2024).',
      [
        [114, 'Ngày Quốc tế Phụ nữ', '1910-03-08', '2024-03-08'],
        [1984, 'Khởi nghĩa Hai Bà Trưng', null, null],
        [94, 'Ngày thành lập Hội', '1930-10-20', '2024-10-20'],
      ],
    ],
    [
      'Kỷ niệm 1985 năm Khởi nghĩa Hai Bà Trưng, Hội tổ chức dâng hương.',
      [[1985, 'Khởi nghĩa Hai Bà Trưng', null, null]],
    ],
  ])('reads a capitalised event, whatever its ordinal, in a kỷ niệm list: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    // lower case after "N năm" in a list is a span of time; "năm 1985" is a year, not an ordinal
    'Kỷ niệm 50 năm Ngày giải phóng (1975 - 2025), 5 năm thực hiện Chương trình mục tiêu quốc gia.',
    'Kỷ niệm 50 năm Ngày giải phóng (1975 - 2025); trong năm 1985 Đảng bộ huyện được thành lập.',
    'Kỷ niệm 50 năm Ngày giải phóng (1975 - 2025), 5 năm Qua các kỳ Đại hội.',
  ])('keeps only the opener in: %s', (text) => {
    expect(rows(text)).toEqual([[50, 'Ngày giải phóng', null, null]]);
  });

  it('leaves an impossible date null', () => {
    expect(rows('Kỷ niệm 10 năm Ngày hội (31/02/2015 - 31/02/2025).')).toEqual([[10, 'Ngày hội', null, null]]);
  });
});

describe('the ordinal form "lần thứ N"', () => {
  it.each([
    [
      'Hướng tới kỷ niệm lần thứ 135 Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025).',
      [[135, 'Ngày sinh Chủ tịch Hồ Chí Minh', '1890-05-19', '2025-05-19']],
    ],
    [
      'Chào mừng 50 năm Ngày Giải phóng miền Nam (30/4/1975 - 30/4/2025), hướng tới kỷ niệm lần thứ 135 Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025).',
      [
        [50, 'Ngày Giải phóng miền Nam', '1975-04-30', '2025-04-30'],
        [135, 'Ngày sinh Chủ tịch Hồ Chí Minh', '1890-05-19', '2025-05-19'],
      ],
    ],
    [
      'Tổ chức kỷ niệm lần thứ 40 Ngày Nhà giáo Việt Nam 20/11 tại hội trường.',
      [[40, 'Ngày Nhà giáo Việt Nam', null, null]],
    ],
    // not anniversaries: a congress or a contest counted by "lần thứ"
    ['Đại hội Đoàn toàn quốc lần thứ 12 Ban Chấp hành đã thông qua nghị quyết.', []],
    ['Hội thi lần thứ 3 Giải báo chí tỉnh được tổ chức năm 2025.', []],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('anniversaries dated by one day', () => {
  const rowsIn = (text: string, year: number | null) =>
    run(text, year === null ? {} : inYear(year)).items.map(({ years, event, originDate, date }) => [
      years,
      event,
      originDate,
      date,
    ]);

  it.each([
    [
      'Kỷ niệm 79 năm Cách mạng tháng Tám thành công (ngày 19/8) và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (ngày 2/9).',
      2024,
      [
        [79, 'Cách mạng tháng Tám thành công', '1945-08-19', '2024-08-19'],
        [79, 'Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam', '1945-09-02', '2024-09-02'],
      ],
    ],
    [
      'Chào mừng các ngày lễ: kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam 3/2; 50 năm Ngày giải phóng miền Nam, thống nhất đất nước 30/4.',
      2025,
      [
        [95, 'Ngày thành lập Đảng Cộng sản Việt Nam', '1930-02-03', '2025-02-03'],
        [50, 'Ngày giải phóng miền Nam, thống nhất đất nước', '1975-04-30', '2025-04-30'],
      ],
    ],
    [
      'Tổ chức kỷ niệm 80 năm Cách mạng tháng Tám thành công và Quốc khánh 2/9.',
      2025,
      [
        [80, 'Cách mạng tháng Tám thành công', null, null],
        [80, 'Quốc khánh', '1945-09-02', '2025-09-02'],
      ],
    ],
    [
      'Lễ kỷ niệm 49 năm Ngày giải phóng miền Nam 30/4/1975 và 50 năm Chiến thắng Xuân Lộc (21/4/2025).',
      2024,
      [
        [49, 'Ngày giải phóng miền Nam', '1975-04-30', '2024-04-30'],
        [50, 'Chiến thắng Xuân Lộc', '1975-04-21', '2025-04-21'],
      ],
    ],
    ['Kỷ niệm 42 năm Ngày Nhà giáo Việt Nam (20/11).', null, [[42, 'Ngày Nhà giáo Việt Nam', null, null]]],
    // must not: the day closes another clause; "và" inside one event's name; a day that cannot exist
    ['Hoạt động kỷ niệm 10 năm thành lập trường, chào mừng ngày 20/11.', 2024, [[10, 'thành lập trường', null, null]]],
    [
      'Hưởng ứng kỷ niệm 20 năm Ngày Khoa học và Công nghệ Việt Nam 18/5.',
      2024,
      [[20, 'Ngày Khoa học và Công nghệ Việt Nam', '2004-05-18', '2024-05-18']],
    ],
    ['Kỷ niệm 5 năm Ngày Sách và Văn hóa đọc Việt Nam.', 2025, [[5, 'Ngày Sách và Văn hóa đọc Việt Nam', null, null]]],
    ['Kỷ niệm 94 năm Ngày thành lập Đảng (31/2).', 2024, [[94, 'Ngày thành lập Đảng', null, null]]],
    ['Báo cáo trước ngày 15/11; kỷ niệm 3 năm qua 20/11.', 2024, []],
    // a day closing the event's clause, before "và" + another action or a comma
    [
      'Tổ chức Lễ kỷ niệm 94 năm Ngày Phụ nữ Việt Nam 20/10 và trao quà cho hội viên có hoàn cảnh khó khăn.',
      2024,
      [[94, 'Ngày Phụ nữ Việt Nam', '1930-10-20', '2024-10-20']],
    ],
    [
      'Chào mừng kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ 27/7, gắn với thăm hỏi gia đình chính sách.',
      2026,
      [[79, 'Ngày Thương binh - Liệt sĩ', '1947-07-27', '2026-07-27']],
    ],
    [
      'Lễ kỷ niệm 65 năm Ngày truyền thống Bộ đội Biên phòng 3/3 gắn với Ngày hội Biên phòng toàn dân.',
      2024,
      [[65, 'Ngày truyền thống Bộ đội Biên phòng', '1959-03-03', '2024-03-03']],
    ],
    // must not: a day after a comma closes another clause; a day after "đến" ends a span of days
    [
      'Kỷ niệm 15 năm thành lập câu lạc bộ, tổ chức giao lưu ngày 12/5 và trao giải cho hội viên.',
      2024,
      [[15, 'thành lập câu lạc bộ', null, null]],
    ],
    [
      'Tuần lễ kỷ niệm 20 năm thành lập trường từ 10/3 đến 20/3 và các hoạt động ngoại khóa.',
      2024,
      [[20, 'thành lập trường', null, null]],
    ],
  ])('%s (%s)', (text, year, expected) => {
    expect(rowsIn(text, year)).toEqual(expected);
  });

  it('warns of no mismatch for dates worked out from the ordinal', () => {
    const { warnings } = run('Kỷ niệm 79 năm Quốc khánh (ngày 2/9).', inYear(2024));
    expect(warnings).toEqual([]);
  });

  it('merges a shortened subject line into the dated anniversary of the body', () => {
    const text =
      'Tổ chức đợt thi đua chào mừng kỷ niệm 50 năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước\n' +
      'Lập thành tích chào mừng kỷ niệm 50 năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025).';
    expect(rows(text)).toEqual([
      [50, 'Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước', '1975-04-30', '2025-04-30'],
    ]);
  });

  it('keeps apart events of one ordinal that share only some words', () => {
    const text =
      'Kỷ niệm 70 năm Ngày thành lập trường; kỷ niệm 70 năm Ngày thành lập Quân đội (22/12/1954 - 22/12/2024).';
    expect(rows(text)).toHaveLength(2);
  });
});

describe('where an event stops', () => {
  const rowsIn = (text: string, year: number | null = null) =>
    run(text, year === null ? {} : inYear(year)).items.map(({ years, event, originDate, date }) => [
      years,
      event,
      originDate,
      date,
    ]);

  it.each([
    [
      'Tổ chức Lễ kỷ niệm 70 năm Ngày thành lập Hội Nông dân vào ngày 14 tháng 10 năm 2025; khen thưởng hội viên.',
      [[70, 'Ngày thành lập Hội Nông dân', null, null]],
    ],
    [
      'Tổ chức kỷ niệm 95 năm Ngày truyền thống ngành vào tối 14/10 tại Nhà văn hóa.',
      [[95, 'Ngày truyền thống ngành', null, null]],
    ],
    [
      'Lễ kỷ niệm 30 năm Ngày tái lập tỉnh tại Quảng trường trung tâm diễn ra trang trọng.',
      [[30, 'Ngày tái lập tỉnh', null, null]],
    ],
    ['Hoạt động kỷ niệm 40 năm thành lập xã nhân dịp đầu xuân.', [[40, 'thành lập xã', null, null]]],
    // must not cut: the words belong to the event's name, or the dates come after them
    [
      'Kỷ niệm 60 năm Ngày Bác Hồ vào thăm tỉnh Quảng Bình.',
      [[60, 'Ngày Bác Hồ vào thăm tỉnh Quảng Bình', null, null]],
    ],
    [
      'Kỷ niệm 80 năm Ngày Bác Hồ đọc Tuyên ngôn Độc lập tại Quảng trường Ba Đình (2/9/1945 - 2/9/2025).',
      [[80, 'Ngày Bác Hồ đọc Tuyên ngôn Độc lập tại Quảng trường Ba Đình', '1945-09-02', '2025-09-02']],
    ],
  ])('a time or place adjunct ends the event: %s', (text, expected) => {
    expect(rowsIn(text, 2025)).toEqual(expected);
  });

  it('merges a mention shortened before its adjunct into the dated anniversary', () => {
    const text =
      'Kỷ niệm 91 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2021).\n' +
      'Tổ chức Lễ kỷ niệm 91 năm Ngày thành lập Hội vào ngày 19/10/2021 tại hội trường.';
    expect(rowsIn(text, 2021)).toEqual([
      [91, 'Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam', '1930-10-20', '2021-10-20'],
    ]);
  });

  it.each([
    [
      'V/v tổ chức kỷ niệm 95 năm Ngày thành lập Hội Liên hiệp\nPhụ nữ Việt Nam (20/10/1930 - 20/10/2025)\nCăn cứ Kế hoạch của Tỉnh ủy.',
      [[95, 'Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam', '1930-10-20', '2025-10-20']],
    ],
    [
      'Kế hoạch kỷ niệm 50 năm Ngày giải phóng\nhoàn toàn miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)',
      [[50, 'Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước', '1975-04-30', '2025-04-30']],
    ],
    [
      '**Về việc tổ chức các hoạt động kỷ niệm 80 năm Ngày thành lập**\n**Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024)**',
      [[80, 'Ngày thành lập Quân đội nhân dân Việt Nam', '1944-12-22', '2024-12-22']],
    ],
    [
      'KẾ HOẠCH KỶ NIỆM 70 NĂM NGÀY THÀNH LẬP\nNGÀNH Y TẾ TỈNH (1955 - 2025)',
      [[70, 'NGÀY THÀNH LẬP NGÀNH Y TẾ TỈNH', null, null]],
    ],
    // must not swallow: a list item, a heading, a blank line, text running on far past the dates
    [
      'Thi đua chào mừng kỷ niệm 30 năm Ngày tái lập huyện\n1. Hội thao truyền thống (1995 - 2025)',
      [[30, 'Ngày tái lập huyện', null, null]],
    ],
    [
      'Thi đua chào mừng kỷ niệm 30 năm Ngày tái lập huyện\n- Hội diễn văn nghệ (1995 - 2025)',
      [[30, 'Ngày tái lập huyện', null, null]],
    ],
    [
      'Thi đua chào mừng kỷ niệm 30 năm Ngày tái lập huyện\nKẾ HOẠCH HÀNH ĐỘNG (1995 - 2025)',
      [[30, 'Ngày tái lập huyện', null, null]],
    ],
    [
      'Thi đua chào mừng kỷ niệm 30 năm Ngày tái lập huyện\n\nHội diễn văn nghệ (1995 - 2025)',
      [[30, 'Ngày tái lập huyện', null, null]],
    ],
    [
      'Hoạt động kỷ niệm 20 năm Ngày thành lập\nBan Chỉ đạo được triển khai sâu rộng ở các xã, phường, thị trấn trên địa bàn (2005 - 2025) theo kế hoạch.',
      [[20, 'Ngày thành lập', null, null]],
    ],
  ])('an event wrapped onto the next line before its dates: %s', (text, expected) => {
    expect(rowsIn(text)).toEqual(expected);
  });
});

const SEEDS = new URL('../../shared/', import.meta.url);
const seedIds = existsSync(new URL('seeds/', SEEDS))
  ? readdirSync(new URL('seeds/', SEEDS)).map((f) => f.replace(/\.txt$/, ''))
  : [];

describe.skipIf(seedIds.length === 0)('seed documents', () => {
  it.each(seedIds)('%s: gold anniversaries, nothing else', (id) => {
    const raw = readFileSync(new URL(`seeds/${id}.txt`, SEEDS), 'utf8').replace(
      /\[bookmark: [^\]\n]*\]|\*{1,3}(?!\))/g,
      '',
    );
    const gold = JSON.parse(readFileSync(new URL(`gold/${id}.json`, SEEDS), 'utf8'));
    const got = run(raw).items.map(({ years, event, originDate, date }) => ({ years, event, originDate, date }));
    expect(got).toEqual(gold.anniversaries);
  });
});

describe('where an undated event name ends', () => {
  it.each([
    [
      'Chào mừng kỷ niệm 40 năm Ngày thành lập huyện: các xã ra quân dọn vệ sinh.',
      [[40, 'Ngày thành lập huyện', null, null]],
    ],
    ['Kỷ niệm 75 năm Ngày truyền thống ngành: tổ chức hội thao.', [[75, 'Ngày truyền thống ngành', null, null]]],
    // a short lower-case phrase after a comma still names the event
    [
      'Kỷ niệm 51 năm Ngày giải phóng miền Nam, thống nhất đất nước.',
      [[51, 'Ngày giải phóng miền Nam, thống nhất đất nước', null, null]],
    ],
    [
      'kỷ niệm 49 năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước và 134 năm Ngày sinh Bác Hồ.',
      [
        [49, 'Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước', null, null],
        [134, 'Ngày sinh Bác Hồ', null, null],
      ],
    ],
    // must not: the comma opens a clause of its own
    ['Kỷ niệm 20 năm Ngày thành lập câu lạc bộ, tổ chức giao lưu.', [[20, 'Ngày thành lập câu lạc bộ', null, null]]],
    ['kỷ niệm 20 năm thành lập câu lạc bộ, tổ chức giao lưu.', [[20, 'thành lập câu lạc bộ', null, null]]],
    ['Nhân kỷ niệm 80 năm Ngày Quốc khánh, nhà trường treo cờ.', [[80, 'Ngày Quốc khánh', null, null]]],
    ['Kỷ niệm 70 năm Ngày giải phóng Thủ đô, ôn lại truyền thống.', [[70, 'Ngày giải phóng Thủ đô', null, null]]],
    ['Kỷ niệm 30 năm Ngày thành lập xã, gắn với đón Tết.', [[30, 'Ngày thành lập xã', null, null]]],
    [
      'Kỷ niệm 30 năm Ngày thành lập xã, đẩy mạnh phong trào thi đua yêu nước trong toàn xã.',
      [[30, 'Ngày thành lập xã', null, null]],
    ],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('line breaks inside a mention (PDF text)', () => {
  it.each([
    // an ordinal closing its line names its event on the next
    [
      'Chào mừng Ngày Giải phóng 30/4 và kỷ niệm 96 năm\nNgày thành lập Hội Phụ nữ (20/10/1930 - 20/10/2026).',
      [[96, 'Ngày thành lập Hội Phụ nữ', '1930-10-20', '2026-10-20']],
    ],
    [
      'KẾ HOẠCH tổ chức kỷ niệm 65 năm\nNgày thành lập Viện Kiểm sát nhân dân (26/7/1960 - 26/7/2025)',
      [[65, 'Ngày thành lập Viện Kiểm sát nhân dân', '1960-07-26', '2025-07-26']],
    ],
    // the dates alone on the next line
    [
      'Tuyên truyền kỷ niệm 50 năm Giải phóng miền Nam\n(30/4/1975 - 30/4/2025) sâu rộng.',
      [[50, 'Giải phóng miền Nam', '1975-04-30', '2025-04-30']],
    ],
    [
      'Kỷ niệm 79 năm Cách mạng Tháng Tám\n(19/8/1945 - 19/8/2024) và Quốc khánh 2/9 (02/9/1945 - 02/9/2024).',
      [
        [79, 'Cách mạng Tháng Tám', '1945-08-19', '2024-08-19'],
        [79, 'Quốc khánh 2/9', '1945-09-02', '2024-09-02'],
      ],
    ],
    // must not join: a blank line ends the mention; dates of another ordinal are not shared
    ['Kỷ niệm 50 năm\n\nNgày thành lập Hội (1/1/1975 - 1/1/2025).', []],
    [
      'Kỷ niệm 79 năm Cách mạng Tháng Tám\n(19/8/1945 - 19/8/2024) và Ngày Thương binh (27/7/1947 - 27/7/2024).',
      [[79, 'Cách mạng Tháng Tám', '1945-08-19', '2024-08-19']],
    ],
    ['Kỷ niệm 40 năm Ngày thành lập xã\n(Kèm theo danh sách đại biểu).', [[40, 'Ngày thành lập xã', null, null]]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
