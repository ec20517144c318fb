import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { Output } from './schema.js';

/** Same input, same bytes: results are stable so reruns and retries can be compared. */
export const serialize = (result: Output): string => `${JSON.stringify(result, null, 2)}\n`;

/**
 * Mirrors the input's path below `base` and appends ".json", so a/x.docx and a/x.pdf
 * never collide.
 */
export const outputPathFor = (inputPath: string, base: string, outDir: string): string =>
  join(outDir, `${relative(base, inputPath)}.json`);

let tmpCounter = 0;
const made = new Set<string>();

/** Temp file + rename: a reader never sees half a result, a crash leaves no torn file. */
export async function writeTextAtomic(file: string, text: string): Promise<void> {
  const dir = dirname(file);
  // mkdir for every result cost ~60 µs a document (profiled): a folder is made once per process,
  // and again only if it has gone since
  if (!made.has(dir)) {
    await mkdir(dir, { recursive: true });
    made.add(dir);
  }
  const tmp = `${file}.${process.pid}.${tmpCounter++}.tmp`;
  try {
    await writeFile(tmp, text);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    await mkdir(dir, { recursive: true });
    await writeFile(tmp, text);
  }
  await rename(tmp, file);
}

/** One result per line, for bulk loaders and the referee. */
export class JsonlWriter {
  private stream: WriteStream;
  private constructor(stream: WriteStream) {
    this.stream = stream;
  }
  static async open(file: string): Promise<JsonlWriter> {
    await mkdir(dirname(file), { recursive: true });
    return new JsonlWriter(createWriteStream(file, { flags: 'w' }));
  }
  async writeLine(json: string): Promise<void> {
    if (!this.stream.write(`${json}\n`)) await once(this.stream, 'drain');
  }
  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
