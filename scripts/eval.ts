// npm run eval: the pipeline on the fixtures in each format, scored by the referee.
// Seeds are scored against ../shared/gold; variants and holdout against their *.expected.json sidecars.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { goldFor, KINDS, referee, SHARED } from './referee.js';

const verbose = process.argv.includes('--verbose');
if (!existsSync(join(SHARED, 'eval/score.mjs'))) {
  console.error(`referee not found at ${SHARED}/eval/score.mjs (set VBX_SHARED)`);
  process.exit(2);
}
const pct = (x: number) => (100 * x).toFixed(1);
const rows: string[] = [];
for (const set of ['seeds', 'variants', 'holdout']) {
  const dir = join('fixtures', set);
  const gold = goldFor(dir);
  for (const format of ['txt', 'docx', 'pdf']) {
    const out = join('output/eval', set, format);
    rmSync(out, { recursive: true, force: true });
    const { score, report } = await referee(dir, format, gold, out, verbose);
    if (verbose) console.log(`\n## ${set} · ${format}\n\n${report}`);
    const f1 = KINDS.map((k) => pct(score.kinds[k]?.F ?? 0)).join(' | ');
    rows.push(`| ${set} | ${format} | ${score.matchedDocuments} | ${f1} | ${pct(score.fieldAccuracy)} |`);
  }
}
// The seeds in the shapes archives hold them: each folder scored per format it holds.
const SHAPES: Record<string, string[]> = {
  doc: ['doc'],
  legacy: ['txt', 'docx'],
  'legacy-pdf': ['pdf'],
  scanned: ['pdf'],
  'pdf-producers': ['pdf', 'txt'],
};
for (const [set, formats] of Object.entries(SHAPES)) {
  const dir = join('fixtures', set);
  for (const format of formats) {
    const out = join('output/eval', set, format);
    rmSync(out, { recursive: true, force: true });
    const { score } = await referee(dir, format, goldFor(dir, format), out, false);
    const f1 = KINDS.map((k) => pct(score.kinds[k]?.F ?? 0)).join(' | ');
    rows.push(`| ${set} | ${format} | ${score.matchedDocuments} | ${f1} | ${pct(score.fieldAccuracy)} |`);
  }
}
console.log(
  '\n| fixtures | format | docs | references F1 | campaigns F1 | anniversaries F1 | dates F1 | field accuracy |',
);
console.log('|---|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));
