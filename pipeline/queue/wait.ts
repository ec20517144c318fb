import type { Queue } from 'bullmq';
import type { BatchSummary } from '../embedded.js';
import type { FileOutcome } from '../process-file.js';
import { codeOf, JobResult } from './payload.js';

const WINDOW = 500;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const zero = { references: 0, campaigns: 0, anniversaries: 0, dates: 0 };

/**
 * Waits until every given job has finished (completed, or failed for good), wherever the workers
 * run, and sums them up like an embedded run. Polls job state instead of trusting the event stream,
 * so a Redis restart in the middle loses nothing.
 */
export async function waitFor(
  queue: Queue,
  ids: string[],
  onDocument: (o: FileOutcome) => void,
  pollMs = 250,
): Promise<Omit<BatchSummary, 'documents' | 'elapsedMs' | 'docsPerSecond'>> {
  const s = { ok: 0, failed: 0, skipped: 0, ...zero, failures: [] as BatchSummary['failures'] };
  let pending = [...new Set(ids)];
  while (pending.length) {
    const head = pending.slice(0, WINDOW);
    const jobs = await Promise.all(head.map((id) => queue.getJob(id)));
    const done = new Set<string>();
    head.forEach((id, i) => {
      const job = jobs[i];
      if (!job) {
        // Gone from Redis (queue wiped, or a Redis that keeps nothing on disk was restarted).
        const message = 'job is no longer in the queue; enqueue the file again';
        s.failed++;
        s.failures.push({ path: id, code: 'lost', message });
        onDocument({ path: id, status: 'failed', counts: zero, failure: { code: 'lost', message } });
        done.add(id);
        return;
      }
      if (!job.finishedOn) return;
      const path = job.data?.path ?? id;
      const result = JobResult.safeParse(job.returnvalue);
      if (result.success) {
        s.ok++;
        for (const k of Object.keys(zero) as (keyof typeof zero)[]) s[k] += result.data.counts[k];
        onDocument({ path, status: 'ok', counts: result.data.counts });
      } else {
        const code = codeOf(job.failedReason);
        const message = job.failedReason.slice(code.length + 2);
        s.failed++;
        s.failures.push({ path, code, message });
        onDocument({ path, status: 'failed', counts: zero, failure: { code, message } });
      }
      done.add(id);
    });
    pending = pending.filter((id) => !done.has(id));
    if (done.size < head.length) await sleep(pollMs);
  }
  return s;
}
