import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../pipeline/embedded.js';

// Real documents under limits too small for them: the thread is stopped, the document gets its
// error record, and the batch (and the pool) go on.
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'vbx-limits-'));
  mkdirSync(join(root, 'in'));
  copyFileSync('test/pdf/chi-thi-3p.pdf', join(root, 'in/long.pdf'));
});

const record = (out: string, name: string) => JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8'));

describe('per-document limits', () => {
  const rows = [
    { limit: { timeoutMs: 5 }, code: 'timeout', message: /longer than the 0\.005 s limit/ },
    { limit: { memoryMb: 8 }, code: 'too-large', message: /more than the 8 MB memory limit/ },
  ];
  it.each(rows)(
    '$code: the document is stopped and recorded, the batch completes',
    async ({ limit, code, message }) => {
      const out = join(root, `out-${code}`);
      const s = await runBatch([join(root, 'in')], { out, ...limit });
      expect(s).toMatchObject({ documents: 1, failed: 1 });
      expect(record(out, 'long.pdf')).toMatchObject({
        ok: false,
        source: { path: join(root, 'in/long.pdf') },
        error: { code },
      });
      expect(record(out, 'long.pdf').error.message).toMatch(message);
    },
  );

  it('within the limits the same document is read', async () => {
    const out = join(root, 'out-ok');
    const s = await runBatch([join(root, 'in')], { out, timeoutMs: 60_000, memoryMb: 1024 });
    expect(s).toMatchObject({ documents: 1, ok: 1 });
    expect(record(out, 'long.pdf').ok).toBe(true);
  });
});
