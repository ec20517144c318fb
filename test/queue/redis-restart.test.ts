import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_INGEST } from '../../pipeline/ingest/index.js';
import { enqueue } from '../../pipeline/queue/enqueue.js';
import { waitFor } from '../../pipeline/queue/wait.js';
import { corpus, exited, freshQueue, spawnWorker, until } from './harness.js';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

// A Redis that keeps its data on disk (append-only file, synced on every write): the setup the
// README asks for in production. A Redis that keeps nothing cannot survive a restart by design.
function startRedis(port: number, dir: string): Promise<ChildProcess> {
  const r = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always'],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  return new Promise((resolve, reject) => {
    r.stdout?.on('data', (d: Buffer) => d.toString().includes('Ready to accept connections') && resolve(r));
    r.on('exit', (code) => reject(new Error(`redis-server exited (${code})`)));
  });
}

describe('Redis restarted in the middle of a run', () => {
  const root = mkdtempSync(join(tmpdir(), 'vbx-restart-'));
  let redis: ChildProcess | undefined;
  let q: ReturnType<typeof freshQueue>;
  afterAll(async () => {
    await q?.close();
    redis?.kill('SIGTERM');
  });

  it('the run finishes with nothing lost', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    redis = await startRedis(port, root);
    q = freshQueue(url);
    const files = corpus(join(root, 'in'), 300);
    const report = await enqueue(q.queue, [join(root, 'in')], DEFAULT_INGEST);
    const worker = await spawnWorker(['--redis', url, '--queue', q.name, '--out', join(root, 'out'), '-c', '2']);
    await until(async () => (await q.queue.getCompletedCount()) >= 60, 60_000, '60 documents done');
    const doneAtRestart = await q.queue.getCompletedCount();
    redis.kill('SIGTERM'); // redis-server saves and exits
    await exited(redis);
    await new Promise((r) => setTimeout(r, 500));
    redis = await startRedis(port, root);
    const s = await waitFor(q.queue, report.ids, () => {});
    worker.kill('SIGTERM');
    expect(await exited(worker)).toBe(0);
    expect(doneAtRestart).toBeLessThan(300); // the restart did fall in the middle of the run
    expect(s).toMatchObject({ ok: 300, failed: 0 });
    for (const f of files) expect(existsSync(join(root, 'out', `${f.split('/').pop()}.json`)), f).toBe(true);
  }, 90_000);
});
