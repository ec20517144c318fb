// Scanned PDFs through OCR (tesseract + its Vietnamese model; Debian: tesseract-ocr tesseract-ocr-vie
// poppler-utils). Three pages are OCR'd in all (two of 001_scanned, one of 001_mixed); the rest runs
// without OCR or with a stand-in tesseract.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  concatTransformationMatrix,
  drawObject,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  StandardFonts,
} from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import type { Output } from '../output/schema.js';
import { DEFAULT_INGEST, ingest } from '../pipeline/ingest/index.js';
import { runGuarded } from '../pipeline/ingest/ocr/guard.js';
import { garbageReason, layerStats } from '../pipeline/ingest/ocr/layer-quality.js';
import { besideLayer } from '../pipeline/ingest/ocr/merge.js';
import type { OcrOptions } from '../pipeline/ingest/ocr/options.js';
import { pageRanges } from '../pipeline/ingest/ocr/recognize.js';
import { isVietnameseSyllable } from '../pipeline/ingest/ocr/syllable.js';
import { readTsv } from '../pipeline/ingest/ocr/tsv.js';
import type { Line, PlacedText } from '../pipeline/ingest/pdf/lines.js';
import { readPdf } from '../pipeline/ingest/pdf.js';
import { runJob } from '../pipeline/job.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join('fixtures/scanned', `${name}.pdf`)));
const expected = (name: string) => JSON.parse(readFileSync(join('fixtures/scanned', `${name}.expected.json`), 'utf8'));
const seedPdf = new Uint8Array(readFileSync('fixtures/seeds/001_86f23684388f38af.pdf'));
const refKey = (r: { docType: string; symbol: string | null; issuedOn: string | null }) =>
  `${r.docType} ${r.symbol} ${r.issuedOn}`;

const work = mkdtempSync(join(tmpdir(), 'vbx-ocr-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A stand-in tesseract that knows its version and languages, then does `recognize` (sh) on an image. */
function fakeTesseract(name: string, recognize: string): string {
  const path = join(work, name);
  const script = [
    '#!/bin/sh',
    'case "$1" in',
    '  --version) echo "tesseract 5.3.0"; exit 0;;',
    '  --list-langs) printf "List of available languages (2):\\neng\\nvie\\n"; exit 0;;',
    'esac',
    recognize,
  ].join('\n');
  writeFileSync(path, script);
  chmodSync(path, 0o755);
  return path;
}

const withOcr = (ocr: Partial<OcrOptions>) => ({ ...DEFAULT_INGEST, ocr });

describe('an image-only PDF made from a seed is read by OCR', async () => {
  const out = (await runJob({ path: '001_scanned.pdf', bytes: fixture('001_scanned') })) as Output;
  const gold = expected('001_scanned');

  it('recovers every reference of the seed (type, symbol, date)', () => {
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const found = new Set(out.references.map(refKey));
    expect(gold.references.map(refKey).filter((k: string) => !found.has(k))).toEqual([]);
  });

  it('names the engine and gives each page a confidence in 0–100', () => {
    if (!out.ok) throw new Error('not read');
    expect(out.source.ocr?.engine).toMatch(/^tesseract \d+\.\d+\S* \(vie\)$/);
    expect(out.source.ocr?.pages.map((p) => p.page)).toEqual([1, 2]);
    for (const p of out.source.ocr?.pages ?? []) {
      expect(p.confidence).toBeGreaterThan(0);
      expect(p.confidence).toBeLessThanOrEqual(100);
    }
  });

  it('flags the text as OCR output', () => {
    if (!out.ok) throw new Error('not read');
    const warning = out.warnings.find((w) => w.code === 'ocr');
    expect(warning?.message).toMatch(/^text of pages 1–2 comes from OCR \(mean confidence \d+\)$/);
  });
});

describe('a mixed PDF: only its scanned page is OCR’d', async () => {
  const out = (await runJob({ path: '001_mixed.pdf', bytes: fixture('001_mixed') })) as Output;

  it('OCRs page 2 alone and still finds the whole document', () => {
    if (!out.ok) throw new Error(out.error.message);
    expect(out.source.ocr?.pages.map((p) => p.page)).toEqual([2]);
    expect(out.warnings.find((w) => w.code === 'ocr')?.message).toMatch(/^text of page 2 comes from OCR/);
    const found = new Set(out.references.map(refKey));
    expect(
      expected('001_mixed')
        .references.map(refKey)
        .filter((k: string) => !found.has(k)),
    ).toEqual([]);
  });
});

describe('which pages need OCR (decided without running it)', () => {
  it.each<[string, Uint8Array, string | null]>([
    ['image-only pages (nothing else to read: no-text)', fixture('001_scanned'), 'no-text'],
    ['a garbage text layer over scans', fixture('001_garbage-layer'), 'pages 1–2 look scanned'],
    ['page 2 of a mixed PDF', fixture('001_mixed'), 'page 2 looks scanned'],
    ['a PDF with a real text layer', seedPdf, null],
  ])('%s', async (_, bytes, expected) => {
    const read = await readPdf(bytes, withOcr({ enabled: false })).catch((e: { code: string }) => e);
    if ('code' in read) return expect(read.code).toBe(expected);
    const disabled = read.warnings.find((w) => w.code === 'ocr-disabled');
    expect(disabled?.message).toBe(expected === null ? undefined : `${expected}; OCR is disabled`);
  });

  /** The seed's text page 1, then a page that is a grey picture over `cover` of its area plus a line of text. */
  async function pictureWithText(cover: number): Promise<Uint8Array> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const [first] = await doc.copyPages(await PDFDocument.load(seedPdf), [0]);
    doc.addPage(first);
    const page = doc.addPage([595, 842]);
    const image = doc.context.flateStream(new Uint8Array(64).fill(200), {
      Type: 'XObject',
      Subtype: 'Image',
      Width: 8,
      Height: 8,
      ColorSpace: 'DeviceGray',
      BitsPerComponent: 8,
    });
    const name = page.node.newXObject('Im', doc.context.register(image));
    const [w, h] = [595 * Math.sqrt(cover), 842 * Math.sqrt(cover)];
    page.pushOperators(
      pushGraphicsState(),
      concatTransformationMatrix(w, 0, 0, h, 0, 0),
      drawObject(name),
      popGraphicsState(),
    );
    page.drawText('Email: vanthu@tayson.binhdinh.gov.vn 16.06.2021', {
      x: 300,
      y: 60,
      size: 8,
      font: await doc.embedFont(StandardFonts.Helvetica),
    });
    return doc.save();
  }

  it.each<[string, number, string | undefined]>([
    ['a scan under a line of text (a signing stamp)', 0.9, 'page 2 looks scanned; OCR is disabled'],
    ['a page with a small picture and a line of text', 0.3, undefined],
  ])('%s', async (_, cover, message) => {
    const read = await readPdf(await pictureWithText(cover), withOcr({ enabled: false }));
    expect(read.warnings.find((w) => w.code === 'ocr-disabled')?.message).toBe(message);
  });

  it('a page over the OCR page limit is skipped with a warning', async () => {
    const read = await readPdf(fixture('001_mixed'), withOcr({ maxPages: 0 }));
    expect(read.ocr).toBeUndefined();
    expect(read.warnings.find((w) => w.code === 'ocr-page-limit')?.message).toMatch(/^page 2 not OCR'd/);
  });
});

describe('when OCR cannot run', () => {
  const install = 'apt-get install tesseract-ocr tesseract-ocr-vie';

  it.each<[string, Partial<OcrOptions>, string]>([
    ['tesseract not installed', { tesseractPath: join(work, 'no-such-tesseract') }, 'tesseract was not found'],
    ['no model for the language', { languages: 'xyz' }, "no 'xyz' language model"],
    ['pdftoppm not installed', { pdftoppmPath: join(work, 'no-such-pdftoppm') }, 'pdftoppm was not found'],
  ])('%s → ocr-unavailable with the install command', async (_, ocr, why) => {
    const out = await ingest('scan.pdf', fixture('001_scanned'), withOcr(ocr));
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error.code).toBe('ocr-unavailable');
    expect(out.error.message).toContain(why);
    expect(out.error.message).toContain(install);
  });

  it('a mixed PDF keeps its text pages, with the same code as a warning', async () => {
    const out = await ingest('mixed.pdf', fixture('001_mixed'), withOcr({ tesseractPath: join(work, 'none') }));
    if (!out.ok) throw new Error(out.error.message);
    expect(out.ingested.warnings.find((w) => w.code === 'ocr-unavailable')?.message).toContain(install);
    expect(out.ingested.text).toContain('Thực hiện Công số 8879/UBND-NC ngày 22/11/2023');
    expect(out.source.ocr).toBeUndefined();
  });

  it('tesseract failing on a page → ocr-failed with its reason', async () => {
    const tesseractPath = fakeTesseract('broken', 'echo "Error in pixReadStream: Unknown format" >&2; exit 1');
    const out = await ingest('scan.pdf', fixture('001_scanned'), withOcr({ tesseractPath }));
    expect(out.ok ? null : out.error).toEqual({
      code: 'ocr-failed',
      message: 'tesseract failed on page 1 (exit 1): Error in pixReadStream: Unknown format',
    });
  });

  it('a page over its time limit → ocr-failed, and the tesseract process is gone', async () => {
    const pidFile = join(work, 'slow.pid');
    const tesseractPath = fakeTesseract('slow', `echo $$ > ${pidFile}; exec sleep 30`);
    const out = await ingest('scan.pdf', fixture('001_scanned'), withOcr({ tesseractPath, pageTimeoutSeconds: 1 }));
    expect(out.ok ? null : out.error.code).toBe('ocr-failed');
    expect(out.ok ? '' : out.error.message).toContain('took over 1 s on page 1');
    expect(isRunning(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
  });
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const waitUntil = async (done: () => boolean, ms: number): Promise<boolean> => {
  for (let t = 0; t < ms && !done(); t += 50) await new Promise((r) => setTimeout(r, 50));
  return done();
};

describe('child processes do not outlive their thread', () => {
  it('a command is stopped when the worker thread that started it is terminated', async () => {
    const pidFile = join(work, 'child.pid');
    const guard = new URL('../pipeline/ingest/ocr/guard.ts', import.meta.url).href;
    // the worker loads the TypeScript module through tsx, as the pipeline's workers do
    const code = `(async () => {
      const { register } = await import('tsx/esm/api'); register();
      const { runGuarded } = await import(${JSON.stringify(guard)});
      runGuarded('sh', ['-c', 'echo $$ > ${pidFile}; exec sleep 30'], 60);
    })();`;
    const worker = new Worker(code, { eval: true });
    const started = await waitUntil(() => readFileSync(pidFile, { flag: 'a+' }).length > 0, 10_000);
    expect(started).toBe(true);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(isRunning(pid)).toBe(true);
    await worker.terminate();
    expect(await waitUntil(() => !isRunning(pid), 5_000)).toBe(true);
  });

  it('a command that ends on its own reports its status and output', async () => {
    expect(await runGuarded('sh', ['-c', 'echo out; echo err >&2; exit 3'], 10)).toEqual({
      status: 3,
      stdout: 'out\n',
      stderr: 'err\n',
    });
  });
});

describe('garbage text layers, by measurable statistics', () => {
  const seedText = readFileSync('fixtures/seeds/001_86f23684388f38af.txt', 'utf8');
  const toneless = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const tcvn3 =
    'Thùc hiÖn C«ng v¨n sè 8879/UBND-NC ngµy 22/11/2023 cña UBND tØnh vÒ viÖc tiÕp tôc ®Èy m¹nh phong trµo thi ®ua ' +
    'thùc hiÖn th¾ng lîi NghÞ quyÕt sè 168/NQ-CP cña ChÝnh phñ. §Ó gãp phÇn t¹o ®éng lùc thóc ®Èy hoµn thµnh nhiÖm vô';
  const utf8AsLatin1 = Buffer.from(seedText.slice(0, 600), 'utf8').toString('latin1');
  const english =
    'The committee asks every department to carry out the plan and to report its results before the end of ' +
    'November, so that the province can review the emulation movement and propose awards for the best units.';
  const soup =
    'Tbirc hicn Cbng s6 8879 ngiiy 22/11/2023 ciia UBND tlnh vG vigc ticp tyc dBy mgnh phbng trilo thl dlia '.repeat(2);

  it.each<[string, string, RegExp | null]>([
    ['a seed text', seedText, null],
    [
      'the same with tone styles mixed (hoà / hòa, thuỷ)',
      seedText.replaceAll('hòa', 'hoà').replaceAll('ủy', 'uỷ'),
      null,
    ],
    [
      'a page of abbreviations and codes',
      `Nơi nhận: ${'- UBND tỉnh; - Sở TN&MT; - Sở GD&ĐT; - Lưu: VT, NC. '.repeat(6)}`,
      null,
    ],
    ['tones dropped (English OCR engine)', toneless(seedText), /carry Vietnamese marks/],
    ['TCVN3 read as Latin-1', tcvn3, /mojibake/],
    ['UTF-8 read as Latin-1', utf8AsLatin1, /mojibake/],
    ['replacement characters', seedText.slice(0, 400).replace(/[ạảấầậếềệịọốồộớờợụứừự]/g, '\ufffd'), /mojibake/],
    ['letter soup', soup, /Vietnamese syllables/],
    ['English text', english, /Vietnamese syllables/],
    ['too short to judge', 'Ky boi: Nguyen Van A', null],
  ])('%s', (_, text, reason) => {
    const why = garbageReason(layerStats(text));
    if (reason === null) expect(why).toBeUndefined();
    else expect(why).toMatch(reason);
  });

  it.each<[string, boolean]>([
    ['người', true],
    ['khuỷu', true],
    ['gì', true],
    ['quốc', true],
    ['nghiêng', true],
    ['thuỷ', true],
    ['UBND', false],
    ['tbirc', false],
    ['ngiiy', false],
    ['aim', false],
    ['hóá', false],
  ])('syllable %s → %s', (word, valid) => expect(isVietnameseSyllable(word)).toBe(valid));
});

describe('a scanned page with some real text: the text layer wins where both read', () => {
  const stamp: Line = {
    segments: [{ text: 'Ký bởi: Nguyễn Văn An', x0: 300, x1: 420 }],
    y: 700,
    size: 8,
    x0: 300,
    x1: 420,
  };
  const word = (str: string, x: number, y: number, size = 8): PlacedText => ({ str: `${str} `, x, y, width: 25, size });

  it.each<[string, PlacedText, boolean]>([
    ['OCR of the stamp itself', word('Ky', 302, 699), false],
    ['OCR overlapping its right end', word('An', 410, 701), false],
    ['a word on the line below', word('CHỦ', 300, 680, 13), true],
    ['a word beside it on the same line', word('Hạnh', 460, 700, 13), true],
  ])('%s → kept: %s', (_, ocr, kept) => {
    const merged = besideLayer([stamp], [ocr]).map((t) => t.str);
    expect(merged).toEqual(kept ? ['Ký bởi: Nguyễn Văn An', ocr.str] : ['Ký bởi: Nguyễn Văn An']);
  });
});

describe('tesseract TSV → positioned words', () => {
  const header = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
  const row = (level: number, line: number, word: number, box: number[], conf: number, text = '') =>
    [level, 1, 1, 1, line, word, ...box, conf, text].join('\t');
  // a 300 dpi page 3000 px high; one line "Quyết định số 12/QĐ-UBND" at the top, with dust and a rule
  const tsv = [
    header,
    row(1, 0, 0, [0, 0, 2400, 3000], -1),
    row(4, 1, 0, [300, 300, 900, 60], -1),
    row(5, 1, 1, [300, 300, 150, 50], 96, 'Quyết'),
    row(5, 1, 2, [470, 305, 120, 60], 95, 'định'),
    row(5, 1, 3, [610, 310, 60, 40], 94, 'số'),
    row(5, 1, 4, [690, 300, 300, 52], 90, '12/QĐ-UBND'),
    row(5, 1, 5, [1000, 320, 3, 3], 80, '-'),
    row(5, 1, 6, [1100, 320, 40, 10], 85, '__'),
    row(5, 1, 7, [1200, 320, 20, 20], 30, '¬'),
    row(5, 1, 8, [1300, 300, 100, 50], 70, '__2,'),
  ].join('\n');
  const read = readTsv(tsv, 300);

  it('keeps the words, drops dust, rules and doubted marks, trims rule edges', () =>
    expect(read.items.map((i) => i.str.trim())).toEqual(['Quyết', 'định', 'số', '12/QĐ-UBND', '2,']));

  it('puts a line on one baseline in PDF points, y upwards', () => {
    expect(new Set(read.items.map((i) => i.y)).size).toBe(1);
    expect(read.items[0]?.y).toBeCloseTo(((3000 - 350) * 72) / 300, 1);
    expect(read.items[0]?.x).toBeCloseTo(72, 1);
    expect(read.items[0]?.size).toBeCloseTo((60 * 72) / 300, 1);
  });

  it('reports the confidences of the words kept', () => expect(read.confidences).toEqual([96, 95, 94, 90, 70]));

  it.each<[number[], string]>([
    [[1, 2, 3], '1–3'],
    [[2], '2'],
    [[1, 3, 4, 5, 9], '1, 3–5, 9'],
  ])('pages %j → %s', (pages, text) => expect(pageRanges(pages)).toBe(text));
});
