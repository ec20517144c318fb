/** .docx documents laid out like Vietnamese administrative documents (NĐ 30/2020 layout). */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { chiThiParagraphs, congVanParagraphs } from './texts.js';

interface Line {
  text: string;
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

const FONT = 'Times New Roman';
const cm = (n: number): number => Math.round(n * 567);

const centered = (l: Line): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: l.text, bold: l.bold, italics: l.italics, font: FONT, size: (l.size ?? 13) * 2 })],
  });

const body = (text: string): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: cm(1) },
    spacing: { after: 120 },
    children: [new TextRun({ text, font: FONT, size: 28 })],
  });

/** A borderless two-column table, as every header and signature block is typeset. */
const twoColumns = (left: Line[], right: Line[], widths: [number, number]): Table =>
  new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: widths[0], type: WidthType.DXA }, children: left.map(centered) }),
          new TableCell({ width: { size: widths[1], type: WidthType.DXA }, children: right.map(centered) }),
        ],
      }),
    ],
  });

const quocHieu = (placeDate: string): Line[] => [
  { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, size: 12 },
  { text: 'Độc lập - Tự do - Hạnh phúc', bold: true },
  { text: '' },
  { text: placeDate, italics: true, size: 14 },
];

const pageNumberHeader = (prefix: string): Header =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [prefix, PageNumber.CURRENT], font: FONT, size: 26 })],
      }),
    ],
  });

const page = { margin: { top: cm(2), bottom: cm(2), left: cm(3), right: cm(1.5) } };

export const chiThiDocx = (): Document =>
  new Document({
    sections: [
      {
        properties: { titlePage: true, page },
        headers: { default: pageNumberHeader(''), first: new Header({ children: [] }) },
        children: [
          twoColumns(
            [
              { text: 'ỦY BAN NHÂN DÂN', bold: true },
              { text: 'TỈNH QUẢNG NAM', bold: true },
              { text: '' },
              { text: 'Số: 05/CT-UBND' },
            ],
            quocHieu('Quảng Nam, ngày 15 tháng 4 năm 2024'),
            [cm(6), cm(10)],
          ),
          centered({ text: '' }),
          centered({ text: 'CHỈ THỊ', bold: true, size: 14 }),
          centered({
            text: 'Về việc đẩy mạnh phong trào thi đua thực hiện thắng lợi nhiệm vụ năm 2024',
            bold: true,
            size: 14,
          }),
          centered({ text: '' }),
          ...chiThiParagraphs().map(body),
          body('Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện Chỉ thị này./.'),
          twoColumns(
            [
              { text: 'Nơi nhận:', bold: true, italics: true, size: 12 },
              { text: '- Bộ Nội vụ;', size: 11 },
              { text: '- TT Tỉnh ủy, TT HĐND tỉnh;', size: 11 },
              { text: '- Lưu: VT, NC.', size: 11 },
            ],
            [
              { text: 'TM. ỦY BAN NHÂN DÂN', bold: true },
              { text: 'CHỦ TỊCH', bold: true },
              { text: '' },
              { text: '' },
              { text: 'Lê Văn Dũng', bold: true },
            ],
            [cm(8), cm(8)],
          ),
        ],
      },
    ],
  });

export const congVanDocx = (): Document =>
  new Document({
    sections: [
      {
        properties: { page },
        headers: { default: pageNumberHeader('Trang ') },
        footers: {
          default: new Footer({
            children: [centered({ text: 'Sở Nội vụ tỉnh Bình Định - Văn bản điện tử', italics: true, size: 10 })],
          }),
        },
        children: [
          twoColumns(
            [
              { text: 'UBND TỈNH BÌNH ĐỊNH' },
              { text: 'SỞ NỘI VỤ', bold: true },
              { text: '' },
              { text: 'Số: 1234/SNV-TĐKT' },
              { text: 'V/v triển khai phong trào thi đua thực hiện Nghị quyết số 168/NQ-CP', size: 12 },
            ],
            quocHieu('Bình Định, ngày 20 tháng 5 năm 2024'),
            [cm(6.5), cm(9.5)],
          ),
          centered({ text: '' }),
          centered({ text: 'Kính gửi: Các cơ quan, đơn vị thuộc tỉnh.', size: 14 }),
          centered({ text: '' }),
          ...congVanParagraphs().map(body),
          twoColumns(
            [
              { text: 'Nơi nhận:', bold: true, italics: true, size: 12 },
              { text: '- Như trên;', size: 11 },
              { text: '- Lưu: VT, TĐKT.', size: 11 },
            ],
            [
              { text: 'KT. GIÁM ĐỐC', bold: true },
              { text: 'PHÓ GIÁM ĐỐC', bold: true },
              { text: '' },
              { text: 'Nguyễn Thị Hoa', bold: true },
            ],
            [cm(8), cm(8)],
          ),
        ],
      },
    ],
  });
