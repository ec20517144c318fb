/**
 * A two-page notice set by hand: the header columns sit on different baselines, body lines are justified
 * with character spacing and break exactly where the tests need (inside "Nghị quyết số 168/NQ-CP", after
 * the hyphen of "34-CT/TW", after "kinh tế -", before an uppercase word, across the page break).
 */
import { runWidth, type TextRun, writePdf } from './pdf-writer.js';

const LEFT = 70;
const RIGHT = 535;
const INDENT = 100;

const centre = (text: string, middle: number, y: number, size = 12): TextRun => ({
  x: middle - runWidth(text, size) / 2,
  y,
  size,
  text,
});

/** A paragraph of pre-broken lines: first line indented, all but the last justified. */
const paragraph = (lines: string[], top: number): TextRun[] =>
  lines.map((text, i) => {
    const x = i === 0 ? INDENT : LEFT;
    const last = i === lines.length - 1;
    if (!last && runWidth(text, 12) > RIGHT - x) throw new Error(`line too long: ${text}`);
    return { x, y: top - i * 16, size: 12, text, justifyTo: last ? undefined : RIGHT - x };
  });

const footer = (): TextRun => centre('Ban Thi đua - Khen thưởng Trung ương', (LEFT + RIGHT) / 2, 40, 10);

const page1: TextRun[] = [
  centre('BỘ NỘI VỤ', 150, 800),
  centre('BAN THI ĐUA - KHEN THƯỞNG', 150, 785),
  centre('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 400, 803, 11),
  centre('Độc lập - Tự do - Hạnh phúc', 400, 788),
  centre('Số: 88/BTĐKT-VP', 150, 760),
  centre('Hà Nội, ngày 03 tháng 6 năm 2024', 400, 760),
  centre('V/v hướng dẫn khen thưởng', 150, 746, 11),
  centre('thi đua năm 2024', 150, 733, 11),
  centre('THÔNG BÁO', 302, 700, 14),
  centre('Kết quả phong trào thi đua năm 2024', 302, 684),
  ...paragraph(
    [
      'Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị và Nghị',
      'quyết số 168/NQ-CP ngày 29/12/2022 của Chính phủ, Ban Thi đua - Khen thưởng',
      'Trung ương thông báo kết quả phong trào thi đua năm 2024 như sau:',
    ],
    650,
  ),
  ...paragraph(
    [
      '1. Các bộ, ngành, địa phương đã quán triệt và triển khai Nghị quyết số',
      '168/NQ-CP của Chính phủ gắn với thực hiện nhiệm vụ phát triển kinh tế -',
      'xã hội, sơ kết việc thực hiện Kế hoạch số 12/KH-BTĐKT và Chỉ thị số 34-',
      'CT/TW của Bộ Chính trị, qua đó xuất hiện nhiều tập thể, cá nhân điển hình',
      'tiên tiến.',
    ],
    600,
  ),
  ...paragraph(
    [
      '2. Năm 2025, đề nghị các cơ quan, đơn vị tiếp tục thực hiện hiệu quả các',
      'phong trào thi đua do Thủ tướng Chính phủ phát động; chú trọng phát hiện,',
      'bồi dưỡng và nhân rộng các điển hình tiên tiến theo tinh thần Nghị quyết của',
      'Chính phủ và hướng dẫn của Ban Thi đua - Khen thưởng Trung ương, bảo đảm tiến',
      'độ, chất lượng, hiệu quả công tác khen thưởng trong các cơ quan, đơn vị thuộc',
    ],
    510,
  ),
  footer(),
];

const page2: TextRun[] = [
  centre('- 2 -', (LEFT + RIGHT) / 2, 815),
  { x: LEFT, y: 780, size: 12, text: 'Bộ, ngành và Ủy ban nhân dân cấp tỉnh theo đúng quy định hiện hành.' },
  ...paragraph(
    ['3. Hồ sơ đề nghị khen thưởng gửi về Ban Thi đua - Khen thưởng Trung ương', 'trước ngày 15/11/2025./.'],
    764,
  ),
  centre('Nơi nhận:', 150, 700, 11),
  centre('- Các bộ, ngành;', 150, 688, 10),
  centre('- Lưu: VT, VP.', 150, 676, 10),
  centre('KT. TRƯỞNG BAN', 400, 702),
  centre('PHÓ TRƯỞNG BAN', 400, 687),
  centre('Phạm Văn Minh', 400, 620),
  footer(),
];

export const handmadePdf = (): Buffer => writePdf([{ runs: page1 }, { runs: page2 }]);

/** A "scanned" page: only an image, no text layer. */
export const imageOnlyPdf = (): Buffer =>
  writePdf([{ runs: [], drawing: 'q 480 0 0 700 60 70 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x20\x80\x80\x20 EI Q' }]);
