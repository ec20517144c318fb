/**
 * Writes fixtures/legacy-pdf/: seeds typed in legacy Vietnamese fonts and printed to PDF, each beside
 * an <name>.expected.json (the seed's gold from ../shared/gold, renamed):
 *   <id>.vntime.pdf          fixtures/legacy/<id>.vntime.docx (TCVN3 in .VnTime, capitals in .VnTimeH)
 *   <id>.mixed.pdf           fixtures/legacy/<id>.mixed.docx (Unicode, TCVN3 with its fonts, TCVN3 without)
 *   <id>.fontless.pdf        TCVN3 text in Times New Roman, as pasted without its font: only the
 *                            characters tell (the path for PDFs whose fonts are named "F1", "TT1")
 *   <id>.vni.pdf             the seed in VNI-Windows with VNI-Times
 *   <id>.unicode-vntime.pdf  the Unicode seed with every run in .VnTime, plus a paragraph of Unicode
 *                            text with characters legacy text is made of (°, ±, «»): nothing to convert
 * The fonts are Liberation Serif installed under the legacy names (scripts/legacy-pdf/print.ts), so
 * the PDFs name them as an office's would ("BAAAAA+.VnTimeH-Bold"). Needs soffice and qpdf.
 * Run: npx tsx scripts/make-legacy-pdf-fixtures.ts
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPdf } from '../pipeline/ingest/pdf.js';
import { legacyDocx } from './legacy/docx-runs.js';
import { addParagraph, retype, swapSoftHyphens, vniDocx } from './legacy-pdf/docx.js';
import { printWithLegacyFonts } from './legacy-pdf/print.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = join(root, 'fixtures/seeds');
const LEGACY = join(root, 'fixtures/legacy');
const OUT = join(root, 'fixtures/legacy-pdf');
const GOLD = resolve(root, process.env.VBX_SHARED ?? '../shared', 'gold');

const seedDocx = (id: string) => readFileSync(join(SEEDS, `${id}.docx`));
/** Unicode text legacy-looking characters are common in: degrees, plus-minus, guillemets. */
const UNICODE_LINE = 'Nhiệt độ phòng họp giữ ở 25°C ± 2°C; các mục «Ghi chú» để trống.';

/** A .docx fixtures/legacy already holds, printed as it is. */
const typed = (id: string, kind: string) => ({
  id,
  kind,
  docx: () => readFileSync(join(LEGACY, `${id}.${kind}.docx`)),
});

const FIXTURES: { id: string; kind: string; docx: () => Uint8Array }[] = [
  typed('000_c21ba88fb6e881a3', 'vntime'),
  typed('002_9f03f7d026056359', 'vntime'),
  typed('001_86f23684388f38af', 'mixed'),
  {
    id: '003_99555f0750182167',
    kind: 'fontless',
    docx: () => legacyDocx(seedDocx('003_99555f0750182167'), () => 'fontless'),
  },
  { id: '004_89e1df001228f3ec', kind: 'vni', docx: () => vniDocx(seedDocx('004_89e1df001228f3ec')) },
  {
    id: '002_9f03f7d026056359',
    kind: 'unicode-vntime',
    docx: () => addParagraph(retype(seedDocx('002_9f03f7d026056359'), '.VnTime'), UNICODE_LINE, '.VnTime'),
  },
];

function writeExpected(id: string, name: string): void {
  const gold = JSON.parse(readFileSync(join(GOLD, `${id}.json`), 'utf8'));
  writeFileSync(
    join(OUT, `${name}.expected.json`),
    `${JSON.stringify({ ...gold, id: name, source: `${name}.pdf` }, null, 2)}\n`,
  );
}

async function main(): Promise<void> {
  if (!existsSync(GOLD)) throw new Error(`gold annotations not found at ${GOLD} (set VBX_SHARED)`);
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'vbx-legacy-docx-'));
  const paths = FIXTURES.map(({ id, kind, docx }) => {
    const path = join(work, `${id}.${kind}.docx`);
    writeFileSync(path, swapSoftHyphens(docx()));
    return path;
  });
  const swapped = printWithLegacyFonts(paths, OUT);
  rmSync(work, { recursive: true, force: true });
  for (const { id, kind } of FIXTURES) {
    const name = `${id}.${kind}`;
    writeExpected(id, name);
    // what our own reader makes of it, for the eye; test/legacy-pdf.test.ts holds the facts to account
    const read = await readPdf(readFileSync(join(OUT, `${name}.pdf`)), { maxPages: 100, ocr: { enabled: false } });
    const said = read.warnings.map((w) => w.message).join('; ') || 'no conversion';
    console.log(`${name}.pdf  ${swapped.get(`${name}.pdf`)} ToUnicode entries → U+00AD  ${said}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
