/**
 * Pages as a word processor's "Save as PDF" sets them (pdfkit, Liberation Serif = Times New Roman
 * metrics): each word placed on its own (justified lines spread by moving words, not by word spacing),
 * page numbers at the top centre from page 2, a running footer, watermarks drawn under the text.
 */
import PDFDocument from 'pdfkit';
import type { Traits } from './model.js';
import { type Chunk, chunkWidth, type Piece } from './pieces.js';

const FONT_DIR = '/usr/share/fonts/truetype/liberation2'; // fonts-liberation2: the 1.x fonts lack Vietnamese letters
export const A4 = { width: 595.28, height: 841.89 };
/** NĐ 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm */
export const MARGIN = { top: 56.7, bottom: 56.7, left: 85, right: 42.5 };
export const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

const fontName = (p: { bold: boolean; italic: boolean }): string =>
  p.bold && p.italic ? 'BI' : p.bold ? 'B' : p.italic ? 'I' : 'R';

export class WordPages {
  readonly doc: PDFKit.PDFDocument;
  page = 0;
  /** top of the next line, from the top of the page */
  y = MARGIN.top;

  constructor(private readonly traits: Traits) {
    this.doc = new PDFDocument({
      autoFirstPage: false,
      size: 'A4',
      margin: 0,
      info: { Title: 'vbx fixture', Creator: 'vbx word-like writer', CreationDate: new Date(Date.UTC(2024, 0, 1)) },
    });
    for (const [name, file] of [
      ['R', 'Regular'],
      ['B', 'Bold'],
      ['I', 'Italic'],
      ['BI', 'BoldItalic'],
    ]) {
      this.doc.registerFont(name!, `${FONT_DIR}/LiberationSerif-${file}.ttf`);
    }
    this.newPage();
  }

  width(p: Piece, size: number): number {
    return this.doc.font(fontName(p)).fontSize(size).widthOfString(p.text);
  }

  /** Draws pieces from x on the line whose top is y. */
  draw(pieces: Piece[], x: number, y: number, size: number): number {
    let at = x;
    for (const p of pieces) {
      this.doc.font(fontName(p)).fontSize(size).text(p.text, at, y, { lineBreak: false });
      at += this.width(p, size);
    }
    return at;
  }

  /** One line of chunks: justified (spread to `width`) or set from `x` with plain spaces. */
  drawLine(line: Chunk[], x: number, y: number, size: number, width?: number): void {
    const measure = (p: Piece) => this.width(p, size);
    const space = this.width({ text: ' ', bold: false, italic: false }, size);
    const gaps = line.filter((c, i) => i > 0 && c.spaced).length;
    const natural = line.reduce((w, c, i) => w + chunkWidth(c, measure) + (i > 0 && c.spaced ? space : 0), 0);
    const extra = width !== undefined && gaps > 0 ? (width - natural) / gaps : 0;
    let at = x;
    line.forEach((c, i) => {
      if (i > 0 && c.spaced) at += space + extra;
      at = this.draw(c.pieces, at, y, size);
    });
  }

  lineWidth(line: Chunk[], size: number): number {
    const measure = (p: Piece) => this.width(p, size);
    const space = this.width({ text: ' ', bold: false, italic: false }, size);
    return line.reduce((w, c, i) => w + chunkWidth(c, measure) + (i > 0 && c.spaced ? space : 0), 0);
  }

  centre(line: Chunk[], middle: number, y: number, size: number): void {
    this.drawLine(line, middle - this.lineWidth(line, size) / 2, y, size);
  }

  rule(x0: number, x1: number, y: number): void {
    this.doc.moveTo(x0, y).lineTo(x1, y).lineWidth(0.6).stroke();
  }

  /** Room for `height` more points on this page, or a new page. */
  ensure(height: number): void {
    if (this.y + height > A4.height - MARGIN.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.page++;
    this.y = MARGIN.top;
    const { watermark, footer, pageNumber } = this.traits;
    // drawn first, as the page's header layer is: the body text is set over it
    if (watermark) this.watermark(watermark.text, watermark.rotated);
    const plain = (text: string): Piece[] => [{ text, bold: false, italic: false }];
    const middle = MARGIN.left + TEXT_WIDTH / 2;
    if (this.page >= 2) {
      const n = (pageNumber ?? String)(this.page);
      this.draw(plain(n), middle - this.width(plain(n)[0]!, 13) / 2, 24, 13);
    }
    if (footer) {
      const p: Piece = { text: footer, bold: false, italic: true };
      this.draw([p], middle - this.width(p, 9) / 2, A4.height - 34, 9);
    }
  }

  private watermark(text: string, rotated: boolean): void {
    const size = rotated ? 64 : 54;
    const p: Piece = { text, bold: true, italic: false };
    const w = this.width(p, size);
    const cx = A4.width / 2;
    const cy = A4.height / 2;
    this.doc.save().fillColor('#b0b0b0').fillOpacity(0.35);
    if (rotated) this.doc.rotate(-45, { origin: [cx, cy] });
    this.doc
      .font('B')
      .fontSize(size)
      .text(text, cx - w / 2, cy - size / 2, { lineBreak: false });
    this.doc.restore();
    this.doc.fillColor('black').fillOpacity(1);
  }

  /** Small type at an absolute place (a signing tool's stamp), never moving the cursor. */
  stampAt(lines: string[], x: number, top: number): void {
    const size = 7.5;
    this.doc.save().fillColor('#c00000');
    lines.forEach((l, i) => {
      this.doc
        .font('R')
        .fontSize(size)
        .text(l, x, top + i * 9, { lineBreak: false });
    });
    this.doc.restore();
    this.doc.fillColor('black');
  }

  finish(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    this.doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolve) => this.doc.on('end', () => resolve(Buffer.concat(chunks))));
    this.doc.end();
    return done;
  }
}
