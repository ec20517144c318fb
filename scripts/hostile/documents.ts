/** Word documents of the hostile fixtures, written with the `docx` package as the other fixtures are. */
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { longPlanPage, officeLetter } from './texts.js';

const FONT = 'Times New Roman';

const para = (text: string, pageBreakBefore = false): Paragraph =>
  new Paragraph({ pageBreakBefore, children: [new TextRun({ text, font: FONT, size: 28 })] });

const pack = (children: Paragraph[]): Promise<Buffer> => Packer.toBuffer(new Document({ sections: [{ children }] }));

/** One paragraph per line. */
export const docxOf = (text: string): Promise<Buffer> => pack(text.split('\n').map((line) => para(line)));

/** Empty paragraphs and a picture: a page with nothing to read. */
export const noTextDocx = (png: Uint8Array): Promise<Buffer> =>
  pack([
    para(''),
    new Paragraph({
      children: [new ImageRun({ type: 'png', data: png, transformation: { width: 120, height: 160 } })],
    }),
    para(''),
  ]);

/** The letter on page 1, then one appendix page each up to `pages`: a plan with its unit reports. */
export const longPlanDocx = (pages: number): Promise<Buffer> =>
  pack([
    ...officeLetter.split('\n').map((line) => para(line)),
    ...Array.from({ length: pages - 1 }, (_, i) => longPlanPage(i + 1).map((line, k) => para(line, k === 0))).flat(),
  ]);
