import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../pipeline/embedded.js';
import { corpus, exited, freshQueue, REDIS_URL, spawnWorker, until } from './harness.js';

const vbx = (...args: string[]) => promisify(execFile)(process.execPath, ['bin/vbx.js', ...args]);

describe('queue mode from the command line', () => {
  const q = freshQueue();
  const root = mkdtempSync(join(tmpdir(), 'vbx-qcli-'));
  const target = ['--redis', REDIS_URL, '--queue', q.name];
  afterAll(() => q.close());

  it('extract --redis enqueues, works, waits, and gives the embedded results', async () => {
    const { stdout } = await vbx('extract', 'fixtures/seeds', ...target, '--out', join(root, 'q'), '-q');
    expect(stdout).toMatch(/documents\s+15 \(15 ok, 0 failed/);
    await runBatch(['fixtures/seeds'], { out: join(root, 'e') });
    for (const f of readdirSync(join(root, 'e'))) {
      expect(readFileSync(join(root, 'q', f)).equals(readFileSync(join(root, 'e', f))), f).toBe(true);
    }
    const status = JSON.parse((await vbx('status', ...target, '--json')).stdout);
    expect(status.counts).toMatchObject({ completed: 15, failed: 0, active: 0, waiting: 0 });
    expect(status.latency.sample).toBe(15);
  }, 60_000);

  it('dashboard serves the queue through Bull Board', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, ['bin/vbx.js', 'dashboard', ...target, '--port', String(port)], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stderr?.on('data', (d: Buffer) => d.toString().includes('dashboard on') && resolve());
        child.on('exit', (code) => reject(new Error(`dashboard exited (${code})`)));
      });
      const body = await (await fetch(`http://127.0.0.1:${port}/api/queues`)).json();
      expect(body.queues.map((x: { name: string }) => x.name)).toEqual([q.name]);
      expect(body.queues[0].counts.completed).toBe(15);
    } finally {
      child.kill('SIGTERM');
    }
  }, 30_000);

  it('stop and resume: SIGTERM finishes the active documents and leaves the rest queued', async () => {
    corpus(join(root, 'in'), 200, ['pdf']);
    const added = await vbx('enqueue', join(root, 'in'), ...target);
    expect(added.stdout).toMatch(/added 200, already queued 0/);
    const args = [...target, '--out', join(root, 'out'), '-c', '2'];
    const first = await spawnWorker(args);
    const completed = () => q.queue.getCompletedCount();
    await until(async () => (await completed()) >= 15 + 20, 60_000, '20 documents done');
    first.kill('SIGTERM');
    expect(await exited(first)).toBe(0);
    const counts = await q.queue.getJobCounts('active', 'waiting', 'completed');
    expect(counts.active).toBe(0); // nothing left locked by the stopped worker
    expect(counts.waiting).toBeGreaterThan(0);
    expect((counts.completed ?? 0) + (counts.waiting ?? 0)).toBe(215);
    const second = await spawnWorker(args);
    await until(async () => (await completed()) === 215, 60_000, 'the rest done');
    second.kill('SIGTERM');
    expect(await exited(second)).toBe(0);
    expect(await q.queue.getFailedCount()).toBe(0);
  }, 90_000);
});
