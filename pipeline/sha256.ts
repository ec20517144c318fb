import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';

/** The content hash used everywhere: `source.sha256`, resume checks, queue job ids. */
export const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

const WHOLE_FILE = 64 * 2 ** 20;

/** sha256 of a file's content; big files are streamed so the enqueuer's memory stays flat. */
export async function hashFile(file: string): Promise<string> {
  if ((await stat(file)).size <= WHOLE_FILE) return sha256(await readFile(file));
  const h = createHash('sha256');
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest('hex');
}
