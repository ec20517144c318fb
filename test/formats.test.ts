// The same document typed (.txt), saved from a word processor (.docx) and printed to PDF
// must yield the same facts; only offsets may differ.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJob } from '../pipeline/job.js';
import { facts } from './facts.js';

async function read(path: string) {
  const out = await runJob({ path, bytes: readFileSync(path) });
  if (!out.ok) throw new Error(`${path}: ${out.error.message}`);
  return facts(out);
}

const ids = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [dir, f.slice(0, -4)]);

describe('every fixture gives the same facts in .txt, .docx and .pdf', () => {
  it.each([...ids('fixtures/seeds'), ...ids('fixtures/variants'), ...ids('fixtures/holdout')])(
    '%s/%s',
    async (dir, id) => {
      const txt = await read(join(dir, `${id}.txt`));
      expect(await read(join(dir, `${id}.docx`))).toEqual(txt);
      expect(await read(join(dir, `${id}.pdf`))).toEqual(txt);
    },
  );
});
