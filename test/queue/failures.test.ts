import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_INGEST } from '../../pipeline/ingest/index.js';
import { enqueue } from '../../pipeline/queue/enqueue.js';
import { listFailed, retryFailed } from '../../pipeline/queue/failed.js';
import { waitFor } from '../../pipeline/queue/wait.js';
import { type QueueWorker, startWorker } from '../../pipeline/queue/worker.js';
import { freshQueue, REDIS_URL, silent } from './harness.js';

const seed = 'fixtures/seeds/001_86f23684388f38af.txt';

describe('failures in queue mode', () => {
  const q = freshQueue();
  const root = mkdtempSync(join(tmpdir(), 'vbx-qfail-'));
  const out = join(root, 'out');
  let worker: QueueWorker;
  beforeAll(async () => {
    mkdirSync(join(root, 'in'));
    copyFileSync(seed, join(root, 'in/good.txt'));
    copyFileSync('fixtures/seeds/002_9f03f7d026056359.docx', join(root, 'in/good.docx'));
    copyFileSync('test/pdf/truncated.pdf', join(root, 'in/corrupt.pdf'));
    copyFileSync('test/pdf/encrypted.pdf', join(root, 'in/locked.pdf'));
    copyFileSync('fixtures/seeds/003_99555f0750182167.txt', join(root, 'in/moved.txt'));
    worker = await startWorker({ url: REDIS_URL, name: q.name, out, concurrency: 2, log: silent });
  });
  afterAll(async () => {
    await worker.close();
    await q.close();
  });

  it('permanent failures fail at once with their code and reason; the others complete', async () => {
    // moved.txt disappears after enqueueing: a transient failure, retried with backoff.
    const report = await enqueue(q.queue, [join(root, 'in')], DEFAULT_INGEST, { attempts: 3, backoffMs: 50 });
    renameSync(join(root, 'in/moved.txt'), join(root, 'moved.txt'));
    const s = await waitFor(q.queue, report.ids, () => {});
    expect(s.ok).toBe(2);
    const failed = await listFailed(q.queue);
    const byPath = Object.fromEntries(failed.map((f) => [f.path.split('/').pop(), f]));
    expect(byPath['corrupt.pdf']).toMatchObject({ code: 'corrupt', attempts: 1 });
    expect(byPath['locked.pdf']).toMatchObject({ code: 'encrypted', attempts: 1 });
    expect(byPath['moved.txt']).toMatchObject({ code: 'read-failed', attempts: 3 });
    expect(byPath['moved.txt']?.reason).toMatch(/no such file/);
    // Every document has its result file, error records included (written on the last attempt).
    for (const name of ['corrupt.pdf', 'locked.pdf', 'moved.txt']) {
      const record = JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8'));
      expect(record).toMatchObject({ ok: false, error: { code: byPath[name]?.code } });
    }
  }, 60_000);

  it('retry re-queues failures of one code; a fixed file then completes', async () => {
    renameSync(join(root, 'moved.txt'), join(root, 'in/moved.txt'));
    expect(await retryFailed(q.queue, 'read-failed')).toBe(1);
    const failed = await listFailed(q.queue);
    const id = (await q.queue.getJobs(['completed', 'waiting', 'active', 'delayed'])).find((j) =>
      j.data.path.endsWith('moved.txt'),
    )?.id as string;
    const s = await waitFor(q.queue, [id], () => {});
    expect(s.ok).toBe(1);
    expect(JSON.parse(readFileSync(join(out, 'moved.txt.json'), 'utf8')).ok).toBe(true);
    expect(failed.map((f) => f.code).sort()).toEqual(['corrupt', 'encrypted']);
  }, 60_000);
});
