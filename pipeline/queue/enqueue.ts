import { relative, resolve } from 'node:path';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { discover } from '../discover.js';
import type { JobOptions } from '../job.js';
import { hashFile, sha256 } from '../sha256.js';
import { mapLimit } from './map-limit.js';
import { JOB_ATTEMPTS, JOB_BACKOFF_MS, type JobData } from './payload.js';

export interface EnqueueReport {
  /** job ids of every document of this call, in input order (for waiting on them) */
  ids: string[];
  added: number;
  /** already in the queue (any state) for the same content and output path: nothing added */
  existing: number;
  /** inputs that cannot be queued: missing or unreadable */
  unreadable: { path: string; message: string }[];
}

interface Item {
  id: string;
  data: JobData;
}

const CHUNK = 500;
const short = (s: string) => sha256(s).slice(0, 16);
const alias = (it: Item) => `${it.id.slice(0, 64)}-${short(it.data.out)}`;

/**
 * One job per document. The id is the sha256 of the content, so re-enqueueing adds nothing; a second
 * copy of the same content at another path gets its own id (content + output path), so no file is
 * left without a result.
 */
export interface RetryPolicy {
  /** tries per document for transient failures */
  attempts: number;
  /** first retry delay; doubles each time */
  backoffMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: JOB_ATTEMPTS, backoffMs: JOB_BACKOFF_MS };

export async function enqueue(
  queue: Queue,
  inputs: string[],
  job: JobOptions,
  retry: RetryPolicy = DEFAULT_RETRY,
): Promise<EnqueueReport> {
  const { files, missing } = await discover(inputs);
  const report: EnqueueReport = { ids: [], added: 0, existing: 0, unreadable: [] };
  for (const path of missing) report.unreadable.push({ path, message: 'no such file or folder' });
  const hashes = await mapLimit(files, 8, (f) =>
    hashFile(f.path).catch((e: Error) => {
      report.unreadable.push({ path: f.path, message: `cannot read file: ${e.message}` });
      return null;
    }),
  );
  const seen = new Set<string>();
  const items: Item[] = [];
  files.forEach((f, i) => {
    const sha = hashes[i];
    if (!sha) return;
    const out = `${relative(f.base, f.path)}.json`;
    const item = { id: sha, data: { v: 1 as const, path: f.path, file: resolve(f.path), out, job } };
    if (seen.has(sha)) item.id = alias(item);
    seen.add(sha);
    items.push(item);
  });
  for (let i = 0; i < items.length; i += CHUNK) {
    const chunk = items.slice(i, i + CHUNK);
    const fresh = await unknownOf(queue, chunk);
    await queue.addBulk(
      fresh.map((it) => ({
        name: 'extract',
        data: it.data,
        opts: { jobId: it.id, attempts: retry.attempts, backoff: { type: 'exponential', delay: retry.backoffMs } },
      })),
    );
    report.added += fresh.length;
    report.existing += chunk.length - fresh.length;
    report.ids.push(...chunk.map((it) => it.id));
  }
  return report;
}

/**
 * The items of a chunk the queue does not hold yet (one round trip). An item whose content is queued
 * under another output path is given its alias id (content + output path) first.
 */
async function unknownOf(queue: Queue, chunk: Item[]): Promise<Item[]> {
  // bullmq types its client as a union with Cluster; ours is always a plain ioredis client
  const client = (await queue.client) as unknown as Redis;
  const cmds = chunk.flatMap((it) => [
    ['hget', queue.toKey(it.id), 'data'],
    ['exists', queue.toKey(alias(it))],
  ]);
  const replies = ((await client.pipeline(cmds).exec()) ?? []).map(([, v]) => v);
  const fresh: Item[] = [];
  for (const [k, it] of chunk.entries()) {
    const stored = replies[2 * k] as string | null;
    if (!stored) fresh.push(it);
    else if ((JSON.parse(stored) as JobData).out !== it.data.out) {
      it.id = alias(it);
      if (replies[2 * k + 1] !== 1) fresh.push(it);
    }
  }
  return fresh;
}
