/**
 * Scanned-PDF fixtures in fixtures/scanned/, made from seed 001 (two pages):
 * - 001_scanned.pdf: every page as a grey image (200 dpi, turned by a fraction of a degree, paper tint,
 *   specks of dust), no text layer — what a photocopier-scanner produces;
 * - 001_mixed.pdf: page 1 is the seed's real page (text layer), page 2 a scan;
 * - 001_garbage-layer.pdf: the scanned pages under an invisible text layer such as a scanner's English
 *   OCR leaves: tones dropped, letters confused (o→0, u→ii, …), so the text layer cannot be trusted.
 * Each gets <name>.expected.json: the seed's gold (the whole document is in every fixture).
 * Deterministic (seeded noise, no dates in the PDFs). Run: npx tsx scripts/make-scanned-fixtures.ts
 * (needs pdftoppm on PATH).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  beginText,
  concatTransformationMatrix,
  drawObject,
  endText,
  PDFDocument,
  type PDFFont,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  StandardFonts,
  setFontAndSize,
  setTextMatrix,
  setTextRenderingMode,
  showText,
  TextRenderingMode,
} from 'pdf-lib';
import { lineText } from '../pipeline/ingest/pdf/lines.js';
import { readPdfLines } from '../pipeline/ingest/pdf.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEED = '001_86f23684388f38af';
const seedPdf = join(root, 'fixtures/seeds', `${SEED}.pdf`);
const gold = join(root, '../shared/gold', `${SEED}.json`);
const outDir = join(root, 'fixtures/scanned');
const DPI = 200;
const A4: [number, number] = [595.28, 841.89];

interface Grey {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** mulberry32: the same specks on every run */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function renderPage(page: number, dir: string): Grey {
  const prefix = join(dir, `p${page}`);
  execFileSync('pdftoppm', [
    '-r',
    String(DPI),
    '-gray',
    '-f',
    `${page}`,
    '-l',
    `${page}`,
    '-singlefile',
    seedPdf,
    prefix,
  ]);
  const pgm = readFileSync(`${prefix}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('unexpected pdftoppm output');
  const [all, w, h] = header;
  return { width: Number(w), height: Number(h), pixels: new Uint8Array(pgm.subarray(all.length)) };
}

/** The page as a scanner sees it: turned by `degrees` (≤ 1), ink not quite black, paper not quite white, dust. */
function scan(page: Grey, degrees: number, seed: number): Grey {
  const { width, height, pixels } = page;
  const out = new Uint8Array(width * height);
  const [cos, sin] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
  const [cx, cy] = [width / 2, height / 2];
  const at = (x: number, y: number): number =>
    x < 0 || y < 0 || x >= width || y >= height ? 255 : (pixels[y * width + x] as number);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = cos * (x - cx) + sin * (y - cy) + cx;
      const sy = -sin * (x - cx) + cos * (y - cy) + cy;
      const [x0, y0] = [Math.floor(sx), Math.floor(sy)];
      const [fx, fy] = [sx - x0, sy - y0];
      const v =
        (1 - fy) * ((1 - fx) * at(x0, y0) + fx * at(x0 + 1, y0)) +
        fy * ((1 - fx) * at(x0, y0 + 1) + fx * at(x0 + 1, y0 + 1));
      out[y * width + x] = Math.round(28 + (v * (244 - 28)) / 255);
    }
  }
  const next = random(seed);
  for (let i = 0; i < (width * height) / 4000; i++) {
    const [x, y] = [Math.floor(next() * (width - 2)), Math.floor(next() * (height - 2))];
    const shade = Math.floor(60 + next() * 120);
    for (const d of [0, 1, width, width + 1]) out[y * width + x + d] = shade;
  }
  return { width, height, pixels: out };
}

function addScan(doc: PDFDocument, image: Grey): PDFPage {
  const stream = doc.context.flateStream(image.pixels, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: image.width,
    Height: image.height,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 8,
  });
  const page = doc.addPage(A4);
  const name = page.node.newXObject('Scan', doc.context.register(stream));
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(A4[0], 0, 0, A4[1], 0, 0),
    drawObject(name),
    popGraphicsState(),
  );
  return page;
}

const CONFUSIONS: Record<string, string[]> = {
  o: ['0', '6'],
  u: ['ii', 'u'],
  i: ['l', '1'],
  n: ['ri'],
  e: ['c'],
  a: ['a', 'e'],
};

/** Vietnamese as an English OCR engine reads it: no tones, and every so often a letter taken for another. */
function garble(text: string, next: () => number): string {
  const bare = text.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('đ', 'd').replaceAll('Đ', 'D');
  return [...bare]
    .map((c) => {
      const options = CONFUSIONS[c];
      return options && next() < 0.15 ? (options[Math.floor(next() * options.length)] as string) : c;
    })
    .join('');
}

/** An invisible text layer (render mode 3, as scanners write theirs) over a page, line by line. */
function addGarbageLayer(
  page: PDFPage,
  font: PDFFont,
  lines: { text: string; x: number; y: number; size: number; width: number }[],
  next: () => number,
): void {
  const key = page.node.newFontDictionary('Ocr', font.ref);
  for (const l of lines) {
    const text = garble(l.text, next);
    const natural = font.widthOfTextAtSize(text, l.size);
    page.pushOperators(
      beginText(),
      setFontAndSize(key, l.size),
      setTextRenderingMode(TextRenderingMode.Invisible),
      setTextMatrix(l.width / Math.max(natural, 1), 0, 0, 1, l.x, l.y),
      showText(font.encodeText(text)),
      endText(),
    );
  }
}

async function save(name: string, doc: PDFDocument): Promise<void> {
  const bytes = await doc.save({ useObjectStreams: false });
  writeFileSync(join(outDir, `${name}.pdf`), bytes);
  const expected = { ...JSON.parse(readFileSync(gold, 'utf8')), id: name, source: `${name}.pdf` };
  writeFileSync(join(outDir, `${name}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`${name}.pdf: ${doc.getPageCount()} pages, ${(bytes.length / 1024).toFixed(0)} KB`);
}

const work = mkdtempSync(join(tmpdir(), 'vbx-scan-'));
try {
  mkdirSync(outDir, { recursive: true });
  const scans = [scan(renderPage(1, work), 0.4, 1), scan(renderPage(2, work), -0.3, 2)];
  const seedBytes = readFileSync(seedPdf);

  const scanned = await PDFDocument.create({ updateMetadata: false });
  for (const s of scans) addScan(scanned, s);
  await save('001_scanned', scanned);

  const mixed = await PDFDocument.create({ updateMetadata: false });
  const [first] = await mixed.copyPages(await PDFDocument.load(seedBytes, { updateMetadata: false }), [0]);
  mixed.addPage(first);
  addScan(mixed, scans[1] as Grey);
  await save('001_mixed', mixed);

  const garbage = await PDFDocument.create({ updateMetadata: false });
  const font = await garbage.embedFont(StandardFonts.Helvetica);
  const layer = await readPdfLines(new Uint8Array(seedBytes));
  const next = random(3);
  scans.forEach((s, i) => {
    const lines = (layer[i] ?? []).map((l) => ({
      text: lineText(l),
      x: l.x0,
      y: l.y,
      size: l.size,
      width: l.x1 - l.x0,
    }));
    addGarbageLayer(addScan(garbage, s), font, lines, next);
  });
  await save('001_garbage-layer', garbage);
} finally {
  rmSync(work, { recursive: true, force: true });
}
