// Shared by the queue tests: a real Redis (CI starts one on 127.0.0.1:6379), a fresh queue per test,
// and worker processes started exactly as an operator would start them.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { pino } from 'pino';
import { connect } from '../../pipeline/queue/connection.js';

export const REDIS_URL = process.env.VBX_TEST_REDIS ?? 'redis://127.0.0.1:6379';
export const silent = pino({ level: 'silent' });

export function freshQueue(url = REDIS_URL) {
  const name = `vbx-test-${randomBytes(4).toString('hex')}`;
  const connection = connect(url, 'persistent');
  const queue = new Queue(name, { connection });
  const close = async () => {
    await queue.obliterate({ force: true }).catch(() => {});
    await queue.close();
    connection.disconnect();
  };
  return { name, queue, close };
}

/** `count` documents copied from the fixtures in every format, each under its own name. */
export function corpus(dir: string, count: number, formats = ['txt', 'docx', 'pdf']): string[] {
  mkdirSync(dir, { recursive: true });
  const sources = ['fixtures/seeds', 'fixtures/variants'].flatMap((d) =>
    readdirSync(d)
      .filter((f) => formats.some((x) => f.endsWith(`.${x}`)))
      .map((f) => join(d, f)),
  );
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const src = sources[i % sources.length] as string;
    const dest = join(dir, `${String(i).padStart(4, '0')}_${src.split('/').pop()}`);
    copyFileSync(src, dest);
    out.push(dest);
  }
  return out;
}

/** A `vbx worker` process; resolves once it logs that it has started. */
export function spawnWorker(args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bin/vbx.js', 'worker', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'info' },
  });
  return new Promise((resolve, reject) => {
    let log = '';
    child.stderr?.on('data', (d: Buffer) => {
      log += d.toString();
      if (log.includes('worker started')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`worker exited (${code}) before starting:\n${log}`)));
  });
}

export const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.on('exit', resolve),
  );

export async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
