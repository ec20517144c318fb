// Queue rows of `npm run bench`: docs/s with 1, 2 and 4 worker processes against embedded mode on
// the same 1,000-document corpus, and the queue's overhead per job. Needs Redis (REDIS_URL or
// 127.0.0.1:6379); skipped with a note when none answers.
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { runBatch } from '../pipeline/embedded.js';
import { DEFAULT_INGEST } from '../pipeline/ingest/index.js';
import { connect, defaultRedisUrl } from '../pipeline/queue/connection.js';
import { enqueue } from '../pipeline/queue/enqueue.js';

const COPIES = Number(process.env.BENCH_COPIES ?? 200);
const url = defaultRedisUrl();

function corpus(format: string): string {
  const dir = join(tmpdir(), `vbx-qbench-${process.pid}`, format);
  mkdirSync(dir, { recursive: true });
  const seeds = readdirSync('fixtures/seeds').filter((f) => f.endsWith(`.${format}`));
  for (let c = 0; c < COPIES; c++)
    for (const f of seeds) copyFileSync(join('fixtures/seeds', f), join(dir, `${c}_${f}`));
  return dir;
}

/** A worker process; `core` pins it (and its threads) to one CPU with taskset. */
function worker(name: string, out: string, core?: number): Promise<ChildProcess> {
  const args = ['bin/vbx.js', 'worker', '--redis', url, '--queue', name, '--out', out];
  const [cmd, argv] =
    core === undefined ? [process.execPath, args] : ['taskset', ['-c', String(core), process.execPath, ...args]];
  const child = spawn(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve) => {
    child.stderr?.on('data', (d: Buffer) => d.toString().includes('worker started') && resolve(child));
  });
}

/**
 * Documents per second between the first and the last document finished, in both modes, so that
 * process and thread start-up are left out the same way.
 */
async function queued(dir: string, processes: number, pinned = false) {
  const name = `bench-${process.pid}-${processes}-${Date.now()}`;
  const connection = connect(url, 'persistent');
  const queue = new Queue(name, { connection });
  const report = await enqueue(queue, [dir], DEFAULT_INGEST);
  const cores = availableParallelism();
  const workers = await Promise.all(
    Array.from({ length: processes }, (_, i) =>
      worker(name, `${dir}-out-${processes}`, pinned ? i % cores : undefined),
    ),
  );
  while ((await queue.getCompletedCount()) + (await queue.getFailedCount()) < report.ids.length) {
    await new Promise((r) => setTimeout(r, 100));
  }
  const jobs = await queue.getJobs(['completed'], 0, -1);
  const finished = jobs.map((j) => j.finishedOn ?? 0);
  const first = Math.min(...finished);
  const last = Math.max(...finished);
  for (const w of workers) w.kill('SIGTERM');
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
  return (report.ids.length - 1) / ((last - first) / 1000);
}

export async function queueRows(): Promise<string[]> {
  const probe = connect(url, 'one-shot');
  const up = await probe.ping().then(
    () => true,
    () => false,
  );
  probe.disconnect();
  if (!up) return [`(queue rows skipped: no Redis answers at ${url})`];
  const rows = ['| format | mode | docs/s | vs 1 worker process | queue overhead per job |', '|---|---|---|---|---|'];
  for (const format of ['docx', 'pdf']) {
    const dir = corpus(format);
    const done: number[] = [];
    await runBatch([dir], { out: `${dir}-embedded`, workers: 1, onDocument: () => done.push(performance.now()) });
    const e = { docsPerSecond: (done.length - 1) / (((done.at(-1) ?? 0) - (done[0] ?? 0)) / 1000) };
    rows.push(`| ${format} | embedded, 1 thread | ${e.docsPerSecond.toFixed(0)} | | |`);
    const one = await queued(dir, 1);
    const overhead = (1000 / one - 1000 / e.docsPerSecond) / (1000 / e.docsPerSecond);
    rows.push(
      `| ${format} | queue, 1 worker process | ${one.toFixed(0)} | 1.00× | ${((1000 / one - 1000 / e.docsPerSecond) * 1000).toFixed(0)} µs (${(overhead * 100).toFixed(1)}%) |`,
    );
    for (const n of [2, 4]) {
      const r = await queued(dir, n);
      rows.push(`| ${format} | queue, ${n} worker processes | ${r.toFixed(0)} | ${(r / one).toFixed(2)}× | |`);
    }
    // One worker process keeps more than one core busy (its extraction thread, plus reading, writing
    // and the queue in its main thread), so on 2 cores the second process finds less than a core
    // free. Pinned to one core each, the processes show how the queue itself scales.
    const pinnedOne = await queued(dir, 1, true);
    rows.push(`| ${format} | queue, 1 worker process pinned to 1 core | ${pinnedOne.toFixed(0)} | 1.00× | |`);
    const pinnedTwo = await queued(dir, 2, true);
    rows.push(
      `| ${format} | queue, 2 worker processes pinned to 1 core each | ${pinnedTwo.toFixed(0)} | ${(pinnedTwo / pinnedOne).toFixed(2)}× | |`,
    );
  }
  rmSync(join(tmpdir(), `vbx-qbench-${process.pid}`), { recursive: true, force: true });
  return rows;
}
