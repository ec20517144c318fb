/** The body table and the signature block of the Word-like writer. */
import type { SeedLayout } from '../fixtures/seed-layout.js';
import type { Parsed, Stamp } from './model.js';
import { fillLines, paragraphChunks, plainChunks } from './pieces.js';
import { MARGIN, TEXT_WIDTH, type WordPages } from './word-page.js';

const PITCH = 17;
const plain = (text: string) => ({ text, bold: false, italic: false });
const mid = (c: { x: number; width: number }) => c.x + c.width / 2;

/** Column widths of the body table, as fractions of the text width (STT narrow, content wide). */
const TABLE_COLUMNS = [0.08, 0.5, 0.2, 0.22];
/** Word's default left and right cell margins, 0.19 cm */
const CELL_MARGIN = 5.4;

export function tableRow(w: WordPages, cells: string[], _layout: SeedLayout): void {
  const size = 12;
  const widths = TABLE_COLUMNS.map((f) => f * TEXT_WIDTH);
  const lines = cells.map((c, i) =>
    fillLines(plainChunks(c), (widths[i] ?? 60) - 2 * CELL_MARGIN, (p) => w.width(p, size), w.width(plain(' '), size)),
  );
  const height = Math.max(...lines.map((l) => l.length)) * (size + 2) + 6;
  w.ensure(height);
  let x = MARGIN.left;
  lines.forEach((cellLines, i) => {
    const width = widths[i] ?? 60;
    cellLines.forEach((line, k) => {
      const y = w.y + 3 + k * (size + 2);
      // the number column centred, the others from the cell's left padding
      if (i === 0) w.centre(line, x + width / 2, y, size);
      else w.drawLine(line, x + CELL_MARGIN, y, size);
    });
    w.rule(x, x + width, w.y);
    w.rule(x, x + width, w.y + height);
    w.doc
      .moveTo(x, w.y)
      .lineTo(x, w.y + height)
      .stroke();
    x += width;
  });
  w.doc
    .moveTo(x, w.y)
    .lineTo(x, w.y + height)
    .stroke();
  w.y += height;
}

/** Nơi nhận on the left, the signer's titles and name on the right, side by side. */
export function signature(w: WordPages, { styled, layout }: Parsed, stamps: Stamp[]): void {
  const left = layout.distribution;
  const right = layout.signature;
  if (!left && !right) {
    // a document without a signature block (a published copy): the signer's stamp closes the text
    w.ensure(40);
    for (const s of stamps) if (s.where === 'signature') w.stampAt(s.lines, MARGIN.left + TEXT_WIDTH * 0.6, w.y + 8);
    return;
  }
  const height = Math.max((left?.items.length ?? 0) * 13 + 16, (right?.titles.length ?? 0) * PITCH + 90);
  w.y += 8;
  w.ensure(height);
  const top = w.y;
  const leftCol = { x: MARGIN.left - 6, width: TEXT_WIDTH * 0.45 };
  const rightCol = { x: MARGIN.left + TEXT_WIDTH * 0.45, width: TEXT_WIDTH * 0.55 };
  let ly = top;
  if (left) {
    w.drawLine(paragraphChunks(styled, [left.lead], { bold: true, italic: true }), leftCol.x, ly, 12);
    ly += 15;
    for (const it of left.items) {
      // an item wider than the cell wraps inside it, under its text (hanging indent)
      const lines = fillLines(paragraphChunks(styled, [it]), leftCol.width - 8, (p) => w.width(p, 11), 2.75);
      lines.forEach((line, k) => {
        w.drawLine(line, leftCol.x + (k > 0 ? 7 : 0), ly, 11);
        ly += 13;
      });
    }
  }
  let ry = top;
  if (right) {
    for (const t of right.titles) {
      w.centre(paragraphChunks(styled, [t], { bold: true }), mid(rightCol), ry, 14);
      ry += PITCH;
    }
    // the signature space: the signer's stamp goes there, beside the image of the signature
    for (const s of stamps) if (s.where === 'signature') w.stampAt(s.lines, mid(rightCol) - 40, ry + 8);
    ry += 72;
    w.centre(paragraphChunks(styled, [right.name], { bold: true }), mid(rightCol), ry, 14);
    ry += PITCH;
  }
  w.y = Math.max(ly, ry);
}
