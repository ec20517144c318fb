// Runs the pipeline on the seed fixtures in each format and scores each with the referee.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runBatch } from '../pipeline/embedded.js';

const SHARED = process.env.VBX_SHARED ?? '../shared';
const FIXTURES = 'fixtures/seeds';
const verbose = process.argv.includes('--verbose');

if (!existsSync(join(SHARED, 'eval/score.mjs'))) {
  console.error(`referee not found at ${SHARED}/eval/score.mjs (set VBX_SHARED)`);
  process.exit(2);
}
const rows: string[] = [];
for (const format of ['txt', 'docx', 'pdf']) {
  const inputs = readdirSync(FIXTURES)
    .filter((f) => f.endsWith(`.${format}`))
    .map((f) => join(FIXTURES, f));
  const out = join('output/eval', format);
  rmSync(out, { recursive: true, force: true });
  const summary = await runBatch(inputs, { out });
  const args = [join(SHARED, 'eval/score.mjs'), '--gold', join(SHARED, 'gold'), '--pred', out];
  console.log(`\n## ${format} (${summary.ok}/${summary.documents} documents extracted)\n`);
  console.log(execFileSync('node', verbose ? [...args, '--verbose'] : args, { encoding: 'utf8' }));
  const s = JSON.parse(execFileSync('node', [...args, '--json'], { encoding: 'utf8' }));
  const f1 = (k: string) => (100 * s.kinds[k].F).toFixed(1);
  rows.push(
    `| ${format} | ${f1('references')} | ${f1('campaigns')} | ${f1('anniversaries')} | ${f1('dates')} | ${(100 * s.fieldAccuracy).toFixed(1)} |`,
  );
}
console.log('\n| format | references F1 | campaigns F1 | anniversaries F1 | dates F1 | field accuracy |');
console.log('|---|---|---|---|---|---|');
console.log(rows.join('\n'));
