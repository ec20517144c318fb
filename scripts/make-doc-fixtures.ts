/**
 * Makes fixtures/doc: Word 97–2003 .doc files saved by LibreOffice ("MS Word 97" filter) from .docx,
 * with expected results beside them.
 * - <seed id>.doc from fixtures/seeds/<id>.docx, and a few variants (tab-typed headers and signatures),
 *   expected = the seed's gold (../shared/gold) or the variant's sidecar;
 * - tables-lists.doc (+ its source .docx): header, body tables, automatic lists; expected annotated by hand;
 * - special-chars.doc: one line per Word control character and field (test/ingest-doc.test.ts);
 * - <seed id>-tcvn3.doc: seeds retyped in TCVN3 with .VnTime/.VnTimeH runs, expected = the seed's gold;
 *   <seed id>-mixed.doc: a third of the runs retyped (TCVN3 and Unicode paragraphs side by side);
 *   <seed id>-tcvn3-tnr.doc: retyped but left in Times New Roman (no font to tell);
 * - encrypted.doc: saved with a password.
 * Needs soffice. Run: npx tsx scripts/make-doc-fixtures.ts
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { convertToDoc, saveEncrypted } from './doc/office.js';
import { specialCharsDocx } from './doc/special-chars.js';
import { tablesListsDocx } from './doc/tables-lists.js';
import { TABLES_LISTS_EXPECTED } from './doc/tables-lists-expected.js';
import { type RetypeOptions, retypeDocx } from './doc/tcvn3.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'fixtures/doc');
const gold = resolve(root, process.env.VBX_SHARED ?? '../shared', 'gold');
const work = mkdtempSync(join(tmpdir(), 'vbx-doc-'));

const SEEDS = [
  '000_c21ba88fb6e881a3',
  '001_86f23684388f38af',
  '002_9f03f7d026056359',
  '003_99555f0750182167',
  '004_89e1df001228f3ec',
];
// v1 and v3 have their header typed on tab stops, v6 its signature block
const VARIANTS = ['v1_quyet-dinh-tinh', 'v3_huong-dan-bo', 'v6_thong-bao-hoc-vien'];
const TCVN3_SEEDS = ['000_c21ba88fb6e881a3', '002_9f03f7d026056359'];
const MIXED_SEED = '003_99555f0750182167';
const UNICODE_FONT_SEED = '001_86f23684388f38af';

const writeExpected = (id: string, facts: object) =>
  writeFileSync(
    join(out, `${id}.expected.json`),
    `${JSON.stringify({ ...facts, id, source: `${id}.doc` }, null, 2)}\n`,
  );
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

// The docx package gives every list a startOverride, which Word does not write; LibreOffice saves each
// override as a copy of the list, which Word would number apart. Drop them: a plain list, as Word types it.
function withoutStartOverrides(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const numbering = files['word/numbering.xml'];
  if (numbering)
    files['word/numbering.xml'] = strToU8(strFromU8(numbering).replace(/<w:lvlOverride .*?<\/w:lvlOverride>/g, ''));
  return zipSync(files);
}

const sources: string[] = [];
for (const id of SEEDS) {
  sources.push(join(root, 'fixtures/seeds', `${id}.docx`));
  writeExpected(id, readJson(join(gold, `${id}.json`)));
}
for (const id of VARIANTS) {
  sources.push(join(root, 'fixtures/variants', `${id}.docx`));
  writeExpected(id, readJson(join(root, 'fixtures/variants', `${id}.expected.json`)));
}
const tables = join(out, 'tables-lists.docx');
writeFileSync(tables, withoutStartOverrides(await tablesListsDocx()));
sources.push(tables);
writeExpected('tables-lists', TABLES_LISTS_EXPECTED);
const special = join(work, 'special-chars.docx');
writeFileSync(special, await specialCharsDocx());
sources.push(special);
const retype = (id: string, name: string, opts: RetypeOptions) => {
  const retyped = join(work, `${id}-${name}.docx`);
  writeFileSync(retyped, retypeDocx(readFileSync(join(root, 'fixtures/seeds', `${id}.docx`)), opts));
  sources.push(retyped);
  writeExpected(`${id}-${name}`, readJson(join(gold, `${id}.json`)));
};
for (const id of TCVN3_SEEDS) retype(id, 'tcvn3', {});
// Old TCVN3 paragraphs pasted into a Unicode document: every third run retyped.
retype(MIXED_SEED, 'mixed', { runs: (i) => i % 3 === 1 });
// TCVN3 text whose font was changed to Times New Roman without converting it: only the characters tell.
retype(UNICODE_FONT_SEED, 'tcvn3-tnr', { keepFont: true });
convertToDoc(sources, out);

// (LibreOffice 7.4 saves .docx without encryption even when given a password: the encrypted-OOXML case
// is made in test/ingest-doc.test.ts by renaming a stream.)
saveEncrypted(special, join(out, 'encrypted.doc'), 'MS Word 97', 'vbx-secret');
console.log(`fixtures/doc: ${sources.length} .doc and encrypted.doc (work files in ${work})`);
