import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../pipeline/embedded.js';

const body = 'Ủy ban nhân dân huyện đề nghị thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị.\n';
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'vbx-batch-'));
  mkdirSync(join(root, 'in/a'), { recursive: true });
  writeFileSync(join(root, 'in/a/x.txt'), body);
  writeFileSync(join(root, 'in/a/x.md'), `# ${body}`);
  writeFileSync(join(root, 'in/a/empty.txt'), '');
  writeFileSync(join(root, 'in/a/junk.pdf'), Buffer.alloc(3000, 7));
  writeFileSync(join(root, 'in/b.txt'), body);
  writeFileSync(join(root, 'in/b.expected.json'), '{}');
  writeFileSync(join(root, 'in/.hidden.txt'), body);
});

describe('embedded batch', () => {
  it('writes one result per input, mirroring paths below the input folder, and keeps going past bad files', async () => {
    const out = join(root, 'out');
    const s = await runBatch([join(root, 'in'), join(root, 'missing.docx')], { out, jsonl: join(root, 'all.jsonl') });
    expect(s).toMatchObject({ documents: 6, ok: 3, failed: 3, skipped: 0 });
    expect(s.failures.map((f) => f.code).sort()).toEqual(['empty', 'read-failed', 'unsupported-format']);
    for (const f of ['a/x.txt.json', 'a/x.md.json', 'a/empty.txt.json', 'a/junk.pdf.json', 'b.txt.json']) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    const lines = readFileSync(join(root, 'all.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(6);
    const x = JSON.parse(readFileSync(join(out, 'a/x.txt.json'), 'utf8'));
    expect(x.references.map((r: { symbol: string }) => r.symbol)).toEqual(['34-CT/TW']);
  });

  it('resumes: a second run skips documents already done for the same content', async () => {
    const out = join(root, 'out2');
    await runBatch([join(root, 'in')], { out });
    writeFileSync(join(root, 'in/b.txt'), `${body}Thêm một dòng.\n`);
    const s = await runBatch([join(root, 'in')], { out, resume: true });
    expect(s.skipped).toBe(2); // x.txt, x.md unchanged; b.txt changed; failures are retried
    expect(s.ok).toBe(1);
  });

  it('writes the same bytes when run twice', async () => {
    await runBatch([join(root, 'in/a/x.txt')], { out: join(root, 'o1') });
    await runBatch([join(root, 'in/a/x.txt')], { out: join(root, 'o2') });
    expect(readFileSync(join(root, 'o1/x.txt.json'))).toEqual(readFileSync(join(root, 'o2/x.txt.json')));
  });

  it('writes into an output folder removed since an earlier run of the same process', async () => {
    const out = join(root, 'o3');
    await runBatch([join(root, 'in/a/x.txt')], { out });
    rmSync(out, { recursive: true });
    const s = await runBatch([join(root, 'in/a/x.txt')], { out });
    expect(s.ok).toBe(1);
    expect(existsSync(join(out, 'x.txt.json'))).toBe(true);
  });
});
