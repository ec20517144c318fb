import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueueEvents } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_INGEST } from '../../pipeline/ingest/index.js';
import { connect } from '../../pipeline/queue/connection.js';
import { enqueue } from '../../pipeline/queue/enqueue.js';
import { waitFor } from '../../pipeline/queue/wait.js';
import { corpus, exited, freshQueue, REDIS_URL, spawnWorker, until } from './harness.js';

describe('a worker killed with -9 in the middle of a run', () => {
  const q = freshQueue();
  const root = mkdtempSync(join(tmpdir(), 'vbx-crash-'));
  const events = new QueueEvents(q.name, { connection: connect(REDIS_URL, 'persistent') });
  afterAll(async () => {
    await events.close();
    await q.close();
  });

  it('loses nothing: its jobs are recovered and every document completes exactly once', async () => {
    const files = corpus(join(root, 'in'), 500);
    const completions = new Map<string, number>();
    const stalled = new Set<string>();
    events.on('completed', ({ jobId }) => completions.set(jobId, (completions.get(jobId) ?? 0) + 1));
    events.on('stalled', ({ jobId }) => stalled.add(jobId));
    await events.waitUntilReady();
    const report = await enqueue(q.queue, [join(root, 'in')], DEFAULT_INGEST);
    expect(report.added).toBe(500);
    // Short locks so a dead worker's jobs come back in about a second instead of 30.
    const args = ['--redis', REDIS_URL, '--queue', q.name, '--out', join(root, 'out'), '-c', '2'];
    const fast = ['--lock-ms', '1000', '--stalled-ms', '500'];
    const [a, b] = await Promise.all([spawnWorker([...args, ...fast]), spawnWorker([...args, ...fast])]);
    await until(async () => (await q.queue.getCompletedCount()) >= 100, 60_000, '100 documents done');
    const activeAtKill = await q.queue.getActiveCount();
    a.kill('SIGKILL');
    const s = await waitFor(q.queue, report.ids, () => {});
    b.kill('SIGTERM');
    expect(await exited(b)).toBe(0);
    expect(activeAtKill).toBeGreaterThan(0);
    expect(stalled.size).toBeGreaterThan(0); // the killed worker's jobs went back to the queue
    expect(s).toMatchObject({ ok: 500, failed: 0 });
    expect(await q.queue.getCompletedCount()).toBe(500);
    await until(async () => completions.size === 500, 5_000, 'all completion events');
    expect([...completions.values()].every((n) => n === 1)).toBe(true);
    for (const f of files) {
      const result = join(root, 'out', `${f.split('/').pop()}.json`);
      expect(existsSync(result), result).toBe(true);
      expect(JSON.parse(readFileSync(result, 'utf8')).ok).toBe(true);
    }
  }, 90_000);
});
