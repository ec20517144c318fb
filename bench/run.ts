// npm run bench: throughput per format and per stage, and peak memory.
// Slow by design; never part of the test suite.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBatch } from '../pipeline/embedded.js';
import { runJob, type StageTimes } from '../pipeline/job.js';

const FIXTURES = 'fixtures/seeds';
const COPIES = Number(process.env.BENCH_COPIES ?? 200); // 5 seeds × 200 = 1,000 documents per format
const formats = ['txt', 'docx', 'pdf'] as const;
const mb = (n: number) => n / 2 ** 20;

async function stages(format: string) {
  const files = readdirSync(FIXTURES)
    .filter((f) => f.endsWith(`.${format}`))
    .map((f) => join(FIXTURES, f));
  const inputs = files.map((path) => ({ path, bytes: readFileSync(path) }));
  const times: StageTimes = { ingest: 0, normalize: 0, extract: 0, validate: 0 };
  let textChars = 0;
  const rounds = format === 'pdf' ? 10 : 100;
  // warm-up: module loading and JIT are start-up costs, not throughput
  for (const input of inputs) await runJob(input);
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const out = await runJob(input, undefined, times);
      if (out.ok) textChars += out.text.length;
    }
  }
  const docs = inputs.length * rounds;
  const bytes = inputs.reduce((s, i) => s + i.bytes.length, 0) * rounds;
  const textBytes = textChars * 1.25; // UTF-8 bytes per UTF-16 unit, measured on the seeds
  const row = (stage: keyof StageTimes, size: number) =>
    `| ${format} | ${stage} | ${(docs / (times[stage] / 1000)).toFixed(0)} | ${(mb(size) / (times[stage] / 1000)).toFixed(1)} |`;
  return [row('ingest', bytes), row('normalize', textBytes), row('extract', textBytes), row('validate', textBytes)];
}

async function endToEnd(format: string, workers: number) {
  const dir = join(tmpdir(), `vbx-bench-${process.pid}`, format);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith(`.${format}`));
  let bytes = 0;
  for (let c = 0; c < COPIES; c++) {
    for (const f of files) {
      const dest = join(dir, `${c}_${f}`);
      copyFileSync(join(FIXTURES, f), dest);
      bytes += statSync(dest).size;
    }
  }
  const out = join(tmpdir(), `vbx-bench-${process.pid}`, `out-${format}`);
  const s = await runBatch([dir], { out, workers });
  rmSync(join(tmpdir(), `vbx-bench-${process.pid}`), { recursive: true, force: true });
  return `| ${format} | ${workers} | ${s.documents} | ${s.failed} | ${s.docsPerSecond.toFixed(0)} | ${(mb(bytes) / (s.elapsedMs / 1000)).toFixed(1)} |`;
}

console.log('Per stage, on the seed fixtures (one core, in-process)\n');
console.log('| format | stage | docs/s | MB/s |\n|---|---|---|---|');
for (const f of formats) console.log((await stages(f)).join('\n'));
console.log(`\nEnd to end, embedded mode, ${COPIES * 5} documents per format (read, extract, write JSON)\n`);
console.log('| format | workers | documents | failed | docs/s | input MB/s |\n|---|---|---|---|---|---|');
for (const f of formats) for (const w of [1, 2]) console.log(await endToEnd(f, w));
console.log(`\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

console.log(`\nQueue mode (BullMQ over Redis) vs embedded, ${COPIES * 5} documents per format\n`);
console.log((await (await import('./queue.js')).queueRows()).join('\n'));
