/**
 * Compares readDocx with mammoth.extractRawText on .docx files made from the
 * seed texts: throughput (docs/s, MB/s of .docx bytes) and what text each gives.
 * Usage: npx tsx bench/docx-readers.ts [seconds-per-reader]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { SaxesParser } from 'saxes';
import { readDocx } from '../pipeline/ingest/docx.js';

const SEEDS = '/work/shared/seeds';
const seconds = Number(process.argv[2] ?? 3);
process.stdout.on('error', () => process.exit(0)); // piped into head

/**
 * One paragraph per blank-line-separated block, its lines joined by soft breaks (as in real documents).
 * `wordLike` splits lines into formatted runs of a few words, as Word's revision ids and
 * proofing marks do, which makes document.xml several times larger than its text.
 */
async function docxFromSeed(text: string, wordLike: boolean): Promise<Buffer> {
  const runs = (line: string, i: number): TextRun[] => {
    if (!wordLike) return [new TextRun({ text: line, break: i ? 1 : 0 })];
    const pieces = line.match(/(?:\S+\s*){1,4}/g) ?? [''];
    return pieces.map(
      (t, k) =>
        new TextRun({
          text: t,
          break: i && !k ? 1 : 0,
          font: 'Times New Roman',
          size: 28,
          language: { value: 'vi-VN' },
        }),
    );
  };
  const children = text
    .split(/\n{2,}/)
    .map((block) => new Paragraph({ spacing: { before: 120 }, children: block.split('\n').flatMap(runs) }));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const lines = (t: string) =>
  t
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Wall-clock rate, and the rate per CPU-second, which a loaded machine disturbs less. */
async function throughput(name: string, docs: Buffer[], read: (b: Buffer) => Promise<unknown>) {
  const bytes = docs.reduce((n, d) => n + d.length, 0);
  for (const d of docs) await read(d); // warm-up
  let count = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    for (const d of docs) await read(d);
    count += docs.length;
  }
  const wall = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu0);
  const cpu = (used.user + used.system) / 1e6;
  const mb = ((count / docs.length) * bytes) / 1e6;
  const rate = (s: number) => `${(count / s).toFixed(0).padStart(6)} docs/s ${(mb / s).toFixed(1).padStart(6)} MB/s`;
  console.log(`${name.padEnd(24)} wall: ${rate(wall)}   per CPU-s: ${rate(cpu)}`);
}

const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
const texts = files.map((f) => readFileSync(`${SEEDS}/${f}`, 'utf8'));
for (const wordLike of [false, true]) {
  const set = await Promise.all(texts.map((t) => docxFromSeed(t, wordLike)));
  const avg = set.reduce((n, d) => n + d.length, 0) / set.length;
  console.log(
    `\n${wordLike ? 'Word-like runs' : 'plain runs'}: ${set.length} seed documents, average ${(avg / 1024).toFixed(1)} KB .docx`,
  );
  await throughput('readDocx', set, (b) => readDocx(b));
  await throughput('mammoth.extractRawText', set, (b) => mammoth.extractRawText({ buffer: b }));
  // why readDocx has its own tokenizer: saxes alone, on document.xml already unzipped and decoded
  const xmls = new Map(set.map((d) => [d, new TextDecoder().decode(unzipSync(d)['word/document.xml'])]));
  await throughput('(saxes parse only)', set, async (b) => {
    const parser = new SaxesParser({ position: false });
    parser.on('opentag', () => {});
    parser.on('text', () => {});
    parser.write(xmls.get(b)!).close();
  });
}
const docs = await Promise.all(texts.map((t) => docxFromSeed(t, false)));

console.log('\ntext: seed lines missing from each reader’s lines (glued or lost)');
for (const [i, doc] of docs.entries()) {
  const want = lines(texts[i]!);
  const ours = new Set(lines((await readDocx(doc)).text));
  const theirs = new Set(lines((await mammoth.extractRawText({ buffer: doc })).value));
  const lostOurs = want.filter((l) => !ours.has(l));
  const lostTheirs = want.filter((l) => !theirs.has(l));
  console.log(
    `${files[i]}: ${want.length} lines; readDocx misses ${lostOurs.length}, mammoth misses ${lostTheirs.length}`,
  );
  if (lostTheirs[0]) console.log(`  e.g. mammoth loses: ${JSON.stringify(lostTheirs[0].slice(0, 80))}`);
}
