/**
 * A .docx of one labelled paragraph per Word control character or field, so the .doc LibreOffice makes of
 * it holds each in the binary form Word uses (\x0b, \x0c, \x1e, \x1f, \x13…\x14…\x15, \x02, deletions,
 * a text box).
 */
import {
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  SymbolRun,
  Tab,
  Textbox,
  TextRun,
} from 'docx';

const FONT = 'Times New Roman';
const run = (text: string, extra: Record<string, unknown> = {}) => new TextRun({ text, font: FONT, ...extra });
const line = (...children: ParagraphChild[]) => new Paragraph({ children });

export async function specialCharsDocx(): Promise<Uint8Array> {
  const date = '2024-03-14T09:00:00Z';
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('Chú thích không nằm trong thân văn bản.')] } },
    sections: [
      {
        children: [
          line(run('Số trang: Trang '), new TextRun({ font: FONT, children: [PageNumber.CURRENT] })),
          line(run('Ngắt dòng: Căn cứ Nghị quyết'), run('số 168/NQ-CP', { break: 1 })),
          line(run('Ngắt trang: trang một'), new PageBreak(), run('trang hai')),
          line(run('Gạch nối mềm: phong trào thi\u00adđua yêu nước')),
          line(run('Gạch nối liền: Kế hoạch số 12\u2011KH/UBND')),
          line(
            run('Liên kết: xem '),
            new ExternalHyperlink({ link: 'https://thuvienphapluat.vn/', children: [run('Cổng pháp luật')] }),
            run(' hôm nay'),
          ),
          line(run('Chú thích: Nghị quyết số 29-NQ/TW'), new FootnoteReferenceRun(1), run(' ngày 04/11/2013')),
          line(run('Sửa đổi: giữ '), new DeletedTextRun({ text: 'bỏ ', id: 1, author: 'vbx', date }), run('lại')),
          line(run('Ẩn: hiện'), run(' ẩn đi', { vanish: true }), run(' tiếp')),
          line(run('Ký hiệu: '), new SymbolRun({ char: 'F0B3', symbolfont: 'Symbol' }), run(' 90%')),
          line(run('Tab: Nơi nhận:'), new TextRun({ font: FONT, children: [new Tab(), 'Như trên'] })),
          line(
            run('Hộp văn bản: neo'),
            new Textbox({ style: { width: '150pt', height: '40pt' }, children: [new Paragraph('Số: 12/KH-UBND')] }),
            run(' tiếp'),
          ),
        ],
      },
      { children: [new Paragraph({ children: [run('Phần hai: sau ngắt phần')] })] },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Each labelled line's text as a .doc of the document above must read (the .docx reader's shape). */
export const SPECIAL_CHAR_LINES: [string, string][] = [
  ['PAGE field: its result', 'Số trang: Trang 1'],
  ['soft line break', 'Ngắt dòng: Căn cứ Nghị quyết\nsố 168/NQ-CP'],
  ['page break', 'Ngắt trang: trang một\ntrang hai'],
  ['optional hyphen dropped', 'Gạch nối mềm: phong trào thiđua yêu nước'],
  ['non-breaking hyphen', 'Gạch nối liền: Kế hoạch số 12-KH/UBND'],
  ['hyperlink: the field result, not its instruction', 'Liên kết: xem Cổng pháp luật hôm nay'],
  ['footnote anchor dropped', 'Chú thích: Nghị quyết số 29-NQ/TW ngày 04/11/2013'],
  ['tracked deletion dropped', 'Sửa đổi: giữ lại'],
  ['hidden text dropped', 'Ẩn: hiện tiếp'],
  ['Symbol-font character', 'Ký hiệu: ≥ 90%'],
  ['tab kept', 'Tab: Nơi nhận:\tNhư trên'],
  ['text box after its anchoring paragraph', 'Hộp văn bản: neo tiếp\nSố: 12/KH-UBND'],
  ['section break ends the line', 'Phần hai: sau ngắt phần'],
];
