import { join } from 'node:path';
import { type Job, UnrecoverableError } from 'bullmq';
import type { Runner } from '../pool.js';
import { failedReason, JobData, type JobResult } from './payload.js';

/**
 * One queue job through the same runner as embedded mode. Permanent failures (corrupt, encrypted,
 * unsupported, timeout…) have their error record written and fail at once; transient ones (file not
 * readable yet, disk full, a crashed thread) throw so BullMQ retries them with backoff, and on the
 * last attempt they too are written as error records.
 */
export function processor(runner: Runner, outDir: string) {
  return async (job: Job): Promise<JobResult> => {
    const data = JobData.parse(job.data);
    const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const outcome = await runner.run({
      path: data.path,
      file: data.file,
      outFile: join(outDir, data.out),
      resume: false,
      job: data.job,
      wantLine: false,
      mayRetry: !last,
    });
    const { code, message } = outcome.failure ?? { code: 'internal', message: 'no reason given' };
    if (outcome.status === 'retry') throw new Error(failedReason(code, message));
    if (outcome.status === 'failed') throw new UnrecoverableError(failedReason(code, message));
    return { status: 'ok', counts: outcome.counts };
  };
}
