import type { Queue } from 'bullmq';

export interface QueueStatus {
  queue: string;
  counts: Record<string, number>;
  workers: number;
  /** documents finished per minute as the workers' metrics count them (whole minutes), and the rate over the most recent completed jobs */
  throughput: { lastMinute: number; last15Minutes: number; recentPerSecond: number };
  /** over the most recent completed jobs, ms */
  latency: { sample: number; waitP50: number; waitP95: number; processP50: number; processP95: number };
}

const pct = (sorted: number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number) : 0;

export async function queueStatus(queue: Queue, sample = 200): Promise<QueueStatus> {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed');
  const workers = await queue.getWorkersCount();
  // Per-minute counts recorded by the workers (newest first).
  const m = await queue.getMetrics('completed', 0, 14);
  const perMinute = m.data.map(Number);
  const lastMinute = perMinute[0] ?? 0;
  const last15Minutes = perMinute.length ? perMinute.reduce((a, b) => a + b, 0) / perMinute.length : 0;
  const jobs = (await queue.getJobs(['completed'], 0, sample - 1, false)).filter(Boolean);
  const finished = jobs.map((j) => j.finishedOn ?? 0).sort((a, b) => a - b);
  const span = (finished.at(-1) ?? 0) - (finished[0] ?? 0);
  const recentPerSecond = span > 0 ? ((finished.length - 1) * 1000) / span : 0;
  const wait = jobs.map((j) => (j.processedOn ?? 0) - j.timestamp).sort((a, b) => a - b);
  const proc = jobs.map((j) => (j.finishedOn ?? 0) - (j.processedOn ?? 0)).sort((a, b) => a - b);
  const latency = {
    sample: jobs.length,
    waitP50: pct(wait, 0.5),
    waitP95: pct(wait, 0.95),
    processP50: pct(proc, 0.5),
    processP95: pct(proc, 0.95),
  };
  const throughput = { lastMinute, last15Minutes, recentPerSecond };
  return { queue: queue.name, counts, workers, throughput, latency };
}

export function formatStatus(s: QueueStatus): string {
  const c = s.counts;
  return [
    `queue       ${s.queue} (${s.workers} worker${s.workers === 1 ? '' : 's'} connected)`,
    `waiting     ${(c.waiting ?? 0) + (c.prioritized ?? 0)}   delayed (retry backoff) ${c.delayed ?? 0}`,
    `active      ${c.active ?? 0}`,
    `completed   ${c.completed ?? 0}`,
    `failed      ${c.failed ?? 0}`,
    `throughput  ${s.throughput.recentPerSecond.toFixed(1)} docs/s over the last ${s.latency.sample} jobs; ${s.throughput.lastMinute} in the last whole minute, ${s.throughput.last15Minutes.toFixed(1)}/min over 15 min`,
    `latency     wait p50 ${s.latency.waitP50} ms, p95 ${s.latency.waitP95} ms; processing p50 ${s.latency.processP50} ms, p95 ${s.latency.processP95} ms (last ${s.latency.sample} jobs)`,
    '',
  ].join('\n');
}
