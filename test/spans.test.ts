// Every mention in every fixture's result slices back out of the result's text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractionResult, Mention } from '../output/schema.js';
import { runJob } from '../pipeline/job.js';

function mentionsOf(r: ExtractionResult): Mention[] {
  return [
    ...Object.values(r.document.mentions),
    ...(r.document.signer?.mention ? [r.document.signer.mention] : []),
    ...r.references.flatMap((x) => x.mentions),
    ...r.campaigns.flatMap((x) => x.mentions),
    ...r.anniversaries.map((x) => x.mention),
    ...r.dates,
  ];
}

const files = ['fixtures/seeds', 'fixtures/variants', 'fixtures/holdout'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.(txt|docx|pdf)$/.test(f))
    .map((f) => join(dir, f)),
);

describe('spans', () => {
  it.each(files)('%s', async (path) => {
    const r = await runJob({ path, bytes: readFileSync(path) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const all = mentionsOf(r);
    expect(all.length).toBeGreaterThan(5);
    for (const m of all) {
      expect(m.start).toBeLessThanOrEqual(m.end);
      expect(m.end).toBeLessThanOrEqual(r.text.length);
      expect(r.text.slice(m.start, m.end)).toBe(m.text);
    }
    for (const w of r.warnings) if (w.span) expect(w.span.end).toBeLessThanOrEqual(r.text.length);
  });
});
