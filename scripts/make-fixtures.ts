/**
 * Regenerates fixtures/seeds/<id>.{txt,docx,pdf} from the seeds in ../shared/seeds (relative to the repo root):
 * the .txt is copied, the .docx is laid out as an office would type it, the .pdf is LibreOffice's "Save as PDF".
 * Run: npx tsx scripts/make-fixtures.ts [--no-pdf]
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEmphasis } from './fixtures/emphasis.js';
import { convertToPdf, hasTool, pdfText } from './fixtures/office.js';
import { checkSymbols } from './fixtures/references.js';
import { packDocx, seedDocument } from './fixtures/seed-docx.js';
import { layoutSeed } from './fixtures/seed-layout.js';
import { splitLines } from './fixtures/seed-lines.js';
import { compareWords } from './fixtures/word-check.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = resolve(root, '../shared/seeds');
const outDir = join(root, 'fixtures/seeds');
const withPdf = !process.argv.includes('--no-pdf');

async function makeDocx(seedPath: string, id: string): Promise<{ path: string; plain: string }> {
  const styled = parseEmphasis(readFileSync(seedPath, 'utf8'));
  if (styled.plain.includes('*')) throw new Error(`${id}: unmatched emphasis marker left in the text`);
  const layout = layoutSeed(splitLines(styled.plain));
  const docx = await packDocx(seedDocument(styled, layout, id));
  const diff = await compareWords(styled.plain, docx);
  if (diff.missing.length || diff.extra.length) {
    throw new Error(`${id}: docx text differs from the seed: missing ${diff.missing} / extra ${diff.extra}`);
  }
  const path = join(outDir, `${id}.docx`);
  writeFileSync(path, docx);
  const fields = Object.entries(layout)
    .filter(([, v]) => (Array.isArray(v) ? v.length > 0 : v !== null))
    .map(([k, v]) => (Array.isArray(v) ? `${k}(${v.length})` : k));
  console.log(`${id}.docx  ${docx.length} bytes  [${fields.join(' ')}]`);
  return { path, plain: styled.plain };
}

function checkPdf(id: string, plain: string): void {
  const pdf = join(outDir, `${id}.pdf`);
  const text = pdfText(pdf);
  const pages = text.split('\f').filter((p) => p.trim()).length;
  const { intact, wrapped, broken } = checkSymbols(plain, text);
  const notes = [`${intact.length} symbols intact`];
  if (wrapped.length) notes.push(`wrapped at a hyphen: ${wrapped.join(', ')}`);
  if (broken.length) notes.push(`BROKEN: ${broken.join(', ')}`);
  console.log(`${id}.pdf   ${statSync(pdf).size} bytes  ${pages} pages  ${notes.join('; ')}`);
  if (broken.length) process.exitCode = 1;
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (!seeds.length) throw new Error(`no seeds in ${seedsDir}`);
  const made: { id: string; path: string; plain: string }[] = [];
  for (const file of seeds) {
    const id = basename(file, '.txt');
    writeFileSync(join(outDir, file), readFileSync(join(seedsDir, file))); // byte copy, not the seed's mode
    made.push({ id, ...(await makeDocx(join(seedsDir, file), id)) });
  }
  if (!withPdf) return;
  if (!hasTool('soffice')) throw new Error('soffice (LibreOffice) not on PATH; install it or pass --no-pdf');
  convertToPdf(
    made.map((m) => m.path),
    outDir,
  );
  if (!hasTool('pdftotext')) console.warn('pdftotext not on PATH: PDFs not checked');
  else for (const m of made) checkPdf(m.id, m.plain);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
