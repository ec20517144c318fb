import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';

const WHOLE_FILE = 64 * 2 ** 20;

/** sha256 of a file's content; big files are streamed so the enqueuer's memory stays flat. */
export async function hashFile(file: string): Promise<string> {
  const h = createHash('sha256');
  if ((await stat(file)).size <= WHOLE_FILE) return h.update(await readFile(file)).digest('hex');
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** Runs `fn` over items with at most `limit` in flight, results in input order. */
export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}
