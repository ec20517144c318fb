import type { Queue } from 'bullmq';
import { codeOf } from './payload.js';

export interface FailedJob {
  id: string;
  path: string;
  code: string;
  reason: string;
  attempts: number;
}

const PAGE = 1000;

async function* failedJobs(queue: Queue) {
  for (let start = 0; ; start += PAGE) {
    const jobs = await queue.getFailed(start, start + PAGE - 1);
    for (const j of jobs) if (j) yield j;
    if (jobs.length < PAGE) return;
  }
}

export async function listFailed(queue: Queue, code?: string): Promise<FailedJob[]> {
  const out: FailedJob[] = [];
  for await (const j of failedJobs(queue)) {
    const c = codeOf(j.failedReason);
    if (code && c !== code) continue;
    out.push({
      id: j.id as string,
      path: j.data?.path ?? '?',
      code: c,
      reason: j.failedReason,
      attempts: j.attemptsMade,
    });
  }
  return out;
}

/** Puts failed jobs back in the queue (all, or those of one error code); returns how many. */
export async function retryFailed(queue: Queue, code?: string): Promise<number> {
  const chosen = await listFailed(queue, code);
  for (const f of chosen) await (await queue.getJob(f.id))?.retry('failed');
  return chosen.length;
}
