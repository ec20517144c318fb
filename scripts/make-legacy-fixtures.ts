/**
 * Writes fixtures/legacy/: every seed of fixtures/seeds/*.txt in the encodings of old archives, each
 * beside an <id>.<kind>.expected.json (the seed's gold from ../shared/gold, renamed):
 *   .tcvn3.txt   TCVN3 bytes (capitals typed with caps lock, title-case toned capitals as "Uñ")
 *   .vni.txt     VNI-Windows bytes
 *   .cp1258.txt  Windows-1258 bytes (letter + combining tone byte)
 *   .utf16le.txt UTF-16LE without a byte-order mark
 *   .nfd.txt     UTF-8, fully decomposed (NFD)
 *   .vntime.docx the seed's .docx typed in TCVN3: body in .VnTime, capitals in .VnTimeH (lower-case
 *                letters in the header table, where only the font makes them capitals)
 *   .mixed.docx  paragraphs in turn Unicode, TCVN3 with its fonts, TCVN3 pasted without its font
 * Punctuation: “ ” – … and the no-break space are Windows-1252 characters that TCVN3 and VNI files
 * kept as such, so they are written as those bytes and survive; any character an encoding cannot
 * hold (none in the seeds) stops the script instead of being dropped.
 * Run: npx tsx scripts/make-legacy-fixtures.ts
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocx } from '../pipeline/ingest/docx.js';
import { encodeCp1252 } from '../pipeline/ingest/legacy/cp1252.js';
import { toVni } from '../pipeline/ingest/legacy/encode.js';
import { parseEmphasis } from './fixtures/emphasis.js';
import { packDocx, seedDocument } from './fixtures/seed-docx.js';
import { layoutSeed } from './fixtures/seed-layout.js';
import { splitLines } from './fixtures/seed-lines.js';
import { toWindows1258 } from './legacy/cp1258.js';
import { legacyDocx, type ParagraphMode } from './legacy/docx-runs.js';
import { tcvn3Text } from './legacy/tcvn3-text.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = join(root, 'fixtures/seeds');
const OUT = join(root, 'fixtures/legacy');
const GOLD = resolve(root, process.env.VBX_SHARED ?? '../shared', 'gold');

const TEXT_KINDS: Record<string, (text: string) => Uint8Array> = {
  tcvn3: (t) => encodeCp1252(tcvn3Text(t)),
  vni: (t) => encodeCp1252(toVni(t)),
  cp1258: (t) => toWindows1258(t),
  utf16le: (t) => Buffer.from(t, 'utf16le'),
  nfd: (t) => Buffer.from(t.normalize('NFD'), 'utf8'),
};

const DOCX_KINDS: Record<string, (index: number, inHeader: boolean) => ParagraphMode> = {
  vntime: () => 'fonts',
  mixed: (index) => (['unicode', 'fonts', 'fontless'] as const)[index % 3]!,
};

function writeExpected(id: string, name: string, file: string): void {
  const gold = JSON.parse(readFileSync(join(GOLD, `${id}.json`), 'utf8'));
  const expected = { ...gold, id: name, source: file };
  writeFileSync(join(OUT, `${name}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
}

async function seedDocx(text: string, id: string): Promise<Uint8Array> {
  const styled = parseEmphasis(text);
  return packDocx(seedDocument(styled, layoutSeed(splitLines(styled.plain)), id));
}

async function main(): Promise<void> {
  if (!existsSync(GOLD)) throw new Error(`gold annotations not found at ${GOLD} (set VBX_SHARED)`);
  mkdirSync(OUT, { recursive: true });
  for (const file of readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const id = basename(file, '.txt');
    const text = readFileSync(join(SEEDS, file), 'utf8').normalize('NFC');
    for (const [kind, encode] of Object.entries(TEXT_KINDS)) {
      const name = `${id}.${kind}`;
      const bytes = encode(text);
      writeFileSync(join(OUT, `${name}.txt`), bytes);
      writeExpected(id, name, `${name}.txt`);
      console.log(`${name}.txt  ${bytes.length} bytes`);
    }
    const unicode = await seedDocx(text, id);
    const want = (await readDocx(unicode)).text;
    for (const [kind, modeOf] of Object.entries(DOCX_KINDS)) {
      const name = `${id}.${kind}`;
      const docx = legacyDocx(unicode, modeOf);
      writeFileSync(join(OUT, `${name}.docx`), docx);
      writeExpected(id, name, `${name}.docx`);
      // what our own reader makes of it, for the eye; test/legacy-fixtures.test.ts holds the facts to account
      const got = (await readDocx(docx)).text;
      const differ = got.split('\n').filter((line, n) => line !== want.split('\n')[n]).length;
      console.log(
        `${name}.docx  ${docx.length} bytes  ${differ ? `${differ} lines read differently` : 'reads as the seed'}`,
      );
    }
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
