import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode, Output } from '../output/schema.js';
import { runBatch } from '../pipeline/embedded.js';
import { scanXml } from '../pipeline/ingest/docx/xml-scan.js';
import { inflateEntry, readZipDirectory, type ZipEntry } from '../pipeline/ingest/docx/zip.js';
import { DEFAULT_INGEST } from '../pipeline/ingest/index.js';
import { runJob } from '../pipeline/job.js';
import { billionLaughs, honestBomb, lyingBomb, manyEntries } from '../scripts/hostile/bombs.js';
import { officeLetter } from '../scripts/hostile/texts.js';
import { withRecordedPages } from '../scripts/hostile/word-parts.js';
import { writeZip } from '../scripts/hostile/zip-writer.js';

// Inputs too large to commit (a gigabyte of XML deflates to a megabyte) are built here, into a
// temporary folder, by the same code as scripts/make-hostile-fixtures.ts --large.
const BUILT: Record<string, () => Uint8Array> = {
  'bomb-3gib.docx': () => honestBomb(3072),
  'bomb-20mib.docx': () => honestBomb(20),
  'bomb-lying.docx': () => lyingBomb(3072, 16_384),
  'many-entries.docx': () => manyEntries(5000),
  'recorded-12-pages.docx': () => writeZip(withRecordedPages(officeLetter, 12)),
};
let builtDir = '';
const at = (file: string): string => (file in BUILT ? join(builtDir, file) : file);

beforeAll(() => {
  builtDir = mkdtempSync(join(tmpdir(), 'vbx-hostile-'));
  for (const [name, build] of Object.entries(BUILT)) writeFileSync(join(builtDir, name), build());
});
afterAll(() => rmSync(builtDir, { recursive: true, force: true }));

const H = 'fixtures/hostile';
/** file → the error code and what its message must say, or 'ok' and what the text must hold */
const ROWS: [file: string, code: ErrorCode | 'ok', says: RegExp][] = [
  [`${H}/empty.docx`, 'empty', /empty \(0 bytes\)/],
  [`${H}/empty.pdf`, 'empty', /empty \(0 bytes\)/],
  [`${H}/empty.txt`, 'empty', /empty \(0 bytes\)/],
  [`${H}/whitespace.txt`, 'no-text', /no text/],
  [`${H}/no-text.docx`, 'no-text', /no text/],
  [`${H}/truncated.docx`, 'corrupt', /end of central directory not found \(truncated\?\)/],
  ['test/pdf/truncated.pdf', 'corrupt', /not a readable PDF/],
  [`${H}/encrypted.docx`, 'encrypted', /password-protected/],
  ['test/pdf/encrypted.pdf', 'encrypted', /password-protected/],
  [`${H}/binary-junk.pdf`, 'unsupported-format', /binary data of no known document format/],
  [`${H}/image-png.docx`, 'unsupported-format', /image/],
  [`${H}/image-jpeg.docx`, 'unsupported-format', /image/],
  [`${H}/html-page.docx`, 'unsupported-format', /HTML page/],
  [`${H}/spreadsheet.docx`, 'unsupported-format', /spreadsheet \(Excel \.xlsx.*not a Word document/],
  [`${H}/opendocument.docx`, 'unsupported-format', /OpenDocument text \(\.odt\), not a Word document/],
  [`${H}/english.txt`, 'not-vietnamese', /Vietnamese/],
  [`${H}/french.txt`, 'not-vietnamese', /Vietnamese/],
  [`${H}/chinese.txt`, 'not-vietnamese', /Vietnamese/],
  [`${H}/english.docx`, 'not-vietnamese', /Vietnamese/],
  [`${H}/french.docx`, 'not-vietnamese', /Vietnamese/],
  [`${H}/chinese.docx`, 'not-vietnamese', /Vietnamese/],
  [`${H}/depth-bomb.docx`, 'corrupt', /word\/document\.xml .*nested over 10000 deep/],
  [`${H}/billion-laughs.docx`, 'corrupt', /word\/document\.xml declares a DTD/],
  ['bomb-3gib.docx', 'too-large', /word\/document\.xml declares 3221\d{6} bytes, over the \d+-byte unzip limit/],
  ['bomb-20mib.docx', 'too-large', /word\/document\.xml would inflate \d{3,4}:1 to 2097\d{4} bytes, over the 100:1/],
  ['bomb-lying.docx', 'corrupt', /word\/document\.xml inflates past the 16384 bytes its header declares/],
  // rows that must come out ok: the same reader, nothing hostile about them
  ['test/pdf/junk.pdf', 'ok', /Đây không phải là tệp PDF/], // text named .pdf: the bytes decide, not the name
  ['many-entries.docx', 'ok', /Kế hoạch số 48\/KH-UBND/],
  ['recorded-12-pages.docx', 'ok', /Nguyễn Văn Bình/],
  [`${H}/long-300.docx`, 'ok', /Phụ lục 299\. Báo cáo/],
];

const run = async (file: string, opts = DEFAULT_INGEST): Promise<Output> =>
  runJob({ path: file, bytes: new Uint8Array(readFileSync(at(file))) }, opts);

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

describe('hostile input: one record each, with a code and a reason', () => {
  // first, while the process is small: an inflated bomb would raise the peak by gigabytes
  it.each([
    ['bomb-3gib.docx', 'refused from the size it declares, before inflating'],
    ['bomb-20mib.docx', 'refused from its compression ratio, before inflating'],
    ['bomb-lying.docx', 'stopped at the size it declares while inflating'],
  ])('%s is %s, in bounded memory', async (file) => {
    const before = peakRssMb();
    const out = await run(file);
    expect(out.ok).toBe(false);
    expect(peakRssMb() - before).toBeLessThan(200);
  });

  it.each(ROWS)('%s → %s', async (file, code, says) => {
    const out = await run(file);
    if (code === 'ok') {
      expect(out.ok ? null : out.error).toBeNull();
      if (out.ok) expect(out.text).toMatch(says);
      return;
    }
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error.code).toBe(code);
    expect(out.error.message).toMatch(says);
    expect(out.source.path).toBe(file);
  });

  it('our XML reader expands no entity: read without the DTD check, "&lol9;" stays as written', () => {
    const bytes = billionLaughs();
    const document = inflateEntry(bytes, readZipDirectory(bytes).get('word/document.xml') as ZipEntry, {
      remaining: 1 << 20,
      cap: 1 << 20,
    });
    const texts: string[] = [];
    scanXml(new TextDecoder().decode(document), { open() {}, close() {}, text: (t) => texts.push(t) });
    expect(texts.filter((t) => t.includes('lol'))).toEqual(['&lol9;']);
  });
});

describe('page cap (maxPages)', () => {
  it.each<[string, number, string | null]>([
    [`${H}/long-300.docx`, 299, 'the document has 300 pages (counted from its page breaks), over the 299-page limit'],
    [`${H}/long-300.docx`, 300, null],
    [`${H}/long-300.pdf`, 299, 'PDF has 300 pages, over the 299-page limit'],
    [`${H}/long-300.pdf`, 100, 'PDF has 300 pages, over the 100-page limit'],
    [
      'recorded-12-pages.docx',
      11,
      'the document has 12 pages (as recorded by the program that saved it), over the 11-page limit',
    ],
    ['recorded-12-pages.docx', 12, null],
  ])('%s with maxPages %d', async (file, maxPages, refusal) => {
    const out = await run(file, { ...DEFAULT_INGEST, maxPages });
    expect(out.ok ? null : out.error).toEqual(refusal === null ? null : { code: 'too-large', message: refusal });
  });
});

describe('a batch of hostile files goes on: every file gets its record, good ones are ok', () => {
  const SEEDS = ['fixtures/seeds/000_c21ba88fb6e881a3.docx', 'fixtures/seeds/001_86f23684388f38af.pdf'];

  it('runs every row, the 300-page PDF and two seeds in one runBatch', async () => {
    const work = join(builtDir, 'batch');
    mkdirSync(join(work, 'out'), { recursive: true });
    const inputs = [...new Set([...ROWS.map(([file]) => at(file)), at(`${H}/long-300.pdf`), ...SEEDS])];
    const jsonl = join(work, 'all.jsonl');
    const summary = await runBatch(inputs, { out: join(work, 'out'), jsonl, workers: 1 });
    const records = new Map<string, Output>();
    for (const line of readFileSync(jsonl, 'utf8').trim().split('\n')) {
      const r = JSON.parse(line) as Output;
      records.set(r.source.path, r);
    }
    expect(records.size).toBe(inputs.length);
    const okRows = ROWS.filter(([, code]) => code === 'ok').length;
    expect(summary).toMatchObject({ documents: inputs.length, ok: okRows + 1 + SEEDS.length });
    for (const [file, code] of ROWS) {
      const r = records.get(at(file));
      expect(r && (r.ok ? 'ok' : r.error.code), file).toBe(code);
    }
    for (const seed of SEEDS) expect(records.get(seed)?.ok, seed).toBe(true);
    const long = records.get(`${H}/long-300.pdf`);
    expect(long?.ok && long.text).toMatch(/Phụ lục 299\. Báo cáo/);
  });
});
