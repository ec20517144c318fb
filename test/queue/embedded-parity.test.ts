import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../pipeline/embedded.js';
import { DEFAULT_INGEST } from '../../pipeline/ingest/index.js';
import { enqueue } from '../../pipeline/queue/enqueue.js';
import { waitFor } from '../../pipeline/queue/wait.js';
import { type QueueWorker, startWorker } from '../../pipeline/queue/worker.js';
import { freshQueue, REDIS_URL, silent } from './harness.js';

const INPUTS = ['fixtures/seeds', 'fixtures/variants'];

function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return files;
}

describe('queue mode runs the same pipeline as embedded mode', () => {
  const q = freshQueue();
  const root = mkdtempSync(join(tmpdir(), 'vbx-parity-'));
  let worker: QueueWorker;
  beforeAll(async () => {
    worker = await startWorker({ url: REDIS_URL, name: q.name, out: join(root, 'queue'), concurrency: 2, log: silent });
  });
  afterAll(async () => {
    await worker.close();
    await q.close();
  });

  it('writes byte-identical results for every fixture', async () => {
    const report = await enqueue(q.queue, INPUTS, DEFAULT_INGEST);
    expect(report.unreadable).toEqual([]);
    const s = await waitFor(q.queue, report.ids, () => {});
    expect(s.failed).toBe(0);
    await runBatch(INPUTS, { out: join(root, 'embedded') });
    const queued = tree(join(root, 'queue'));
    const embedded = tree(join(root, 'embedded'));
    expect([...queued.keys()].sort()).toEqual([...embedded.keys()].sort());
    expect(queued.size).toBe(report.ids.length);
    for (const [name, bytes] of embedded) expect(queued.get(name)?.equals(bytes), name).toBe(true);
  }, 60_000);

  it('re-enqueueing the same folders adds nothing', async () => {
    const before = await q.queue.getJobCounts('completed', 'waiting', 'active', 'failed');
    const again = await enqueue(q.queue, INPUTS, DEFAULT_INGEST);
    expect(again.added).toBe(0);
    expect(again.existing).toBe(again.ids.length);
    expect(await q.queue.getJobCounts('completed', 'waiting', 'active', 'failed')).toEqual(before);
  }, 60_000);
});
