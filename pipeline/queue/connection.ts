import { Redis } from 'ioredis';

export const defaultRedisUrl = (): string => process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export const DEFAULT_QUEUE = 'vbx';

export interface QueueTarget {
  url: string;
  /** queue name; one archive load per name keeps `status` and `failed` readable */
  name: string;
}

/**
 * Workers and waiters ride out a Redis restart: commands wait for the reconnect instead of failing
 * (BullMQ requires maxRetriesPerRequest: null for its blocking calls). One-shot commands (status,
 * failed, retry) fail fast with a clear message instead of hanging.
 */
export function connect(url: string, mode: 'persistent' | 'one-shot'): Redis {
  if (mode === 'persistent') {
    return new Redis(url, {
      maxRetriesPerRequest: null,
      retryStrategy: (times) => Math.min(100 * times, 2000),
    });
  }
  return new Redis(url, {
    maxRetriesPerRequest: 1,
    connectTimeout: 3000,
    retryStrategy: (times) => (times > 3 ? null : 200),
  });
}
