/** A document set the way Word's "Save as PDF" sets a Nghị định 30/2020 layout, signed with a VGCA tool. */
import type { Block, SeedLayout } from '../fixtures/seed-layout.js';
import { type Parsed, type Traits, tableCells } from './model.js';
import { type Chunk, fillLines, paragraphChunks, plainChunks } from './pieces.js';
import { blockText } from './source.js';
import { signature, tableRow } from './word-blocks.js';
import { A4, MARGIN, TEXT_WIDTH, WordPages } from './word-page.js';

const BODY = 14;
const PITCH = 17; // "exactly 17 pt" line spacing, as Vietnamese templates set it
const AFTER = 6;
const INDENT = 36; // 1.27 cm first-line indent
/** header table: left cell 7.5 cm, starting 0.5 cm left of the text block */
const LEFT_COL = { x: MARGIN.left - 14, width: 212 };
const RIGHT_COL = { x: LEFT_COL.x + LEFT_COL.width, width: A4.width - MARGIN.right + 14 - LEFT_COL.x - LEFT_COL.width };
const mid = (c: { x: number; width: number }) => c.x + c.width / 2;

type Lines = { start: number; end: number }[];

export async function wordPdf(parsed: Parsed, traits: Traits): Promise<Buffer> {
  const w = new WordPages(traits);
  const { styled, layout } = parsed;
  const chunks = (lines: Lines, force?: { bold?: boolean; italic?: boolean }) => paragraphChunks(styled, lines, force);

  for (const b of layout.preamble) {
    w.drawLine(chunks(b), MARGIN.left, w.y, 13);
    w.y += PITCH;
  }
  header(w, parsed, traits);
  title(w, parsed);
  for (const b of layout.body) {
    const cells = tableCells(blockText(styled, b));
    if (cells) tableRow(w, cells, layout);
    else paragraph(w, chunks(b), traits.brokenLines?.get(blockText(styled, b)));
  }
  signature(w, parsed, traits.stamps ?? []);
  return w.finish();
}

/** Centred lines in a column from `top`; returns the top of the line after the last. */
function column(w: WordPages, blocks: { chunks: Chunk[]; size: number }[], col: typeof LEFT_COL, top: number): number {
  let y = top;
  for (const b of blocks) {
    for (const line of fillLines(b.chunks, col.width - 8, (p) => w.width(p, b.size), w.width(plain(' '), b.size))) {
      w.centre(line, mid(col), y, b.size);
      y += b.size + 3;
    }
  }
  return y;
}

const plain = (text: string) => ({ text, bold: false, italic: false });

function header(w: WordPages, { styled, layout }: Parsed, traits: Traits): void {
  const c = (l: SeedLayout['issuer'][number], size: number, force?: { bold?: boolean; italic?: boolean }) => ({
    chunks: paragraphChunks(styled, [l], force),
    size,
  });
  const shift = (traits.headerShift ?? 0) * 16;
  const top = w.y;
  // the parent body in regular type, the issuer's own name in bold, a short rule under it
  const issuer = layout.issuer.map((l, i) => c(l, 13, { bold: i > 0 || layout.issuer.length === 1 }));
  const leftEnd = column(w, issuer, LEFT_COL, top);
  w.rule(mid(LEFT_COL) - 30, mid(LEFT_COL) + 30, leftEnd + 1);
  const motto = layout.motto.map((l, i) => c(l, i === 0 ? 12.5 : 13.5, { bold: true }));
  const rightEnd = column(w, motto, RIGHT_COL, top + shift);
  w.rule(mid(RIGHT_COL) - 80, mid(RIGHT_COL) + 80, rightEnd + 1);
  const row2 = Math.max(leftEnd, rightEnd - shift) + 10;
  const left2 = [
    ...(layout.number ? [c(layout.number, 13)] : []),
    ...(layout.subjectAbbrev ? [{ chunks: paragraphChunks(styled, layout.subjectAbbrev as Lines), size: 12 }] : []),
  ];
  const l2 = column(w, left2, LEFT_COL, row2);
  const r2 = layout.placeDate ? column(w, [c(layout.placeDate, 14, { italic: true })], RIGHT_COL, row2 + shift) : row2;
  for (const s of traits.stamps ?? []) {
    // the office's stamp: in the top margin, or printed over the Quốc hiệu among the header lines
    if (s.where === 'top-right') w.stampAt(s.lines, A4.width - MARGIN.right - 150, 14);
    if (s.where === 'over-header') w.stampAt(s.lines, A4.width - MARGIN.right - 140, top + 6);
  }
  w.y = Math.max(l2, r2 - shift) + 16;
}

function title(w: WordPages, { styled, layout }: Parsed): void {
  const centred = (b: Block, size: number, force?: { bold?: boolean; italic?: boolean }) => {
    for (const line of fillLines(paragraphChunks(styled, b, force), TEXT_WIDTH * 0.85, (p) => w.width(p, size), 3.5)) {
      w.centre(line, MARGIN.left + TEXT_WIDTH / 2, w.y, size);
      w.y += PITCH;
    }
  };
  if (layout.docType) centred([layout.docType], 14, { bold: true });
  if (layout.subject) centred(layout.subject, 14, { bold: true });
  w.y += 10;
  if (layout.salutation) {
    const { lead, items } = layout.salutation;
    if (items.length === 0) centred([lead], 14);
    else {
      w.drawLine(paragraphChunks(styled, [lead]), MARGIN.left + 56, w.y, 14);
      w.y += PITCH;
      for (const it of items) {
        w.drawLine(paragraphChunks(styled, [it]), MARGIN.left + 100, w.y, 14);
        w.y += PITCH;
      }
    }
    w.y += 8;
  }
}

/** A justified paragraph: first-line indent, every line but the last spread to the right edge. */
function paragraph(w: WordPages, chunks: Chunk[], broken?: string[]): void {
  const space = w.width(plain(' '), BODY);
  const lines = broken
    ? broken.map(plainChunks)
    : fillLines(chunks, TEXT_WIDTH, (p) => w.width(p, BODY), space, TEXT_WIDTH - INDENT);
  lines.forEach((line, i) => {
    w.ensure(PITCH);
    const x = i === 0 ? MARGIN.left + INDENT : MARGIN.left;
    const last = i === lines.length - 1;
    if (broken && w.lineWidth(line, BODY) > MARGIN.left + TEXT_WIDTH - x)
      throw new Error(`line too long: ${broken[i]}`);
    w.drawLine(line, x, w.y, BODY, last ? undefined : MARGIN.left + TEXT_WIDTH - x);
    w.y += PITCH;
  });
  w.y += AFTER;
}
