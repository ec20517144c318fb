import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import types from '../data/header-doc-types.json' with { type: 'json' };
import bodies from '../data/issuer-bodies.json' with { type: 'json' };
import { extractHeader } from '../extractors/header.js';
import { DocumentHeader } from '../output/schema.js';
import { docFromText } from '../pipeline/normalize.js';

const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc';
const BODY =
  'Thực hiện kế hoạch năm của tỉnh, các cơ quan, đơn vị, địa phương triển khai thực hiện nghiêm túc các nội dung sau đây.';
const head = (text: string) => {
  const doc = docFromText(text);
  const r = extractHeader(doc);
  DocumentHeader.parse(r.value);
  for (const m of Object.values(r.value.mentions)) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  return r.value;
};

describe('issuer lines (data/issuer-bodies.json examples)', () => {
  it.each(bodies.examples)('$lines', ({ lines, issuer, parentIssuer }) => {
    const h = head(
      `${lines.join('\n')}\n${MOTTO}\nSố: 05/KH-UBND\nĐức Phổ, ngày 05 tháng 01 năm 2024\nKẾ HOẠCH\nTổ chức hội thi\n\n${BODY}`,
    );
    expect([h.issuer, h.parentIssuer]).toEqual([issuer, parentIssuer]);
  });
  it.each(bodies.counterExamples)('not an issuer: $lines', ({ lines }) => {
    expect(head(`${lines.join('\n')}\nSố: 05/KH-UBND\nKẾ HOẠCH\nTổ chức hội thi\n\n${BODY}`).issuer).toBeNull();
  });
});

describe('type line (data/header-doc-types.json)', () => {
  it.each(types.examples)('$line', ({ line, docType }) => {
    expect(
      head(`ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 01/XX-UBND\n${line}\nVề việc tổ chức hội nghị\n\n${BODY}`).docType,
    ).toBe(docType);
  });
  it.each(types.counterExamples)('not a type line: $line', ({ line }) => {
    expect(head(`${line}\nVề việc tổ chức hội nghị\n\n${BODY}`).docType).toBeNull();
  });
});

describe('số, ký hiệu', () => {
  it.each([
    ['Số: 03/CT-UBND', '03/CT-UBND', '03'],
    ['Số:12/CT-UBND', '12/CT-UBND', '12'],
    ['Số 36-HD/VPTW', '36-HD/VPTW', '36'],
    ['Số: /TB-UBND', 'TB-UBND', null],
    ['Số: ....../QĐ-UBND', 'QĐ-UBND', null],
    ['Số: /UBND', 'UBND', null],
    ['Số: 98/2023/NĐ-CP', '98/2023/NĐ-CP', '98'],
    ['Số: 1206 /QĐ-HVTC', '1206/QĐ-HVTC', '1206'],
    ['Số: 8879/UBND-NC Hà Nội, ngày 22 tháng 11 năm 2023', '8879/UBND-NC', '8879'],
  ])('%s', (line, symbol, number) => {
    const h = head(`ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n${line}\n\n${BODY}`);
    expect([h.symbol, h.number]).toEqual([symbol, number]);
  });
  it.each([
    ['lowercase số in body text', `Thực hiện Chỉ thị số 12/CT-UBND của UBND tỉnh\n\n${BODY}`],
    [
      'Số: after the first body paragraph',
      `ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n\nTHÔNG BÁO\nLịch tiếp công dân\n\n${BODY}\nSố: 12/CT-UBND`,
    ],
    ['Số lượng, not a symbol', `Số lượng: 12 người\n\n${BODY}`],
  ])('no symbol: %s', (_, text) => {
    expect(head(text).symbol).toBeNull();
  });
});

describe('place and date line', () => {
  it.each([
    ['Bình Sơn, ngày 29 tháng 12 năm 2023', 'Bình Sơn', '2023-12-29', 2023],
    ['Bình Sơn, ngày tháng năm 2023', 'Bình Sơn', null, 2023],
    ['Tây Sơn, ngày … tháng … năm 2024', 'Tây Sơn', null, 2024],
    ['Hà Nội, ngày 05/01/2020', 'Hà Nội', '2020-01-05', 2020],
    ['TP. Hồ Chí Minh, ngày 3 tháng 2 năm 2021', 'TP. Hồ Chí Minh', '2021-02-03', 2021],
    ['Thành phố Hồ Chí Minh, ngày 15 tháng 6 năm 2022', 'Thành phố Hồ Chí Minh', '2022-06-15', 2022],
    ['Phan Rang - Tháp Chàm, ngày 01 tháng 9 năm 2022', 'Phan Rang - Tháp Chàm', '2022-09-01', 2022],
    ['Số: 15/QĐ-UBND Đà Nẵng, ngày 10 tháng 3 năm 2022', 'Đà Nẵng', '2022-03-10', 2022],
    ['V/v đăng ký thi đua Quảng Ngãi, ngày 02 tháng 4 năm 2024', 'Quảng Ngãi', '2024-04-02', 2024],
    ['Huế, ngày 31 tháng 02 năm 2023', 'Huế', null, 2023],
  ])('%s', (line, place, issuedOn, year) => {
    const h = head(`UBND TỈNH X\nSỞ Y\n${line}\n\n${BODY}`);
    expect([h.place, h.issuedOn, h.year]).toEqual([place, issuedOn, year]);
    expect(h.mentions.date?.text.startsWith(place)).toBe(true);
  });
  it('a date in body prose is not the issuance date', () => {
    expect(head(`${BODY}\nĐà Nẵng, ngày 10 tháng 3 năm 2022`).issuedOn).toBeNull();
  });
});

const PDF_MERGED = `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐỨC PHỔ Độc lập - Tự do - Hạnh phúc
Số: 45/KH-UBND Đức Phổ, ngày 12 tháng 4 năm 2024
KẾ HOẠCH
Tổ chức Hội thi tuyên truyền
về cải cách hành chính năm 2024
${BODY}
Nơi nhận:
- Sở Nội vụ;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Hồ Văn Nam
Ký bởi: Ủy ban nhân dân huyện Đức Phổ`;

const PARTY = `ĐẢNG BỘ TỈNH NGHỆ AN
HUYỆN ỦY NAM ĐÀN
*
Số 125-CT/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Nam Đàn, ngày 15 tháng 8 năm 2023
CHỈ THỊ
của Ban Thường vụ Huyện ủy về tăng cường lãnh đạo công tác thi đua

${BODY}

T/M BAN THƯỜNG VỤ
BÍ THƯ

Trần Văn Hòa

Nơi nhận:
- Ban Thường vụ Tỉnh ủy,
- Lưu Văn phòng Huyện ủy.`;

const CONG_VAN_LINEAR = `UBND TỈNH QUẢNG BÌNH
SỞ NỘI VỤ
Số: 512/SNV-TĐKT
V/v hướng dẫn xét tặng danh hiệu
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
thi đua năm 2024
Quảng Bình, ngày 02 tháng 10 năm 2024
Kính gửi:
- Các sở, ban, ngành cấp tỉnh;
- UBND các huyện, thị xã, thành phố.
${BODY}
Nơi nhận:
- Như trên;
- Lưu: VT, TĐKT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Lê Thị Mai`;

const QUYET_DINH = `ỦY BAN NHÂN DÂN
THÀNH PHỐ HỘI AN
${MOTTO}
Số: 1234/QĐ-UBND
Hội An, ngày 07 tháng 5 năm 2024
QUYẾT ĐỊNH
Về việc khen thưởng các tập thể, cá nhân
CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỘI AN
Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
QUYẾT ĐỊNH:
Điều 1. Khen thưởng.
CHỦ TỊCH

NGUYỄN VĂN SƠN`;

const TO_TRINH = `UBND HUYỆN CAM LỘ
PHÒNG NỘI VỤ
Số: 27/TTr-PNV
Cam Lộ, ngày 09 tháng 3 năm 2023
TỜ TRÌNH
Đề nghị khen thưởng năm 2022
Kính gửi: Ủy ban nhân dân huyện Cam Lộ.
${BODY}
TRƯỞNG PHÒNG

Võ Thị Lan`;

describe('whole headers', () => {
  it.each([
    [
      'PDF with columns merged, KT. under TM.',
      PDF_MERGED,
      {
        docType: 'Kế hoạch',
        symbol: '45/KH-UBND',
        issuer: 'Ủy ban nhân dân huyện Đức Phổ',
        place: 'Đức Phổ',
        issuedOn: '2024-04-12',
        subject: 'Tổ chức Hội thi tuyên truyền về cải cách hành chính năm 2024',
        distribution: ['Sở Nội vụ', 'Lưu: VT'],
      },
      { authority: 'KT.', onBehalfOf: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'Hồ Văn Nam' },
    ],
    [
      'Party chỉ thị, signature before Nơi nhận',
      PARTY,
      {
        docType: 'Chỉ thị',
        symbol: '125-CT/HU',
        number: '125',
        issuer: 'Huyện ủy Nam Đàn',
        parentIssuer: 'Đảng bộ tỉnh Nghệ An',
        place: 'Nam Đàn',
        issuedOn: '2023-08-15',
        subject: 'của Ban Thường vụ Huyện ủy về tăng cường lãnh đạo công tác thi đua',
      },
      { authority: 'T/M', onBehalfOf: 'Ban Thường vụ', title: 'Bí thư', name: 'Trần Văn Hòa' },
    ],
    [
      'Party chỉ thị with its number line typed in capitals (not part of the issuer)',
      PARTY.replace('Số 125-CT/HU', 'SỐ 125-CT/HU'),
      { docType: 'Chỉ thị', symbol: '125-CT/HU', issuer: 'Huyện ủy Nam Đàn', parentIssuer: 'Đảng bộ tỉnh Nghệ An' },
      { authority: 'T/M', onBehalfOf: 'Ban Thường vụ', title: 'Bí thư', name: 'Trần Văn Hòa' },
    ],
    [
      'a blank number typed in capitals ends the issuer too',
      CONG_VAN_LINEAR.replace('Số: 512/SNV-TĐKT', 'SỐ: /SNV-TĐKT'),
      { docType: 'Công văn', symbol: 'SNV-TĐKT', issuer: 'Sở Nội vụ', parentIssuer: 'Ủy ban nhân dân tỉnh Quảng Bình' },
      { authority: 'KT.', onBehalfOf: 'Giám đốc', title: 'Phó Giám đốc', name: 'Lê Thị Mai' },
    ],
    [
      'công văn read linearly: V/v broken around the motto',
      CONG_VAN_LINEAR,
      {
        docType: 'Công văn',
        symbol: '512/SNV-TĐKT',
        issuer: 'Sở Nội vụ',
        parentIssuer: 'Ủy ban nhân dân tỉnh Quảng Bình',
        subject: 'V/v hướng dẫn xét tặng danh hiệu thi đua năm 2024',
        issuedOn: '2024-10-02',
        recipients: ['Các sở, ban, ngành cấp tỉnh', 'UBND các huyện, thị xã, thành phố'],
        distribution: ['Như trên', 'Lưu: VT, TĐKT'],
      },
      { authority: 'KT.', onBehalfOf: 'Giám đốc', title: 'Phó Giám đốc', name: 'Lê Thị Mai' },
    ],
    [
      'quyết định: the authority line is neither subject nor signer',
      QUYET_DINH,
      {
        docType: 'Quyết định',
        issuer: 'Ủy ban nhân dân thành phố Hội An',
        subject: 'Về việc khen thưởng các tập thể, cá nhân',
      },
      { authority: null, title: 'Chủ tịch', name: 'Nguyễn Văn Sơn' },
    ],
    [
      'tờ trình with Kính gửi on one line',
      TO_TRINH,
      {
        docType: 'Tờ trình',
        issuer: 'Phòng Nội vụ',
        recipients: ['Ủy ban nhân dân huyện Cam Lộ'],
        subject: 'Đề nghị khen thưởng năm 2022',
      },
      { authority: null, title: 'Trưởng phòng', name: 'Võ Thị Lan' },
    ],
  ])('%s', (_, text, fields, signer) => {
    const h = head(text);
    expect(h).toMatchObject(fields);
    expect(h.signer).toMatchObject(signer);
    for (const k of ['issuer', 'symbol', 'date', 'docType', 'subject', 'signer']) {
      if (k === 'docType' && fields.docType === 'Công văn') continue;
      expect(h.mentions[k], k).toBeDefined();
    }
  });

  it('table read cell by cell: Nơi nhận before the signature', () => {
    const h = head(
      `${CONG_VAN_LINEAR.split('Nơi nhận')[0]}Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\nTrần Minh`,
    );
    expect(h.signer).toMatchObject({
      authority: 'TL.',
      onBehalfOf: 'Giám đốc',
      title: 'Chánh Văn phòng',
      name: 'Trần Minh',
    });
  });
  it('a draft: authority block without a name', () => {
    const h = head(
      `ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: /KH-UBND\n\n${BODY}\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH`,
    );
    expect(h.signer).toMatchObject({ authority: 'TM.', onBehalfOf: 'Ủy ban nhân dân', title: 'Chủ tịch', name: null });
  });
  it.each([
    ['no type line, KH code', 'Số: 07/KH-UBND', 'Kế hoạch'],
    ['no type line, agency first', 'Số: 88/UBND-VX', 'Công văn'],
  ])('docType from the ký hiệu: %s', (_, line, docType) => {
    expect(head(`ỦY BAN NHÂN DÂN\nHUYỆN MỘ ĐỨC\n${line}\nMộ Đức, ngày 02 tháng 4 năm 2024\n\n${BODY}`).docType).toBe(
      docType,
    );
  });
  it('no header at all: nothing is invented', () => {
    const h = head(`${BODY}\nCác cơ quan báo cáo kết quả về UBND huyện trước ngày 15/12/2023 để tổng hợp.`);
    expect(h).toMatchObject({
      docType: null,
      symbol: null,
      issuer: null,
      place: null,
      issuedOn: null,
      year: null,
      subject: null,
      recipients: [],
      distribution: [],
      signer: null,
    });
  });
  it('issuer is not inferred when the text does not name the level and place', () => {
    const h = head(`Số: 12/CT-UBND\nHương Trà, ngày 29 tháng 12 năm 2023\nCHỈ THỊ\nVề việc thi đua\n\n${BODY}`);
    expect(h.issuer).toBeNull();
  });
  it('issuer inferred from the ký hiệu, self-references and the place', () => {
    const h = head(
      `Số: 12/CT-UBND\nCam Lộ, ngày 29 tháng 12 năm 2023\nCHỈ THỊ\nVề việc thi đua\n\n${BODY}\nUBND huyện giao Phòng Nội vụ theo dõi; báo cáo Ủy ban nhân dân huyện và UBND tỉnh; huyện Cam Lộ thực hiện.`,
    );
    expect(h.issuer).toBe('Ủy ban nhân dân huyện Cam Lộ');
  });
});

describe('issuer block ends at its separator; stamps and organization headings are not issuers', () => {
  const rest = `Số: 18-KH/TĐTN\nQuy Nhơn, ngày 04 tháng 3 năm 2024\nKẾ HOẠCH\nTổ chức Tháng Thanh niên\n\n${BODY}`;
  it.each([
    [
      'Đoàn: star, then the Đoàn heading',
      'BCH ĐOÀN TỈNH BÌNH ĐỊNH\n***\nĐOÀN TNCS HỒ CHÍ MINH',
      'Ban Chấp hành Đoàn tỉnh Bình Định',
    ],
    [
      'Hội: heading without a star',
      'HỘI LIÊN HIỆP PHỤ NỮ\nTỈNH GIA LAI\nHỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM',
      'Hội Liên hiệp phụ nữ tỉnh Gia Lai',
    ],
    [
      'rule under the name, then an unknown right-hand heading',
      'CÔNG ĐOÀN NGÀNH GIÁO DỤC\n-----\nLIÊN ĐOÀN LAO ĐỘNG TỈNH',
      'Công đoàn ngành giáo dục',
    ],
    [
      'o0o rule',
      'ỦY BAN NHÂN DÂN\nXÃ AN HÒA\n--o0o--\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Ủy ban nhân dân xã An Hòa',
    ],
    [
      'digital-signature stamp above the header',
      'Ký bởi: Ủy ban nhân dân tỉnh Gia Lai Thời gian ký: 04.03.2024 10:15:00 +07:00\nỦY BAN NHÂN DÂN\nTỈNH GIA LAI',
      'Ủy ban nhân dân tỉnh Gia Lai',
    ],
    ['stamp split over lines', 'Người ký: Sở Tư pháp\nEmail: stp@gialai.gov.vn\nSỞ TƯ PHÁP', 'Sở Tư pháp'],
    [
      'PDF line merging name and heading',
      'BCH ĐOÀN TỈNH BÌNH ĐỊNH ĐOÀN TNCS HỒ CHÍ MINH\n***',
      'Ban Chấp hành Đoàn tỉnh Bình Định',
    ],
    [
      'heading words opening the name are the name',
      'ĐOÀN TNCS HỒ CHÍ MINH TỈNH BÌNH ĐỊNH',
      'Đoàn TNCS Hồ Chí Minh tỉnh Bình Định',
    ],
  ])('%s', (_, top, issuer) => {
    expect(fold(head(`${top}\n${rest}`).issuer)).toBe(fold(issuer));
  });
  it.each([
    ['a stamp alone', 'Ký bởi: Sở Nội vụ Thời gian ký: 16.06.2021 09:33:12 +07:00'],
    ['an organization heading alone', 'ĐOÀN TNCS HỒ CHÍ MINH'],
    ['a star alone', '*'],
  ])('no issuer from %s', (_, top) => {
    expect(head(`${top}\n${rest}`).issuer).toBeNull();
  });
});

describe('Quốc hiệu and Tiêu ngữ glued to the issuer or wrapped over lines (PDF cells run together)', () => {
  const rest = `Số: 21/BC-MTTQ\nBình Minh, ngày 04 tháng 3 năm 2024\nBÁO CÁO\nTổng kết công tác năm 2023\n\n${BODY}`;
  it.each([
    [
      'glued, then its last word on the next line',
      'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAMCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nNAM\nXÃ BÌNH MINH',
      'Ủy ban Mặt trận Tổ quốc Việt Nam xã Bình Minh',
    ],
    [
      'glued without a space, old tone style',
      'ỦY BAN NHÂN DÂNCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ BÌNH MINH',
      'Ủy ban nhân dân xã Bình Minh',
    ],
    [
      'after a space, wrapped after CHỦ',
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ\nNGHĨA VIỆT NAM\nXÃ BÌNH MINH',
      'Ủy ban nhân dân xã Bình Minh',
    ],
    [
      'Tiêu ngữ glued to the unit line and wrapped',
      'ỦY BAN NHÂN DÂN\nXÃ BÌNH MINHĐộc lập - Tự do -\nHạnh phúc',
      'Ủy ban nhân dân xã Bình Minh',
    ],
    ['Party heading glued to a Party body', 'HUYỆN ỦY PHÚ VANGĐẢNG CỘNG SẢN VIỆT\nNAM', 'Huyện ủy Phú Vang'],
  ])('%s', (_, top, issuer) => {
    expect(fold(head(`${top}\n${rest}`).issuer)).toBe(fold(issuer));
  });
  it.each([
    [
      'issuer ending in VIỆT NAM with no Quốc hiệu',
      'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nXÃ BÌNH MINH',
      'Ủy ban Mặt trận Tổ quốc Việt Nam xã Bình Minh',
    ],
  ])('kept whole: %s', (_, top, issuer) => {
    expect(fold(head(`${top}\n${rest}`).issuer)).toBe(fold(issuer));
  });
  it.each([
    ['on one line', 'Tổ chức kỷ niệm 80 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['wrapped', 'Tổ chức kỷ niệm 80 năm Quốc khánh nước Cộng hòa xã hội\nchủ nghĩa Việt Nam (02/9/1945 - 02/9/2025)'],
    ['old tone style', 'Tuyên truyền kỷ niệm Quốc khánh nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 2025'],
  ])('the country named in sentence case in a trích yếu is text, not the Quốc hiệu: %s', (_, subject) => {
    const h = head(`ỦY BAN NHÂN DÂN\nXÃ BÌNH MINH\n${MOTTO}\nSố: 05/KH-UBND\nKẾ HOẠCH\n${subject}\n\n${BODY}`);
    expect(h.subject).toBe(subject.replace('\n', ' '));
  });
});

describe('two-word type lines are one type; the trích yếu is the line below', () => {
  const top = 'ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 15/XX-UBND\nAn Phú, ngày 10 tháng 6 năm 2024';
  it.each([
    ['THÔNG BÁO KẾT LUẬN', 'Của Chủ tịch UBND xã tại buổi làm việc với các thôn', 'Thông báo'],
    ['KẾ HOẠCH LIÊN TỊCH', 'Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024', 'Kế hoạch liên tịch'],
    ['CHƯƠNG TRÌNH PHỐI HỢP', 'Tuyên truyền, vận động nhân dân giai đoạn 2024 - 2026', 'Chương trình phối hợp'],
    ['NGHỊ QUYẾT LIÊN TỊCH', 'Về việc tổ chức bầu cử trưởng thôn nhiệm kỳ 2024 - 2026', 'Nghị quyết liên tịch'],
    ['THÔNG BÁO', 'Kết luận của Chủ tịch UBND xã tại buổi làm việc với các thôn', 'Thông báo'],
    ['KẾ HOẠCH', 'Liên tịch tổ chức Ngày hội Đại đoàn kết năm 2024', 'Kế hoạch'],
  ])('%s / %s', (typeLine, subject, docType) => {
    const h = head(`${top}\n${typeLine}\n${subject}\n\n${BODY}`);
    expect([h.docType, h.subject]).toEqual([docType, subject]);
  });
});

describe('Kính gửi / Nơi nhận lists as layouts deliver them', () => {
  const top = 'ỦY BAN NHÂN DÂN\nHUYỆN AN LÃO\nSố: 12/UBND-VP\nV/v tổ chức hội nghị';
  it.each([
    [
      'Quốc hiệu, Tiêu ngữ and date read between the label and the items',
      `Kính gửi:\n${MOTTO}\nAn Lão, ngày 05 tháng 3 năm 2024\n- Các phòng, ban huyện;\n- UBND các xã, thị trấn.`,
      ['Các phòng, ban huyện', 'UBND các xã, thị trấn'],
    ],
    [
      'an item wrapped before its last word',
      'Kính gửi:\n- Hiệu trưởng các trường trực thuộc\nSở;\n- Các phòng chuyên môn.',
      ['Hiệu trưởng các trường trực thuộc Sở', 'Các phòng chuyên môn'],
    ],
  ])('recipients: %s', (_, list, items) => {
    expect(head(`${top}\n${list}\n\n${BODY}`).recipients).toEqual(items);
  });
  it.each<[string, string, string[], string | null]>([
    [
      'an item wrapped before its last word',
      'Nơi nhận:\n- Đảng ủy, Công đoàn, Đoàn Thanh niên\nTrường;\n- Lưu: VT.\nHIỆU TRƯỞNG\nNguyễn Văn Bình',
      ['Đảng ủy, Công đoàn, Đoàn Thanh niên Trường', 'Lưu: VT'],
      'Nguyễn Văn Bình',
    ],
    [
      'an item running on in lower case after a semicolon',
      'Nơi nhận:\n- CVP, các PCVP HĐND và UBND huyện;\ncác chuyên viên;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn Bình',
      ['CVP, các PCVP HĐND và UBND huyện; các chuyên viên', 'Lưu: VT'],
      'Nguyễn Văn Bình',
    ],
    [
      'no title is taken into an open last item',
      'Nơi nhận:\n- Như trên;\n- Lưu VT\nCHỦ TỊCH\nNguyễn Văn Bình',
      ['Như trên', 'Lưu VT'],
      'Nguyễn Văn Bình',
    ],
    [
      'no name is taken into an open last item',
      'Nơi nhận:\n- Như trên;\n- Lưu VP\nNguyễn Văn Bình',
      ['Như trên', 'Lưu VP'],
      null,
    ],
    [
      'tab-stop signature: titles cut off the list',
      'Nơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Lưu: VT.\n\nNguyễn Văn Bình',
      ['Như trên', 'Lưu: VT'],
      'Nguyễn Văn Bình',
    ],
    [
      'tab-stop signature: name beside an item in the middle',
      'Nơi nhận: CHỦ TỊCH\n- Văn phòng UBND tỉnh;\n- Các phòng, ban; Nguyễn Văn Bình\n- Lưu: VT.',
      ['Văn phòng UBND tỉnh', 'Các phòng, ban', 'Lưu: VT'],
      'Nguyễn Văn Bình',
    ],
  ])('distribution: %s', (_, tail, items, name) => {
    const h = head(`${top}\n\n${BODY}\n${tail}`);
    expect(h.distribution).toEqual(items);
    expect(h.signer?.name ?? null).toBe(name); // a bare name under the list is no signature block
  });
});

describe('signer name after a rank or a degree', () => {
  const signed = (nameLine: string) =>
    head(
      `CÔNG AN TỈNH QUẢNG NGÃI\nCÔNG AN HUYỆN BÌNH SƠN\nSố: 12/KH-CAH\n\n${BODY}\nNơi nhận:\n- Lưu: VT.\nKT. TRƯỞNG CÔNG AN HUYỆN\nPHÓ TRƯỞNG CÔNG AN HUYỆN\n\n${nameLine}`,
    ).signer;
  it.each([
    ['Thượng tá Phạm Văn Long', 'Phạm Văn Long'],
    ['Đại úy Hà Thị Ngọc Anh', 'Hà Thị Ngọc Anh'],
    ['Thiếu tướng Lê Quang Đạo', 'Lê Quang Đạo'],
    ['THƯỢNG TÁ PHẠM VĂN LONG', 'Phạm Văn Long'],
    ['TS. Lê Thị Hoa', 'Lê Thị Hoa'],
    ['PGS.TS. Trần Văn Minh', 'Trần Văn Minh'],
    ['ThS Đỗ Văn Bình', 'Đỗ Văn Bình'],
    ['Nguyễn Đại Tá', 'Nguyễn Đại Tá'],
    ['Nguyễn Văn Sơn (đã ký)', 'Nguyễn Văn Sơn'],
    ['Lê Thị Lan (Đã ký và đóng dấu)', 'Lê Thị Lan'],
    ["H'Yim Kđoh", "H'Yim Kđoh"],
  ])('%s', (line, name) => {
    expect(signed(line)).toMatchObject({ authority: 'KT.', title: 'Phó Trưởng Công an huyện', name });
  });
  it.each([['Thượng tá Long'], ['Đại tá'], ['TS. Hoa'], ['(Đã ký)'], ['Nơi nhận (đã ký)']])(
    'no name in “%s”',
    (line) => {
      expect(signed(line)?.name ?? null).toBeNull();
    },
  );
});

describe('signature block typed on tab stops (merged with the Nơi nhận list)', () => {
  const top = `ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 12/KH-UBND\n\n${BODY}\n`;
  it.each([
    [
      'authority beside Nơi nhận, title beside the first item',
      'Nơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Lưu: VT.\n\nNguyễn Văn An',
      { authority: 'KT.', title: 'Phó Chủ tịch', name: 'Nguyễn Văn An' },
    ],
    [
      'title beside Nơi nhận only',
      'Nơi nhận: CHỦ TỊCH\n- Như trên;\n- Lưu: VT.\nTrần Thị Bích',
      { authority: null, title: 'Chủ tịch', name: 'Trần Thị Bích' },
    ],
    [
      'three rows of titles',
      'Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên; KT. CHỦ TỊCH\n- UBND huyện; PHÓ CHỦ TỊCH\n- Lưu: VT.\nLê Văn Hải',
      { authority: 'KT.', title: 'Phó Chủ tịch', name: 'Lê Văn Hải' },
    ],
    [
      'name beside the last item',
      'Nơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Lưu: VT. Nguyễn Văn An',
      { authority: 'KT.', title: 'Phó Chủ tịch', name: 'Nguyễn Văn An' },
    ],
    [
      'ranked name beside an item in the middle of the list',
      'Nơi nhận: CHỈ HUY TRƯỞNG\n- Bộ CHQS tỉnh (b/c); Thượng tá Nguyễn Văn Thắng\n- Lưu: VT.',
      { authority: null, title: 'Chỉ huy trưởng', name: 'Nguyễn Văn Thắng' },
    ],
    [
      'item ending in a number before the title',
      'Nơi nhận: KT. GIÁM ĐỐC\n- Như Điều 3; PHÓ GIÁM ĐỐC\n- Lưu: VT, TĐKT.\nLê Văn Hải',
      { authority: 'KT.', title: 'Phó Giám đốc', name: 'Lê Văn Hải' },
    ],
    [
      'item text that is no name: titles kept, no name invented',
      'Nơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Lưu: VT, hồ sơ.',
      { authority: 'KT.', title: 'Phó Chủ tịch', name: null },
    ],
  ])('%s', (_, tail, signer) => {
    expect(head(top + tail).signer).toMatchObject(signer);
  });
  it.each([
    [
      'uppercase codes ending an item',
      'Nơi nhận:\n- Như trên;\n- Lưu: VT, TĐKT.\nCHỦ TỊCH\nĐỗ Minh Tâm',
      'Đỗ Minh Tâm',
    ],
    [
      'uppercase body ending an item',
      'Nơi nhận:\n- Như trên; UBND HUYỆN\n- Lưu: VT.\nGIÁM ĐỐC\nĐỗ Minh Tâm',
      'Đỗ Minh Tâm',
    ],
  ])('not cut: %s', (_, tail, name) => {
    const h = head(top + tail);
    expect(h.signer?.name).toBe(name);
    expect(h.distribution.length).toBeGreaterThan(1);
  });
});

// Seeds: the scorer compares issuers without case or diacritics, UBND expanded.
const fold = (s: string | null | undefined) =>
  (s ?? '')
    .toLowerCase()
    .replace(/\bubnd\b/g, 'ủy ban nhân dân')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
const SEEDS = '/work/shared/seeds/';
const seedFiles = (() => {
  try {
    return readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  } catch {
    return [];
  }
})();

describe.skipIf(seedFiles.length === 0)('seeds match gold', () => {
  it.each(seedFiles)('%s', (f) => {
    const raw = readFileSync(SEEDS + f, 'utf8')
      .replace(/\*+/g, '')
      .replace(/\[bookmark:[^\]]*\]/g, '');
    const gold = JSON.parse(readFileSync(`/work/shared/gold/${f.replace('.txt', '.json')}`, 'utf8')).document;
    const h = head(raw);
    expect({ docType: h.docType, symbol: h.symbol, number: h.number, place: h.place, issuedOn: h.issuedOn }).toEqual({
      docType: gold.docType,
      symbol: gold.symbol,
      number: gold.number,
      place: gold.place,
      issuedOn: gold.issuedOn,
    });
    expect(fold(h.issuer)).toBe(fold(gold.issuer));
    if (h.place) expect(h.year).toBe(gold.year);
    expect(h.signer?.name ?? null).toBe(gold.signer?.name ?? null);
    if (gold.signer) expect(h.signer).toMatchObject({ title: gold.signer.title, authority: gold.signer.authority });
  });
});
