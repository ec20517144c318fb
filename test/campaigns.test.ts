import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../extractors/campaign/text.js';
import { counterExamples, examples } from '../extractors/campaign/vocabulary.js';
import { extractCampaigns } from '../extractors/campaigns.js';
import type { ExtractContext } from '../extractors/types.js';
import type { Reference } from '../output/schema.js';
import { docFromText } from '../pipeline/normalize.js';

const run = (text: string, ctx: ExtractContext = {}) => {
  const doc = docFromText(text);
  const { items } = extractCampaigns(doc, ctx);
  for (const c of items) for (const m of c.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  return items;
};
const names = (text: string, ctx?: ExtractContext) => run(text, ctx).map((c) => c.name);

describe('campaign names after a cue', () => {
  it.each([
    ['Đoàn viên hưởng ứng phong trào “Tuổi trẻ xung kích”.', ['Tuổi trẻ xung kích'], 'phong trào'],
    ['Triển khai cuộc vận động "Ngày vì người nghèo" năm 2025.', ['Ngày vì người nghèo'], 'cuộc vận động'],
    [
      'Sở phát động thi đua với chủ đề: “Kỷ cương - Trách nhiệm - Hiệu quả”.',
      ['Kỷ cương - Trách nhiệm - Hiệu quả'],
      'chủ đề',
    ],
    [
      'Phát động đợt thi đua cao điểm “90 ngày đêm hoàn thành kế hoạch”.',
      ['90 ngày đêm hoàn thành kế hoạch'],
      'đợt thi đua',
    ],
    [
      'Thực hiện phong trào thi đua xây dựng “cơ quan văn hóa”, “đơn vị an toàn”.',
      ['cơ quan văn hóa', 'đơn vị an toàn'],
      'phong trào',
    ],
    ['Phong trào *“Chung tay vì biển đảo”* được nhân rộng.', ['Chung tay vì biển đảo'], 'phong trào'],
    ['Các đơn vị phát động thi đua “Về đích sớm”.', ['Về đích sớm'], 'other'],
  ])('%s', (text, expected, kind) => {
    const items = run(text);
    expect(items.map((c) => c.name)).toEqual(expected);
    for (const c of items) expect(c.kind).toBe(kind);
  });

  it('reads every quoted item of a list the cue opens, to the end of the sentence', () => {
    const text =
      'Tiếp tục các phong trào thi đua: “Xã hội học tập”; “Nông dân sản xuất giỏi” giai đoạn 2026 - 2030, ' +
      'phong trào thi đua “Doanh nghiệp văn minh”; “Gia đình hiếu học” và “Tuổi trẻ tình nguyện”. Ngoài ra “Sổ tay” được phát.';
    expect(names(text)).toEqual([
      'Xã hội học tập',
      'Nông dân sản xuất giỏi',
      'Doanh nghiệp văn minh',
      'Gia đình hiếu học',
      'Tuổi trẻ tình nguyện',
    ]);
  });

  it('reads a list laid out one item per line, and stops where the paragraph does', () => {
    const text =
      'Các phong trào thi đua sau:\n- “Nông thôn sáng, xanh”;\n- “Tuổi trẻ tình nguyện”.\nTuyên truyền gương “Người con hiếu thảo”.';
    expect(names(text)).toEqual(['Nông thôn sáng, xanh', 'Tuổi trẻ tình nguyện']);
  });

  it.each([
    [
      'Các hội đẩy mạnh phong trào “Dân vận khéo” và cuộc vận động\n“Toàn dân đoàn kết xây dựng đời sống văn hóa”. Xã đạt chuẩn.',
      ['Dân vận khéo', 'Toàn dân đoàn kết xây dựng đời sống văn hóa'],
    ],
    ['Đối với ngành Giáo dục, tập trung vào phong trào\n“Trường học hạnh phúc”.', ['Trường học hạnh phúc']],
    ['Tiếp tục thực hiện phong trào thi đua **\n**"Dân giàu, xã đẹp"** trong năm.', ['Dân giàu, xã đẹp']],
    // must not link: a blank line between, or words after the cue before the break
    ['Đối với ngành Giáo dục, tập trung vào phong trào\n\n“Trường học hạnh phúc”.', []],
    ['Tổng kết các phong trào thi đua năm 2024\n“Tuổi trẻ sáng tạo” là tên cuộc thi mới.', []],
  ])('links a cue ending a line to the quote opening the next: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    [
      'Các đơn vị duy trì các phong trào thi đua do Bộ phát động. Trong đó, tập trung vào:\n\n- “Bệnh viện không khói thuốc”;\n\n- "Nói không với phong bì";\n\n- “Y đức sáng ngời” gắn với khám chữa bệnh.\n\nTổ chức hội nghị “Tổng kết năm”.',
      ['Bệnh viện không khói thuốc', 'Nói không với phong bì', 'Y đức sáng ngời'],
    ],
    [
      'Ngành tiếp tục các cuộc vận động của Mặt trận. Cụ thể:\n- “Ngày vì người nghèo”;\n- “Tết vì người nghèo”.',
      ['Ngày vì người nghèo', 'Tết vì người nghèo'],
    ],
    [
      'Trường hưởng ứng các phong trào thi đua của Ngành. Nội dung như sau:\n+ "Dạy tốt, học tốt";\n+ "Trường học thân thiện".',
      ['Dạy tốt, học tốt', 'Trường học thân thiện'],
    ],
    [
      'Xã triển khai các phong trào thi đua năm 2025. Gồm các nội dung:\n- “Xóm không rác”;\n- “Đường hoa nông thôn”.',
      ['Xóm không rác', 'Đường hoa nông thôn'],
    ],
    // must not continue: the next sentence is not an announcement of parts, or its list has no quotes
    ['Các phong trào thi đua được phát động. Các đơn vị đăng ký:\n- “Tập thể lao động xuất sắc”.', []],
    ['Các phong trào thi đua được phát động. Trong đó, tập trung vào:\n- thi đua học tốt;\n- “Sổ vàng”.', []],
    ['Các phong trào thi đua được phát động.\n\nTrong đó có hội nghị “Tổng kết năm” tại tỉnh.', []],
  ])('continues a cue into a list announced by the next sentence: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('gives each item the kind of the nearest cue before it', () => {
    const items = run('Thực hiện cuộc vận động “Người Việt dùng hàng Việt” và phong trào “Khu dân cư văn minh”.');
    expect(items.map((c) => c.kind)).toEqual(['cuộc vận động', 'phong trào']);
  });

  it('joins a name wrapped over a page break with one space', () => {
    expect(
      names('Các phong trào như: “Phát triển hạ tầng giao thông\n\nnông thôn, miền núi”; “Xanh hóa đô thị”.'),
    ).toEqual(['Phát triển hạ tầng giao thông nông thôn, miền núi', 'Xanh hóa đô thị']);
  });

  it.each([
    [
      'Các phong trào của tỉnh như: “Dân giàu, nước mạnh, “Nông thôn sáng - xanh”, “Đô thị sạch”.',
      ['Dân giàu, nước mạnh', 'Nông thôn sáng - xanh', 'Đô thị sạch'],
    ],
    [
      'Phong trào xây dựng “tổ dân phố tự quản”, “thôn an toàn. Tiếp tục triển khai “Xóm sạch”.',
      ['tổ dân phố tự quản', 'thôn an toàn'],
    ],
  ])('repairs a missing closing quote: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    [
      'Tuyên dương các đơn vị trong Cuộc vận động “Dân vận khéo, xây dựng quê hương\nTây Ninh giàu đẹp” giai đoạn 2021 - 2025.',
      ['Dân vận khéo, xây dựng quê hương Tây Ninh giàu đẹp'],
    ],
    [
      'Hưởng ứng phong trào thi đua "Cả nước chung tay\nVì người nghèo" năm 2024.',
      ['Cả nước chung tay Vì người nghèo'],
    ],
    // must not span: the next line opens another quote first, or never closes one, or closes too far on
    ['Đẩy mạnh phong trào “Xanh, sạch, đẹp\nTổ chức hội thi “Giai điệu tuổi hồng” tại xã.', ['Xanh, sạch, đẹp']],
    ['Triển khai phong trào “Nông thôn mới kiểu mẫu\nKết quả đạt được rất khả quan.', ['Nông thôn mới kiểu mẫu']],
    [
      `Triển khai phong trào “Nông thôn mới kiểu mẫu\nKết quả đạt được ${'rất tốt, '.repeat(14)}vượt” chỉ tiêu.`,
      ['Nông thôn mới kiểu mẫu'],
    ],
  ])('spans a line break when the quote closes on the next line: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    [
      'Các phong trào thi đua do huyện phát động trong nhiệm kỳ đã được cán bộ, đảng viên và nhân dân hưởng ứng mạnh mẽ, tạo khí thế thi đua sôi nổi ở cơ sở, nhiều cách làm hay được ghi nhận và nhân rộng; tiêu biểu là “Ngày Chủ nhật xanh” với hàng nghìn lượt người tham gia.',
      ['Ngày Chủ nhật xanh'],
    ],
    [
      'Cuộc vận động của Mặt trận được các khu dân cư đón nhận, tổ chức thực hiện nghiêm túc, thường xuyên, gắn với nhiệm vụ chính trị của địa phương, nhiều gia đình gương mẫu tham gia tích cực, điển hình là: “Nhà sạch, vườn đẹp, ngõ xanh” ở các thôn.',
      ['Nhà sạch, vườn đẹp, ngõ xanh'],
    ],
    // must not reach: a lead of another kind right before, a new sentence in between, or a quote beyond 300 characters
    [
      'Các phong trào thi đua do huyện phát động trong nhiệm kỳ đã được cán bộ, đảng viên và nhân dân hưởng ứng mạnh mẽ, tạo khí thế thi đua sôi nổi ở cơ sở, nhiều cách làm hay được ghi nhận và nhân rộng; nổi bật là mô hình “Tổ tự quản an ninh” ở các thôn.',
      [],
    ],
    [
      'Các phong trào thi đua được phát động. Các đơn vị triển khai nhiều hoạt động thiết thực, sáng tạo, gắn với nhiệm vụ chính trị của cơ quan, nổi bật là “Hiến máu tình nguyện” với 300 đơn vị máu.',
      [],
    ],
    [
      `Các phong trào thi đua được hưởng ứng rộng rãi, ${'tạo khí thế thi đua sôi nổi, '.repeat(10)}nổi bật là “Hiến máu tình nguyện” năm nay.`,
      [],
    ],
    [
      'Các phong trào thi đua được hưởng ứng rộng rãi, tạo khí thế thi đua sôi nổi ở cơ sở, nhiều cách làm hay được nhân rộng trong toàn huyện và được đánh giá cao; các ý kiến tham gia góp ý như “cần sớm nhân rộng” được ghi nhận.',
      [],
    ],
  ])('lets a cue govern an example quote further on in its sentence: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    [
      'Thi đua thực hiện chủ đề năm 2024: “Nâng cao chất lượng huấn luyện; xây dựng đơn vị vững mạnh toàn diện “mẫu mực, tiêu biểu””.',
      ['Nâng cao chất lượng huấn luyện; xây dựng đơn vị vững mạnh toàn diện mẫu mực, tiêu biểu'],
    ],
    [
      'Phong trào “Xây dựng *“Gia đình văn hóa”*” và phong trào “Khu dân cư xanh”.',
      ['Xây dựng Gia đình văn hóa', 'Khu dân cư xanh'],
    ],
    // must not nest: a new quote opened inside an unclosed one, its ” not doubled
    ['Các phong trào: “Dân giàu, “Nông thôn xanh”, “Đô thị sạch”.', ['Dân giàu', 'Nông thôn xanh', 'Đô thị sạch']],
    // several unclosed in a row: each is cut at the last ", " before the next opening mark, none searched past it
    [
      'Phong trào “Xóm sạch, “Ngõ đẹp, đường xanh, “Nhà văn minh” tiếp tục.',
      ['Xóm sạch', 'Ngõ đẹp, đường xanh', 'Nhà văn minh'],
    ],
  ])('reads a quote nested in a name: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('gives a cue that qualifies another the kind of the first ("chủ đề đợt thi đua")', () => {
    const items = run('Chủ đề đợt thi đua: “Đoàn kết, kỷ cương, tăng tốc, về đích”.');
    expect(items.map((c) => [c.name, c.kind])).toEqual([['Đoàn kết, kỷ cương, tăng tốc, về đích', 'chủ đề']]);
  });

  it('reads quotes typed the wrong way round', () => {
    expect(names('Hưởng ứng phong trào ”Sống xanh” và cuộc vận động “Tiết kiệm điện“ trong toàn ngành.')).toEqual([
      'Sống xanh',
      'Tiết kiệm điện',
    ]);
  });

  it('merges mentions that differ in case or tone-mark style', () => {
    const items = run(
      'Phong trào “Hoà bình xanh” lan tỏa. Tổng kết phong trào “hòa bình xanh” và phong trào "Hòa bình xanh".',
    );
    expect(items).toHaveLength(1);
    expect(items[0]!.name).toBe('Hoà bình xanh');
    expect(items[0]!.mentions).toHaveLength(3);
  });

  it.each([
    ['KẾ HOẠCH PHONG TRÀO “SỐNG XANH”\nTriển khai phong trào “Sống xanh” ở cơ sở.', 'Sống xanh'],
    ['Triển khai phong trào “Sống xanh”.\nPHONG TRÀO “SỐNG XANH”', 'Sống xanh'],
    // must keep: a name set in capitals only, or an acronym inside a normal-case name
    ['KẾ HOẠCH PHONG TRÀO “SỐNG XANH”\nTổ chức tốt các hoạt động.', 'SỐNG XANH'],
    [
      'Phong trào “Mỗi xã một sản phẩm OCOP” lan tỏa; phong trào “mỗi xã một sản phẩm OCOP”.',
      'Mỗi xã một sản phẩm OCOP',
    ],
  ])('prefers the running-text spelling over a heading in capitals: %s', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it('counts an uncued quote of a known name as another mention', () => {
    const items = run(
      'Triển khai phong trào “Lá lành đùm lá rách”.\nGắn với “Lá lành đùm lá rách”, các xã tổ chức quyên góp.',
    );
    expect(items[0]!.mentions).toHaveLength(2);
  });
});

describe('the verb “phát động” right before a quote', () => {
  it.each([
    [
      '2. Phát động “Tết trồng cây vì màu xanh quê hương” năm 2026 gắn với Đề án.',
      ['Tết trồng cây vì màu xanh quê hương'],
      'other',
    ],
    ['Huyện đoàn phát động *“Ngày chủ nhật xanh”* trong toàn huyện.', ['Ngày chủ nhật xanh'], 'other'],
    [
      'Ủy ban phát động "Tháng hành động vì an toàn thực phẩm" năm 2025.',
      ['Tháng hành động vì an toàn thực phẩm'],
      'other',
    ],
    // a noun cue after the verb still names the kind
    ['Phát động phong trào “Xanh hóa trường học”.', ['Xanh hóa trường học'], 'phong trào'],
    ['Phát động thi đua “Về đích sớm” năm 2025.', ['Về đích sớm'], 'other'],
  ])('%s', (text, expected, kind) => {
    const items = run(text);
    expect(items.map((c) => c.name)).toEqual(expected);
    expect(items[0]!.kind).toBe(kind);
  });

  it.each([
    ['Các nội dung phát động tại Quyết định số 25/QĐ-UBND về “Xây dựng cơ quan văn hóa”.'],
    ['Những tập thể hưởng ứng tốt nội dung phát động, danh hiệu “Chiến sĩ thi đua cơ sở”.'],
    ['Kết quả phát động năm trước được đánh giá cao; tuyên truyền khẩu hiệu “Sống xanh”.'],
  ])('not after %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('quotes that are not campaigns', () => {
  it.each([
    [
      'Thực hiện Chỉ thị số 12-CT/TU ngày 01/02/2020 của Tỉnh ủy về “Tăng cường kỷ cương”, phong trào thi đua được đẩy mạnh.',
    ],
    ['Phong trào thi đua theo Quyết định số 8/QĐ-UBND về việc “Phát động thi đua cao điểm”.'],
    ['Phong trào thi đua có 12 cá nhân được tặng danh hiệu “Chiến sĩ thi đua cơ sở”.'],
    ['Các phong trào thi đua, 3 tập thể nhận Cờ thi đua “Đơn vị dẫn đầu”.'],
    ['Các phong trào thi đua được phát động, xét tặng “Lao động tiên tiến” cho 40 người.'],
    ['Tuyên truyền các tấm gương “Người tốt việc tốt”.'],
    // a slogan is said, not waged — even in a campaign's sentence
    ['Tuyên truyền trên loa truyền thanh với khẩu hiệu “Tiêm đủ mũi - Phòng bệnh sởi”.'],
    ['Đẩy mạnh các phong trào thi đua với khẩu hiệu “Thi đua là yêu nước, yêu nước thì phải thi đua”.'],
    ['Thực hiện phong trào thi đua, treo các khẩu hiệu: “Đoàn kết - Kỷ cương - Sáng tạo”.'],
    ['Phong trào thi đua yêu nước năm 2024 đạt kết quả tốt.\nCác ý kiến “đồng ý” chiếm đa số.'],
    [
      'Phong trào thi đua năm nay đã được triển khai rộng khắp đến tất cả các xã, phường, thị trấn, cơ quan, trường học, doanh nghiệp, hợp tác xã và các tổ chức xã hội nghề nghiệp trên địa bàn; ý kiến “đồng ý”.',
    ],
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    [
      'Tiếp tục phong trào “Nông thôn số”, khẩu hiệu “Nông dân số” và phong trào “Chợ 4.0”.',
      ['Nông thôn số', 'Chợ 4.0'],
    ],
    [
      'Đoàn trường phát động phong trào thi đua “Hoa điểm 10 dâng thầy cô”, tổ chức Hội thi “Giai điệu tuổi hồng” chào mừng ngày 20/11.',
      ['Hoa điểm 10 dâng thầy cô'],
    ],
    [
      'Đẩy mạnh phong trào “Chung tay vì an ninh”, nhân rộng các mô hình “Camera an ninh”, “Tổ tự quản” ở khu dân cư; phong trào “Xóm bình yên”.',
      ['Chung tay vì an ninh', 'Xóm bình yên'],
    ],
    [
      'Gắn với Cuộc vận động “Xứng danh Bộ đội Cụ Hồ”, quán triệt lời dạy của Bác “Quân đội ta trung với Đảng, hiếu với dân”.',
      ['Xứng danh Bộ đội Cụ Hồ'],
    ],
    [
      'Thực hiện phong trào thi đua học tốt với phương châm “Học đi đôi với hành”; duy trì chuyên mục “Gương sáng” trên bản tin.',
      [],
    ],
    // must still match: the lead word is part of the campaign's own name or sits inside the quote
    ['Triển khai phong trào “Xây dựng mô hình dân vận khéo” ở cơ sở.', ['Xây dựng mô hình dân vận khéo']],
    ['Nhân rộng các mô hình của phong trào “Dân vận khéo” trong khối dân vận.', ['Dân vận khéo']],
  ])('a contest, model, column or saying is not in the list: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    [
      'Đẩy mạnh phong trào “Nông dân số”, hướng dẫn hội viên cài đặt ứng dụng “Chợ quê online” trên điện thoại.',
      ['Nông dân số'],
    ],
    ['Phong trào “Dân vận khéo” được giới thiệu trên trang “Dân vận tỉnh”, website “Mặt trận xã”.', ['Dân vận khéo']],
    [
      'Hưởng ứng cuộc vận động “Ngày vì người nghèo”, các chi hội ủng hộ Quỹ “Vì người nghèo” của xã.',
      ['Ngày vì người nghèo'],
    ],
    ['Các phong trào đọc sách, phát hành cuốn sách “Búp sen xanh” và phần mềm “Thư viện số”.', []],
    // must still match: the lead word is inside the quote, or a cue stands between lead and quote
    [
      'Triển khai phong trào “Ứng dụng công nghệ số vào sản xuất” ở các hợp tác xã.',
      ['Ứng dụng công nghệ số vào sản xuất'],
    ],
    ['Cài đặt ứng dụng quản lý phong trào “Thanh niên tình nguyện” cho cơ sở.', ['Thanh niên tình nguyện']],
  ])('an app, a website, a book or a fund is not a campaign: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    [
      'Phát động phong trào “Phụ nữ khởi nghiệp”; tập huấn cho hội viên kỹ năng bán hàng qua mạng “Chợ phiên số”.',
      ['Phụ nữ khởi nghiệp'],
    ],
    ['Hưởng ứng phong trào “Sống xanh”; in và phát hành “Cẩm nang gia đình xanh” đến từng hộ dân.', ['Sống xanh']],
    ['Tiếp tục các phong trào thi đua năm học; biên soạn “Sổ vàng truyền thống” của trường.', []],
    // must still match: after ";" the list goes on with a quote, a marker, a connective or a new cue
    [
      'Các phong trào: “Xã sạch”; “Chợ văn minh”;\n+ “Đường hoa”; và “Ngõ xanh”.',
      ['Xã sạch', 'Chợ văn minh', 'Đường hoa', 'Ngõ xanh'],
    ],
    ['Thực hiện các phong trào “Vườn mẫu”; đặc biệt là “Ao cá Bác Hồ”.', ['Vườn mẫu', 'Ao cá Bác Hồ']],
    [
      'Triển khai phong trào “Học tập suốt đời”; tổ chức hưởng ứng cuộc vận động “Đọc sách mỗi ngày”.',
      ['Học tập suốt đời', 'Đọc sách mỗi ngày'],
    ],
  ])('a new clause after ";" ends the list a cue opened: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('uses reference mentions from the context to drop a document title', () => {
    const text = 'Triển khai phong trào thi đua theo Kế hoạch 45/KH-UBND của UBND tỉnh: “Chuyển đổi số toàn diện”.';
    const start = text.indexOf('Kế hoạch');
    const end = text.indexOf(' của');
    const ref: Reference = {
      docType: 'Kế hoạch',
      symbol: '45/KH-UBND',
      number: '45',
      issuedOn: null,
      issuer: 'UBND tỉnh',
      title: null,
      mentions: [{ text: text.slice(start, end), start, end }],
      raw: {},
    };
    expect(names(text)).toEqual(['Chuyển đổi số toàn diện']);
    expect(names(text, { references: [ref] })).toEqual([]);
  });

  // A reference inside an aside between cue and quote (its mention may even swallow the ")") titles nothing
  // outside the aside; a reference the quote follows directly still does.
  const referenceAt = (text: string, mention: string): Reference => {
    const start = text.indexOf(mention);
    return {
      docType: 'Quyết định',
      symbol: null,
      number: null,
      issuedOn: null,
      issuer: null,
      title: null,
      mentions: [{ text: mention, start, end: start + mention.length }],
      raw: {},
    };
  };
  it.each([
    [
      'Thực hiện phong trào thi đua (do Thủ tướng phát động tại Quyết định số 12/QĐ-TTg ngày 05/9/2016) “Cả xã chung sức xây dựng đường làng”; căn cứ tình hình thực tế.',
      'Quyết định số 12/QĐ-TTg ngày 05/9/2016)',
      ['Cả xã chung sức xây dựng đường làng'],
    ],
    [
      'Hưởng ứng cuộc vận động (theo Kế hoạch số 7/KH-MTTQ của Ủy ban Mặt trận) “Người Việt ưu tiên dùng hàng Việt” trong toàn huyện.',
      'Kế hoạch số 7/KH-MTTQ',
      ['Người Việt ưu tiên dùng hàng Việt'],
    ],
    // must not match: the quote follows the reference itself, the aside opened after it
    [
      'Triển khai phong trào thi đua theo Quyết định số 12/QĐ-TTg ngày 05/9/2016 “Ban hành quy chế thi đua”.',
      'Quyết định số 12/QĐ-TTg',
      [],
    ],
    [
      'Triển khai phong trào thi đua theo Quyết định số 12/QĐ-TTg (ngày 05/9/2016) “Ban hành quy chế thi đua”.',
      'Quyết định số 12/QĐ-TTg',
      [],
    ],
  ])('a reference in an aside after the cue does not title the quote: %s', (text, mention, expected) => {
    expect(names(text, { references: [referenceAt(text, mention)] })).toEqual(expected);
  });
});

describe('cue vocabulary (data/campaign-cues.json)', () => {
  it.each(examples.map((e) => [e.text, e] as const))('example: %s', (_t, e) => {
    const items = run(e.text);
    expect(items.map((c) => c.name)).toEqual(e.names);
    for (const c of items) expect(c.kind).toBe(e.kind);
  });
  it.each(counterExamples.map((e) => [e.text, e.why] as const))('counterexample: %s (%s)', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('foldKey', () => {
  it.each([
    ['Hoà bình', 'hòa bình'],
    ['THUỶ LỢI', 'thủy lợi'],
    ['khoẻ mạnh', 'khỏe mạnh'],
    ['“*Hoàn thành*”.', 'hoàn thành'],
    ['2022- 2025', '2022-2025'],
  ])('%s → %s', (a, b) => expect(foldKey(a)).toBe(foldKey(b)));
});

const SEEDS = new URL('../../shared/', import.meta.url);
const seedIds = existsSync(new URL('seeds/', SEEDS))
  ? readdirSync(new URL('seeds/', SEEDS)).map((f) => f.replace(/\.txt$/, ''))
  : [];
const loose = (s: string) =>
  foldKey(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

describe.skipIf(seedIds.length === 0)('seed documents', () => {
  it.each(seedIds)('%s: every required gold campaign, nothing unexpected', (id) => {
    const raw = readFileSync(new URL(`seeds/${id}.txt`, SEEDS), 'utf8').replace(
      /\[bookmark: [^\]\n]*\]|\*{1,3}(?!\))/g,
      '',
    );
    const gold = JSON.parse(readFileSync(new URL(`gold/${id}.json`, SEEDS), 'utf8'));
    const found = new Set(names(raw).map(loose));
    const required = gold.campaigns
      .filter((g: { optional?: boolean }) => !g.optional)
      .map((g: { name: string }) => loose(g.name));
    const allowed = new Set(gold.campaigns.map((g: { name: string }) => loose(g.name)));
    for (const name of required) expect(found).toContain(name);
    for (const name of found) expect(allowed).toContain(name);
    for (const trap of gold.not_campaigns ?? []) expect(found).not.toContain(loose(trap));
  });
});

describe('a lead before a colon blocks the quote however far it stands', () => {
  it.each([
    [
      'Thực hiện cuộc vận động “Người Việt ưu tiên dùng hàng Việt” và làm theo lời dạy của Bác đối với ngành Công an trong Thư gửi Hội nghị ngày 11/3/1948: “Đối với tự mình, phải cần, kiệm, liêm, chính”.',
      ['Người Việt ưu tiên dùng hàng Việt'],
    ],
    [
      'Đẩy mạnh phong trào “Dân vận khéo” gắn với học tập lời căn dặn của Chủ tịch Hồ Chí Minh năm 1954: “Các vua Hùng đã có công dựng nước”.',
      ['Dân vận khéo'],
    ],
    // must still match: no lead between the items, or the lead comes before the cue
    [
      'Phát động các phong trào: “Xanh hóa học đường”, “Trường học an toàn”.',
      ['Xanh hóa học đường', 'Trường học an toàn'],
    ],
    [
      'Sau hội nghị ngày 5/3/2025, phát động phong trào thi đua: “Chung tay xây dựng nông thôn mới”.',
      ['Chung tay xây dựng nông thôn mới'],
    ],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
