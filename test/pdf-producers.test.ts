// The same documents as PDFs from producers other than LibreOffice (scripts/make-pdf-producers.ts):
// a Word-like writer (pdfkit: words placed one by one, VGCA stamps, watermarks, a header column set a
// line off) and headless Chromium (an HTML rendering). Each must score like its source document.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../output/schema.js';
import { pdfjs, restoreNatives } from '../pipeline/ingest/pdf/pdfjs.js';
import { readPdf, readPdfLines } from '../pipeline/ingest/pdf.js';
import { runJob } from '../pipeline/job.js';
import { KINDS, type Score, SHARED } from '../scripts/referee.js';

const DIR = 'fixtures/pdf-producers';
const pdfs = readdirSync(DIR)
  .filter((f) => f.endsWith('.pdf'))
  .sort();
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const expected = (name: string) =>
  JSON.parse(readFileSync(join(DIR, name.replace(/\.[^.]+$/, '.expected.json')), 'utf8'));

const results = new Map<string, Promise<ExtractionResult>>();
/** Each fixture is read once for the whole file. */
function result(name: string): Promise<ExtractionResult> {
  let r = results.get(name);
  if (!r) {
    r = runJob({ path: join(DIR, name), bytes: readFileSync(join(DIR, name)) }).then((out) => {
      if (!out.ok) throw new Error(`${name}: ${out.error.message}`);
      return out;
    });
    results.set(name, r);
  }
  return r;
}

/** A gold folder holding the sidecars of the given files only. */
function goldOf(files: string[]): string {
  const gold = mkdtempSync(join(tmpdir(), 'vbx-gold-producers-'));
  for (const f of files) {
    const sidecar = f.replace(/\.[^.]+$/, '.expected.json');
    cpSync(join(DIR, sidecar), join(gold, sidecar));
  }
  return gold;
}

describe('fixtures from other producers', () => {
  it('come from at least two producers besides LibreOffice', async () => {
    const { getDocument } = await pdfjs();
    const producers = new Set<string>();
    for (const f of pdfs) {
      const task = getDocument({ data: bytes(f) });
      const info = (await (await task.promise).getMetadata()).info as { Producer?: string };
      producers.add(info.Producer ?? '?');
      await task.destroy();
    }
    restoreNatives();
    expect(producers.size).toBeGreaterThanOrEqual(2);
    for (const p of producers) expect(p).not.toMatch(/LibreOffice|^\?$/);
  });

  // in process (runJob), not through the batch runner's worker pool: the referee only reads the results
  it.runIf(existsSync(join(SHARED, 'eval/score.mjs')))('score 100 with the referee, as PDF and as text', async () => {
    for (const [format, files] of [
      ['pdf', pdfs],
      ['txt', readdirSync(DIR).filter((f) => f.endsWith('.txt'))],
    ] as const) {
      const pred = mkdtempSync(join(tmpdir(), 'vbx-pred-producers-'));
      for (const f of files) writeFileSync(join(pred, `${f}.json`), JSON.stringify(await result(f)));
      const args = [join(SHARED, 'eval/score.mjs'), '--gold', goldOf(files), '--pred', pred, '--json'];
      const score: Score = JSON.parse(execFileSync('node', args, { encoding: 'utf8' }));
      expect(score.matchedDocuments, format).toBe(files.length);
      for (const k of KINDS) expect(score.kinds[k]?.F, `${format} ${k}`).toBe(1);
      expect(score.fieldAccuracy, format).toBe(1);
    }
  });
});

describe('digital-signature stamps come out as signing metadata', () => {
  it.each(pdfs)('%s', async (name) => {
    const r = await result(name);
    const want = expected(name).digitalSignatures ?? [];
    const got = (r.document.digitalSignatures ?? []).map(({ mention: _, ...s }) => s);
    expect(got).toEqual(want);
    for (const s of r.document.digitalSignatures ?? []) {
      // each stamp is read as one block: its lines follow each other in the text
      expect(
        s.mention.text
          .split('\n')
          .every((l) => /^(?:Ký bởi|Email|Cơ quan|Thời gian ký|Người ký|Chức vụ|Ngày ký):/.test(l)),
      ).toBe(true);
    }
    // the signing day is a date of the text, in its own role, never the issue date
    const stampDays = new Set(want.map((s: { signedAt: string }) => s.signedAt.slice(0, 10)));
    for (const d of r.dates.filter((x) => stampDays.has(x.value) && x.value !== r.document.issuedOn)) {
      expect(d.role, d.text).toBe('signature');
    }
  });
});

describe('page furniture, watermarks and header columns', () => {
  const literal = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  it.each(pdfs)('%s', async (name) => {
    const r = await result(name);
    const want = expected(name);
    const lines = r.text.split('\n');
    // what the producer printed besides the document (page numbers, running footer, watermark) is gone
    const { pageNumbers, footer, watermark } = want.furniture as Record<string, string | undefined>;
    if (pageNumbers && pageNumbers !== '#') {
      const numbered = new RegExp(`^${literal(pageNumbers).replace('#', '\\d+')}$`);
      expect(lines.filter((l) => numbered.test(l))).toEqual([]);
    }
    if (footer) expect(r.text).not.toContain(footer);
    if (watermark) expect(r.text).not.toContain(watermark);
    // the two header columns come out apart, issuer column first, whichever one starts higher
    const motto = lines.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    if (want.document.issuer && motto >= 0) {
      expect(lines.slice(0, motto).some((l) => /^(?:ỦY BAN NHÂN DÂN|UBND|SỞ|BAN)/.test(l))).toBe(true);
      expect(lines[motto + 1]).toBe('Độc lập - Tự do - Hạnh phúc');
    }
    const d = r.document;
    expect([d.docType, d.issuer, d.symbol, d.place, d.issuedOn, d.signer?.name ?? null]).toEqual([
      want.document.docType,
      want.document.issuer,
      want.document.symbol,
      want.document.place,
      want.document.issuedOn,
      want.document.signer?.name ?? null,
    ]);
  });
});

describe('codes broken at their hyphen and a table in the body (ke-hoach-bang)', () => {
  const source = readFileSync(join(DIR, 'ke-hoach-bang.txt'), 'utf8');
  const count = (text: string, code: string) => text.split(code).length - 1;
  it.each(['word_ke-hoach-bang.pdf', 'chromium_ke-hoach-bang.pdf'])('%s', async (name) => {
    const raw = (await readPdfLines(bytes(name))).flat().flatMap((l) => l.segments.map((s) => s.text));
    const text = (await readPdf(bytes(name))).text;
    for (const code of ['34-CT/TW', '98/2023/NĐ-CP', '01/2024/TT-BNV', '112/KH-UBND']) {
      expect(count(text, code), code).toBe(count(source, code));
    }
    expect(text).not.toMatch(/[\p{Lu}\d]- [\p{Lu}\d]|[\p{Lu}\d]-\n/u);
    // the table is read row by row, each cell a line of its own
    const lines = text.split('\n');
    const row = lines.indexOf(
      'Tổ chức Hội nghị điển hình tiên tiến theo Kế hoạch số 112/KH-UBND ngày 20/3/2024 của Ủy ban nhân dân tỉnh',
    );
    expect(row).toBeGreaterThan(0);
    expect(lines.slice(row - 1, row + 3)).toEqual(['2', lines[row], 'tháng 8/2024', 'Ban Thi đua - Khen thưởng']);
    if (name.startsWith('word_')) {
      // the Word-like PDF really breaks the codes where the test needs it
      expect(raw.some((l) => l.endsWith('98/2023/NĐ-'))).toBe(true);
      expect(raw.some((l) => /34-$/.test(l))).toBe(true);
    }
  });
});
