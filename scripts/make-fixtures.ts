/**
 * Regenerates fixtures/seeds/<id>.{txt,docx,pdf} from the seeds in ../shared/seeds (relative to the repo root):
 * the .txt is copied, the .docx is laid out as an office would type it, the .pdf is LibreOffice's "Save as PDF".
 * With --variants, fixtures/variants/<id>.{docx,pdf} are made the same way from fixtures/variants/<id>.txt
 * (held-out documents written by hand, each beside its <id>.expected.json); --all makes both sets.
 * With --holdout, fixtures/holdout/<id>.{docx,pdf} are made from fixtures/holdout/<id>.txt (a test set written
 * without looking at the extractors; never tune rules on it). --all does not include it.
 * Run: npx tsx scripts/make-fixtures.ts [--variants | --holdout | --all] [--no-pdf]
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEmphasis } from './fixtures/emphasis.js';
import { convertToPdf, hasTool, pdfText } from './fixtures/office.js';
import { checkSymbols } from './fixtures/references.js';
import { type LayoutOptions, packDocx, seedDocument } from './fixtures/seed-docx.js';
import { layoutSeed } from './fixtures/seed-layout.js';
import { splitLines } from './fixtures/seed-lines.js';
import { compareWords } from './fixtures/word-check.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const withPdf = !process.argv.includes('--no-pdf');

/** A set of source texts and where its fixtures go; seeds are copied in, variants already live there. */
interface FixtureSet {
  name: string;
  sourceDir: string;
  outDir: string;
  copyText: boolean;
  /** LibreOffice profile of this set, so parallel runs do not share one */
  profile: string;
  layout: (id: string) => LayoutOptions;
}
const SEEDS: FixtureSet = {
  name: 'seeds',
  sourceDir: resolve(root, '../shared/seeds'),
  outDir: join(root, 'fixtures/seeds'),
  copyText: true,
  profile: 'lo-fixtures',
  layout: () => ({}),
};
const VARIANTS: FixtureSet = {
  name: 'variants',
  sourceDir: join(root, 'fixtures/variants'),
  outDir: join(root, 'fixtures/variants'),
  copyText: false,
  profile: 'lo-variants',
  // Every other variant has its header typed on tab stops, every third its signature block, so each
  // layout meets the other.
  layout: (id) => {
    const n = Number(/^v(\d+)/.exec(id)?.[1] ?? 0);
    return { tabbedHeader: n % 2 === 1, tabbedSignature: n % 3 === 0 };
  },
};

const HOLDOUT: FixtureSet = {
  name: 'holdout',
  sourceDir: join(root, 'fixtures/holdout'),
  outDir: join(root, 'fixtures/holdout'),
  copyText: false,
  profile: 'lo-holdout',
  // Same alternation as the variants, shifted so h1 gets a plain layout and the tabbed ones fall elsewhere.
  layout: (id) => {
    const n = Number(/^h(\d+)/.exec(id)?.[1] ?? 0);
    return { tabbedHeader: n % 2 === 0, tabbedSignature: n % 3 === 2 };
  },
};

// A "*" alone on its line is the separator under a Party body's name, not an emphasis marker.
const strayMarker = (plain: string): boolean => /\*/.test(plain.replace(/^[ \t]*\*[ \t]*$/gm, ''));

async function makeDocx(
  seedPath: string,
  id: string,
  outDir: string,
  opts: LayoutOptions,
): Promise<{ path: string; plain: string }> {
  const styled = parseEmphasis(readFileSync(seedPath, 'utf8'));
  if (strayMarker(styled.plain)) throw new Error(`${id}: unmatched emphasis marker left in the text`);
  const layout = layoutSeed(splitLines(styled.plain));
  const docx = await packDocx(seedDocument(styled, layout, id, opts));
  const diff = await compareWords(styled.plain, docx);
  if (diff.missing.length || diff.extra.length) {
    throw new Error(`${id}: docx text differs from the seed: missing ${diff.missing} / extra ${diff.extra}`);
  }
  const path = join(outDir, `${id}.docx`);
  writeFileSync(path, docx);
  const fields = Object.entries(layout)
    .filter(([, v]) => (Array.isArray(v) ? v.length > 0 : v !== null))
    .map(([k, v]) => (Array.isArray(v) ? `${k}(${v.length})` : k));
  const tabbed = [opts.tabbedHeader && 'header', opts.tabbedSignature && 'signature'].filter(Boolean);
  const how = tabbed.length ? ` (${tabbed.join(', ')} on tab stops)` : '';
  console.log(`${id}.docx  ${docx.length} bytes  [${fields.join(' ')}]${how}`);
  return { path, plain: styled.plain };
}

function checkPdf(id: string, plain: string, outDir: string): void {
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

async function makeSet(set: FixtureSet): Promise<void> {
  mkdirSync(set.outDir, { recursive: true });
  const sources = readdirSync(set.sourceDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (!sources.length) throw new Error(`no ${set.name} in ${set.sourceDir}`);
  const made: { id: string; path: string; plain: string }[] = [];
  for (const file of sources) {
    const id = basename(file, '.txt');
    if (set.copyText) writeFileSync(join(set.outDir, file), readFileSync(join(set.sourceDir, file))); // byte copy, not the seed's mode
    made.push({ id, ...(await makeDocx(join(set.sourceDir, file), id, set.outDir, set.layout(id))) });
  }
  if (!withPdf) return;
  if (!hasTool('soffice')) throw new Error('soffice (LibreOffice) not on PATH; install it or pass --no-pdf');
  convertToPdf(
    made.map((m) => m.path),
    set.outDir,
    set.profile,
  );
  if (!hasTool('pdftotext')) console.warn('pdftotext not on PATH: PDFs not checked');
  else for (const m of made) checkPdf(m.id, m.plain, set.outDir);
}

async function main(): Promise<void> {
  const all = process.argv.includes('--all');
  const sets = all
    ? [SEEDS, VARIANTS]
    : process.argv.includes('--holdout')
      ? [HOLDOUT]
      : process.argv.includes('--variants')
        ? [VARIANTS]
        : [SEEDS];
  for (const set of sets) await makeSet(set);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
