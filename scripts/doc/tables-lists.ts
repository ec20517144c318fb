/**
 * A Kế hoạch with what the header and body of an office document put in tables and automatic lists:
 * the borderless header table, a schedule table whose cells cite documents and dates, multi-level
 * numbered headings (I., 1., a)) and "-" bullets. Its facts are annotated by hand in TABLES_LISTS_EXPECTED.
 */
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { FONT, layoutTable, paragraph } from '../fixtures/docx-parts.js';

const run = (text: string, bold = false) => new TextRun({ text, font: FONT, size: 28, bold });
const centered = (text: string, bold = false) => paragraph([run(text, bold)], { align: AlignmentType.CENTER });
const plain = (text: string) => paragraph([run(text)]);
const step = (text: string, level: number) =>
  new Paragraph({ children: [run(text)], numbering: { reference: 'plan', level } });
const bullet = (text: string) => new Paragraph({ children: [run(text)], numbering: { reference: 'dash', level: 0 } });
const cell = (...lines: string[]) =>
  new TableCell({ children: lines.map(plain), width: { size: 2400, type: WidthType.DXA } });

const header = layoutTable(
  [4000, 5900],
  [
    [
      [centered('UBND TỈNH QUẢNG TRỊ'), centered('SỞ NỘI VỤ', true)],
      [centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true), centered('Độc lập - Tự do - Hạnh phúc', true)],
    ],
    [[centered('Số: 215/KH-SNV')], [centered('Quảng Trị, ngày 14 tháng 3 năm 2024')]],
  ],
);

const schedule = new Table({
  rows: [
    new TableRow({ children: [cell('STT'), cell('Nội dung'), cell('Thời gian'), cell('Căn cứ')] }),
    new TableRow({
      children: [
        cell('1'),
        cell('Xây dựng kế hoạch hưởng ứng phong trào'),
        cell('Trước ngày 30/4/2024'),
        cell('Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị'),
      ],
    }),
    new TableRow({
      children: [
        cell('2'),
        cell('Sơ kết 6 tháng', 'báo cáo Sở'),
        cell('Tháng 7/2024'),
        cell('Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ'),
      ],
    }),
    new TableRow({ children: [cell('3'), cell('Tổng kết năm'), cell(''), cell('')] }),
  ],
});

export async function tablesListsDocx(): Promise<Uint8Array> {
  const levels = [
    { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
    { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
    { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', alignment: AlignmentType.LEFT },
  ];
  const dash = [{ level: 0, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT }];
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'plan', levels },
        { reference: 'dash', levels: dash },
      ],
    },
    sections: [
      {
        children: [
          header,
          centered('KẾ HOẠCH', true),
          centered('Tổ chức phong trào thi đua "Cán bộ, công chức thi đua thực hiện văn hóa công sở" năm 2024', true),
          plain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;'),
          plain('Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ;'),
          step('MỤC ĐÍCH, YÊU CẦU', 0),
          step('Mục đích', 1),
          step(
            'Lập thành tích chào mừng kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2024).',
            2,
          ),
          step('Triển khai Kế hoạch số 12/KH-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh.', 2),
          step('Yêu cầu', 1),
          bullet('Bám sát Hướng dẫn số 35/HD-BTĐKT ngày 20/02/2024 của Ban Thi đua - Khen thưởng tỉnh;'),
          bullet('Tổng hợp kết quả trước ngày 15/12/2024.'),
          step('NỘI DUNG, TIẾN ĐỘ', 0),
          schedule,
          step('TỔ CHỨC THỰC HIỆN', 0),
          plain('Các phòng, đơn vị thuộc Sở báo cáo kết quả về Văn phòng Sở trước ngày 20/12/2024./.'),
          layoutTable(
            [4500, 5400],
            [
              [
                [plain('Nơi nhận:'), plain('- Như trên;'), plain('- Lưu: VT.')],
                [centered('GIÁM ĐỐC', true), centered('Lê Văn Bình', true)],
              ],
            ],
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
